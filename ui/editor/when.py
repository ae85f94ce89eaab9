"""The "when" part of the incident editor: start, how exact it is, an optional end, a time zone.

People often remember "some time that evening" rather than a minute, so the default is an
approximate time, and "date only" hides the clock entirely instead of inventing one. The time
zone defaults to this computer's, but can be changed for something that happened abroad.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, QStringListModel, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from safelog import zones
from safelog.errors import InvalidInput
from safelog.incidents.when import PRECISIONS, When, parse_when, wall_time
from ui.common import zone_names
from ui.common.datefield import DateTimeField

_LABEL_SEPARATOR = zone_names.SEPARATOR


def system_zone_name() -> str:
    """This computer's IANA time zone name, or UTC when it cannot be told."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


class WhenEdit(QWidget):
    """Start, precision, optional end and time zone; builds a core ``When``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = QComboBox()
        self.precision.addItem(self.tr("Exact time"), "exact")
        self.precision.addItem(self.tr("Approximate time"), "approximate")
        self.precision.addItem(self.tr("Date only (time not known)"), "date")
        self.precision.setAccessibleName(self.tr("How exact is the time"))
        self.precision.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.precision.setMinimumContentsLength(10)  # a narrow window shows "Approximate…"
        self.start = DateTimeField(self.tr("When it started"))
        self.has_end = QCheckBox(self.tr("It went on until"))
        self.end = DateTimeField(self.tr("When it ended"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.setAccessibleDescription(
            self.tr("Type a city or a country, such as Tehran, London or Hong Kong")
        )
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone.setMinimumContentsLength(14)
        line = self.zone.lineEdit()
        line.setAccessibleName(self.tr("Time zone"))
        line.setPlaceholderText(self.tr("City or country, e.g. Tehran"))
        self._recent: list[str] = []
        self._fill_zones()
        places = QCompleter(self.zone)
        # English places from the core, then the zones' names in the person's own language
        place_labels = [label for label, _z in zones.place_labels()] + zone_names.labels()
        places.setModel(QStringListModel(place_labels, places))
        places.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        places.setFilterMode(Qt.MatchFlag.MatchContains)
        places.activated.connect(self._place_chosen)
        self.zone.setCompleter(places)
        line.editingFinished.connect(self._settle_zone)
        for edit in (self.start, self.end):
            # Dates read in the language's own direction, even in a mirrored window.
            edit.setLayoutDirection(QLocale().textDirection())

        start_row = QHBoxLayout()
        start_row.setContentsMargins(0, 0, 0, 0)
        start_row.addWidget(self.start, 1)
        start_row.addWidget(self.precision, 1)
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Started"), start_row)
        form.addRow("", end_row)
        form.addRow(self.tr("Time zone"), self.zone)
        self.setTabOrder(self.start, self.precision)
        self.setTabOrder(self.precision, self.has_end)
        self.setTabOrder(self.has_end, self.end)
        self.setTabOrder(self.end, self.zone)

        for signal in (
            self.precision.currentIndexChanged,
            self.start.dateTimeChanged,
            self.has_end.toggled,
            self.end.dateTimeChanged,
            self.zone.currentTextChanged,
        ):
            signal.connect(self._changed)
        self.reset()

    def _fill_zones(self) -> None:
        """Recently used zones first, then every zone, so the usual one is a key press away."""
        text = self.zone.currentText()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItems(self._recent)
        if self._recent:
            self.zone.insertSeparator(len(self._recent))
        self.zone.addItems([z for z in zones.all_zones() if z not in self._recent])
        self.zone.setCurrentText(text)
        self.zone.blockSignals(False)

    def set_recent_zones(self, recent: list[str]) -> None:
        self._recent = [z for z in recent if zones.find_zone(z) == z]
        self._fill_zones()

    def _place_chosen(self, label: str) -> None:
        zone = label.split(_LABEL_SEPARATOR)[-1]
        self.zone.setCurrentText(zone)

    def _settle_zone(self) -> None:
        """ "Tehran" or "Iran" typed and left: show the zone it stands for."""
        zone = self.zone_name()
        if zone and zone != self.zone.currentText():
            self.zone.setCurrentText(zone)

    def zone_name(self) -> str | None:
        text = self.zone.currentText()
        return zones.find_zone(text.split(_LABEL_SEPARATOR)[-1]) or zone_names.find_local(text)

    def reset(self) -> None:
        """Now, approximate, no end, this computer's zone: what most entries need."""
        now = QDateTime.currentDateTime()
        now.setTime(QTime(now.time().hour(), now.time().minute()))
        self.start.setDateTime(now)
        self.end.setDateTime(now)
        self.precision.setCurrentIndex(PRECISIONS.index("approximate"))
        self.has_end.setChecked(False)
        self.zone.setCurrentText(system_zone_name())
        self._update_enabled()

    def _changed(self) -> None:
        if not self.has_end.isChecked() and self.end.dateTime() != self.start.dateTime():
            self.end.setDateTime(self.start.dateTime())  # an end starts from the start
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        date_only = self.precision.currentData() == "date"
        self.start.set_date_only(date_only)
        self.end.set_date_only(date_only)
        self.end.setEnabled(self.has_end.isChecked())

    # ----- values -----------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        return {
            "start": self.start.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "precision": self.precision.currentData(),
            "end": self.end.dateTime().toString("yyyy-MM-ddTHH:mm")
            if self.has_end.isChecked()
            else None,
            "tz": self.zone_name() or self.zone.currentText().strip(),
        }

    def from_draft(self, data: dict[str, Any]) -> None:
        self.start.setDateTime(QDateTime.fromString(data.get("start", ""), "yyyy-MM-ddTHH:mm"))
        index = self.precision.findData(data.get("precision", "approximate"))
        self.precision.setCurrentIndex(max(index, 0))
        end = data.get("end")
        self.has_end.setChecked(bool(end))
        self.end.setDateTime(
            QDateTime.fromString(end, "yyyy-MM-ddTHH:mm") if end else self.start.dateTime()
        )
        self.zone.setCurrentText(data.get("tz") or system_zone_name())
        self._update_enabled()

    def set_when(self, when: When) -> None:
        """Show a stored time as the person wrote it, in its own time zone."""
        start, end = wall_time(when)
        self.from_draft(
            {
                "start": start.strftime("%Y-%m-%dT%H:%M"),
                "precision": when.precision,
                "end": end.strftime("%Y-%m-%dT%H:%M") if end else None,
                "tz": when.tz or system_zone_name(),
            }
        )

    def when(self) -> When:
        """The core ``When``; raises InvalidInput with a sentence the editor shows here."""
        self.start.checked_date()  # what was typed must read as a date
        if self.has_end.isChecked():
            self.end.checked_date()
        data = self.to_draft()
        zone = data["tz"]
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidInput(
                self.tr(
                    "Type a city or a country for the time zone, such as "
                    "London or Tehran, or choose one from the list."
                )
            ) from exc
        if data["precision"] == "date":
            start = data["start"][:10]
            end = data["end"][:10] if data["end"] else None
        else:
            start, end = data["start"], data["end"]
        if end is not None and end < start:
            raise InvalidInput(self.tr("The end is before the start; check both times."))
        return parse_when(start, precision=data["precision"], tz=zone, end=end)

    def set_start(self, moment: datetime) -> None:
        self.start.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
