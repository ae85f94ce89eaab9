"""Making user text safe and printable: one cleaning step and one escaping function.

ReportLab's ``Paragraph`` treats its text as markup: an unescaped ``<img src=…>`` embeds a local
file, ``<a href=…>`` becomes a live link and an unbalanced ``<b>`` makes the export fail. So
every string a user typed (titles, narratives, names, file names, notes) reaches a paragraph only
through :func:`markup`, which escapes it with :func:`escape` and wraps runs in ``<font>`` tags
whose attribute values are SafeLog's own font names. User text never goes inside a tag attribute.
Text that needs right-to-left layout or CJK line breaking is set by :mod:`.flow` without any
markup parser at all.

Cleaning keeps what the person wrote and makes it safe to print: control characters, lone
surrogates and byte-order marks are dropped; directional overrides and isolates (U+202A-202E,
U+2066-2069), which can make a file name read backwards, are shown as visible markers such as
``[U+202E]``; characters no shipped font has become U+FFFD.
"""

from __future__ import annotations

import re

from ..textutil import mark_bidi_controls
from . import fonts

_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u200e\u200f\u061c\u00ad\ufff9-\ufffb]"
)
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_CJK = re.compile(
    "[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)
_CHUNK = 3000  # characters per flowable when a paragraph is very long


def clean(value: object) -> str:
    """User text as it should print: safe characters only, line breaks normalised to ``\\n``."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if text.isascii():
        # Most text: no bidi controls, no line separators, every character in Noto Sans. Only
        # line breaks, tabs and control characters need work, and printable text has none.
        if text.isprintable():
            return text
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        return _DROP.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = mark_bidi_controls(text)
    text = _DROP.sub("", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")  # one bidi paragraph a line
    if not text.isascii():
        # Each distinct character is looked up once: a narrative repeats a few dozen letters.
        missing = {
            ord(ch): fonts.REPLACEMENT for ch in set(text) if ch != "\n" and not _printable(ch)
        }
        if missing:
            text = text.translate(missing)
    return text


def _printable(ch: str) -> bool:
    return fonts.printable(ch) == ch


def escape(value: object) -> str:
    """The one escaping function for user text bound for a ReportLab paragraph."""
    return _entities(clean(value))


def markup(value: object, *, bold: bool = False) -> str:
    """Escaped user text with a ``<font>`` tag per script run (SafeLog's font names only)."""
    text = clean(value)
    if text.isascii():  # the common case: one run in Noto Sans, no per-character lookup
        name = fonts.SANS.bold if bold else fonts.SANS.regular
        return f'<font face="{name}">{_entities(text)}</font>' if text else ""
    parts = []
    for face, run in fonts.runs(text):
        name = face.bold if bold else face.regular
        parts.append(f'<font face="{name}">{_entities(run)}</font>')
    return "".join(parts)


def _entities(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "<br/>")
    )


def needs_layout_engine(text: str) -> bool:
    """True for text ReportLab's paragraph cannot lay out alone: right-to-left or CJK."""
    return bool(_RTL.search(text) or _CJK.search(text))


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def chunks(text: str, size: int = _CHUNK) -> list[str]:
    """Split cleaned text into paragraphs at line breaks, and very long ones near ``size``.

    A 1 MB narrative or a 200,000-character word must still print: many small flowables split
    across pages in linear time, where one huge paragraph would not.
    """
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size)
            cut = size if cut < 0 else cut + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def short(value: object, limit: int = 160) -> str:
    """A cleaned, single-line excerpt for table cells."""
    text = " ".join(clean(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
