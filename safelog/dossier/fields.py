"""Simple tables drawn directly: the label/value rows of each incident and exhibit (issue 18).

A dossier has a small table per incident and per exhibit (about 700 for 500 incidents), and
ReportLab's ``Table`` spends much of its time on set-up that such tables do not need: a style
object per cell, every style command copied and applied cell by cell, the cell lists flattened
again on every wrap and draw. :class:`GridRows` lays out and draws a table whose style is the
same on every row (no spans, no backgrounds, only full-width ``LINEBELOW`` rules) with exactly
the same arithmetic and the same canvas calls as ``Table``, so the page is the same to the
byte. Splitting across a page is rare (once per page at most) and is left to a real ``Table``
built from the same data, so it behaves exactly as before.

:func:`field_rows` makes the label/value rows (:class:`FieldRows`), :func:`beside` a picture
beside its details; both fall back to ``Table`` for anything they do not handle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.doctemplate import Indenter

from . import styles

Cell = Any  # a plain string, a flowable, or a list of flowables
_Proto = tuple[list[Any], list[tuple[Any, ...]]]  # cell styles of one row, line commands
_protos: dict[tuple[int, str], _Proto] = {}
_SIMPLE_LINES = frozenset({"LINEBELOW"})


def _prototype(ncols: int, commands: list[tuple[Any, ...]]) -> _Proto | None:
    """Cell styles and line commands a ``Table`` would apply to every row, or None when the
    style is not the same on every row (then only a real ``Table`` gets it right)."""
    key = (ncols, repr(commands))
    found = _protos.get(key)
    if found is not None:
        return found
    for command in commands:
        op = str(command[0])
        start, stop = command[1], command[2]
        if op in ("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT"):
            return None
        if not isinstance(start[1], int) or (start[1], stop[1]) != (0, -1):
            return None
        if op.startswith("LINE") or op in ("GRID", "BOX", "OUTLINE", "INNERGRID"):
            if op not in _SIMPLE_LINES or (start[0], stop[0]) != (0, -1):
                return None
    probe = Table([[""] * ncols], colWidths=[1.0] * ncols)
    probe.setStyle(TableStyle(commands))
    row = probe._cellStyles[0]
    for style in row:
        if style.alignment != "LEFT" or style.href or style.destination:
            return None
        if style.direction or style.shaping or style.valign not in ("TOP", "BOTTOM", "MIDDLE"):
            return None
    if probe._bkgrndcmds or probe._spanCmds or getattr(probe, "_cornerRadii", None):
        return None
    if any(line[8] != 1 for line in probe._linecmds):  # double rules: not drawn here
        return None
    found = (row, list(probe._linecmds))
    if len(_protos) < 64:
        _protos[key] = found
    return found


def _cells(value: Cell) -> list[Flowable] | str | None:
    """A cell as ``Table`` sees it after processing: a string, or a flat list of flowables."""
    if isinstance(value, str):
        return value
    items = [value] if isinstance(value, Flowable) else value
    if not isinstance(items, list | tuple):
        return None
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, list | tuple):
            inner = _cells(list(item))
            if not isinstance(inner, list):
                return None
            out.extend(inner)
        elif (
            not isinstance(item, Flowable)
            or isinstance(item, Indenter)
            or getattr(item, "__split_only__", None)
        ):
            return None
        else:
            out.append(item)
    return out


class GridRows(Flowable):
    """A ``Table`` with one style for every row, laid out and drawn without ``Table``."""

    def __init__(
        self,
        data: list[list[Cell]],
        widths: list[float],
        commands: list[tuple[Any, ...]],
        proto: _Proto,
        cells: list[list[list[Flowable] | str]],
        *,
        split_in_row: bool,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._data = data
        self._widths = list(widths)
        self._commands = commands
        self._styles, self._lines = proto
        self._rows = cells
        self._split_in_row = split_in_row
        self._heights: list[float] = []
        self._positions: list[float] = []
        self._cols = [0.0]
        total = 0.0
        for w in self._widths:
            total = total + w
            self._cols.append(total)
        self.width = total
        self.height = 0.0

    def table(self) -> Table:
        """The ``Table`` this stands for, for splitting across a page."""
        table = Table(
            self._data,
            colWidths=self._widths,
            hAlign="LEFT",
            splitInRow=1 if self._split_in_row else 0,
        )
        table.setStyle(TableStyle(self._commands))
        return table

    def _geometry(
        self, cells: list[Flowable], width: float, style: Any, aH: float = 72000
    ) -> tuple[float, float, list[float], list[float]]:
        """``Table._listCellGeom``: the same calls in the same order, the same float sums."""
        if not cells:
            return 0, 0, [], []
        aW = width - style.leftPadding - style.rightPadding
        aH = aH - style.topPadding - style.bottomPadding
        canv = getattr(self, "canv", None)
        t: float = 0
        w: float = 0
        sb0 = None
        widths: list[float] = []
        heights: list[float] = []
        sa: float = 0
        for v in cells:
            vw, vh = v.wrapOn(canv, aW, aH)
            sb = v.getSpaceBefore()
            sa = v.getSpaceAfter()
            widths.append(vw)
            heights.append(vh)
            w = max(w, vw)
            t += vh + sa + sb
            if sb0 is None:
                sb0 = sb
        assert sb0 is not None
        return w, t - sb0 - sa, widths, heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights: list[float] = []
        for row in self._rows:
            h: float = 0
            for value, style, width in zip(row, self._styles, self._widths, strict=True):
                if isinstance(value, str):
                    t = (style.leading or 1.2 * style.fontsize) * len(value.split("\n"))
                else:
                    t = self._geometry(value, width, style)[1]
                t += style.bottomPadding + style.topPadding
                if t > h:
                    h = t
            heights.append(h)
        # Table._calc_height's compensated sum, from the bottom row up.
        positions: list[float] = []
        height: float = 0
        c: float = 0
        for i in range(len(heights) - 1, -1, -1):
            positions.append(height)
            y = heights[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        positions.reverse()
        self._heights, self._positions, self.height = heights, positions, height
        return self.width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self.table()
        table.wrapOn(getattr(self, "canv", None), availWidth, availHeight)
        return list(table.split(availWidth, availHeight))

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        current: Any = None
        for row, rowpos, rowheight in zip(
            self._rows, self._positions[1:], self._heights, strict=True
        ):
            for value, style, colpos, colwidth in zip(
                row, self._styles, self._cols[:-1], self._widths, strict=True
            ):
                if current is not style:
                    if current is None or style.color != current.color:
                        canv.setFillColor(style.color)
                    if (
                        current is None
                        or style.leading != current.leading
                        or style.fontname != current.fontname
                        or style.fontsize != current.fontsize
                    ):
                        canv.setFont(style.fontname, style.fontsize, style.leading)
                    current = style
                self._draw_cell(value, style, colpos, rowpos, colwidth, rowheight)
        self._draw_lines()
        canv.restoreState()

    def _draw_cell(
        self,
        value: list[Flowable] | str,
        style: Any,
        colpos: float,
        rowpos: float,
        colwidth: float,
        rowheight: float,
    ) -> None:
        """``Table._drawCell`` for left-aligned cells."""
        if isinstance(value, str):
            vals = value.split("\n")
            n, leading, fontsize = len(vals), style.leading, style.fontsize
            if style.valign == "BOTTOM":
                y = rowpos + style.bottomPadding + n * leading - fontsize
            elif style.valign == "TOP":
                y = rowpos + rowheight - style.topPadding - fontsize
            else:
                y = (
                    rowpos
                    + (style.bottomPadding + rowheight - style.topPadding + n * leading) / 2.0
                    - fontsize
                )
            x = colpos + style.leftPadding
            for v in vals:
                self.canv.drawString(x, y, v)
                y -= leading
            return
        _, h, widths, heights = self._geometry(value, colwidth, style, rowheight)
        if style.valign == "TOP":
            y = rowpos + rowheight - style.topPadding
        elif style.valign == "BOTTOM":
            y = rowpos + style.bottomPadding + h
        else:
            y = rowpos + (rowheight + style.bottomPadding - style.topPadding + h) / 2.0
        if value:
            y += value[0].getSpaceBefore()
        for v, _w, vh in zip(value, widths, heights, strict=True):
            x = colpos + style.leftPadding
            y -= v.getSpaceBefore()
            y -= vh
            v.drawOn(self.canv, x, y)
            y -= v.getSpaceAfter()

    def _draw_lines(self) -> None:
        """``Table._drawLines`` for ``LINEBELOW`` across every row and column."""
        canv = self.canv
        canv.saveState()
        ccap = cjoin = cdash = None
        cur_color = cur_weight = None
        for _op, _start, _end, weight, color, cap, dash, join, _count, _space in self._lines:
            if cap is not None and ccap != cap:
                canv.setLineCap(cap)
                ccap = cap
            if dash is None or dash == []:
                if cdash is not None:
                    canv.setDash()
                    cdash = None
            elif dash != cdash:
                canv.setDash(dash)
                cdash = dash
            if join is not None and cjoin != join:
                canv.setLineJoin(join)
                cjoin = join
            if color and color != cur_color:
                canv.setStrokeColor(color)
                cur_color = color
            if weight and weight != cur_weight:
                canv.setLineWidth(weight)
                cur_weight = weight
            left, right = self._cols[0], self._cols[-1]
            for y in self._positions[1:]:
                canv.line(left, y, right, y)
        canv.restoreState()


class FieldRows(GridRows):
    """An incident's or exhibit's label/value rows (``styles.fields()``), drawn directly."""


def grid(
    data: list[list[Cell]],
    widths: Sequence[float],
    commands: list[tuple[Any, ...]],
    *,
    split_in_row: bool = False,
    kind: type[GridRows] = GridRows,
) -> Flowable:
    """A :class:`GridRows` for ``data`` if it can stand in for the ``Table``, else the Table."""
    proto = _prototype(len(widths), commands) if data else None
    cells: list[list[list[Flowable] | str]] = []
    if proto is not None:
        for row in data:
            if len(row) != len(widths):
                proto = None
                break
            processed = [_cells(v) for v in row]
            if any(p is None for p in processed):
                proto = None
                break
            cells.append([p for p in processed if p is not None])
    if proto is None:
        table = Table(
            data, colWidths=list(widths), hAlign="LEFT", splitInRow=1 if split_in_row else 0
        )
        table.setStyle(TableStyle(commands))
        return table
    return kind(data, list(widths), commands, proto, cells, split_in_row=split_in_row)


def field_rows(data: list[list[Cell]], widths: Sequence[float]) -> Flowable:
    """Label/value rows as the fields table draws them (splitting inside a row if needed)."""
    return grid(data, widths, _FIELDS, split_in_row=True, kind=FieldRows)


BESIDE_STYLE: list[tuple[Any, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("FONTNAME", (0, 0), (-1, -1), styles.fonts.BODY),
]


def beside(left: Flowable, right: Flowable, widths: Sequence[float]) -> Flowable:
    """A picture beside its details, as the one-row table that did it before."""
    return grid([[left, right]], widths, BESIDE_STYLE)


_FIELDS: list[tuple[Any, ...]] = list(styles.fields().getCommands())
