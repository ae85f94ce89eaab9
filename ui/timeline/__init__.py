"""The timeline of incidents with its filters."""
