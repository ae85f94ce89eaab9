"""The draft witness statement as an editable Word file (.docx) a solicitor can finish.

Same content and layout rules as the PDF: "Draft" header, "Page X of Y" (Word fields) and an
initials box in every page's footer, a 3.5 cm left margin, numbered paragraphs with a hanging
indent. Right-to-left paragraphs are marked right-to-left (``w:bidi``/``w:rtl``) so Word lays
out Persian as written. Text is copied as typed; only characters XML cannot hold are dropped
and invisible direction overrides are shown as markers such as [U+202E], as in the PDF.
"""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from .statement import BLANK, DRAFT_NOTE, STATEMENT_OF_TRUTH, Statement, is_rtl

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
FONT = "Arial"  # present on every Windows and Mac; Word picks a fallback for Persian
HANG = Cm(1.0)


def safe(text: str) -> str:
    text = _OVERRIDES.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return _XML_BAD.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _rtl(paragraph: Paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def _field(paragraph: Paragraph, instr: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _box(cell: _Cell) -> None:
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "8")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    cell._tc.get_or_add_tcPr().append(borders)


def _text_lines(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    """Add ``text`` with its line breaks kept as breaks inside one paragraph."""
    for i, line in enumerate(safe(text).split("\n")):
        run = paragraph.add_run(line)
        run.bold = bold
        if i:
            run._r.insert(0, OxmlElement("w:br"))


def _furniture(doc: object, statement: Statement) -> None:
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.5), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    head = section.header.paragraphs[0]
    head.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    draft = head.add_run("DRAFT")
    draft.bold = True
    draft.font.size = Pt(13)
    note = head.add_run("\tDraft witness statement: not signed")
    note.font.size = Pt(8)
    footer = section.footer
    table = footer.add_table(rows=1, cols=3, width=Cm(15.5))
    left, middle, right = table.rows[0].cells
    left.width, middle.width, right.width = Cm(9.0), Cm(3.5), Cm(3.0)
    page = left.paragraphs[0]
    page.add_run("Page ")
    _field(page, "PAGE")
    page.add_run(" of ")
    _field(page, "NUMPAGES")
    label = middle.paragraphs[0]
    label.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    label.add_run("Witness's initials:").font.size = Pt(7)
    right.paragraphs[0].add_run("Initials").font.size = Pt(6.5)
    right.add_paragraph("")
    _box(right)


def render(statement: Statement) -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    _furniture(doc, statement)
    corner = doc.add_table(rows=0, cols=2)
    corner.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for label, value in statement.corner():
        cells = corner.add_row().cells
        cells[0].width, cells[1].width = Cm(2.2), Cm(5.3)
        cells[0].paragraphs[0].add_run(f"{label}:").font.size = Pt(9)
        cells[1].paragraphs[0].add_run(safe(value)).font.size = Pt(9)
    for text in (
        "",
        f"Claim No: {BLANK}",
        f"IN THE {BLANK}{BLANK}",
        "BETWEEN",
        f"{BLANK}{BLANK}",
        "Claimant / Applicant",
        "and",
        f"{BLANK}{BLANK}",
        "Defendant / Respondent",
    ):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _text_lines(title, f"DRAFT {statement.title.upper()}", bold=True)
    note = doc.add_paragraph()
    note.add_run(DRAFT_NOTE).font.size = Pt(8)
    for number, para in enumerate(statement.paragraphs, 1):
        for index, block in enumerate(para.blocks):
            paragraph = doc.add_paragraph()
            fmt = paragraph.paragraph_format
            fmt.left_indent = HANG
            if index == 0:
                fmt.first_line_indent = -HANG
                fmt.tab_stops.add_tab_stop(HANG)
                paragraph.add_run(f"{number}.\t")
            _text_lines(paragraph, block.text)
            if block.own and is_rtl(block.text):
                _rtl(paragraph)
    heading = doc.add_paragraph()
    heading.paragraph_format.keep_with_next = True
    heading.add_run("Statement of truth").bold = True
    truth = doc.add_paragraph(STATEMENT_OF_TRUTH)
    truth.paragraph_format.keep_with_next = True
    line = "_" * 40
    for label, value in (
        ("Signed", line),
        ("Full name", statement.witness or line),
        ("Date", line),
    ):
        row = doc.add_paragraph()
        row.paragraph_format.space_before = Pt(14)
        row.paragraph_format.keep_with_next = label != "Date"
        row.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        row.add_run(f"{label}\t")
        row.add_run(safe(value))
    core = doc.core_properties
    core.title, core.author, core.comments = "Draft witness statement", "SafeLog", ""
    core.last_modified_by = "SafeLog"
    core.created = core.modified = statement.prepared_at
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
