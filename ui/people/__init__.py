"""The people records."""
