"""Every saved version of an incident: when, by whom, what changed, and the text of each.

Entries are never overwritten, and showing that openly matters: a person (or a court) can see
that nothing was quietly rewritten. Each version is shown as plain text, field by field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from safelog.incidents import people, store
from safelog.incidents.model import Incident
from ui.common.dates import when_text
from ui.common.i18n import category_label
from ui.common.labels import role_labels, route_labels
from ui.common.palette import format_stamp
from ui.common.session import Session


def field_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "title": translate("History", "title"),
        "category": translate("History", "category"),
        "when": translate("History", "when"),
        "location": translate("History", "place"),
        "coordinates": translate("History", "coordinates"),
        "narrative": translate("History", "what happened"),
        "impact": translate("History", "how it affected you"),
        "private_notes": translate("History", "private notes"),
        "tags": translate("History", "tags"),
        "reports": translate("History", "reports made"),
        "people": translate("History", "people"),
    }


class HistoryDialog(QDialog):
    """The list of revisions of one incident and the full text of the one chosen."""

    def __init__(self, session: Session, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("History of this incident"))
        self.revisions = store.history(session.require(), incident_id)
        intro = QLabel(
            self.tr(
                "SafeLog never overwrites an entry. Each time it was saved, a "
                "new version was added. Choose a version to read it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.list.setWordWrap(True)
        self.text = QTextEdit()  # plain text, but each paragraph in its script's direction
        self.text.setAcceptRichText(False)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the chosen version"))
        labels = field_labels()
        for revision in reversed(self.revisions):
            if revision.rev == 1:
                what = self.tr("First recorded")
            elif revision.changed:
                what = self.tr("Changed: {fields}").format(
                    fields=", ".join(labels.get(f, f) for f in revision.changed)
                )
            else:
                what = self.tr("Saved again, nothing changed")
            item = QListWidgetItem(
                self.tr("Version {n} · {time} · by {who}\n{what}").format(
                    n=revision.rev, time=format_stamp(revision.at), who=revision.actor, what=what
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, revision.rev)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        session.locking.connect(self.clear)
        self.finished.connect(self.forget)
        self.resize(
            self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 32
        )
        if self.revisions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        """Show the chosen version; nothing for no row, or a row whose version is forgotten."""
        item = self.list.item(row) if row >= 0 else None
        rev = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        revision = next((r for r in self.revisions if r.rev == rev), None)
        if revision is None:
            self.text.clear()
            return
        self.text.setPlainText(self.render_revision(revision.doc))

    def render_revision(self, doc: dict[str, Any]) -> str:
        """One version as plain text, field by field."""
        incident = Incident.from_doc(doc)
        labels = field_labels()
        routes = route_labels()
        lines = [
            f"{labels['title']}: {incident.title}",
            f"{labels['category']}: {category_label(incident.category)}",
            f"{labels['when']}: {when_text(incident.when)}",
        ]
        if incident.location:
            lines.append(f"{labels['location']}: {incident.location}")
        if incident.coordinates:
            lines.append(
                f"{labels['coordinates']}: {incident.coordinates[0]}, {incident.coordinates[1]}"
            )
        if incident.tags:
            lines.append(f"{labels['tags']}: {', '.join(incident.tags)}")
        if incident.people:
            roles = role_labels()
            lines.append(
                f"{labels['people']}: "
                + ", ".join(
                    f"{self._person_name(p.person_id)} ({roles.get(p.role, p.role)})"
                    for p in incident.people
                )
            )
        for title, text in (
            (labels["narrative"], incident.narrative),
            (labels["impact"], incident.impact),
            (labels["private_notes"], incident.private_notes),
        ):
            if text:
                lines += ["", f"{title}:", text]
        for number, report in enumerate(incident.reports, start=1):
            lines += [
                "",
                self.tr("Report {n}: {route}").format(
                    n=number, route=routes.get(report.route, report.route)
                ),
            ]
            lines += [
                f"  {v}"
                for v in (
                    report.date,
                    report.reference,
                    report.spoken_to,
                    report.outcome,
                    report.referred_to,
                    report.notes,
                )
                if v
            ]
        return "\n".join(lines)

    def _person_name(self, person_id: int) -> str:
        try:
            return people.get_person(self.session.require(), person_id).name
        except Exception:
            return self.tr("person {n}").format(n=person_id)

    def forget(self) -> None:
        """Drop every version's text (when closed, so a hidden dialog holds none).

        The list is emptied with its signals blocked: removing rows moves the current row
        (PySide takes the items out one by one), and no version is to be shown any more.
        """
        with QSignalBlocker(self.list):
            self.list.clear()
        self.revisions = []
        self.text.clear()

    def clear(self) -> None:
        """The vault is locking: forget every version and close."""
        self.forget()
        if self.isVisible():
            self.reject()
