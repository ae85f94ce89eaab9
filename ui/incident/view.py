"""One incident, read-only, the way a person (or later a police officer) would read it.

Every field is shown as plain text, never interpreted as markup, and each paragraph runs in
its own script's direction. Times keep their precision ("about 15:00"), private notes are
marked as private, and the evidence panel sits underneath. When the vault locks, every piece
of text is removed from the widget, not just hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safelog.incidents import people, store
from safelog.incidents.model import Incident
from ui.common import dialogs
from ui.common.dates import when_text
from ui.common.i18n import category_label
from ui.common.labels import (
    behaviour_labels,
    effect_labels,
    kind_labels,
    role_labels,
    route_labels,
)
from ui.common.palette import (
    category_colour,
    format_date,
    format_stamp,
    set_user_text,
    text_colour_for,
    text_label,
)
from ui.common.session import Session
from ui.common.worker import sentence_for
from ui.evidence.panel import EvidencePanel
from ui.incident.history import HistoryDialog


class IncidentView(QWidget):
    """Read-only detail of one incident, with Edit and History and its evidence."""

    edit_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident_id: int | None = None
        self.history: HistoryDialog | None = None

        self.title = text_label()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self._edit)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(self.tr("Every saved version of this incident"))
        self.history_button.clicked.connect(self.open_history)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)

        self.empty = QLabel(self.tr("Choose an incident from the list to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.evidence = EvidencePanel(session)
        self.evidence.grow_with_rows = True  # one scroll bar for the whole page
        self.stamps = QLabel()
        self.stamps.setWordWrap(True)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.addWidget(self.content)
        self.evidence_heading = self._heading(self.tr("Evidence"))
        outer.addWidget(self.evidence_heading)
        outer.addWidget(self.evidence)
        outer.addWidget(self.stamps)
        outer.addStretch()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        # Text wraps to the pane's width; nothing here needs scrolling sideways.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setMinimumWidth(0)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll_area, 1)
        session.locking.connect(self.clear)
        session.incidents_changed.connect(self._reload)
        session.people_changed.connect(self._reload)
        self.show_incident(None)

    # ----- building --------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)  # a long translated heading must not widen the whole pane
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, label.fontMetrics().height() // 2, 0, 0)
        return label

    def _add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)

    def _clear_body(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            for label in [widget, *widget.findChildren(QLabel)]:
                if isinstance(label, QLabel):
                    label.clear()  # gone now, not only when Qt gets round to deleting it
            widget.hide()
            widget.deleteLater()

    def show_incident(self, incident_id: int | None) -> None:
        """Show one incident, or the empty state for None."""
        if incident_id != self.incident_id:
            self._drop_history()  # its text belongs to the incident no longer shown
        self._clear_body()
        self.incident_id = None
        if incident_id is not None and self.session.open:
            try:
                incident = store.get_incident(self.session.require(), incident_id)
            except Exception as exc:
                dialogs.error(self, sentence_for(exc))
                incident = None
            if incident is not None:
                self.incident_id = incident_id
                self._build(incident)
        showing = self.incident_id is not None
        self.empty.setVisible(not showing)
        self.scroll_area.setVisible(showing)
        self.edit_button.setEnabled(showing)
        self.history_button.setEnabled(showing)
        if not showing:
            set_user_text(self.title, "")
            self.stamps.clear()
        self.evidence.set_incident(self.incident_id)

    def _build(self, incident: Incident) -> None:
        set_user_text(self.title, incident.title)
        chip = QLabel(category_label(incident.category))
        colour = category_colour(incident.category)
        chip.setStyleSheet(
            f"background: {colour.name()}; color: "
            f"{text_colour_for(colour).name()}; border-radius: 4px; "
            "padding: 2px 8px;"
        )
        chip_row = QWidget()
        chip_layout = QHBoxLayout(chip_row)
        chip_layout.setContentsMargins(0, 0, 0, 0)
        chip_layout.addWidget(chip)
        chip_layout.addStretch()
        self._add(chip_row)

        facts = QWidget()
        form = QFormLayout(facts)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("When"), text_label(when_text(incident.when)))
        if incident.location:
            form.addRow(self.tr("Where"), text_label(incident.location))
        if incident.coordinates:
            lat, lon = incident.coordinates
            form.addRow(self.tr("Coordinates"), text_label(f"{lat:.6f}, {lon:.6f}"))
        if incident.tags:
            form.addRow(self.tr("Tags"), text_label(", ".join(incident.tags)))
        self._add(facts)

        self._add(self._heading(self.tr("What happened")))
        self._add(text_label(incident.narrative or self.tr("(Nothing written yet.)")))
        if incident.impact:
            self._add(self._heading(self.tr("How it affected me")))
            self._add(text_label(incident.impact))
        self._people_section(incident)
        self._reports_section(incident)
        self._legal_section(incident)
        if incident.private_notes:
            self._add(
                self._heading(
                    self.tr("Private notes — only for you, never exported unless you choose")
                )
            )
            notes = text_label(incident.private_notes)
            notes.setFrameShape(QFrame.Shape.StyledPanel)
            notes.setMargin(6)
            self._add(notes)
        first, last = store.first_and_last_recorded(self.session.require(), incident.id or 0)
        text = self.tr("First recorded {first}").format(first=format_stamp(first))
        if last != first:
            text += " · " + self.tr("last changed {last}").format(last=format_stamp(last))
        self.stamps.setText(text)

    def _legal_section(self, incident: Incident) -> None:
        """What a solicitor needs, as recorded in the editor's Legal tab."""
        rows: list[tuple[str, str]] = []
        if incident.behaviours:
            names = behaviour_labels()
            rows.append(
                (self.tr("What they did"), "\n".join(names.get(b, b) for b in incident.behaviours))
            )
        if incident.effects:
            names = effect_labels()
            rows.append(
                (self.tr("The effect on me"), "\n".join(names.get(e, e) for e in incident.effects))
            )
        if incident.source:
            rows.append((self.tr("How I know (second-hand)"), incident.source))
        if incident.attribution:
            rows.append((self.tr("Why I think a state is behind it"), incident.attribution))
        if incident.breach_of:
            numbers = ", ".join(str(o) for o in incident.breach_of)
            rows.append((self.tr("Breaks court order"), numbers))
        if not rows:
            return
        self._add(self._heading(self.tr("Legal")))
        facts = QWidget()
        form = QFormLayout(facts)
        form.setContentsMargins(0, 0, 0, 0)
        for label, value in rows:
            form.addRow(label, text_label(value))
        self._add(facts)

    def _people_section(self, incident: Incident) -> None:
        if not incident.people:
            return
        self._add(self._heading(self.tr("People")))
        vault = self.session.require()
        roles, kinds = role_labels(self), kind_labels(self)
        for link in incident.people:
            person = people.get_person(vault, link.person_id)
            role, kind = roles.get(link.role, link.role), kinds.get(person.kind, person.kind)
            # "Perpetrator (unknown)" already says the role; "Witness · Witness" says nothing.
            parts = [person.name, kind if kind.startswith(role) else role]
            if not kind.startswith(role) and person.kind != "other":
                parts.append(kind)
            details = [person.description]
            if person.vehicle:
                details.append(self.tr("Vehicle: {v}").format(v=person.vehicle))
            if person.state_link:
                states = {"suspected": self.tr("suspected"), "confirmed": self.tr("confirmed")}
                details.append(
                    self.tr("Link to a state: {s}").format(
                        s=states.get(person.state_link, person.state_link)
                    )
                )
            if person.contact:
                details.append(self.tr("Contact: {c}").format(c=person.contact))
            text = " · ".join(parts)
            extra = "\n".join(d for d in details if d)
            self._add(text_label(text + ("\n" + extra if extra else "")))

    def _reports_section(self, incident: Incident) -> None:
        self._add(self._heading(self.tr("Reports made")))
        if not incident.reports:
            self._add(QLabel(self.tr("Not reported yet.")))
            return
        labels = route_labels(self)
        for report in incident.reports:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            form = QFormLayout(box)
            form.addRow(self.tr("Reported to"), text_label(labels.get(report.route, report.route)))
            for label, value in (
                (self.tr("Date"), format_date(report.date)),
                (self.tr("Reference"), report.reference),
                (self.tr("Spoke to"), report.spoken_to),
                (self.tr("Outcome"), report.outcome),
                (self.tr("Referred to"), report.referred_to),
                (self.tr("Notes"), report.notes),
            ):
                if value:
                    form.addRow(label, text_label(value))
            self._add(box)

    # ----- actions ---------------------------------------------------------------------

    def _edit(self) -> None:
        if self.incident_id is not None:
            self.edit_requested.emit(self.incident_id)

    def open_history(self) -> None:
        if self.incident_id is None:
            return
        self._drop_history()
        try:
            self.history = HistoryDialog(self.session, self.incident_id, self)
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        self.history.open()

    def _drop_history(self) -> None:
        if self.history is not None:
            self.history.clear()
            self.history.deleteLater()
            self.history = None

    def _reload(self) -> None:
        if self.incident_id is not None and self.session.open:
            self.show_incident(self.incident_id)

    def clear(self) -> None:
        """The vault is locking: remove every word of the incident from this widget."""
        self._clear_body()
        self.incident_id = None
        set_user_text(self.title, "")
        self.stamps.clear()
        self.evidence.clear()
        self.empty.show()
        self.scroll_area.hide()
        self.edit_button.setEnabled(False)
        self.history_button.setEnabled(False)
