"""The Timeline page: search and filters on top, the list on the left, the incident on the right.

The incident detail view (``ui.incident.view``) sits on the right. An empty log and a search
that finds nothing each get a calm sentence that says what to do next, instead of a blank list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safelog.clock import Clock
from safelog.errors import SafeLogError
from safelog.incidents import store
from safelog.incidents.search import evidence_matches
from ui.common import dialogs
from ui.common.i18n import plural
from ui.common.palette import safe_name, set_user_text, text_label
from ui.common.session import Session
from ui.incident.view import IncidentView
from ui.timeline.filters import FiltersBar
from ui.timeline.model import TimelineModel
from ui.timeline.view import TimelineView


class TimelinePage(QWidget):
    edit_requested = Signal(int)

    def __init__(self, session: Session, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = FiltersBar(session, clock, self)
        self.model = TimelineModel(session, self)
        self.view = TimelineView(self.model, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.count_label.setAccessibleName(self.tr("Number of incidents shown"))
        self.count_label.setContentsMargins(10, 2, 10, 4)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(30)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.stack, 1)
        column.addWidget(self.count_label)
        self.detail = self._detail_view()
        # A search can match an incident only through the words inside one of its exhibits:
        # this line says which exhibit, so the person is not shown an incident that seems not
        # to contain the word.
        self.found_in = text_label("", None)
        self.found_in.setObjectName("hint")
        self.found_in.setAccessibleName(self.tr("Where the search words were found"))
        self.found_in.setContentsMargins(10, 6, 10, 6)
        self.found_in.hide()
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        right_column.addWidget(self.found_in)
        right_column.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.filters.filters_changed.connect(self._apply_filters)
        self.model.totalChanged.connect(self._total_changed)
        self.model.failed.connect(lambda sentence: dialogs.error(self, sentence))
        self.view.edit_requested.connect(self.edit_requested)
        session.incidents_changed.connect(self.refresh)
        session.people_changed.connect(self.filters.reload_people)
        session.locking.connect(self.clear)
        self.model.reload()
        self.view.select_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the list gets a little more room than the detail, at first
            self._sized = True
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])

    def _detail_view(self) -> QWidget:
        view = IncidentView(self.session)
        self.view.incident_selected.connect(view.show_incident)
        self.view.incident_selected.connect(self._show_found_in)
        view.edit_requested.connect(self.edit_requested)
        return view

    def _total_changed(self, total: int) -> None:
        filtering = self.filters.is_filtering()
        if filtering:
            text = plural(self.tr("%Ln matching incident(s)", "", total), total)
        else:
            text = plural(self.tr("%Ln incident(s) in your log", "", total), total)
        self.count_label.setText(text)
        if total:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(
                self.tr(
                    "Nothing matches this search or these filters. "
                    "Choose “Show everything” to see your whole log."
                )
                if filtering
                else self.tr(
                    "Nothing is recorded yet.\n\nWhen something happens, choose "
                    "“New incident” (Ctrl+N) and write down what you remember. "
                    "It stays on this computer, encrypted."
                )
            )
            self.stack.setCurrentWidget(self.empty)

    def _apply_filters(self, filters: store.Filters) -> None:
        current = self.view.current_incident()
        self.model.set_filters(filters)
        self._reselect(current)
        self._show_found_in(self.view.current_incident())

    def _show_found_in(self, incident_id: int | None) -> None:
        """Name the exhibits of the chosen incident whose words matched the search."""
        query = self.model.filters.query.strip()
        matches = []
        if incident_id is not None and query and self.session.open:
            try:
                matches = evidence_matches(self.session.require(), query, [incident_id])
            except SafeLogError:
                matches = []  # the list itself reports a search that fails
        if not matches:
            self.found_in.clear()
            self.found_in.hide()
            return
        lines = [
            self.tr("Found in exhibit {ref} ({name}): “{words}”").format(
                ref=m.ref, name=safe_name(m.original_name, 60), words=m.snippet
            )
            for m in matches[:3]
        ]
        if len(matches) > 3:
            more = len(matches) - 3
            lines.append(plural(self.tr("… and %Ln more exhibit(s)", "", more), more))
        set_user_text(self.found_in, "\n".join(lines))
        self.found_in.show()

    def refresh(self) -> None:
        """Reload after a save, keeping the selected incident if it is still listed."""
        if not self.session.open:
            return
        current = self.view.current_incident()
        self.model.reload()
        self._reselect(current)

    def _reselect(self, previous: int | None) -> None:
        """Keep the chosen incident if it is still listed, else choose the newest shown."""
        if previous is None or not self.view.select_incident(previous):
            self.view.select_first()
        if self.view.current_incident() is None:
            self.view.incident_selected.emit(None)  # the detail pane empties too

    def show_incident(self, incident_id: int) -> None:
        if not self.view.select_incident(incident_id):
            self.filters.reset()
            self.view.select_incident(incident_id)

    def current_incident(self) -> int | None:
        return self.view.current_incident()

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def clear(self) -> None:
        """On lock: empty the list, the search box, the person names and the counts."""
        self.model.clear()
        self.filters.clear()
        self.count_label.clear()
        self.empty.clear()
        self.found_in.clear()
        self.found_in.hide()
