"""A date (or date-and-time) field a person can simply type into: every date SafeLog asks for.

``QDateTimeEdit`` edits one section at a time: typing "1 Dec 2026 18:30" makes the cursor jump
between sections and can save a different time from the one typed, and it shows a Persian
reader an ISO or Gregorian-only date. This field is a plain line edit read by the core's
``parse_typed`` ("1 Dec 2026 18:30", "01/12/2026 18:30" day first, "18:30" for today, Persian
digits and month names), written in the person's language, with the same day in the Solar
Hijri calendar beside it for Persian readers, a calendar button (also Alt+Down or F4), the Up
and Down arrow keys (day, hour or minute, whichever the cursor is in; Page Up/Down for a
month) and, unless the date may lie ahead (``future``, the day an order expires), no day after
today. An ``optional`` field may be left empty ("not known"). What is typed is never rewritten
while the person types; it is tidied when they leave the field.
"""

from __future__ import annotations

import datetime
from typing import cast

from PySide6.QtCore import QCalendar, QDate, QDateTime, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from safelog.errors import InvalidInput
from safelog.incidents.when import parse_typed
from ui.common import theme
from ui.common.dates import day_text, uses_jalali
from ui.common.icons import themed_icon

DATE_FORMAT = "d MMM yyyy"
CHINESE_DATE_FORMAT = "yyyy年M月d日"  # what Chinese readers write; the core reads it back
TIME_FORMAT = "HH:mm"


def date_format(locale: QLocale) -> str:
    return CHINESE_DATE_FORMAT if locale.language() == QLocale.Language.Chinese else DATE_FORMAT


def month_names(locale: QLocale) -> dict[str, int]:
    """The app language's month names (long and short, lower case) for the core parser."""
    names: dict[str, int] = {}
    for month in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names[locale.monthName(month, kind).lower().rstrip(".")] = month
            names[locale.standaloneMonthName(month, kind).lower().rstrip(".")] = month
    return names


class _Line(QLineEdit):
    """The text part: arrow keys step the part under the cursor; Alt+Down opens the calendar."""

    step = Signal(str, int)  # "day"/"month"/"hour"/"minute", +1 or -1
    calendar = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
        ):
            self.calendar.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(self._part(), 1 if key == Qt.Key.Key_Up else -1)
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step.emit("month", 1 if key == Qt.Key.Key_PageUp else -1)
            return
        super().keyPressEvent(event)

    def _part(self) -> str:
        text, cursor = self.text(), self.cursorPosition()
        colon = text.rfind(":")
        if colon < 0:
            return "day"
        hour_start = text.rfind(" ", 0, colon) + 1
        if cursor < hour_start:
            return "day"
        return "hour" if cursor <= colon else "minute"


