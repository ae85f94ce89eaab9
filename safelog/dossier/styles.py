"""Paragraph and table styles of the dossier: one place for sizes, fonts and colours.

Every style names one of SafeLog's embedded fonts, so nothing in the PDF falls back to an
unembedded standard font. Headings and labels keep with what follows them: a heading or a label
alone at the foot of a page tells the reader nothing and hides what it introduces.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from . import fonts

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1f3b5a")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle
    mono_small: ParagraphStyle
    bullet: ParagraphStyle
    centre: ParagraphStyle


def make_styles() -> Styles:
    fonts.ensure_registered()
    base = ParagraphStyle(
        "body",
        fontName=fonts.BODY,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=20,
            leading=26,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=15,
            leading=20,
            spaceBefore=4,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        kicker=ParagraphStyle(
            "kicker",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=11.5,
            spaceAfter=0,
            textColor=MUTED,
            keepWithNext=1,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cellb", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=11.5, spaceAfter=0
        ),
        label=ParagraphStyle(
            "label",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=11.5,
            spaceAfter=0,
            textColor=MUTED,
            keepWithNext=1,  # "Check with the person", "Notes on this exhibit": never alone
        ),
        mono=ParagraphStyle(
            "mono", parent=base, fontName=fonts.MONOSPACE, fontSize=8, leading=11, spaceAfter=0
        ),
        mono_small=ParagraphStyle(
            "monos", parent=base, fontName=fonts.MONOSPACE, fontSize=6.6, leading=9, spaceAfter=0
        ),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3),
        centre=ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
    )


def grid(header: bool = True) -> TableStyle:
    """A light table: hairlines, a shaded header row that repeats on each page."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 11.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ]
    return TableStyle(commands)


def fields() -> TableStyle:
    """Label/value rows of an incident or exhibit; plain-string cells use these fonts."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LEADING", (0, 0), (-1, -1), 11.5),
            ("FONTNAME", (0, 0), (0, -1), fonts.BOLD),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )
