"""What the window shows while the vault is unlocked: Timeline, People, Pattern, Checklists.

A new workspace is built for every unlock and thrown away on lock, so nothing one session
showed can linger in a widget afterwards. The People, Pattern and Checklists pages come from
other parts of the app and are imported only here, inside a function, the first time their tab
is opened: if a page is not there yet (or fails to build), a quiet placeholder stands in and
the rest of SafeLog keeps working.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from safelog.clock import Clock
from ui.session import Session
from ui.timeline_page import TimelinePage, placeholder

log = logging.getLogger(__name__)


def lazy_page(module: str, name: str, session: Session, fallback: str,
              parent: QWidget) -> QWidget:
    """Build ``module.name(session)``, or a placeholder label if it cannot be built."""
    try:
        widget_class = getattr(importlib.import_module(module), name)
        widget = widget_class(session)
    except Exception:  # a missing or broken page must not take the whole window down
        log.warning("%s.%s unavailable", module, name, exc_info=False)
        return placeholder(fallback, parent)
    assert isinstance(widget, QWidget)
    return widget


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
        people_text = self.tr("The people you have recorded will be listed here.")
        self.people = LazyPage(lambda: lazy_page("ui.people_view", "PeopleView", session,
                                                 people_text, self), self)
        self.addTab(self.people, self.tr("People"))
        pattern_text = self.tr("A chart of how often things happen will be shown here.")
        self.pattern = LazyPage(lambda: lazy_page("ui.chart", "PatternChart", session,
                                                  pattern_text, self), self)
        self.addTab(self.pattern, self.tr("Pattern"))
        checklists_text = self.tr("Safety checklists will be here: steps to protect your "
                                  "phone, your accounts and your home, and what to tell the "
                                  "police.")
        self.checklists: QWidget = LazyPage(
            lambda: lazy_page("ui.checklists_page", "ChecklistsPage", session, checklists_text,
                              self), self)
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