class DateTimeField(QWidget):
    """Typed date and time with a calendar; ``dateTime()`` is what the person typed."""

    dateTimeChanged = Signal(QDateTime)
    dateChanged = Signal(QDate)  # the day only (invalid when an optional field is empty)

    def __init__(
        self,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        date_only: bool = False,
        future: bool = False,
        optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self._value = QDateTime(QDate.currentDate(), QTime(0, 0))
        self._date_only = date_only
        self._future = future
        self._optional = optional
        self._empty = False
        self._problem = ""
        self.line = _Line(self)
        # dates and times read left to right in every language; never "27:14" for 14:27
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.setAccessibleName(accessible_name)
        if date_only:
            self.line.setAccessibleDescription(
                self.tr(
                    "Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; "
                    "Alt+Down opens a calendar."
                )
            )
            self.line.setPlaceholderText(self.tr("e.g. 1 Dec 2026"))
        else:
            self.line.setAccessibleDescription(
                self.tr(
                    "Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a "
                    "time for today. Up and Down change the part under the cursor; Alt+Down opens "
                    "a calendar."
                )
            )
            self.line.setPlaceholderText(self.tr("e.g. 1 Dec 2026 18:30"))
        # wide enough for the longest date (and time) in the language, never cut off
        longest = date_format(QLocale())
        if not date_only:
            longest += f"  {TIME_FORMAT}"
        self.line.setMinimumWidth(
            self.line.fontMetrics().horizontalAdvance(
                QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), longest)
            )
            + 24
        )
        self.button = QToolButton(self)
        self.button.setIcon(themed_icon("calendar", theme.muted_colour()))
        self.button.setToolTip(self.tr("Choose the day on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Choose the day on a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field
        self._menu = QMenu(self)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(False)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        # Persian readers: the calendar they use, beside the Gregorian the police will use.
        self.solar_hijri = QLabel(self)
        self.solar_hijri.setObjectName("hint")
        self.solar_hijri.setAccessibleName(self.tr("The same day in the Solar Hijri calendar"))
        self.solar_hijri.setVisible(uses_jalali())
        if uses_jalali():
            self.calendar.setCalendar(QCalendar(QCalendar.System.Jalali))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.solar_hijri)
        self.setFocusProxy(self.line)

        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        self.line.step.connect(self._step)
        self.line.calendar.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._show_value()

    # ----- the value ----------------------------------------------------------------------

    def dateTime(self) -> QDateTime:
        return QDateTime(self._value)

    def setDateTime(self, value: QDateTime) -> None:
        self._problem = ""
        self._set(value, show=True)

    def date(self) -> QDate:
        """The day; an invalid ``QDate`` when an optional field is left empty."""
        return QDate() if self._empty else self._value.date()

    def setDate(self, day: QDate) -> None:
        """Show ``day``; an invalid day empties an optional field."""
        self._problem = ""
        if not day.isValid() and self._optional:
            self._clear(show=True)
        else:
            self._set(QDateTime(day, self._value.time()), show=True)

    def checked_date(self) -> QDate:
        """``date()``, or InvalidInput with the sentence saying why the typed text is unreadable."""
        if self._problem:
            raise InvalidInput(self._problem)
        return self.date()

    def problem(self) -> str:
        """The sentence saying why the typed text cannot be read, or ""."""
        return self._problem

    def set_date_only(self, date_only: bool) -> None:
        if date_only != self._date_only:
            self._date_only = date_only
            if not self._problem:
                self._show_value()

    def _set(self, value: QDateTime, show: bool) -> None:
        value = QDateTime(value.date(), QTime(value.time().hour(), value.time().minute()))
        changed = value != self._value or self._empty
        self._value = value
        self._empty = False
        if show:
            self._show_value()
        elif uses_jalali():  # the text stays as typed; the Solar Hijri day beside it follows
            self.solar_hijri.setText(day_text(value.date()))
        if changed:
            self.dateTimeChanged.emit(QDateTime(value))
            self.dateChanged.emit(value.date())

    def _show_value(self) -> None:
        locale = QLocale()
        if self._empty:
            text = ""
        else:
            text = locale.toString(self._value.date(), date_format(locale))
            if not self._date_only:
                text += "  " + locale.toString(self._value.time(), TIME_FORMAT)
        if uses_jalali():
            self.solar_hijri.setText("" if self._empty else day_text(self._value.date()))
        if text != self.line.text():
            cursor = self.line.cursorPosition()
            self.line.setText(text)
            self.line.setCursorPosition(min(cursor, len(text)))

    # ----- typing, stepping and picking -----------------------------------------------------

    def _read(self, text: str) -> QDateTime:
        today = cast(datetime.date, QDate.currentDate().toPython())
        day, clock = parse_typed(
            text,
            today,
            month_names=month_names(QLocale()),
            date_only=self._date_only,
            future=self._future,
        )
        if clock is None:
            clock = (
                datetime.time(0, 0)
                if self._date_only
                else cast(datetime.time, self._value.time().toPython())
            )
        return QDateTime(QDate(day.year, day.month, day.day), QTime(clock.hour, clock.minute))

    def _typed(self, text: str) -> None:
        """Follow the typing without touching the text, so the cursor stays where it is."""
        if self._optional and not text.strip():
            self._clear(show=False)
            return
        try:
            value = self._read(text)
        except InvalidInput as exc:
            self._problem = exc.sentence
            self.dateTimeChanged.emit(QDateTime(self._value))  # let the form re-check
            return
        self._problem = ""
        self._set(value, show=False)

    def _clear(self, show: bool) -> None:
        """Leave an optional field empty: the day is not known."""
        changed = not self._empty
        self._empty = True
        self._problem = ""
        if show:
            self._show_value()
        else:
            self.solar_hijri.clear()
        if changed:
            self.dateChanged.emit(QDate())

    def _tidy(self) -> None:
        if not self._problem:
            self._show_value()

    def _step(self, part: str, direction: int) -> None:
        if self._problem:
            return
        if self._empty:  # the first arrow press starts from today
            self._set(QDateTime(QDate.currentDate(), self._value.time()), show=True)
            return
        value = QDateTime(self._value)
        if part == "day":
            value = value.addDays(direction)
        elif part == "month":
            value = value.addMonths(direction)
        elif part == "hour":
            value = value.addSecs(3600 * direction)
        else:
            value = value.addSecs(60 * direction)
        if value.date() > QDate.currentDate() and not self._future:
            return  # no day after today
        self._set(value, show=True)

    def open_calendar(self) -> None:
        if not self._future:
            self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setSelectedDate(QDate.currentDate() if self._empty else self._value.date())
        below = self.line.mapToGlobal(QPoint(0, self.line.height()))
        self._menu.popup(below)
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self._menu.close()
        if day > QDate.currentDate() and not self._future:
            return
        self._problem = ""
        self._set(QDateTime(day, self._value.time()), show=True)
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def as_date(self) -> datetime.date:
        return cast(datetime.date, self._value.date().toPython())
