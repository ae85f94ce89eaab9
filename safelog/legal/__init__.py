"""The legal layer: court orders and their breaches, police risk assessments (issue 13)."""
