"""The "what happened" fields of the incident editor, with a plain sentence under each problem.

Validation never pops up a box: the sentence appears right under the field that needs
attention, focus moves there, and everything typed stays where it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from safelog.errors import InvalidInput
from safelog.incidents.model import CATEGORIES, Incident
from ui.common.i18n import category_label
from ui.common.palette import category_icon, error_label
from ui.editor.when import WhenEdit


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """ "51.5074, -0.1278" -> (51.5074, -0.1278); empty -> None; raises ValueError."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace(";", ",").replace("،", ",").split(",")
    if len(parts) != 2:
        parts = text.split()
    if len(parts) != 2:
        raise ValueError(text)
    lat, lon = (float(p.strip()) for p in parts)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(text)
    return lat, lon


def text_area(name: str, lines: int, placeholder: str = "") -> QTextEdit:
    """A plain-text box where each paragraph runs in its own script's direction.

    QTextEdit (rich text off) rather than QPlainTextEdit: the latter lays a Persian paragraph
    out left to right inside an English window, with its full stop at the wrong end.
    """
    edit = QTextEdit()
    edit.setAcceptRichText(False)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines)
    return edit


class IncidentForm(QWidget):
    """Title, category, when, where, coordinates, narrative, impact, tags (private notes live
    on their own tab but are part of this form's values)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("A few words, e.g. 'Same car outside my flat'"))
        self.title_error = error_label()
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for key in CATEGORIES:
            self.category.addItem(category_icon(key), category_label(key), key)
        self.category.setCurrentIndex(self.category.findData("other"))  # never pre-judge it
        self.when = WhenEdit()
        self.when_error = error_label()
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Where it happened"))
        self.location.setPlaceholderText(self.tr("Street, town, or 'online'"))
        self.coordinates = QLineEdit()
        self.coordinates.setAccessibleName(self.tr("Map coordinates (optional)"))
        self.coordinates.setPlaceholderText(self.tr("Optional, e.g. 51.5074, -0.1278"))
        self.coordinates_error = error_label()
        self.narrative = text_area(
            self.tr("What happened"),
            8,
            self.tr(
                "In your own words, in any language. Include what "
                "was said, what you saw, and anything unusual."
            ),
        )
        self.impact = text_area(
            self.tr("How it affected you"),
            3,
            self.tr("Fear, changes to your routine, work, health, family."),
        )
        self.impact.setMaximumHeight(self.impact.fontMetrics().lineSpacing() * 7)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(
            self.tr("Optional words to group entries, separated by commas")
        )
        self.private_notes = text_area(self.tr("Private notes"), 8)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Title"), self.title), self.title)
        form.addRow("", self.title_error)
        form.addRow(self._label(self.tr("&Category"), self.category), self.category)
        form.addRow(self._label(self.tr("W&hen"), self.when.start), self.when)
        form.addRow("", self.when_error)
        form.addRow(self._label(self.tr("&Where"), self.location), self.location)
        form.addRow(self._label(self.tr("Coordinates"), self.coordinates), self.coordinates)
        form.addRow("", self.coordinates_error)
        form.addRow(self._label(self.tr("What &happened"), self.narrative), self.narrative)
        form.addRow(self._label(self.tr("How it &affected you"), self.impact), self.impact)
        form.addRow(self._label(self.tr("Ta&gs"), self.tags), self.tags)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        for signal in (
            self.title.textChanged,
            self.category.currentIndexChanged,
            self.when.changed,
            self.location.textChanged,
            self.coordinates.textChanged,
            self.narrative.textChanged,
            self.impact.textChanged,
            self.tags.textChanged,
            self.private_notes.textChanged,
        ):
            signal.connect(self.changed)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ----- values -----------------------------------------------------------------------

    def tags_list(self) -> list[str]:
        seen: list[str] = []
        for tag in self.tags.text().replace("،", ",").split(","):
            tag = tag.strip()
            if tag and tag not in seen:
                seen.append(tag)
        return seen

    def to_draft(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "category": self.category.currentData(),
            "when": self.when.to_draft(),
            "location": self.location.text(),
            "coordinates": self.coordinates.text(),
            "narrative": self.narrative.toPlainText(),
            "impact": self.impact.toPlainText(),
            "private_notes": self.private_notes.toPlainText(),
            "tags": self.tags.text(),
        }

    def from_draft(self, data: dict[str, Any]) -> None:
        self.title.setText(data.get("title", ""))
        self.category.setCurrentIndex(max(self.category.findData(data.get("category", "other")), 0))
        if data.get("when"):
            self.when.from_draft(data["when"])
        self.location.setText(data.get("location", ""))
        self.coordinates.setText(data.get("coordinates", ""))
        self.narrative.setPlainText(data.get("narrative", ""))
        self.impact.setPlainText(data.get("impact", ""))
        self.private_notes.setPlainText(data.get("private_notes", ""))
        self.tags.setText(data.get("tags", ""))

    def set_incident(self, incident: Incident) -> None:
        coords = incident.coordinates
        self.from_draft(
            {
                "title": incident.title,
                "category": incident.category,
                "location": incident.location,
                "coordinates": f"{coords[0]}, {coords[1]}" if coords else "",
                "narrative": incident.narrative,
                "impact": incident.impact,
                "private_notes": incident.private_notes,
                "tags": ", ".join(incident.tags),
            }
        )
        self.when.set_when(incident.when)

    def incident(self) -> Incident:
        """The incident as typed (without people and reports). Shows every problem next to
        its field, focuses the first, and raises InvalidInput."""
        problems: list[tuple[QLabel, QWidget, str]] = []
        title = self.title.text().strip()
        if not title:
            problems.append(
                (
                    self.title_error,
                    self.title,
                    self.tr(
                        "Give the incident a short title, such as 'Followed home from the station'."
                    ),
                )
            )
        when = None
        try:
            when = self.when.when()
        except InvalidInput as exc:
            problems.append((self.when_error, self.when.start, exc.sentence))
        coordinates = None
        try:
            coordinates = parse_coordinates(self.coordinates.text())
        except ValueError:
            problems.append(
                (
                    self.coordinates_error,
                    self.coordinates,
                    self.tr(
                        "Type the latitude and longitude as two numbers, such "
                        "as 51.5074, -0.1278, or leave this empty."
                    ),
                )
            )
        for label in (self.title_error, self.when_error, self.coordinates_error):
            label.hide()
        for label, _field, sentence in problems:
            label.setText(sentence)
            label.show()
        if problems or when is None:
            problems[0][1].setFocus()
            raise InvalidInput(problems[0][2])
        return Incident(
            title=title,
            when=when,
            category=self.category.currentData(),
            location=self.location.text().strip(),
            coordinates=coordinates,
            narrative=self.narrative.toPlainText().strip(),
            impact=self.impact.toPlainText().strip(),
            private_notes=self.private_notes.toPlainText().strip(),
            tags=self.tags_list(),
        )

    def clear(self) -> None:
        for edit in (self.title, self.location, self.coordinates, self.tags):
            edit.clear()
        for area in (self.narrative, self.impact, self.private_notes):
            area.clear()
