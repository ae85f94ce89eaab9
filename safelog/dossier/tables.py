"""Tables that never overprint: one header per page, rows measured once, no unwrapped strings.

ReportLab's ``Table`` draws a plain string cell on one line whatever the column width, so a long
date ran into the next column; and building long tables as separate chunks repeated the header
in the middle of a page. :class:`LongTable` is one logical table: it measures each row once,
fits as many whole rows as the page has room for, repeats the header at the top of each
following page, and only splits a row that is taller than a whole page.

:class:`NoWrap` prints a reference ("CAD 4412/17MAY26") on one line, shrinking the type if the
column is narrow, so a text search of the PDF finds the reference whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from . import fonts, styles
from .flow import cell
from .text import clean, needs_layout_engine

MIN_NOWRAP_SIZE = 5.5


class NoWrap(Flowable):
    """One line of text that is never broken; smaller type when the column is too narrow."""

    def __init__(self, text: str, size: float = 8.5, font: str = "", bold: bool = False) -> None:
        super().__init__()
        self.text = " ".join(clean(text).split())
        self.font = font or (fonts.BOLD if bold else fonts.BODY)
        self.base_size = size
        self.size = size
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        natural = pdfmetrics.stringWidth(self.text, self.font, self.base_size)
        self.size = self.base_size
        if natural > availWidth > 0:
            self.size = max(MIN_NOWRAP_SIZE, self.base_size * availWidth / natural)
        self.width = min(availWidth, pdfmetrics.stringWidth(self.text, self.font, self.size))
        self.height = self.base_size * 1.35
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFont(self.font, self.size)
        canv.setFillColor(styles.INK)
        width = pdfmetrics.stringWidth(self.text, self.font, self.size)
        if width > self.width + 0.5:  # still too long at the smallest size: squeeze it
            canv.scale(self.width / width, 1)
        canv.drawString(0, (self.height - self.size) / 2 + self.size * 0.22, self.text)
        canv.restoreState()


def reference(text: str, style: Any, *, bold: bool = False) -> Flowable | list[Flowable]:
    """A report or exhibit reference kept whole; text in other scripts is laid out normally."""
    if not text.strip():
        return Paragraph("", style)
    if needs_layout_engine(text) or "\n" in text.strip():
        return cell(text, style, bold=bold)
    return NoWrap(text, style.fontSize, bold=bold)


class LongTable(Flowable):
    """A table of any length: whole rows per page, the header repeated at each page's top."""

    def __init__(self, header: Sequence[object] | None, rows: list[list[object]],
                 widths: list[float], style: TableStyle | None = None,
                 extra: list[tuple[object, ...]] | None = None, *,
                 _heights: list[float] | None = None, _continued: bool = False) -> None:
        super().__init__()
        self.header = list(header) if header is not None else None
        self.rows = rows
        self.widths = widths
        self.tstyle = style or styles.grid(header is not None)
        self.extra = extra or []
        self._heights = _heights
        self._header_h: float | None = None
        self._continued = _continued
        self.width = sum(widths)
        self.height = 0.0

    def _table(self, rows: list[list[object]], split_in_row: bool = False) -> Table:
        data = ([self.header] if self.header is not None else []) + rows
        table = Table(data, colWidths=self.widths, hAlign="LEFT",
                      repeatRows=1 if self.header is not None else 0,
                      splitInRow=1 if split_in_row else 0)
        table.setStyle(self.tstyle)
        if self.extra:
            table.setStyle(self.extra)
        return table

    def _measure(self, availWidth: float) -> None:
        if self._heights is None:
            self._heights = []
            for row in self.rows:
                probe = Table([row], colWidths=self.widths)
                probe.setStyle(self.tstyle)
                if self.extra:
                    probe.setStyle(self.extra)
                self._heights.append(probe.wrap(availWidth, 1e9)[1])
        if self._header_h is None:
            if self.header is None:
                self._header_h = 0.0
            else:
                probe = Table([self.header], colWidths=self.widths)
                probe.setStyle(self.tstyle)
                self._header_h = probe.wrap(availWidth, 1e9)[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._measure(availWidth)
        assert self._heights is not None and self._header_h is not None
        self.height = self._header_h + sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._measure(availWidth)
        assert self._heights is not None and self._header_h is not None
        room = availHeight - self._header_h
        used, count = 0.0, 0
        for h in self._heights:
            if used + h > room:
                break
            used += h
            count += 1
        if count == 0:
            at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
            if not at_top or not self.rows:
                return []  # move the whole table (and its header) to the next page
            # A single row taller than the page: let ReportLab split inside it.
            parts = self._table(self.rows[:1], split_in_row=True).split(availWidth,
                                                                        availHeight)
            rest = self._rest(1)
            return [*parts, *([rest] if rest else [])] if len(parts) > 1 else []
        if count >= len(self.rows):
            return [self]
        return [self._table(self.rows[:count]), self._rest(count)]

    def _rest(self, start: int) -> LongTable | None:
        if start >= len(self.rows):
            return None
        assert self._heights is not None
        return LongTable(self.header, self.rows[start:], self.widths, self.tstyle, self.extra,
                         _heights=self._heights[start:], _continued=True)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        table = self._table(self.rows)
        table.wrapOn(canvas, self.width, self.height + 1)
        table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass
