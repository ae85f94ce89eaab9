"""Shaped text a reader can search and copy: ``/ActualText`` spans around the glyphs of a word.

HarfBuzz turns Persian, Arabic and Urdu letters into contextual glyphs (initial, medial and final
forms, the لا ligature). The PDF maps each glyph back to one character through the font's
ToUnicode table, which can only name a presentation form or nothing: the ligature, the
zero-width non-joiner (ZWNJ, U+200C, as in می‌خواهم) and glyphs with no character of their own
(the Persian form of the digit ۴) are lost, so a search for the word as typed finds nothing. A
marked-content span with ``/ActualText`` (PDF 32000-1, section 14.9.4) says which characters a
group of glyphs stands for, without changing how they look.

Each word of a line that has shaped glyphs gets one span; a word is what lies between spaces,
so "@maryam_j" is one span even though its "@" is drawn by the right-to-left run beside it.
poppler (``pdftotext``, Evince, Okular) spreads a span's characters left to right over its
glyphs and then reorders the line by position, reversing right-to-left text, as it does for
plain glyphs; so a word with right-to-left letters gives its characters in drawing order, and
:func:`_for_readers` adds a direction mark where poppler's simple reordering would otherwise
move an edge character to the neighbouring run. That is what makes ``pdftotext`` return each
word as it was typed (checked with poppler 22.12; other readers are not tested here). Words of
Latin, Cyrillic, Ethiopic or CJK text drawn without shaping need no span: their glyphs map one
to one.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Protocol
from unicodedata import bidirectional

from reportlab.pdfbase.ttfonts import ShapedStr

_RTL = frozenset(("R", "AL"))
_STRONG_LTR = frozenset(("L", "EN", "AN"))


class Piece(Protocol):
    """One run of a line as :mod:`.flow` draws it, in visual order."""

    font: str
    text: str  # what is drawn: a HarfBuzz ShapedStr, or the characters themselves
    width: float
    start: int  # index in the line of the run's first character
    logical: str  # the run's characters in logical order


def _glyph_chars(piece: Piece) -> list[tuple[int, int]]:
    """The line characters (start, end) each glyph of ``piece`` stands for."""
    if not isinstance(piece.text, ShapedStr):
        return [(piece.start + i, piece.start + i + 1) for i in range(len(piece.text))]
    data = piece.text.__shapeData__
    starts = sorted({sd.cluster for sd in data})
    ends = dict(zip(starts, [*starts[1:], len(piece.logical)], strict=True))
    first = starts[0] if starts else 0
    return [
        (piece.start + (0 if sd.cluster == first else sd.cluster), piece.start + ends[sd.cluster])
        for sd in data
    ]


def _words(text: str) -> list[int]:
    """For each character of the line, the number of its word, or -1 for a space."""
    out, word, in_word = [], -1, False
    for ch in text:
        if ch.isspace():
            out.append(-1)
            in_word = False
        else:
            if not in_word:
                word += 1
                in_word = True
            out.append(word)
    return out


def plan(pieces: Sequence[Piece], text: str) -> list[list[tuple[int, int, str | None]]]:
    """For each piece, its slices in drawing order: (first glyph, end glyph, word).

    A slice that starts a word gives the word's span text ("" for a word that needs no span);
    ``None`` continues the word of the slice before it.
    """
    words = _words(text)
    # Every glyph of the line in drawing order: (piece, glyph, word, first char, end char).
    glyphs = [
        (p, g, words[lo] if lo < len(words) else -1, lo, hi)
        for p, piece in enumerate(pieces)
        for g, (lo, hi) in enumerate(_glyph_chars(piece))
    ]
    # Groups of consecutive glyphs of one word; a group needs a span if any glyph was shaped.
    groups: list[list[Any]] = []  # [first index, end index, word, shaped, characters]
    for k, (p, _g, word, lo, hi) in enumerate(glyphs):
        shaped = isinstance(pieces[p].text, ShapedStr)
        if groups and groups[-1][2] == word:
            groups[-1][1] = k + 1
            groups[-1][3] = groups[-1][3] or shaped
        else:
            groups.append([k, k + 1, word, shaped, set()])
        groups[-1][4].update(range(lo, hi))
    opens: dict[int, str] = {}  # first glyph of a group -> its span text, "" for none
    for first, _end, word, shaped, chars in groups:
        if word >= 0 and shaped:
            actual = "".join(text[i] for i in sorted(chars))
            opens[first] = _for_readers(actual)
        else:
            opens[first] = ""
    out: list[list[tuple[int, int, str | None]]] = [[] for _ in pieces]
    piece_start = 0
    for p in range(len(pieces)):
        count = len(pieces[p].text)
        cuts = sorted(
            {0, count} | {k - piece_start for k in opens if piece_start < k < piece_start + count}
        )
        for a, b in pairwise(cuts):
            k = piece_start + a
            out[p].append((a, b, opens.get(k)))
        piece_start += count
    return out


def _for_readers(word: str) -> str:
    """A word's span text as readers that reorder glyphs by position turn it back into ``word``.

    A word with right-to-left letters is given in drawing order, and starts with a right-to-left
    mark when that order starts with a neutral character (the "»" after a quoted word);
    other words are given as typed, after a left-to-right mark when they start with a neutral
    character (the "@" of a handle). Without the marks, a reader's own simple reordering gives
    such an edge character to the neighbouring run: "maryam_j" and a stray "@".
    """
    if any(bidirectional(ch) in _RTL for ch in word):
        drawn = word[::-1]
        return drawn if bidirectional(drawn[0]) in _RTL else "\u200f" + drawn
    return word if bidirectional(word[0]) in _STRONG_LTR else "\u200e" + word


def _pdf_text(text: str) -> str:
    """A PDF text string in UTF-16BE, hex-encoded: no character of user text needs escaping."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_line(
    text_obj: Any,
    pieces: Sequence[Piece],
    text: str,
    x: float,
    y: float,
    *,
    size: float,
    leading: float,
) -> None:
    """Draw one line's pieces from ``x`` into a ReportLab text object, words marked.

    ReportLab's text object has no public call for marked content; its operator list (``_code``)
    is where ``textOut`` itself writes, so the span operators go there, around ``textOut``
    calls on slices of a piece. Slices keep their glyph positions, so the line looks exactly as
    one ``textOut`` per piece would draw it.
    """
    if not any(isinstance(piece.text, ShapedStr) for piece in pieces):
        for piece in pieces:
            text_obj.setTextOrigin(x, y)
            text_obj.setFont(piece.font, size, leading)
            text_obj.textOut(piece.text)
            x += piece.width
        return
    code = text_obj._code
    in_span = False
    for piece, slices in zip(pieces, plan(pieces, text), strict=True):
        text_obj.setTextOrigin(x, y)
        text_obj.setFont(piece.font, size, leading)
        drawn = piece.text
        for first, end, actual in slices:
            if actual is not None:  # a new word starts: close the last span, open its own
                if in_span:
                    code.append("EMC")
                    in_span = False
                if actual:
                    code.append(f"/Span <</ActualText {_pdf_text(actual)}>> BDC")
                    in_span = True
            part = drawn[first:end]
            if isinstance(part, ShapedStr) and part.__shapeData__[0].y_offset and first:
                # ReportLab 5 fails on a slice that starts raised (a vowel mark) while its
                # font subset is selected; setting the font again makes it select it first.
                text_obj.setFont(piece.font, size, leading)
            text_obj.textOut(part)
        x += piece.width
    if in_span:
        code.append("EMC")
