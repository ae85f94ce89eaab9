"""The "when" part of the incident editor: start, how exact it is, an optional end, a time zone.

People often remember "some time that evening" rather than a minute, so the default is an
approximate time, and "date only" hides the clock entirely instead of inventing one. The time
zone defaults to this computer's, but can be changed for something that happened abroad.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from safelog.errors import InvalidInput
from safelog.incidents.when import PRECISIONS, When, parse_when


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
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("When it started"))
        self.has_end = QCheckBox(self.tr("It went on until"))
        self.end = QDateTimeEdit()
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("When it ended"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
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

        for signal in (self.precision.currentIndexChanged, self.start.dateTimeChanged,
                       self.has_end.toggled, self.end.dateTimeChanged,
                       self.zone.currentTextChanged):
            signal.connect(self._changed)
        self.reset()

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
        fmt = "d MMM yyyy" if date_only else "d MMM yyyy  HH:mm"
        self.start.setDisplayFormat(fmt)
        self.end.setDisplayFormat(fmt)
        self.end.setEnabled(self.has_end.isChecked())

    # ----- values -----------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        return {
            "start": self.start.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "precision": self.precision.currentData(),
            "end": self.end.dateTime().toString("yyyy-MM-ddTHH:mm")
            if self.has_end.isChecked() else None,
            "tz": self.zone.currentText().strip(),
        }

    def from_draft(self, data: dict[str, Any]) -> None:
        self.start.setDateTime(QDateTime.fromString(data.get("start", ""), "yyyy-MM-ddTHH:mm"))
        index = self.precision.findData(data.get("precision", "approximate"))
        self.precision.setCurrentIndex(max(index, 0))
        end = data.get("end")
        self.has_end.setChecked(bool(end))
        self.end.setDateTime(QDateTime.fromString(end, "yyyy-MM-ddTHH:mm") if end
                             else self.start.dateTime())
        self.zone.setCurrentText(data.get("tz") or system_zone_name())
        self._update_enabled()

    def set_when(self, when: When) -> None:
        """Show a stored time as the person wrote it, in its own time zone."""
        start, end = when.start, when.end
        if when.tz:
            try:
                zone = ZoneInfo(when.tz)
                start = start.astimezone(zone)
                end = end.astimezone(zone) if end else None
            except (ZoneInfoNotFoundError, ValueError):
                pass
        self.from_draft({
            "start": start.strftime("%Y-%m-%dT%H:%M"),
            "precision": when.precision,
            "end": end.strftime("%Y-%m-%dT%H:%M") if end else None,
            "tz": when.tz or system_zone_name(),
        })

    def when(self) -> When:
        """The core ``When``; raises InvalidInput with a sentence the editor shows here."""
        data = self.to_draft()
        zone = data["tz"]
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidInput(self.tr("Choose a time zone from the list, such as "
                                       "Europe/London.")) from exc
        if data["precision"] == "date":
            start = data["start"][:10]
            end = data["end"][:10] if data["end"] else None
        else:
            start, end = data["start"], data["end"]
        if end is not None and end < start:
            raise InvalidInput(self.tr("The end is before the start; check both times."))
        return parse_when(start, precision=data["precision"], tz=zone, end=end)

    def set_start(self, moment: datetime) -> None:
        self.start.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                         QTime(moment.hour, moment.minute)))
