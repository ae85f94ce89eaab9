"""Text normalisation shared by every part that saves what a person typed."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """The one normalisation applied to text before it is saved or searched.

    A Python string can hold UTF-16 surrogates that are not characters (a command-line argument
    with invalid UTF-8 bytes arrives as ``\udcff``; a JSON file may hold ``"\ud800"``), and
    SQLite cannot store them. A high surrogate followed by a low one becomes the character the
    pair encodes; any other surrogate becomes U+FFFD (the replacement character). Everything
    else, including control characters, bidi overrides and any normalisation form, is kept
    exactly as typed.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
