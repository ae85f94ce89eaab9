"""Bringing in a log the person already kept, and writing the whole log out."""
