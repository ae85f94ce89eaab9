"""The draft witness statement as a PDF: A4, a 3.5 cm margin, numbered paragraphs.

Every page is headed "Draft" and carries "Page X of Y" and a box for the witness's initials.
Practice Direction 32 para 17.1 details sit in the top right corner of the first page. Every user
string reaches the page through :func:`.flow.user_text` (escaped; right-to-left text ordered and
shaped), so Persian paragraphs print as written.
"""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
)

from . import fonts, styles
from .flow import user_text
from .para import Paragraph
from .statement import BLANK, DRAFT_NOTE, STATEMENT_OF_TRUTH, Statement

PAGE_W, PAGE_H = styles.PAGE
LEFT = 35 * mm  # Practice Direction 32 para 19.1: a margin of at least 3.5 cm
RIGHT = 20 * mm
TOP = 26 * mm
BOTTOM = 30 * mm
WIDTH = PAGE_W - LEFT - RIGHT
NUM_W = 10 * mm
_COUNT_FORM = "safelogStatementPages"


class _Canvas(Canvas):
    """Writes the page total into a shared form just before saving (one-pass "of Y")."""

    def save(self) -> None:
        self.beginForm(_COUNT_FORM)
        self.setFont(fonts.BODY, 8.5)
        self.setFillColor(styles.INK)
        self.drawString(0, 0, str(max(self.getPageNumber() - 1, 1)))
        self.endForm()
        super().save()


class _Document(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, statement: Statement) -> None:
        self.statement = statement
        super().__init__(
            target,
            pagesize=styles.PAGE,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title="Draft witness statement",
            author="SafeLog",
            subject=f"Draft witness statement {statement.document_id}",
            creator="SafeLog",
            producer="SafeLog with ReportLab",
            keywords="",
            initialFontName=fonts.BODY,
            initialFontSize=10,
            initialLeading=14,
            pageCompression=1,
            lang="en-GB",
        )
        frame = Frame(
            LEFT,
            BOTTOM,
            WIDTH,
            PAGE_H - TOP - BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    def _furniture(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = PAGE_H - TOP + 10 * mm
        canv.setFillColor(styles.INK)
        canv.setFont(fonts.BOLD, 13)
        canv.drawString(LEFT, top, "DRAFT")
        canv.setFont(fonts.BODY, 8)
        canv.setFillColor(styles.MUTED)
        canv.drawRightString(PAGE_W - RIGHT, top, "Draft witness statement: not signed")
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(LEFT, top - 3, PAGE_W - RIGHT, top - 3)
        # Footer: "Page X of Y" on the left, the initials box on the right.
        base = BOTTOM - 16 * mm
        canv.setFillColor(styles.INK)
        canv.setFont(fonts.BODY, 8.5)
        label = f"Page {canv.getPageNumber()} of "
        canv.drawString(LEFT, base + 3 * mm, label)
        canv.saveState()
        canv.translate(LEFT + canv.stringWidth(label, fonts.BODY, 8.5), base + 3 * mm)
        canv.doForm(_COUNT_FORM)
        canv.restoreState()
        box_w, box_h = 28 * mm, 11 * mm
        x = PAGE_W - RIGHT - box_w
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(0.7)
        canv.rect(x, base, box_w, box_h)
        canv.setFont(fonts.BODY, 6.5)
        canv.setFillColor(styles.MUTED)
        canv.drawString(x + 1.5 * mm, base + box_h - 2.8 * mm, "Initials")
        canv.drawRightString(x - 3 * mm, base + 3 * mm, "Witness's initials:")
        canv.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    fonts.ensure_registered()
    body = ParagraphStyle(
        "sbody",
        fontName=fonts.BODY,
        fontSize=10.5,
        leading=15.5,
        textColor=styles.INK,
        spaceAfter=5,
    )
    return {
        "body": body,
        "small": ParagraphStyle(
            "ssmall", parent=body, fontSize=8, leading=11, textColor=styles.MUTED
        ),
        "corner": ParagraphStyle("scorner", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "title": ParagraphStyle(
            "stitle",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=13,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "centre": ParagraphStyle("scentre", parent=body, alignment=TA_CENTER, spaceAfter=2),
        "head": ParagraphStyle(
            "shead",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
    }


def _corner(statement: Statement, st: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [Paragraph(label + ":", st["corner"]), user_text(value, st["corner"], ltr=True)]
        for label, value in statement.corner()
    ]
    table = Table(rows, colWidths=[20 * mm, 52 * mm], hAlign="RIGHT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return table


def _heading(statement: Statement, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [_corner(statement, st), Spacer(1, 6 * mm)]
    for text in (
        f"Claim No: {BLANK}",
        f"IN THE {BLANK}{BLANK}",
        "BETWEEN",
        f"{BLANK}{BLANK}",
        "Claimant / Applicant",
        "and",
        f"{BLANK}{BLANK}",
        "Defendant / Respondent",
    ):
        story.append(Paragraph(text, st["centre"]))
    story.append(Spacer(1, 4 * mm))
    story.extend(user_text(f"DRAFT {statement.title.upper()}", st["title"], bold=True, ltr=True))
    story.append(Paragraph(DRAFT_NOTE, st["small"]))
    story.append(Spacer(1, 3 * mm))
    return story


def _numbered(statement: Statement, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for number, para in enumerate(statement.paragraphs, 1):
        content: list[Flowable] = []
        for block in para.blocks:
            content.extend(user_text(block.text, st["body"], ltr=not block.own))
        row = Table(
            [[Paragraph(f"{number}.", st["body"]), content]],
            colWidths=[NUM_W, WIDTH - NUM_W],
            hAlign="LEFT",
            splitInRow=1,
        )
        row.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        out.append(row)
    return out


def _truth(statement: Statement, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    line = "_" * 40
    signing = Table(
        [
            [Paragraph("Signed", st["body"]), Paragraph(line, st["body"])],
            [
                Paragraph("Full name", st["body"]),
                user_text(statement.witness or line, st["body"], ltr=True),
            ],
            [Paragraph("Date", st["body"]), Paragraph(line, st["body"])],
        ],
        colWidths=[28 * mm, 100 * mm],
        rowHeights=[13 * mm] * 3,
        hAlign="LEFT",
    )
    signing.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [
        KeepTogether(
            [
                Paragraph("Statement of truth", st["head"]),
                Paragraph(STATEMENT_OF_TRUTH, st["body"]),
                Spacer(1, 2 * mm),
                signing,
            ]
        )
    ]


def render(statement: Statement) -> bytes:
    st = _styles()
    story = _heading(statement, st) + _numbered(statement, st) + _truth(statement, st)
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    _Document(buffer, statement).build(story, canvasmaker=_Canvas)
    return buffer.getvalue()
