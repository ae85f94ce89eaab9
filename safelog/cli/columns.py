"""Padding translated labels so columns still line up in a terminal.

A label is translated first and padded after, by the cells a terminal gives each character: a
Chinese character takes two, a combining mark none. Padding by ``len()`` would push every value
after a Chinese label two columns too far per character.
"""

from __future__ import annotations

import unicodedata


def cells(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns (never cut; at least as it is)."""
    return text + " " * max(0, width - cells(text))
