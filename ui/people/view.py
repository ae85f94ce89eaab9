"""Everyone in the record, most often involved first, and the incidents each appears in.

Seeing that the same man in the same car appears in nine incidents over four months is the
pattern that turns single events into a course of conduct; this view puts it first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safelog.errors import InvalidInput
from safelog.incidents import people, store
from ui.common import dialogs
from ui.common.labels import kind_labels
from ui.common.palette import format_day, safe_name
from ui.common.session import Session
from ui.common.worker import sentence_for
from ui.editor.people import PersonForm


class _CountItem(QTableWidgetItem):
    """Sorts by number, not by text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole) or 0) < int(
            other.data(Qt.ItemDataRole.UserRole) or 0
        )


class PeopleView(QWidget):
    """A table of people with counts and dates, and a form to change or add one."""

    incident_activated = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.ids: list[int] = []

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Who they are"),
                self.tr("Incidents"),
                self.tr("First seen"),
                self.tr("Last seen"),
            ]
        )
        self.table.setAccessibleName(self.tr("People in your record"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.add_button.clicked.connect(self.new_person)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            QLabel(self.tr("Everyone you have recorded, most often involved first."))
        )
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.box = QGroupBox(self.tr("Person"))
        self.form = PersonForm()
        self.save_button = QPushButton(self.tr("Save person"))
        self.save_button.clicked.connect(self.save)
        self.incidents = QListWidget()
        self.incidents.setAccessibleName(self.tr("Incidents with this person"))
        self.incidents.setToolTip(self.tr("Double-click an incident to open it"))
        self.incidents.itemActivated.connect(self._open_incident)
        self.incidents_label = QLabel(self.tr("Incidents with this person"))
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        box_layout.addLayout(save_row)
        box_layout.addWidget(self.incidents_label)
        box_layout.addWidget(self.incidents, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.people_changed.connect(self.refresh)
        session.incidents_changed.connect(self.refresh)
        session.locking.connect(self.clear)
        self.refresh()
        self._show_person(None)

    # ----- list ------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.open:
            return
        keep = self.person_id
        summaries = people.list_people(self.session.require())
        kinds = kind_labels()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(summaries))
        self.ids = []
        for row, summary in enumerate(summaries):
            person = summary.person
            self.ids.append(int(person.id or 0))
            name = QTableWidgetItem(safe_name(person.name))
            name.setData(Qt.ItemDataRole.UserRole, person.id)
            count = _CountItem(str(summary.incident_count))
            count.setData(Qt.ItemDataRole.UserRole, summary.incident_count)
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cells = [
                name,
                QTableWidgetItem(kinds.get(person.kind, person.kind)),
                count,
                QTableWidgetItem(format_day(summary.first_seen)),
                QTableWidgetItem(format_day(summary.last_seen)),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(2, Qt.SortOrder.DescendingOrder)  # most often involved first
        if keep is not None:
            self.select_person(keep)

    def rows(self) -> list[tuple[str, int]]:
        """(name, number of incidents) as shown, for checks and screen readers."""
        return [
            (self._cell(r, 0).text(), int(self._cell(r, 2).text()))
            for r in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        return self.table.item(row, column) or QTableWidgetItem()

    def select_person(self, person_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self._cell(row, 0).data(Qt.ItemDataRole.UserRole) == person_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._show_person(self._cell(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    # ----- one person ------------------------------------------------------------------

    def _show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.incidents.clear()
        if person_id is None or not self.session.open:
            self.form.set_person(None)
            self.box.setTitle(self.tr("New person"))
            self.incidents_label.hide()
            self.incidents.hide()
            return
        vault = self.session.require()
        try:
            person = people.get_person(vault, person_id)
            ids = people.incidents_of(vault, person_id)
            summaries = store.list_summaries(vault, store.Filters(ids=ids), newest_first=False)
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        self.form.set_person(person)
        self.box.setTitle(self.tr("Person"))
        for summary in summaries:
            item = QListWidgetItem(f"{format_day(summary.start_utc)} · {safe_name(summary.title)}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.incidents.addItem(item)
        if not summaries:
            self.incidents.addItem(self.tr("Not linked to any incident yet."))
        self.incidents_label.show()
        self.incidents.show()

    def new_person(self) -> None:
        self.table.clearSelection()
        self._show_person(None)
        self.form.name.setFocus()

    def save(self) -> None:
        try:
            person = self.form.person()
        except InvalidInput:
            return
        vault = self.session.require()
        try:
            if self.person_id is None:
                saved = people.add_person(vault, person)
            else:
                saved = people.update_person(vault, self.person_id, person)
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        self.person_id = saved.id
        self.session.people_changed.emit()
        if saved.id is not None:
            self.select_person(saved.id)
            self._show_person(saved.id)

    def _open_incident(self, item: QListWidgetItem) -> None:
        incident_id = item.data(Qt.ItemDataRole.UserRole)
        if incident_id is not None:
            self.incident_activated.emit(int(incident_id))

    def clear(self) -> None:
        """The vault is locking: forget every name and description."""
        self.person_id = None
        self.ids = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.incidents.clear()
        self.form.set_person(None)
