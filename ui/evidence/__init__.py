"""Exhibits: the evidence panel, the in-memory viewer, paste and capture."""
