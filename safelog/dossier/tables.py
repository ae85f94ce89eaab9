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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.doctemplate import Indenter

from . import fonts, styles
from . import grid as _grid
from .flow import cell
from .para import Paragraph
from .text import clean, needs_layout_engine

MIN_NOWRAP_SIZE = 5.5


_SEPARATORS = re.compile(r"\s*(?:;|,|\band\b|&)\s*")


class NoWrap(Flowable):
    """A reference never broken inside itself: one line, smaller type if the column is narrow.

    Several references written together ("CAD 1/2; crime 01/23") may go on separate lines, but
    each stays whole; only a single reference wider than the column at the smallest size is
    squeezed sideways.
    """

    def __init__(self, text: str, size: float = 8.5, font: str = "", bold: bool = False) -> None:
        super().__init__()
        self.text = " ".join(clean(text).split())
        self.font = font or (fonts.BOLD if bold else fonts.BODY)
        self.base_size = size
        self.lines: list[tuple[str, float]] = []
        self.width = self.height = 0.0

    def _fit(self, parts: list[str], avail: float) -> list[tuple[str, float]]:
        out = []
        for part in parts:
            natural = pdfmetrics.stringWidth(part, self.font, self.base_size)
            size = self.base_size
            if natural > avail > 0:
                size = max(MIN_NOWRAP_SIZE, self.base_size * avail / natural)
            out.append((part, size))
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._fit([self.text], availWidth)
        if lines[0][1] < self.base_size * 0.8:
            parts = [p for p in _SEPARATORS.split(self.text) if p]
            if len(parts) > 1:
                lines = self._fit(parts, availWidth)
        self.lines = lines
        self.width = availWidth
        self.height = sum(size * 1.3 for _, size in lines)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for text, size in self.lines:
            y -= size * 1.3
            canv.saveState()
            canv.setFont(self.font, size)
            canv.setFillColor(styles.INK)
            width = pdfmetrics.stringWidth(text, self.font, size)
            canv.translate(0, y + size * 0.25)
            if width > self.width + 0.5:  # one reference too long even at the smallest size
                canv.scale(self.width / width, 1)
            canv.drawString(0, 0, text)
            canv.restoreState()


def reference(text: str, style: Any, *, bold: bool = False) -> Flowable | list[Flowable]:
    """A report or exhibit reference kept whole; text in other scripts is laid out normally."""
    if not text.strip():
        return Paragraph("", style)
    if needs_layout_engine(text) or "\n" in text.strip():
        return cell(text, style, bold=bold)
    return NoWrap(text, style.fontSize, bold=bold)


# Table commands that change how a cell looks, never how tall its row is.
_VISUAL_ONLY = frozenset(
    {
        "BACKGROUND",
        "ROWBACKGROUNDS",
        "COLBACKGROUNDS",
        "TEXTCOLOR",
        "ALIGN",
        "ALIGNMENT",
        "HALIGN",
        "VALIGN",
        "LINEBELOW",
        "LINEABOVE",
        "LINEBEFORE",
        "LINEAFTER",
        "GRID",
        "BOX",
        "OUTLINE",
        "INNERGRID",
    }
)


def _measured_alike(data: list[list[object]]) -> bool:
    """True if ``Table`` would draw these cells as measured: strings, flowables, flat lists.

    With its row heights given, ``Table`` skips the pass that also flattens nested cell lists
    and applies indenters; cells that need it are measured again as before.
    """
    for row in data:
        for value in row:
            if isinstance(value, list | tuple):
                if not all(_plain(v) for v in value):
                    return False
            elif not isinstance(value, str) and not _plain(value):
                return False
    return True


def _plain(value: object) -> bool:
    return (
        isinstance(value, Flowable)
        and not isinstance(value, Indenter)
        and not getattr(value, "__split_only__", None)
    )


@dataclass(frozen=True)
class _Direct:
    """A long table as :mod:`.grid` draws it: its look and its processed cells."""

    look: _grid.Look
    header: list[list[_grid.Cells]]
    rows: list[list[_grid.Cells]]


