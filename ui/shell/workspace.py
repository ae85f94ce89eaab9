"""What the window shows while the vault is unlocked: Timeline, People, Pattern, Checklists.

A new workspace is built for every unlock and thrown away on lock, so nothing one session
showed can linger in a widget afterwards. The People, Pattern and Checklists pages are built the
first time their tab is opened (they may read the whole log); a page that fails to build is a
bug and is reported as one, never hidden behind a placeholder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from safelog.clock import Clock
from ui.checklists.page import ChecklistsPage
from ui.common.session import Session
from ui.pattern.chart import PatternChart
from ui.people.view import PeopleView
from ui.timeline.page import TimelinePage


class LazyPage(QWidget):
    """A tab whose real page is built the first time it is shown.

    The Timeline must be ready within a second of unlocking; People and Pattern may read the
    whole log, so they are built only when the person opens them.
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            self.page = self._build()
            self.page.setParent(self)
            self.layout().addWidget(self.page)
            self.setFocusProxy(self.page)
        return self.page


class Workspace(QTabWidget):
    edit_requested = Signal(int)

    def __init__(self, session: Session, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Pages"))
        self.timeline = TimelinePage(session, clock, self)
        self.timeline.edit_requested.connect(self.edit_requested)
        self.addTab(self.timeline, self.tr("Timeline"))
        self.people = LazyPage(lambda: PeopleView(session), self)
        self.addTab(self.people, self.tr("People"))
        self.pattern = LazyPage(lambda: PatternChart(session), self)
        self.addTab(self.pattern, self.tr("Pattern"))
        self.checklists: QWidget = LazyPage(lambda: ChecklistsPage(session), self)
        self.addTab(self.checklists, self.tr("Checklists"))
        for index in range(self.count()):
            self.widget(index).setAccessibleName(self.tabText(index))
        self.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        page = self.widget(index)
        if isinstance(page, LazyPage):
            page.ensure()

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a page, or replace the placeholder page with the same title; returns its index.

        Later parts (the checklist screens) call this after each unlock (see
        ``MainWindow.unlocked``), because the workspace is rebuilt every time.
        """
        widget.setAccessibleName(title)
        for index in range(self.count()):
            if self.tabText(index) == title:
                old = self.widget(index)
                self.removeTab(index)
                old.deleteLater()
                self.insertTab(index, widget, title)
                if old is self.checklists:
                    self.checklists = widget
                return index
        return self.addTab(widget, title)
