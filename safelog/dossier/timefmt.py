"""Dates and times as the dossier prints them: unambiguous, in words, zone always named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from ..incidents.when import MONTHS as _MONTHS
from ..incidents.when import When


def long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def utc_text(moment: datetime | str) -> str:
    """ "23 November 2026, 10:15 UTC" from an aware datetime or a stored UTC string."""
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


def zone_note(when: When, main_zone: str) -> str:
    """The incident's zone, named only when it is not the person's main zone."""
    if when.precision == "date":
        return ""
    own = when.tz or _offset(when)
    if main_zone and own == main_zone:
        return ""
    if not when.tz and main_zone:
        try:
            if when.start.utcoffset() == when.start.astimezone(ZoneInfo(main_zone)).utcoffset():
                return ""
        except (ValueError, KeyError, OSError):
            pass
    return own


def _offset(when: When) -> str:
    offset = when.start.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_when(when: When, main_zone: str = "") -> str:
    """One line: the incident's own local day and time, as the person recorded it.

    A date-only incident is its date; it is never converted (its midnight in UTC would be the
    day before in any zone east of Greenwich).
    """
    day = long_date(when.start.date())
    if when.precision == "date":
        text = day
        if when.end and when.end.date() != when.start.date():
            text += f" to {long_date(when.end.date())}"
        return text + " (time not recorded)"
    clock = when.start.strftime("%H:%M")
    text = f"about {clock} on {day}" if when.precision == "approximate" else f"{day}, {clock}"
    if when.end:
        text += (
            f" to {when.end.strftime('%H:%M')}"
            if when.end.date() == when.start.date()
            else f" to {long_date(when.end.date())}, {when.end.strftime('%H:%M')}"
        )
    zone = zone_note(when, main_zone)
    return f"{text} ({zone} time)" if zone else text


def short_when(when: When, main_zone: str = "") -> str:
    """Two short lines for a table: the date, then the time with its precision and zone."""
    day = long_date(when.start.date())
    if when.precision == "date":
        return f"{day}\ndate only"
    clock = when.start.strftime("%H:%M")
    zone = zone_note(when, main_zone)
    return f"{day}\n{'about ' if when.precision == 'approximate' else ''}{clock}" + (
        f" {zone}" if zone else ""
    )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000:
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"
