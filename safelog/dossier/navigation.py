"""Finding one's way in the dossier: bookmarks, a contents list, page references, continuations.

The build stays one pass. A heading that should be found records its page when it is drawn and
adds a PDF bookmark (outline entry); a page number printed *before* its target is known (the
contents list on page 2) is a form XObject that the canvas fills in just before saving, the same
way "Page N of M" gets its M. A page that continues an incident says so in its header.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from . import fonts, styles
from .para import Paragraph

_KEY = re.compile(r"[^A-Za-z0-9_]")


def form_name(key: str) -> str:
    return "safelogPage_" + _KEY.sub("_", key)


def pages_of(canv: Any) -> dict[str, int]:
    """The page of every anchor drawn so far on this canvas."""
    if not hasattr(canv, "safelog_pages"):
        canv.safelog_pages = {}
    return canv.safelog_pages  # type: ignore[no-any-return]


def refs_of(canv: Any) -> set[str]:
    if not hasattr(canv, "safelog_refs"):
        canv.safelog_refs = set()
    return canv.safelog_refs  # type: ignore[no-any-return]


def fill_page_forms(canv: Any) -> None:
    """Define every page-number form that was used; called by the canvas before saving."""
    pages = pages_of(canv)
    for key in sorted(refs_of(canv)):
        canv.beginForm(form_name(key), lowerx=-60, lowery=-5, upperx=5, uppery=20)
        canv.setFont(fonts.BODY, 8.5)
        canv.setFillColor(styles.INK)
        canv.drawRightString(0, 0, str(pages[key]) if key in pages else "-")
        canv.endForm()


def _mark(canv: Any, key: str, title: str, level: int | None) -> None:
    pages_of(canv)[key] = canv.getPageNumber()
    canv.bookmarkPage(key)
    if level is not None and title:
        canv.addOutlineEntry(title, key, level=level, closed=level > 0)


class AnchoredParagraph(Paragraph):
    """A heading that records its page and adds a PDF bookmark when drawn."""

    def __init__(
        self, text: str, style: Any, key: str, title: str = "", level: int | None = 0
    ) -> None:
        super().__init__(text, style)
        self.anchor = (key, title, level)

    def draw(self) -> None:
        key, title, level = self.anchor
        _mark(self.canv, key, title, level)
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # headings are short: move whole to the next page


def heading(
    text: str, style: Any, key: str, title: str | None = None, level: int | None = 0
) -> AnchoredParagraph:
    """A section heading (``text`` is SafeLog's own markup) with a bookmark named ``title``."""
    return AnchoredParagraph(
        text, style, key, title if title is not None else re.sub(r"<[^>]+>", "", text), level
    )


class IncidentHeading(AnchoredParagraph):
    """An incident's first line: bookmark, and the start of the pages that continue it."""

    def __init__(
        self, text: str, style: Any, key: str, title: str, level: int, number: int | None
    ) -> None:
        super().__init__(text, style, key, title, level)
        self.number = number

    def draw(self) -> None:
        self.canv.safelog_open_incident = (self.number, self.canv.getPageNumber())
        super().draw()


class Anchor(Flowable):
    """A zero-size anchor for something that is not a paragraph (an exhibit's block)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0
        self.keepWithNext = 1  # never alone at a page's foot, and never splits a heading off

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pages_of(self.canv)[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)


class PageRef(Flowable):
    """The page number of ``key``, right-aligned in its cell; filled in when the PDF is saved."""

    def __init__(self, key: str, width: float = 0) -> None:
        super().__init__()
        self.key = key
        self.width = width or pdfmetrics.stringWidth("0000", fonts.BODY, 8.5)
        self.height = 11.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        refs_of(self.canv).add(self.key)
        self.canv.saveState()
        self.canv.translate(self.width, 3)
        self.canv.doForm(form_name(self.key))
        self.canv.restoreState()
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class IncidentMark(Flowable):
    """Opens (``number`` given) or closes the incident a page continues; zero size."""

    def __init__(self, number: int | None) -> None:
        super().__init__()
        self.number = number
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.safelog_open_incident = (
            (self.number, self.canv.getPageNumber()) if self.number is not None else None
        )


def continuation(canv: Any) -> str:
    """The header text of a page that continues an incident, or ""."""
    state = getattr(canv, "safelog_open_incident", None)
    if not state or state[1] >= canv.getPageNumber():
        return ""
    return f"Incident {state[0]} continued from page {state[1]}"
