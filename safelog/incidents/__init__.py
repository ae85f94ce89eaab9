"""The incident log: incidents, people, revisions and search."""
