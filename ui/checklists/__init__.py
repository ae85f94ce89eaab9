"""Safety checklists: overview and walk-through."""
