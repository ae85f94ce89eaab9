"""The dossier's directly drawn tables print exactly what ReportLab's ``Table`` printed.

Each test lays out the same cells twice, once through :mod:`safelog.dossier.fields` and once
through the ``Table`` it stands for, and compares the two PDFs byte for byte (``invariant``
fixes dates and IDs): a moved line, a lost row, another font or colour changes the bytes. The
text is also read back with pdftotext, so a test cannot pass on two empty pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from safelog.dossier import styles, tables
from safelog.dossier.fields import BESIDE_STYLE, FieldRows, GridRows, beside, field_rows, grid
from safelog.dossier.flow import cell, user_text
from safelog.dossier.para import Paragraph
from safelog.dossier.styles import make_styles
from safelog.dossier.tables import LongTable, reference
from tests.core.dossier_case import pdftotext

WIDTHS = [34 * mm, styles.FRAME_WIDTH - 34 * mm]
PERSIAN = "مردی با ماشین خاکستری مرا تا خانه دنبال کرد و از در خانه عکس گرفت."
CHINESE = "他在我家门外拍照，然后跟踪我到地铁站，说他知道我的家人住在哪里。"
LONG = "He waited by the door and followed me to the station. " * 30


class Box(Flowable):
    """A stand-in for a thumbnail: a filled rectangle of a fixed size."""

    def __init__(self, w: float, h: float) -> None:
        super().__init__()
        self.width, self.height = w, h

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(styles.ACCENT)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)


def _rows(extra: int = 0) -> list[list[object]]:
    """Label/value rows of every kind an incident or exhibit has."""
    st = make_styles()
    rows: list[list[object]] = [
        ["When", cell("3 May 2025, 15:15 (Europe/London)", st.cell)],
        ["How exact", Paragraph("Exact time", st.cell)],
        ["Where", cell(PERSIAN + " Outside 12 Example Road", st.cell)],
        ["People", cell(f"{CHINESE} (witness)\nAmira Haddad (perpetrator)", st.cell, ltr=True)],
        ["Reference", reference("CAD 4412/17MAY26", st.cell, bold=True)],
        ["SHA-256", Paragraph("ab" * 32, st.mono_small)],
        ["Narrative", user_text("First line.\nSecond line, " + LONG, st.cell)],
        ["Two\nlines", Paragraph("a label on two lines", st.cell)],
        ["Empty", []],
    ]
    for n in range(extra):
        rows.append([f"Row {n}", Paragraph(f"value number {n} " * (1 + n % 7), st.cell)])
    return rows


def _pdf(story: list[Flowable], path: Path) -> bytes:
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.build(story)
    return path.read_bytes()


def _table(data: list[list[object]], style: Any, split_in_row: int = 1) -> Table:
    table = Table(data, colWidths=WIDTHS, hAlign="LEFT", splitInRow=split_in_row)
    table.setStyle(style)
    return table


def _compare(
    tmp_path: Path, ours: Callable[[], list[Flowable]], theirs: Callable[[], list[Flowable]]
) -> str:
    a = _pdf(ours(), tmp_path / "fields.pdf")
    b = _pdf(theirs(), tmp_path / "table.pdf")
    text = pdftotext(tmp_path / "fields.pdf")
    assert text == pdftotext(tmp_path / "table.pdf")
    assert a == b
    return text


def test_field_rows_draw_what_the_fields_table_drew(tmp_path):
    flowable = field_rows(_rows(), WIDTHS)
    assert isinstance(flowable, FieldRows)
    after = make_styles().body
    text = _compare(
        tmp_path,
        lambda: [field_rows(_rows(), WIDTHS), Paragraph("after the table", after)],
        lambda: [_table(_rows(), styles.fields()), Paragraph("after the table", after)],
    )
    for word in ("How exact", "Exact time", "CAD 4412/17MAY26", "Second line", "after the table"):
        assert word in text


def test_field_rows_split_across_pages_as_the_table_did(tmp_path):
    # Pushed down the page so the rows split between pages, one inside a long value.
    def ours() -> list[Flowable]:
        return [Spacer(1, 150 * mm), field_rows(_rows(extra=60), WIDTHS)]

    def theirs() -> list[Flowable]:
        return [Spacer(1, 150 * mm), _table(_rows(extra=60), styles.fields())]

    text = _compare(tmp_path, ours, theirs)
    assert text.count("\f") >= 3  # three pages or more
    assert "value number 59" in text


def test_beside_draws_what_the_one_row_table_drew(tmp_path):
    thumb_w = 48 * mm

    def details() -> Flowable:
        return field_rows(_rows(), [34 * mm, styles.FRAME_WIDTH - thumb_w - 34 * mm])

    def ours() -> list[Flowable]:
        widths = [thumb_w, WIDTHS[1] + WIDTHS[0] - thumb_w]
        return [beside(Box(40 * mm, 30 * mm), details(), widths)]

    def theirs() -> list[Flowable]:
        table = Table(
            [[Box(40 * mm, 30 * mm), details()]],
            colWidths=[thumb_w, WIDTHS[1] + WIDTHS[0] - thumb_w],
            hAlign="LEFT",
        )
        table.setStyle(BESIDE_STYLE)
        return [table]

    assert isinstance(ours()[0], GridRows)
    assert "Exact time" in _compare(tmp_path, ours, theirs)


def test_a_style_that_differs_by_row_falls_back_to_table():
    st = make_styles()
    data: list[list[object]] = [["a", Paragraph("b", st.cell)], ["c", Paragraph("d", st.cell)]]
    banded = [*styles.fields().getCommands(), ("ROWBACKGROUNDS", (0, 0), (-1, -1), ["red"])]
    assert isinstance(grid(data, WIDTHS, banded), Table)
    first_row = [*styles.fields().getCommands(), ("FONTSIZE", (0, 0), (-1, 0), 12)]
    assert isinstance(grid(data, WIDTHS, first_row), Table)
    grid_lines = [*styles.fields().getCommands(), ("GRID", (0, 0), (-1, -1), 0.5, styles.RULE)]
    assert isinstance(grid(data, WIDTHS, grid_lines), Table)
    assert isinstance(grid(data, WIDTHS, list(styles.fields().getCommands())), GridRows)


SHADED = [
    *styles.grid(header=True).getCommands(),  # a shaded header row with its own rule
    ("BACKGROUND", (1, 2), (-1, 3), styles.ACCENT),
    ("LINEABOVE", (0, -2), (0, -1), 1.5, styles.RULE, "butt", (2, 1)),
]


@pytest.mark.parametrize("commands", [list(styles.fields().getCommands()), BESIDE_STYLE, SHADED])
def test_other_simple_styles_match_table_too(tmp_path, commands):
    st = make_styles()

    def data() -> list[list[object]]:
        return [[f"label {n}", Paragraph(f"value {n} " * (n + 1), st.cell)] for n in range(12)]

    assert isinstance(grid(data(), WIDTHS, commands), GridRows)
    _compare(
        tmp_path,
        lambda: [grid(data(), WIDTHS, commands)],
        lambda: [_table(data(), TableStyle(commands), split_in_row=0)],
    )


def test_wrap_reports_the_tables_size():
    flowable = field_rows(_rows(), WIDTHS)
    table = _table(_rows(), styles.fields())
    assert flowable.wrap(styles.FRAME_WIDTH, 700) == table.wrap(styles.FRAME_WIDTH, 700)


def test_long_table_drawn_directly_or_with_measured_heights_is_unchanged(tmp_path, monkeypatch):
    """LongTable draws through .grid, or hands the row heights it measured to the Table it
    draws; the pages must be what a Table measuring every row again gave."""
    st = make_styles()

    def story() -> list[Flowable]:
        rows: list[list[object]] = [
            [
                str(n),
                cell(PERSIAN if n % 5 == 0 else f"entry {n} " * (n % 9 + 1), st.cell),
                [Paragraph("two", st.cell), Paragraph(f"paragraphs {n}", st.cell)],
            ]
            for n in range(150)
        ]
        heads = [Paragraph(h, st.label) for h in ("No.", "What", "More")]
        return [Spacer(1, 100 * mm), LongTable(heads, rows, [20 * mm, 90 * mm, 60 * mm])]

    built: list[bool] = []

    class Spy(Table):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built.append(kwargs.get("rowHeights") is not None)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tables, "Table", Spy)
    direct = _pdf(story(), tmp_path / "direct.pdf")
    assert built == []  # no Table at all
    monkeypatch.setattr(tables._grid, "look", lambda ncols, commands: None)
    given = _pdf(story(), tmp_path / "given.pdf")
    assert any(built)  # Tables given the measured heights
    monkeypatch.setattr(tables, "_measured_alike", lambda data: False)
    built.clear()
    slow = _pdf(story(), tmp_path / "slow.pdf")
    assert built and not any(built)
    assert direct == given == slow
    text = pdftotext(tmp_path / "direct.pdf")
    assert "entry 149" in text and text.count("No.") >= 3  # the header on every page


def test_the_dossier_frame_deep_copies_like_deepcopy():
    """ReportLab measures kept-together flowables in a deep copy of the frame; the quick copy
    must hold the same values and share no list with the frame it copies."""
    import copy

    from reportlab.platypus import Frame

    from safelog.dossier.pdf import _Frame

    frame = _Frame(10, 20, 300, 400, id="body", leftPadding=0)
    frame._frameBGs = [("x", 1)]
    frame._y = 123.5
    twin = copy.deepcopy(frame)
    generic = Frame.__new__(Frame)
    generic.__dict__.update(copy.deepcopy(frame.__dict__))
    assert type(twin) is _Frame and twin.__dict__ == generic.__dict__
    twin._frameBGs.append(("y", 2))
    assert frame._frameBGs == [("x", 1)]
