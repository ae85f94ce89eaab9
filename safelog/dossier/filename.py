"""A file name in a narrow table column, broken after ``_ - . /`` rather than mid-word.

Phone and app file names have no spaces ("WhatsApp_Image_2026-03-02_at_08.40.12.jpeg"), so
``Paragraph`` either lets them run into the next column or, with ``splitLongWords``, cuts them
at whatever letter reaches the edge. An officer copies these names to find a file in the
bundle, so they are broken only where the name has a separator (``_``, ``-``, ``.``, ``/``,
``\\``, a space), the separator kept at the end of the line; a single piece longer than the
column is the only thing ever cut between letters.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _rl_paragraph

from .flow import cell
from .text import clean

_BREAK_AFTER = re.compile(r"(?<=[_\-./\\ ])")
_SPARE = 1e-3  # a line must fit with room to spare


def pieces(name: str) -> list[str]:
    """The name cut after each separator: "a_b-c.jpg" -> ["a_", "b-", "c.", "jpg"]."""
    return [p for p in _BREAK_AFTER.split(name) if p]


def wrap_name(name: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``name`` no wider than ``width``, broken after separators where possible."""

    def fits(text: str) -> bool:
        return stringWidth(text.rstrip(" "), font, size) <= width - _SPARE

    lines: list[str] = []
    line = ""
    for piece in pieces(name):
        if fits(line + piece):
            line += piece
            continue
        if line:
            lines.append(line)
            line = ""
        while not fits(piece) and len(piece) > 1:  # longer than the column on its own
            cut = max(1, next((n for n in range(len(piece), 0, -1) if fits(piece[:n])), 1))
            lines.append(piece[:cut])
            piece = piece[cut:]
        line = piece
    if line or not lines:
        lines.append(line)
    return [ln.rstrip(" ") for ln in lines]


class FileName(Flowable):
    """A plain ASCII file name drawn in ``style``'s font, wrapped by :func:`wrap_name`."""

    def __init__(self, name: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.name = name
        self.style = style
        self.lines: list[str] = [name]
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = availWidth - self.style.leftIndent - self.style.rightIndent
        self.lines = wrap_name(self.name, self.style.fontName, self.style.fontSize, room)
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def minWidth(self) -> float:
        return max(stringWidth(ch, self.style.fontName, self.style.fontSize) for ch in "W_")

    def getPlainText(self, identify: Any = None) -> str:
        return self.name

    def draw(self) -> None:
        style = self.style
        size = style.fontSize
        if _rl_paragraph.paraFontSizeHeightOffset:
            y = self.height - size
        else:
            y = self.height - getAscentDescent(style.fontName, size)[0]
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, size)
        for line in self.lines:
            canvas.drawString(style.leftIndent, y, line)
            y -= style.leading
        canvas.restoreState()


def file_name(value: object, style: ParagraphStyle) -> Flowable | list[Flowable]:
    """A file name for a table cell: :class:`FileName` for ASCII, user text otherwise
    (a name in another script is laid out, and broken between words, as any user text)."""
    name = " ".join(clean(value).split())
    if name.isascii():
        return FileName(name, style)
    return cell(name, style, ltr=True)
