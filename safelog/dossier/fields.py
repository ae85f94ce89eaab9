"""Simple tables drawn directly: the label/value rows of each incident and exhibit (issue 18).

A dossier has a small table per incident and per exhibit (about 700 for 500 incidents).
:class:`GridRows` stands for the ``Table`` of such rows: it measures and draws them through
:mod:`.grid`, with ``Table``'s own arithmetic and canvas calls, so the page is the same to the
byte. Splitting across a page is rare (once per page at most) and is left to a real ``Table``
built from the same data, so it behaves exactly as before.

:func:`field_rows` makes the label/value rows (:class:`FieldRows`), :func:`beside` a picture
beside its details; both fall back to ``Table`` for anything :mod:`.grid` does not handle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from . import grid as _grid
from . import styles

Cell = _grid.Cell


class GridRows(Flowable):
    """A ``Table`` with one style for every row, measured and drawn without ``Table``."""

    def __init__(
        self,
        data: list[list[Cell]],
        widths: list[float],
        commands: list[tuple[Any, ...]],
        look: _grid.Look,
        cells: list[list[_grid.Cells]],
        *,
        split_in_row: bool,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._data = data
        self._widths = list(widths)
        self._commands = commands
        self._look = look
        self._rows = cells
        self._split_in_row = split_in_row
        self._heights: list[float] = []
        total = 0.0
        for w in self._widths:
            total = total + w
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

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        canv = getattr(self, "canv", None)
        styles_ = self._look.styles
        self._heights = [_grid.row_height(canv, row, styles_, self._widths) for row in self._rows]
        self.height = _grid.positions(self._heights)[0]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self.table()
        table.wrapOn(getattr(self, "canv", None), availWidth, availHeight)
        return list(table.split(availWidth, availHeight))

    def draw(self) -> None:
        _grid.draw(self.canv, self._rows, self._look, self._widths, self._heights)


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
    look = _grid.look(len(widths), commands) if data else None
    cells = _grid.rows_of(data, len(widths)) if look is not None else None
    if look is None or cells is None:
        table = Table(
            data, colWidths=list(widths), hAlign="LEFT", splitInRow=1 if split_in_row else 0
        )
        table.setStyle(TableStyle(commands))
        return table
    return kind(data, list(widths), commands, look, cells, split_in_row=split_in_row)


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
