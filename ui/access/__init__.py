"""Getting into a vault: first start, unlock, recovery key and passphrase."""
