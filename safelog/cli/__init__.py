"""``safelog-cli``: every core operation from a terminal or a script."""
