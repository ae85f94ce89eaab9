"""The main window, its pages, settings, about box and locking."""
