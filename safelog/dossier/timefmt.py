"""Dates and times as the dossier prints them: unambiguous, in words, zone always named."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ..incidents.when import When

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def utc_text(moment: datetime | str) -> str:
    """"23 November 2026, 10:15 UTC" from an aware datetime or a stored UTC string."""
    if isinstance(moment, str):
        try:
            parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return moment
    else:
        parsed = moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    parsed = parsed.astimezone(UTC)
    return f"{long_date(parsed.date())}, {parsed:%H:%M} UTC"


def short_when(when: When) -> str:
    """Two short lines for a table: the date, then the time with its precision."""
    day = long_date(when.start.date())
    if when.precision == "date":
        return f"{day}\ndate only"
    clock = when.start.strftime("%H:%M")
    return f"{day}\n{'about ' if when.precision == 'approximate' else ''}{clock}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000:
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"
