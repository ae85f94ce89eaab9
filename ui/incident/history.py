"""Every saved version of an incident: when, what changed, and the text of each.

Entries are never overwritten, and showing that openly matters: a person (or a court) can see
that nothing was quietly rewritten. Each version is shown as plain text, field by field, after
the words each changed field held before and after that save.
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
            time = format_stamp(revision.at)
            if revision.actor == "owner":  # everything saved with the person's passphrase
                heading = self.tr("Version {n} · {time}").format(n=revision.rev, time=time)
            else:
                heading = self.tr("Version {n} · {time} · by {who}").format(
                    n=revision.rev, time=time, who=revision.actor
                )
            item = QListWidgetItem(f"{heading}\n{what}")
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
        index = next((i for i, r in enumerate(self.revisions) if r.rev == rev), None)
        if index is None:
            self.text.clear()
            return
        revision = self.revisions[index]
        text = self.render_revision(revision.doc)
        if index > 0 and revision.changed:
            changes = self.render_changes(self.revisions[index - 1].doc, revision.doc)
            text = "\n".join([*changes, "", "—" * 20, "", text])
        self.text.setPlainText(text)

    def render_changes(self, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
        """What a version changed, field by field: the words before and after, in full.

        A court reads this to see exactly what was edited, so nothing is shortened.
        """
        old, new = self.field_texts(before), self.field_texts(after)
        labels = field_labels()
        lines = [self.tr("What changed in this version:")]
        for key in labels:
            if old.get(key, "") == new.get(key, ""):
                continue
            lines += [
                "",
                f"{labels[key]}:",
                self.tr("  Before: {text}").format(text=old.get(key) or self.tr("(empty)")),
                self.tr("  After: {text}").format(text=new.get(key) or self.tr("(empty)")),
            ]
        return lines

    def render_revision(self, doc: dict[str, Any]) -> str:
        """One version as plain text, field by field."""
        texts = self.field_texts(doc)
        labels = field_labels()
        lines = [f"{labels[key]}: {texts[key]}" for key in ("title", "category", "when")]
        lines += [
            f"{labels[key]}: {texts[key]}"
            for key in ("location", "coordinates", "tags", "people")
            if texts[key]
        ]
        for key in ("narrative", "impact", "private_notes"):
            if texts[key]:
                lines += ["", f"{labels[key]}:", texts[key]]
        if texts["reports"]:
            lines += ["", texts["reports"]]
        return "\n".join(lines)

    def field_texts(self, doc: dict[str, Any]) -> dict[str, str]:
        """Each field of one version as the words a person reads ("" when empty)."""
        incident = Incident.from_doc(doc)
        routes = route_labels()
        roles = role_labels()
        coordinates = (
            f"{incident.coordinates[0]}, {incident.coordinates[1]}" if incident.coordinates else ""
        )
        reports: list[str] = []
        for number, report in enumerate(incident.reports, start=1):
            if reports:
                reports.append("")
            reports.append(
                self.tr("Report {n}: {route}").format(
                    n=number, route=routes.get(report.route, report.route)
                )
            )
            reports += [
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
        return {
            "title": incident.title,
            "category": category_label(incident.category),
            "when": when_text(incident.when),
            "location": incident.location,
            "coordinates": coordinates,
            "narrative": incident.narrative,
            "impact": incident.impact,
            "private_notes": incident.private_notes,
            "tags": ", ".join(incident.tags),
            "reports": "\n".join(reports),
            "people": ", ".join(
                f"{self._person_name(p.person_id)} ({roles.get(p.role, p.role)})"
                for p in incident.people
            ),
        }

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
