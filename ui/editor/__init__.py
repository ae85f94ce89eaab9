"""The incident editor and its sections."""
