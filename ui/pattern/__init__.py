"""The pattern chart."""
