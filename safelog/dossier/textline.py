"""One line of plain text in one font, drawn as ReportLab's ``Paragraph`` would draw it.

Most paragraphs of a dossier are short: a date, "Exact time", a file type, a heading. For each,
``Paragraph`` parses markup and breaks lines, only to find one line. :class:`TextLine` measures
the text once; when it fits the width it draws the line with the same canvas calls as
``Paragraph`` (one text object, the same font, colour and position), so the page is the same
to the byte. Anything else - text wider than the line, a width too small, a split - is handed
to the ``Paragraph`` it stands for, built only then.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _ReportLabParagraph
from reportlab.platypus import paragraph as _rl_paragraph

from .para import Paragraph
from .text import _entities, clean

_MARGIN = 1e-3  # the line must fit with room to spare: no rounding may make ReportLab break it
_SPECIAL = frozenset('&<>"\xad')  # entities once escaped; a soft hyphen is a break point
_LONGEST = 200  # longer text never fits a line of an A4 page: go straight to Paragraph
_Frag = tuple[ParagraphStyle, str, float, Any]  # style, font name, size, colour
_frags: dict[tuple[int, str, bool], _Frag] = {}


def _frag(style: ParagraphStyle, font: str, tagged: bool) -> _Frag | None:
    """Font, size and colour of a one-piece paragraph in ``style`` (from a real parse)."""
    key = (id(style), font, tagged)
    found = _frags.get(key)
    if found is not None and found[0] is style:
        return found
    sample = _ReportLabParagraph(f'<font face="{font}">x</font>' if tagged else "x", style)
    if len(sample.frags) != 1:
        return None
    piece = sample.frags[0]
    for attribute in ("cbDefn", "backColor", "lineBreak"):
        if getattr(piece, attribute, None):
            return None
    if getattr(piece, "us_lines", None) or getattr(piece, "link", None):
        return None
    found = (style, piece.fontName, piece.fontSize, piece.textColor)
    if len(_frags) < 256:
        _frags[key] = found
    return found


def _simple_style(style: ParagraphStyle) -> bool:
    """A style whose one-line paragraphs ``Paragraph`` draws in the plain way copied here."""
    return (
        style.alignment == TA_LEFT
        and not style.backColor
        and not (style.borderWidth and style.borderColor)
        and not getattr(style, "bulletText", None)
        and not style.wordWrap
        and getattr(style, "autoLeading", "") in ("", "off", None)
        and not style.endDots
        and not style.shaping
        and not style.textTransform
    )


class TextLine(Flowable):
    """``Paragraph(markup, style)`` for plain text that fits on one line, without the parse."""

    width: float
    height: float

    def __init__(self, text: str, style: ParagraphStyle, font: str, tagged: bool) -> None:
        self.text = text
        self.style = style
        self.font = font
        self.tagged = tagged  # the markup names the font in a <font> tag
        self._para: Paragraph | None = None
        self._frag = _frag(style, font, tagged)
        self._width = -1.0
        if self._frag is not None:
            self._width = stringWidth(text, self._frag[1], self._frag[2])
        # No width or height until wrapped, as a Paragraph: callers tell the two apart by it.

    def paragraph(self) -> Paragraph:
        """The paragraph this line stands for."""
        if self._para is None:
            body = _entities(self.text)
            markup = f'<font face="{self.font}">{body}</font>' if self.tagged else body
            self._para = Paragraph(markup, self.style)
        return self._para

    def _fits(self, availWidth: float) -> bool:
        style = self.style
        room = availWidth - (style.leftIndent + style.firstLineIndent) - style.rightIndent
        return (
            self._para is None
            and self._frag is not None
            and availWidth >= _rl_paragraph._FUZZ
            and 0 <= self._width <= room - _MARGIN
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._fits(availWidth):
            # Its size is the paragraph's: Table reads ``height`` when it splits a row.
            self.width, self.height = self.paragraph().wrap(availWidth, availHeight)
            return self.width, self.height
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self.paragraph().split(availWidth, availHeight))

    def minWidth(self) -> float:
        return float(self.paragraph().minWidth())

    def getPlainText(self, identify: Any = None) -> str:
        return self.text

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        """``Paragraph.drawPara`` for one left-aligned line in one piece."""
        assert self._frag is not None
        _, font, size, colour = self._frag
        canvas = self.canv
        style = self.style
        if _rl_paragraph.paraFontSizeHeightOffset:
            cur_y = self.height - size
        else:
            cur_y = self.height - getAscentDescent(font, size)[0]
        canvas.saveState()
        canvas.setFillColor(colour)
        tx = canvas.beginText(style.leftIndent, cur_y)
        tx.preformatted = False
        tx.direction = style.wordWrap
        tx.setFont(font, size, style.leading)
        offset = style.firstLineIndent
        _rl_paragraph.setXPos(tx, offset)
        tx._textOut(self.text, 1)
        _rl_paragraph.setXPos(tx, -offset)
        canvas.drawText(tx)
        canvas.restoreState()


def _plain(text: str) -> bool:
    """Text that ``Paragraph`` would set as exactly these words, single-spaced, in one piece.

    An escaped ``&``, ``<``, ``>`` or ``"`` is an entity to the markup parser, which ends the
    piece of text there: the paragraph is then drawn piece by piece, so it is left to it.
    """
    return bool(text) and text == " ".join(text.split()) and not _SPECIAL.intersection(text)


def text_line(
    text: str, style: ParagraphStyle, *, font: str | None = None, markup: str | None = None
) -> Flowable:
    """A :class:`TextLine` for cleaned plain ``text`` if it can be one, else the Paragraph.

    ``font`` is the name the markup puts in its one ``<font face>`` tag (None: no tag, the
    style's font); ``markup`` is the paragraph text to use when no TextLine can stand for it.
    """
    if len(text) <= _LONGEST and _plain(text) and _simple_style(style):
        line = TextLine(text, style, font or style.fontName, font is not None)
        if line._frag is not None:
            return line
    if markup is None:
        body = _entities(text)
        markup = f'<font face="{font}">{body}</font>' if font else body
    return Paragraph(markup, style)


def plain(value: object, style: ParagraphStyle) -> Flowable:
    """What ``Paragraph(escape(value), style)`` prints, as a :class:`TextLine` when it can be."""
    return text_line(clean(value), style)
