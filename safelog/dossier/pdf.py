"""The dossier PDF: page furniture, metadata and the build with progress and cancel.

Every page carries "Page N of M", the document identifier and a confidentiality line. M is drawn
through a form XObject filled in when the document is saved, so the build is one pass and keeps
no page in memory. Fonts are SafeLog's embedded ones from the first operator on: the canvas's
initial font (ReportLab's default is an unembedded Helvetica) is set to Noto Sans.

PDF metadata holds SafeLog's words and the document identifier only: no user text, no user name
and no path from this computer.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..progress import CancelToken, ProgressFn
from . import fonts, navigation, styles

PAGE_COUNT_FORM = "safelogPageCount"
CONFIDENTIAL = (
    "Confidential: personal information about a person reporting harassment. "
    "Share only with those who need it to act on this report."
)


class _Canvas(Canvas):
    """A canvas that writes the total page count into the shared form just before saving."""

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(PAGE_COUNT_FORM)
        self.setFont(fonts.BODY, 7.5)
        self.setFillColor(styles.MUTED)
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        navigation.fill_page_forms(self)
        self.showOutline()
        super().save()


class _Frame(Frame):
    """A frame whose deep copy is quick: ReportLab copies the frame each time it measures a
    group of flowables kept together (about 1,800 times in a 500-incident dossier), and the
    generic deepcopy of its two dozen numbers cost more than the measuring."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        twin = self.__class__.__new__(self.__class__)
        state = twin.__dict__
        for key, value in self.__dict__.items():
            state[key] = value if isinstance(value, _ATOMIC) else copy.deepcopy(value, memo)
        return twin


_ATOMIC = (int, float, str, bool, type(None))


class DossierDocument(BaseDocTemplate):
    def __init__(self, target: Any, document_id: str, running_title: str) -> None:
        self.document_id = document_id
        self.running_title = running_title
        super().__init__(
            target,
            pagesize=styles.PAGE,
            leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            title=f"SafeLog dossier {document_id}",
            author="SafeLog",
            subject="Incident log and evidence dossier",
            creator="SafeLog",
            keywords="",
            producer="SafeLog with ReportLab",
            initialFontName=fonts.BODY,
            initialFontSize=9,
            initialLeading=11,
            pageCompression=1,
            lang="en-GB",
        )
        frame = _Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    def _furniture(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = styles.PAGE
        left, right = styles.MARGIN_X, width - styles.MARGIN_X
        canv.saveState()
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.4)
        canv.setFillColor(styles.MUTED)
        canv.setFont(fonts.BODY, 7.5)
        top = height - styles.MARGIN_TOP + 8
        continued = navigation.continuation(canv)
        if continued:
            canv.setFont(fonts.BOLD, 8)
            canv.setFillColor(styles.ACCENT)
            canv.drawString(left, top, continued)
            canv.setFont(fonts.BODY, 7.5)
            canv.setFillColor(styles.MUTED)
        else:
            canv.drawString(left, top, self.running_title)
        canv.drawRightString(right, top, f"Document {self.document_id}")
        canv.line(left, top - 3, right, top - 3)
        base = styles.MARGIN_BOTTOM - 12
        canv.line(left, base + 9, right, base + 9)
        label = f"Page {canv.getPageNumber()} of "
        canv.drawString(left, base, label)
        canv.saveState()
        canv.translate(left + canv.stringWidth(label, fonts.BODY, 7.5), base)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()
        canv.drawRightString(right, base, f"Document {self.document_id}")
        canv.setFont(fonts.BODY, 6.8)
        canv.drawCentredString(width / 2, base - 10, CONFIDENTIAL)
        canv.restoreState()


class Tick(Flowable):
    """A zero-size marker: reports progress and honours cancel when the build reaches it."""

    def __init__(self, on_reach: Callable[[], None]) -> None:
        super().__init__()
        self._on_reach = on_reach
        self._done = False
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if not self._done:
            self._done = True
            self._on_reach()


def write_pdf(
    story: list[Flowable],
    path: Path,
    document_id: str,
    *,
    running_title: str = "Incident log and evidence dossier",
) -> int:
    """Build ``story`` into ``path``; returns the number of pages."""
    fonts.ensure_registered()
    rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85
    doc = DossierDocument(str(path), document_id, running_title)
    doc.build(story, canvasmaker=_Canvas)
    return int(doc.page)


def render_to_bytes(story: list[Flowable], document_id: str, running_title: str) -> bytes:
    """The same, into memory (for a standalone summary the app shows or saves itself)."""
    fonts.ensure_registered()
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    doc = DossierDocument(buffer, document_id, running_title)
    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()


def progress_ticker(
    progress: ProgressFn, cancel: CancelToken, total: int, start: int = 0
) -> Callable[[], Tick]:
    """A factory of :class:`Tick` flowables counting up from ``start`` towards ``total``."""
    state = {"done": start}

    def make() -> Tick:
        def reached() -> None:
            cancel.check()
            state["done"] += 1
            progress(min(state["done"], total), total)

        return Tick(reached)

    return make
