"""Flowables for user text: ReportLab paragraphs where they suffice, our own lines where not.

Text in Latin, Cyrillic or Ethiopic script goes into an ordinary ``Paragraph`` through
:func:`.text.markup` (escaped, one ``<font>`` per script run). Text with right-to-left or CJK
characters is set by :class:`BidiText`: it breaks lines itself (between words, and between CJK
characters), orders each line with :mod:`.bidi`, shapes Arabic-script runs with HarfBuzz in the
direction the line needs, and draws the runs. No markup parser ever sees that text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import uharfbuzz
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus import Flowable

from . import actualtext, bidi, fonts
from .para import Paragraph
from .text import chunks, clean, is_cjk, markup, needs_layout_engine
from .textline import text_line

_NO_LINE_START = frozenset("，。、；：？！）」』】〉》”’,.;:?!)]}%、·")
_FEATURES = {"kern": True, "liga": True}


def user_text(
    value: object, style: ParagraphStyle, *, bold: bool = False, ltr: bool = False
) -> list[Flowable]:
    """Flowables that print a user's text exactly as written, in any script.

    ``ltr`` fixes the paragraph direction to left-to-right, for SafeLog's own English lines that
    embed a user's words (a name followed by "(witness)"); otherwise each paragraph takes the
    direction of its first letter, as the Unicode bidi algorithm says.
    """
    text = clean(value)
    out: list[Flowable] = []
    for part in chunks(text):
        if needs_layout_engine(part):
            out.append(BidiText(part, style, bold=bold, base=0 if ltr else None))
        else:
            out.append(_plain(part, style, bold))
    if not out:
        out.append(Paragraph("&nbsp;", style))
    return out


def _plain(part: str, style: ParagraphStyle, bold: bool) -> Flowable:
    """Text ReportLab sets alone: one line in one font drawn directly, else a Paragraph."""
    if part:
        if part.isascii():
            face: fonts.Face | None = fonts.SANS
        else:
            runs = fonts.runs(part)
            face = runs[0][0] if len(runs) == 1 else None
        if face is not None:  # the markup would be one <font> tag around the whole text
            return text_line(part, style, font=face.bold if bold else face.regular)
    return Paragraph(markup(part, bold=bold) or "&nbsp;", style)


def cell(
    value: object, style: ParagraphStyle, *, bold: bool = False, ltr: bool = False
) -> Flowable | list[Flowable]:
    """User text for a table cell: one flowable when possible."""
    parts = user_text(value, style, bold=bold, ltr=ltr)
    return parts[0] if len(parts) == 1 else parts


def shape(text: str, font_name: str, size: float, rtl: bool) -> tuple[str, float]:
    """Shape ``text`` with HarfBuzz in a fixed direction; returns (drawable string, width).

    ReportLab's own ``shapeStr`` guesses the direction from the script, which reverses Persian
    digits (Arabic script, but written left to right); here the line's bidi level decides.
    """
    ttf: Any = pdfmetrics.getFont(font_name)
    hb_font = ttf.hbFont(size)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buf, _FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    face = ttf.face
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=False):
        gid = info.codepoint
        try:
            uchar = face.glyphToChar[gid][0]
        except (KeyError, IndexError):
            uchar = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                face.charWidths[uchar],
            )
        )
        chars.append(chr(uchar))
        advance += x_advance
    return ShapedStr("".join(chars), shapeData=data), advance * size / 1000


@dataclass
class _Piece:
    font: str
    text: str
    width: float
    start: int = 0  # where its characters start in the line, for /ActualText
    logical: str = ""


@dataclass
class _Line:
    pieces: list[_Piece]
    width: float
    rtl: bool
    text: str = ""


class BidiText(Flowable):
    """A paragraph of user text laid out by SafeLog: bidi order, HarfBuzz shaping, CJK breaks."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        bold: bool = False,
        base: int | None = None,
        _lines: list[_Line] | None = None,
        _width: float | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.base = base
        self.style = style
        self.bold = bold
        self._lines = _lines
        self._laid_width = _width
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.width = 0.0
        self.height = 0.0

    # ----- layout -------------------------------------------------------------------------

    def _font(self, face: fonts.Face) -> str:
        return face.bold if self.bold else face.regular

    def _measure(self, text: str, face: fonts.Face) -> float:
        return pdfmetrics.stringWidth(text, self._font(face), self.style.fontSize)

    def _layout(self, avail: float) -> list[_Line]:
        text = self.text
        if not text.strip():
            return []
        size = self.style.fontSize
        para, lv = bidi.levels(text, self.base)
        faces: list[fonts.Face] = []
        prev: fonts.Face | None = None
        for ch in text:
            prev = fonts.face_for(ch, prev)
            faces.append(prev)
        # Unshaped advance per character: good enough to choose line breaks (Arabic contextual
        # forms differ little in width from the isolated ones); the drawn line is measured again.
        widths: list[float] = []
        cache: dict[tuple[str, str], float] = {}
        for ch, face in zip(text, faces, strict=True):
            key = (ch, face.key)
            w = cache.get(key)
            if w is None:
                w = cache[key] = self._measure(ch, face)
            widths.append(w)
        limit = max(avail, size) * 0.97
        lines: list[_Line] = []
        start, n = 0, len(text)
        while start < n:
            while start < n and text[start] == " ":
                start += 1
            if start >= n:
                break
            end, width, last_break = start, 0.0, -1
            while end < n:
                if end > start and self._can_break(text, end):
                    last_break = end
                if width + widths[end] > limit and end > start:
                    break
                width += widths[end]
                end += 1
            if end < n and last_break > start:
                end = last_break
            lines.append(self._build_line(text, lv, faces, para, start, end))
            start = end
        return lines

    @staticmethod
    def _can_break(text: str, i: int) -> bool:
        """May a line start at ``text[i]``?"""
        before, ch = text[i - 1], text[i]
        if ch in _NO_LINE_START:
            return False
        if before == " " and ch != " ":
            return True
        return is_cjk(ch) or is_cjk(before)

    def _build_line(
        self, text: str, lv: list[int], faces: list[fonts.Face], para: int, start: int, end: int
    ) -> _Line:
        segment = text[start:end]
        levels = bidi.line_levels(segment, lv[start:end], para)
        runs: list[tuple[int, fonts.Face, str]] = []
        for offset, ch in enumerate(segment):
            level, face = levels[offset], faces[start + offset]
            if runs and runs[-1][0] == level and runs[-1][1] is face:
                runs[-1] = (level, face, runs[-1][2] + ch)
            else:
                runs.append((level, face, ch))
        # Trailing spaces at the paragraph level take no room at the end of the line.
        while runs and not runs[-1][2].strip() and runs[-1][0] == para:
            runs.pop()
        starts = [sum(len(r[2]) for r in runs[:i]) for i in range(len(runs))]
        order = bidi.visual_order([r[0] for r in runs])
        pieces: list[_Piece] = []
        size = self.style.fontSize
        for index in order:
            level, face, chunk = runs[index]
            font = self._font(face)
            rtl = bool(level % 2)
            if rtl or face.shaped:
                drawn, width = shape(chunk, font, size, rtl)
            else:
                drawn, width = chunk, pdfmetrics.stringWidth(chunk, font, size)
            pieces.append(_Piece(font, drawn, width, starts[index], chunk))
        return _Line(pieces, sum(p.width for p in pieces), bool(para % 2), segment)

    # ----- Flowable interface --------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (
            self._laid_width is not None and abs(self._laid_width - availWidth) > 0.5
        ):
            self._lines = self._layout(availWidth)
            self._laid_width = availWidth
        self.width = availWidth
        self.height = max(len(self._lines), 1) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        head = BidiText(
            self.text,
            self.style,
            bold=self.bold,
            base=self.base,
            _lines=self._lines[:fit],
            _width=availWidth,
        )
        tail = BidiText(
            self.text,
            self.style,
            bold=self.bold,
            base=self.base,
            _lines=self._lines[fit:],
            _width=availWidth,
        )
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        size, leading = style.fontSize, style.leading
        ascent = pdfmetrics.getAscent(fonts.BODY, size)
        y = self.height - ascent - (leading - size * 1.2) / 2
        canv.setFillColor(style.textColor)
        for line in self._lines or []:
            if style.alignment == TA_CENTER:
                x = (self.width - line.width) / 2
            elif style.alignment == TA_RIGHT or (line.rtl and style.alignment == TA_LEFT):
                x = self.width - line.width
            else:
                x = 0.0
            text_obj = canv.beginText()
            actualtext.draw_line(text_obj, line.pieces, line.text, x, y, size=size, leading=leading)
            canv.drawText(text_obj)
            y -= leading
