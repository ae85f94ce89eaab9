"""One incident's detail pane and its history."""
