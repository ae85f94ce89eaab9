"""Measuring and drawing a simple table exactly as ReportLab's ``Table`` does, without one.

A ``Table`` spends much of its time on set-up a dossier's tables do not need: a style object per
cell, each style command applied cell by cell, cell lists flattened again on every wrap and
draw. For a table whose cell styles are the same on every row (no spans; backgrounds in plain
colours; only ``LINEBELOW``/``LINEABOVE`` rules), :func:`look` reads the styles once from a
one-row ``Table``, and :func:`row_height` and :func:`draw` repeat ``Table``'s own arithmetic and
canvas calls in the same order, so the page is the same to the byte. Anything else gets None
from :func:`look`, and the caller uses a real ``Table``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.doctemplate import Indenter

Cell = Any  # a plain string, a flowable, or a list of flowables
Cells = list[Flowable] | str  # a cell as Table sees it once processed
_RULES = frozenset({"LINEBELOW", "LINEABOVE"})
_REFUSED = frozenset(
    {"ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT", "ROUNDEDCORNERS"}
    | {"GRID", "BOX", "OUTLINE", "INNERGRID", "LINEBEFORE", "LINEAFTER"}
)


@dataclass(frozen=True)
class Look:
    """What ``Table`` would apply: one cell style per column, rules and backgrounds."""

    styles: list[Any]
    lines: list[tuple[Any, ...]]
    backgrounds: list[tuple[Any, ...]]


_looks: dict[tuple[int, str], Look | None] = {}


def look(ncols: int, commands: Sequence[tuple[Any, ...]]) -> Look | None:
    """The look of a table with these style commands, or None if it is not a simple one."""
    key = (ncols, repr(list(commands)))
    if key in _looks:
        return _looks[key]
    found = _read_look(ncols, list(commands))
    if len(_looks) < 64:
        _looks[key] = found
    return found


def _read_look(ncols: int, commands: list[tuple[Any, ...]]) -> Look | None:
    for command in commands:
        op = str(command[0])
        if op in _REFUSED:
            return None
        (_c0, r0), (_c1, r1) = command[1], command[2]
        if not isinstance(r0, int) or not isinstance(r1, int):
            return None  # "splitfirst" and the like
        if op == "BACKGROUND":
            if callable(command[3]) or isinstance(command[3], list | tuple):
                return None  # gradients and drawing functions
        elif op not in _RULES and (r0, r1) != (0, -1):
            return None  # a cell style that differs by row
    probe = Table([[""] * ncols], colWidths=[1.0] * ncols)
    probe.setStyle(TableStyle(commands))
    row = probe._cellStyles[0]
    for style in row:
        if style.alignment != "LEFT" or style.href or style.destination:
            return None
        if style.direction or style.shaping or style.valign not in ("TOP", "BOTTOM", "MIDDLE"):
            return None
    if probe._spanCmds or getattr(probe, "_cornerRadii", None) or probe._shadow:
        return None
    if any(line[8] != 1 for line in probe._linecmds):  # double rules: not drawn here
        return None
    return Look(row, list(probe._linecmds), list(probe._bkgrndcmds))


def cells_of(value: Cell) -> Cells | None:
    """A cell as ``Table`` sees it after processing: a string, or a flat list of flowables."""
    if isinstance(value, str):
        return value
    items = [value] if isinstance(value, Flowable) else value
    if not isinstance(items, list | tuple):
        return None
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, list | tuple):
            inner = cells_of(list(item))
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


def rows_of(data: Sequence[Sequence[Cell]], ncols: int) -> list[list[Cells]] | None:
    """Every row's cells processed, or None if one cannot be drawn here."""
    rows: list[list[Cells]] = []
    for row in data:
        if len(row) != ncols:
            return None
        processed = [cells_of(v) for v in row]
        if any(p is None for p in processed):
            return None
        rows.append([p for p in processed if p is not None])
    return rows


def geometry(
    canv: Any, cells: list[Flowable], width: float, style: Any, aH: float = 72000
) -> tuple[float, float, list[float], list[float]]:
    """``Table._listCellGeom``: the same calls in the same order, the same float sums."""
    if not cells:
        return 0, 0, [], []
    aW = width - style.leftPadding - style.rightPadding
    aH = aH - style.topPadding - style.bottomPadding
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


