"""Dates and times as the dossier prints them: unambiguous, in words, zone always named.

A UK officer reads an unmarked time as UK time. The dossier therefore says, on page 1 and in
its guidance, which zone the person's times are in ("Times are UK time (Europe/London) unless
marked."). When that usual zone is not the UK's, every time of day it prints carries its zone
(an abbreviation such as CET, or an offset such as UTC+03:30), so no time can be misread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..incidents.when import MONTHS as _MONTHS
from ..incidents.when import When, wall_time

UK_ZONE = "Europe/London"
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/GMT", "Zulu", "Etc/Zulu", "Universal"}


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


def marks_every_time(main_zone: str) -> bool:
    """Whether every time of day gets its zone: yes unless the person's usual zone is the UK's."""
    return main_zone != UK_ZONE


def zone_in_words(main_zone: str, mark: str = "") -> str:
    """ "UK time (Europe/London)", "Tehran time (Asia/Tehran, UTC+03:30)", "UTC"."""
    if main_zone == UK_ZONE:
        return "UK time (Europe/London)"
    if not main_zone or main_zone in _UTC_NAMES:
        return "UTC"
    extra = f", {mark}" if mark else ""
    if "/" in main_zone:
        return f"{main_zone.rsplit('/', 1)[1].replace('_', ' ')} time ({main_zone}{extra})"
    return f"{main_zone} time" + (f" ({mark})" if mark else "")


def times_note(main_zone: str, at: datetime | None = None) -> str:
    """The sentence page 1 and the guidance print about the zone of the person's times."""
    if not marks_every_time(main_zone):
        return f"Times are {zone_in_words(main_zone)} unless marked."
    mark = ""
    if at is not None and main_zone:
        try:
            mark = offset_mark(at.astimezone(ZoneInfo(main_zone)))
        except (ZoneInfoNotFoundError, ValueError):
            mark = ""
    return (
        f"Times are {zone_in_words(main_zone, mark)} unless marked. This is not UK time, so "
        "every time of day in this dossier is followed by its zone: an abbreviation such "
        "as CET, or its difference from UTC such as UTC+03:30."
    )


def offset_mark(moment: datetime) -> str:
    """ "BST", "CET", "UTC" or "UTC+03:30": a zone as short as it can be said unambiguously."""
    name = moment.tzname() or ""
    if name == "UTC" or (name.isalpha() and name.isupper() and 2 < len(name) < 6):
        return name
    return _offset_text(moment.utcoffset())


def _offset_text(offset: timedelta | None) -> str:
    minutes = int(offset.total_seconds() // 60) if offset else 0
    if not minutes:
        return "UTC"
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _same_zone(when: When, main_zone: str) -> bool:
    if when.tz:
        return when.tz == main_zone
    try:
        main = ZoneInfo(main_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return when.start.utcoffset() == when.start.astimezone(main).utcoffset()


def zone_note(when: When, main_zone: str) -> str:
    """What follows the incident's time in brackets: "" in the usual UK zone, the mark
    ("UTC+03:30") in a usual zone that is not the UK's, and the zone's name and mark
    ("Asia/Tehran time, UTC+03:30") for a zone that is not the person's usual one."""
    if when.precision == "date":
        return ""
    mark = offset_mark(wall_time(when)[0])
    if main_zone and _same_zone(when, main_zone):
        return mark if marks_every_time(main_zone) else ""
    return f"{when.tz} time, {mark}" if when.tz else mark


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
    return f"{text} ({zone})" if zone else text


def short_when(when: When, main_zone: str = "") -> str:
    """Two short lines for a table: the date, then the time with its precision and zone."""
    day = long_date(when.start.date())
    if when.precision == "date":
        return f"{day}\ndate only"
    clock = when.start.strftime("%H:%M")
    zone = zone_note(when, main_zone)
    other, _, mark = zone.rpartition(", ")
    line = f"{'about ' if when.precision == 'approximate' else ''}{clock}" + (
        f" {mark}" if mark else ""
    )
    if other:  # not the usual zone: its name on a line of its own
        line += f"\n{other.removesuffix(' time')}"
    return f"{day}\n{line}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000:
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"