class LongTable(Flowable):
    """A table of any length: whole rows per page, the header repeated at each page's top."""

    def __init__(
        self,
        header: Sequence[object] | None,
        rows: list[list[object]],
        widths: list[float],
        style: TableStyle | None = None,
        extra: list[tuple[object, ...]] | None = None,
        *,
        _heights: list[float] | None = None,
        _header_h: float | None = None,
        _continued: bool = False,
    ) -> None:
        super().__init__()
        self.header = list(header) if header is not None else None
        self.rows = rows
        self.widths = widths
        self.tstyle = style or styles.grid(header is not None)
        self.extra = extra or []
        self._heights = _heights
        self._header_h: float | None = _header_h
        self._continued = _continued
        self._direct: _Direct | None = None
        self._direct_known = False
        self.width = sum(widths)
        self.height = 0.0

    def _table(
        self,
        rows: list[list[object]],
        split_in_row: bool = False,
        heights: list[float] | None = None,
    ) -> Table:
        data = ([self.header] if self.header is not None else []) + rows
        row_heights = None
        if (
            heights is not None
            and self._header_h is not None
            and not self.extra  # the header was measured without it
            and self._rows_alike()  # else each row was measured alone, maybe not as here
            and _measured_alike(data)
        ):
            # The heights measured in _measure, so Table does not wrap every cell again.
            row_heights = ([self._header_h] if self.header is not None else []) + heights
        table = Table(
            data,
            colWidths=self.widths,
            rowHeights=row_heights,
            hAlign="LEFT",
            repeatRows=1 if self.header is not None else 0,
            splitInRow=1 if split_in_row else 0,
        )
        table.setStyle(self.tstyle)
        if self.extra:
            table.setStyle(self.extra)
        return table

    def _drawn_directly(self) -> _Direct | None:
        """How :mod:`.grid` measures and draws this table, or None if only Table can."""
        if not self._direct_known:
            self._direct_known = True
            if not self.extra and self._rows_alike():
                look = _grid.look(len(self.widths), self.tstyle.getCommands())
                header = [self.header] if self.header is not None else []
                cells = _grid.rows_of([*header, *self.rows], len(self.widths))
                if look is not None and cells is not None:
                    self._direct = _Direct(look, cells[: len(header)], cells[len(header) :])
        return self._direct

    def _measure(self, availWidth: float) -> None:
        direct = self._drawn_directly()
        if direct is not None:  # as the probe tables below would measure (no canvas either)
            cols, widths = direct.look.styles, self.widths
            if self._heights is None:
                self._heights = [_grid.row_height(None, r, cols, widths) for r in direct.rows]
            if self._header_h is None:
                self._header_h = sum(
                    (_grid.row_height(None, r, cols, widths) for r in direct.header), 0.0
                )
            return
        if self._heights is None and self.rows and self._rows_alike():
            # Each row's height depends only on its own cells when every command that can
            # change a height covers all rows: one table gives what a table per row would.
            probe = Table(self.rows, colWidths=self.widths)
            probe.setStyle(self.tstyle)
            if self.extra:
                probe.setStyle(self.extra)
            probe.wrap(availWidth, 1e9)
            self._heights = list(probe._rowHeights)
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

    def _rows_alike(self) -> bool:
        """True if no row-specific command could change a row's height (the common case)."""
        for command in [*self.tstyle.getCommands(), *self.extra]:
            op = str(command[0])
            if op in _VISUAL_ONLY:
                continue
            (_c0, r0), (_c1, r1) = command[1], command[2]  # type: ignore[misc]
            if (r0, r1) != (0, -1):
                return False
        return True

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
            parts = self._table(self.rows[:1], split_in_row=True).split(availWidth, availHeight)
            rest = self._rest(1)
            return [*parts, *([rest] if rest else [])] if len(parts) > 1 else []
        if count >= len(self.rows):
            return [self]
        if self._drawn_directly() is not None:  # the rows that fit, drawn directly too
            head = self._part(0, count)
            return [head, self._rest(count)]
        return [self._table(self.rows[:count], heights=self._heights[:count]), self._rest(count)]

    def _rest(self, start: int) -> LongTable | None:
        if start >= len(self.rows):
            return None
        return self._part(start, len(self.rows), continued=True)

    def _part(self, start: int, end: int, *, continued: bool = False) -> LongTable:
        assert self._heights is not None
        part = LongTable(
            self.header,
            self.rows[start:end],
            self.widths,
            self.tstyle,
            self.extra,
            _heights=self._heights[start:end],
            _header_h=self._header_h,
            _continued=continued,
        )
        direct = self._drawn_directly()
        if direct is not None:
            part._direct = _Direct(direct.look, direct.header, direct.rows[start:end])
            part._direct_known = True
        return part

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        direct = self._drawn_directly()
        if direct is not None and self._heights is not None and self._header_h is not None:
            # What Table.drawOn does, the table drawn by .grid with the heights measured.
            heights = ([self._header_h] if direct.header else []) + self._heights
            canvas.saveState()
            canvas.translate(self._hAlignAdjust(x, _sW), y)
            _grid.draw(canvas, [*direct.header, *direct.rows], direct.look, self.widths, heights)
            canvas.restoreState()
            return
        table = self._table(self.rows, heights=self._heights)
        table.wrapOn(canvas, self.width, self.height + 1)
        table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass
