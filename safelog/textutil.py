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


# Characters that change how text reads without being seen: directional embeddings, overrides
# and isolates (U+202A-202E, U+2066-2069) can make "Invoice [U+202E]gpj.exe" read as a photo.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Also invisible, and never needed in a title or a name: marks, zero-width spaces, word joiners,
# the byte-order mark, interlinear annotation, and C0/C1 control codes (a terminal obeys
# ESC sequences). Zero-width (non-)joiners stay: Persian and emoji need them.
_INVISIBLE = re.compile(
    f"[{BIDI_CONTROLS}\u200e\u200f\u061c\u200b\u2060-\u2064\ufeff"
    "\u180e\ufff9-\ufffb\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def marker(ch: str) -> str:
    """The one visible stand-in for a hidden character, shared by the app, CLI and dossier."""
    return f"[U+{ord(ch):04X}]"


def mark_bidi_controls(text: str) -> str:
    """Directional controls only, as visible markers (the dossier drops the other hidden ones)."""
    return _BIDI.sub(lambda m: marker(m.group()), text)


def show_invisible(text: str) -> str:
    """Text for the screen: every bidi control and invisible character becomes a marker.

    Line breaks and tabs are kept; everything else the person typed is shown as typed.
    """
    return _INVISIBLE.sub(lambda m: marker(m.group()), text)
