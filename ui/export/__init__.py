"""Getting the record out: dossier, backup and restore."""
