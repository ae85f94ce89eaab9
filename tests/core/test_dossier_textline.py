"""TextLine draws a one-line paragraph exactly as ReportLab's Paragraph does, or hands over.

Each test builds the same story with :func:`text_line` and with the ``Paragraph`` it stands for
and compares the PDFs byte for byte (``invariant`` fixes dates and IDs): a shifted baseline,
another font, colour or indent changes the bytes. pdftotext reads the words back, so the test
cannot pass on empty pages.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from safelog.dossier import fonts
from safelog.dossier.flow import user_text
from safelog.dossier.para import Paragraph
from safelog.dossier.styles import make_styles
from safelog.dossier.text import escape, markup
from safelog.dossier.textline import TextLine, plain, text_line
from tests.core.dossier_case import pdftotext

SAMPLES = [
    "Exact time",
    "3 May 2025, 15:15 (Europe/London)",
    "ሰላም ለዓለም",  # Ethiopic: one font run, not the body font
    "x",
    "it's 100% (sure) [yes] {no} #1 = a+b; c/d",
]
SPECIAL = 'A & B <b>not bold</b> "quoted"'  # entities split the parsed text: Paragraph draws it


def _pdf(story: list[Flowable], path: Path) -> bytes:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path.read_bytes()


def _styles() -> list[ParagraphStyle]:
    st = make_styles()
    indented = ParagraphStyle("indented", parent=st.cell, leftIndent=14, firstLineIndent=6)
    return [st.cell, st.label, st.h3, st.h2, st.mono_small, st.body, indented]


def test_text_line_draws_what_paragraph_draws(tmp_path):
    def story(fast: bool) -> list[Flowable]:
        out: list[Flowable] = []
        for style in _styles():
            for text in SAMPLES:
                face = fonts.runs(text)[0][0]
                tagged = f'<font face="{face.regular}">{escape(text)}</font>'
                if fast:
                    out.append(text_line(text, style, font=face.regular))
                    out.append(plain(text, style))
                else:
                    out.append(Paragraph(tagged, style))
                    out.append(Paragraph(escape(text), style))
        return out

    assert all(isinstance(f, TextLine) for f in story(True))
    assert isinstance(plain(SPECIAL, make_styles().cell), Paragraph)
    assert _pdf(story(True), tmp_path / "a.pdf") == _pdf(story(False), tmp_path / "b.pdf")
    text = pdftotext(tmp_path / "a.pdf")
    assert "3 May 2025, 15:15 (Europe/London)" in text and "#1 = a+b; c/d" in text


def test_text_that_does_not_fit_or_is_not_plain_is_a_paragraph(tmp_path):
    st = make_styles()
    long = "followed me to the station and waited " * 4  # wider than the page, under 200 chars
    assert isinstance(text_line("two  spaces", st.cell), Paragraph)
    assert isinstance(text_line(" leading space", st.cell), Paragraph)
    assert isinstance(text_line("", st.cell), Paragraph)
    assert isinstance(text_line("centred", make_styles().centre), Paragraph)
    line = text_line(long.strip(), st.cell)
    assert isinstance(line, TextLine)  # it only finds out at layout time

    def story(fast: bool) -> list[Flowable]:
        make = (
            (lambda t: text_line(t, st.cell)) if fast else (lambda t: Paragraph(escape(t), st.cell))
        )
        return [make(long.strip()), Spacer(1, 240 * mm), make("Exact time"), make(long.strip())]

    assert _pdf(story(True), tmp_path / "a.pdf") == _pdf(story(False), tmp_path / "b.pdf")
    assert pdftotext(tmp_path / "a.pdf").count("followed me") == 8  # two paragraphs, 4 each


def test_a_line_that_fits_a_wide_column_but_not_a_narrow_one(tmp_path):
    from reportlab.platypus import Table

    st = make_styles()
    text = "4 December 2026, 18:34 UTC (never changed since)"

    def story(fast: bool) -> list[Flowable]:
        make = (
            (lambda: text_line(text, st.cell))
            if fast
            else (lambda: Paragraph(escape(text), st.cell))
        )
        return [make(), Table([[make(), make()]], colWidths=[30 * mm, 140 * mm])]

    assert _pdf(story(True), tmp_path / "a.pdf") == _pdf(story(False), tmp_path / "b.pdf")


def test_user_text_in_one_font_uses_text_lines_and_prints_the_same(tmp_path):
    st = make_styles()
    texts = ["I was afraid.", "ሰላም ለዓለም", "Mixed ሰላም text", "line one\nline two"]

    def story(fast: bool) -> list[Flowable]:
        out: list[Flowable] = []
        for t in texts:
            for bold in (False, True):
                if fast:
                    out.extend(user_text(t, st.body, bold=bold))
                else:
                    out.extend(
                        Paragraph(markup(part, bold=bold), st.body) for part in t.split("\n")
                    )
        return out

    fast = story(True)
    assert sum(isinstance(f, TextLine) for f in fast) == 8  # the mixed-script line is not one
    assert _pdf(fast, tmp_path / "a.pdf") == _pdf(story(False), tmp_path / "b.pdf")
    assert "line two" in pdftotext(tmp_path / "a.pdf")


def test_a_table_row_split_across_pages_reads_the_lines_sizes(tmp_path):
    """Table splits a row by each flowable's ``height`` attribute: a TextLine must carry the
    size it was laid out with, also when it handed the text to a Paragraph."""
    from reportlab.platypus import Table

    st = make_styles()
    texts = [
        "short line",
        "a long line that will not fit in the narrow column of this table, so it wraps",
    ] * 12

    def story(fast: bool) -> list[Flowable]:
        if fast:
            content = [text_line(t, st.body) for t in texts]
        else:
            content = [Paragraph(escape(t), st.body) for t in texts]
        table = Table([["1.", content]], colWidths=[10 * mm, 80 * mm], splitInRow=1)
        return [Spacer(1, 200 * mm), table]

    assert _pdf(story(True), tmp_path / "a.pdf") == _pdf(story(False), tmp_path / "b.pdf")
    text = pdftotext(tmp_path / "a.pdf")
    assert text.count("short line") == 12 and "\f" in text.rstrip("\f")  # two pages
