"""Dates and times as the person reads them: their language, their calendar, their digits.

Persian readers see the Solar Hijri calendar (Qt's Jalali calendar), with the Gregorian date
beside it wherever the date will be repeated to the police (the incident's "When", the editor);
everyone else sees their language's Gregorian dates. Times, dates and numbers sit inside
right-to-left sentences as left-to-right islands (Unicode isolates), so "14:27" never reads
"27:14". The dossier is not formatted here: it stays English and Gregorian for the police.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCalendar, QDate, QDateTime, QLocale, Qt, QTime

if TYPE_CHECKING:  # imported on first use: zoneinfo is not needed to paint the unlock window
    from safelog.incidents.when import When


class Formatted(str):
    """Text SafeLog wrote itself (a date, a time): its direction isolates are meant.

    The person's own text and what files say are shown with every hidden control made
    visible; text of this type is shown as it is. Joining it with other text gives a plain
    ``str`` again, so only what these functions return escapes the guard.
    """


def uses_jalali(locale: QLocale | None = None) -> bool:
    return (locale or QLocale()).language() == QLocale.Language.Persian


def ltr(text: str) -> Formatted:
    """``text`` as a left-to-right island (LRI ... PDI) when the reader's language is RTL.

    Left-to-right languages need no marks, and leaving them out keeps copied text clean.
    """
    if text and QLocale().textDirection() == Qt.LayoutDirection.RightToLeft:
        return Formatted(f"\u2066{text}\u2069")
    return Formatted(text)


def isolate(text: str) -> Formatted:
    """``text`` in its own direction inside any sentence (FSI ... PDI): a name in any script."""
    return Formatted(f"\u2068{text}\u2069") if text else Formatted(text)


def _number(locale: QLocale, value: int) -> str:
    return locale.toString(value).replace(locale.groupSeparator(), "")


def day_text(day: QDate, *, with_year: bool = True, gregorian_too: bool = False) -> Formatted:
    """A day: "9 Mar 2026", or in Persian "۱۸ اسفند ۱۴۰۴" (and "(۹ مارس ۲۰۲۶)" if asked)."""
    locale = QLocale()
    if not day.isValid():
        return Formatted("")
    if not uses_jalali(locale):
        return ltr(locale.toString(day, "d MMM yyyy" if with_year else "d MMM"))
    calendar = QCalendar(QCalendar.System.Jalali)
    parts = calendar.partsFromDate(day)
    month = calendar.monthName(locale, parts.month, parts.year, QLocale.FormatType.LongFormat)
    text = f"{_number(locale, parts.day)} {month}"
    if with_year:
        text += f" {_number(locale, parts.year)}"
    if gregorian_too:
        text += f" ({locale.toString(day, 'd MMMM yyyy')})"
    return isolate(text)


def month_key(day: QDate) -> tuple[int, int]:
    """(year, month) in the reader's calendar, for grouping a list by month."""
    if uses_jalali():
        parts = QCalendar(QCalendar.System.Jalali).partsFromDate(day)
        return parts.year, parts.month
    return day.year(), day.month()


def month_heading(day: QDate) -> Formatted:
    """ "March 2026", or the Solar Hijri month and year for Persian readers."""
    locale = QLocale()
    if uses_jalali(locale):
        calendar = QCalendar(QCalendar.System.Jalali)
        parts = calendar.partsFromDate(day)
        name = calendar.standaloneMonthName(locale, parts.month, parts.year)
        return Formatted(f"{name} {_number(locale, parts.year)}")
    return Formatted(f"{locale.standaloneMonthName(day.month())} {_number(locale, day.year())}")


def clock_text(time: QTime) -> Formatted:
    """A time of day, 24-hour, always read left to right."""
    return ltr(QLocale().toString(time, "HH:mm"))


def datetime_text(moment: QDateTime) -> Formatted:
    """A day and a time of day, in the reader's calendar."""
    return Formatted(f"{day_text(moment.date())}, {clock_text(moment.time())}")


def _qdate(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def when_text(when: When) -> Formatted:
    """When an incident happened, in the reader's language and calendar (Gregorian beside it)."""
    from safelog.incidents.when import display_time

    return Formatted(
        display_time(
            when,
            day=lambda moment: day_text(_qdate(moment), gregorian_too=True),
            clock=lambda moment: clock_text(QTime(moment.hour, moment.minute)),
        )
    )
