"""Pieces every screen shares: the worker, dialogs seam, session, theme, labels."""
