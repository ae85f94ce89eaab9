"""People in the incident editor, and the person form the people view reuses.

A person is recorded once and linked to many incidents, so the editor first offers the people
already recorded; someone new can be described right here without leaving the incident. New
people are only written to the vault when the incident is saved, so closing the editor never
leaves a stray person record behind (the draft keeps them meanwhile).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from safelog.errors import InvalidInput
from safelog.incidents import people
from safelog.incidents.model import PERSON_KINDS, ROLES, Person, PersonLink
from safelog.vault import Vault
from ui.common.labels import kind_labels, role_labels
from ui.common.palette import error_label, safe_name
from ui.editor.form import text_area


def role_for_kind(kind: str) -> str:
    if kind.startswith("perpetrator"):
        return "perpetrator"
    return "witness" if kind == "witness" else "other"


def _short_editor(name: str) -> QTextEdit:
    edit = text_area(name, 3)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6)
    return edit


class PersonForm(QWidget):
    """Name, kind, description, vehicle, suspected state link, contact, notes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name or short description"))
        self.name.setPlaceholderText(self.tr("A name, or e.g. 'man in grey car'"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of person"))
        labels = kind_labels(self)
        for key in PERSON_KINDS:
            self.kind.addItem(labels.get(key, PERSON_KINDS[key]), key)
        self.description = _short_editor(self.tr("Description"))
        self.vehicle = QLineEdit()
        self.vehicle.setAccessibleName(self.tr("Vehicle"))
        self.vehicle.setPlaceholderText(self.tr("Make, colour, number plate"))
        self.state_link = QComboBox()
        self.state_link.setEditable(True)
        self.state_link.setAccessibleName(self.tr("Link to a state"))
        self.state_link.lineEdit().setAccessibleName(self.tr("Link to a state"))
        self.state_link.addItem(self.tr("None known"), "")
        self.state_link.addItem(self.tr("Suspected"), "suspected")
        self.state_link.addItem(self.tr("Confirmed"), "confirmed")
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("How to reach them"))
        self.contact.setPlaceholderText(self.tr("For witnesses: phone, email"))
        self.notes = _short_editor(self.tr("Notes about this person"))
        self.error = error_label()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.error)
        form.addRow(self.tr("Who they are"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Vehicle"), self.vehicle)
        form.addRow(self.tr("Link to a state"), self.state_link)
        form.addRow(self.tr("How to reach them"), self.contact)
        form.addRow(self.tr("Notes"), self.notes)
        for signal in (
            self.name.textChanged,
            self.kind.currentIndexChanged,
            self.description.textChanged,
            self.vehicle.textChanged,
            self.state_link.currentTextChanged,
            self.contact.textChanged,
            self.notes.textChanged,
        ):
            signal.connect(self.changed)

    def person(self) -> Person:
        """The person as typed; shows the problem next to the name and raises InvalidInput."""
        link = self.state_link.currentText().strip()
        index = self.state_link.findText(link)
        if index >= 0:
            link = self.state_link.itemData(index) or ""
        person = Person(
            name=self.name.text().strip(),
            kind=self.kind.currentData(),
            description=self.description.toPlainText().strip(),
            vehicle=self.vehicle.text().strip(),
            state_link=link,
            contact=self.contact.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        if not person.name:
            self.show_error(
                self.tr(
                    "Give this person a name, or a short description such as 'man in grey car'."
                )
            )
            self.name.setFocus()
            raise InvalidInput(self.error.text())
        self.show_error("")
        return person

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))

    def set_person(self, person: Person | None) -> None:
        person = person or Person(name="")
        self.name.setText(person.name)
        self.kind.setCurrentIndex(max(self.kind.findData(person.kind), 0))
        self.description.setPlainText(person.description)
        self.vehicle.setText(person.vehicle)
        index = self.state_link.findData(person.state_link)
        if index >= 0:
            self.state_link.setCurrentIndex(index)
        else:
            self.state_link.setEditText(person.state_link)
        self.contact.setText(person.contact)
        self.notes.setPlainText(person.notes)
        self.show_error("")


class PeopleSection(QWidget):
    """The people linked to one incident, each with a role."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[dict[str, Any]] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role"), ""])
        self.table.setAccessibleName(self.tr("People in this incident"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.existing = QComboBox()
        self.existing.setAccessibleName(self.tr("People already recorded"))
        self.add_existing = QPushButton(self.tr("Add"))
        self.add_existing.clicked.connect(self._add_existing)
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(self.tr("Someone already recorded:")))
        pick_row.addWidget(self.existing, 1)
        pick_row.addWidget(self.add_existing)

        self.new_button = QPushButton(self.tr("Record someone new…"))
        self.new_button.clicked.connect(self._show_new)
        self.new_box = QGroupBox(self.tr("Someone new"))
        self.new_form = PersonForm()
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(self.tr("Role in this incident"))
        self._fill_roles(self.new_role, "other")
        self.new_form.kind.currentIndexChanged.connect(
            lambda: self.new_role.setCurrentIndex(
                self.new_role.findData(role_for_kind(self.new_form.kind.currentData()))
            )
        )
        add_new = QPushButton(self.tr("Add to this incident"))
        add_new.clicked.connect(self._add_new)
        cancel_new = QPushButton(self.tr("Cancel"))
        cancel_new.clicked.connect(self.new_box.hide)
        box_layout = QVBoxLayout(self.new_box)
        box_layout.addWidget(self.new_form)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Role in this incident")))
        role_row.addWidget(self.new_role, 1)
        role_row.addStretch()
        role_row.addWidget(cancel_new)
        role_row.addWidget(add_new)
        box_layout.addLayout(role_row)
        self.new_box.hide()

        self.empty = QLabel(
            self.tr(
                "No one added yet. Add the people involved, even if you do not know their names."
            )
        )
        self.empty.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Who was involved or saw it. Each person is recorded once, so "
                "you can see how often they appear."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pick_row)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.new_box)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._choices: list[tuple[int, str]] = []
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self._entries)
        self.table.setVisible(bool(self._entries))

    def _fill_roles(self, combo: QComboBox, role: str) -> None:
        labels = role_labels(self)
        for key in ROLES:
            combo.addItem(labels.get(key, ROLES[key]), key)
        combo.setCurrentIndex(max(combo.findData(role), 0))

    def load_choices(self, vault: Vault) -> None:
        self._choices = [
            (int(s.person.id or 0), safe_name(s.person.name)) for s in people.list_people(vault)
        ]
        self._fill_choices()

    def _fill_choices(self) -> None:
        """Offer only the people not linked yet."""
        linked = {e.get("person_id") for e in self._entries}
        self.existing.clear()
        for person_id, name in self._choices:
            if person_id not in linked:
                self.existing.addItem(name, person_id)
        self.existing.setEnabled(self.existing.count() > 0)
        self.add_existing.setEnabled(self.existing.count() > 0)
        if not self._choices:
            self.existing.setPlaceholderText(self.tr("No one recorded yet"))

    def _add_existing(self) -> None:
        person_id = self.existing.currentData()
        if person_id is None or any(e.get("person_id") == person_id for e in self._entries):
            return
        self._entries.append(
            {"person_id": person_id, "name": self.existing.currentText(), "role": "other"}
        )
        self._refresh()
        self._focus_row(len(self._entries) - 1)

    def _show_new(self) -> None:
        self.new_form.set_person(None)
        self.new_box.show()
        self.new_form.name.setFocus()

    def _add_new(self) -> None:
        try:
            person = self.new_form.person()
        except InvalidInput:
            return
        self._entries.append(
            {
                "person_id": None,
                "person": person.to_doc(),
                "name": person.name,
                "role": self.new_role.currentData(),
            }
        )
        self.new_box.hide()
        self._refresh()
        self._focus_row(len(self._entries) - 1)

    def _focus_row(self, row: int) -> None:
        """After adding someone, the keyboard is on them (their role next), never on a button
        that throws work away."""
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        self._fill_choices()
        self._update_empty()
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            name = safe_name(entry["name"])
            if entry.get("person_id") is None:
                name = self.tr("{name} (new)").format(name=name)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            role = QComboBox()
            role.setAccessibleName(self.tr("Role of {name}").format(name=name))
            self._fill_roles(role, entry["role"])
            role.currentIndexChanged.connect(
                lambda _i, e=entry, c=role: self._set_role(e, c.currentData())
            )
            self.table.setCellWidget(row, 1, role)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove {name}").format(name=name))
            remove.clicked.connect(lambda _c=False, e=entry: self._remove(e))
            self.table.setCellWidget(row, 2, remove)
        self.table.resizeRowsToContents()  # long names wrap onto a second line, whole words
        self.changed.emit()

    def _set_role(self, entry: dict[str, Any], role: str) -> None:
        entry["role"] = role
        self.changed.emit()

    def _remove(self, entry: dict[str, Any]) -> None:
        self._entries.remove(entry)
        self._refresh()

    # ----- values -----------------------------------------------------------------------

    def set_links(self, vault: Vault, links: list[PersonLink]) -> None:
        self._entries = []
        for link in links:
            name = people.get_person(vault, link.person_id).name
            self._entries.append({"person_id": link.person_id, "name": name, "role": link.role})
        self._refresh()

    def to_draft(self) -> list[dict[str, Any]]:
        return [dict(e) for e in self._entries]

    def from_draft(self, entries: list[dict[str, Any]]) -> None:
        self._entries = [dict(e) for e in entries if e.get("name")]
        self._refresh()

    def resolve(self, vault: Vault) -> tuple[list[PersonLink], bool]:
        """Record the new people now (the incident is being saved); returns links and
        whether anyone new was recorded."""
        created = False
        for entry in self._entries:
            if entry.get("person_id") is None:
                person = people.add_person(vault, Person.from_doc(entry["person"]))
                entry["person_id"], created = person.id, True
                entry.pop("person", None)
        if created:
            self._refresh()
        return [PersonLink(int(e["person_id"]), e["role"]) for e in self._entries], created

    def clear(self) -> None:
        self._entries = []
        self._choices = []
        self.existing.clear()
        self.new_form.set_person(None)
        self.table.setRowCount(0)