def row_height(canv: Any, row: list[Cells], styles: list[Any], widths: list[float]) -> float:
    """One row's height as ``Table._calc_height`` finds it."""
    h: float = 0
    for value, style, width in zip(row, styles, widths, strict=True):
        if isinstance(value, str):
            t = (style.leading or 1.2 * style.fontsize) * len(value.split("\n"))
        else:
            t = geometry(canv, value, width, style)[1]
        t += style.bottomPadding + style.topPadding
        if t > h:
            h = t
    return h


def positions(heights: list[float]) -> list[float]:
    """Row positions from the top, with ``Table._calc_height``'s compensated sum."""
    out: list[float] = []
    height: float = 0
    c: float = 0
    for i in range(len(heights) - 1, -1, -1):
        out.append(height)
        y = heights[i] - c
        t = height + y
        c = (t - height) - y
        height = t
    out.append(height)
    out.reverse()
    return out


def draw(
    canv: Any, rows: list[list[Cells]], style: Look, widths: list[float], heights: list[float]
) -> None:
    """``Table.draw`` for a table of this look, rows already measured."""
    nrows, ncols = len(rows), len(widths)
    rowpos = positions(heights)
    cols = [0.0]
    total = 0.0
    for w in widths:
        total = total + w
        cols.append(total)
    canv.saveState()
    for _op, (sc, sr), (ec, er), arg in style.backgrounds:
        sc, ec = sc + ncols if sc < 0 else sc, ec + ncols if ec < 0 else ec
        sr, er = sr + nrows if sr < 0 else sr, er + nrows if er < 0 else er
        x0, y0 = cols[sc], rowpos[sr]
        x1, y1 = cols[min(ec + 1, ncols)], rowpos[min(er + 1, nrows)]
        color = colors.toColorOrNone(arg)
        if color:
            canv.setFillColor(color)
            canv.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
    current: Any = None
    for row, y, rowheight in zip(rows, rowpos[1:], heights, strict=True):
        for value, cell_style, x, colwidth in zip(row, style.styles, cols, widths, strict=False):
            if current is not cell_style:
                if current is None or cell_style.color != current.color:
                    canv.setFillColor(cell_style.color)
                if (
                    current is None
                    or cell_style.leading != current.leading
                    or cell_style.fontname != current.fontname
                    or cell_style.fontsize != current.fontsize
                ):
                    canv.setFont(cell_style.fontname, cell_style.fontsize, cell_style.leading)
                current = cell_style
            _draw_cell(canv, value, cell_style, x, y, colwidth, rowheight)
    _draw_lines(canv, style, cols, rowpos, nrows, ncols)
    canv.restoreState()


def _draw_cell(
    canv: Any,
    value: Cells,
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
            canv.drawString(x, y, v)
            y -= leading
        return
    _, h, _widths, heights = geometry(canv, value, colwidth, style, rowheight)
    if style.valign == "TOP":
        y = rowpos + rowheight - style.topPadding
    elif style.valign == "BOTTOM":
        y = rowpos + style.bottomPadding + h
    else:
        y = rowpos + (rowheight + style.bottomPadding - style.topPadding + h) / 2.0
    if value:
        y += value[0].getSpaceBefore()
    for v, vh in zip(value, heights, strict=True):
        x = colpos + style.leftPadding
        y -= v.getSpaceBefore()
        y -= vh
        v.drawOn(canv, x, y)
        y -= v.getSpaceAfter()


def _draw_lines(
    canv: Any, style: Look, cols: list[float], rowpos: list[float], nrows: int, ncols: int
) -> None:
    """``Table._drawLines`` for ``LINEBELOW`` and ``LINEABOVE`` rules."""
    canv.saveState()
    ccap = cjoin = cdash = None
    cur_color = cur_weight = None
    for op, (sc, sr), (ec, er), weight, color, cap, dash, join, _count, _space in style.lines:
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
        sc, ec = sc + ncols if sc < 0 else sc, ec + ncols if ec < 0 else ec
        sr, er = sr + nrows if sr < 0 else sr, er + nrows if er < 0 else er
        sc, ec, sr, er = max(0, sc), min(ncols - 1, ec), max(0, sr), min(nrows - 1, er)
        if op == "LINEBELOW":
            sr, er = sr + 1, er + 1
        ecp = cols[sc : ec + 2]
        rp = rowpos[sr : er + 1]
        if len(ecp) <= 1 or len(rp) < 1:
            continue
        if color and color != cur_color:
            canv.setStrokeColor(color)
            cur_color = color
        if weight and weight != cur_weight:
            canv.setLineWidth(weight)
            cur_weight = weight
        for y in rp:
            canv.line(ecp[0], y, ecp[-1], y)
    canv.restoreState()
