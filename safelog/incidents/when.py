"""When something happened, and how exactly the person knows it.

Times are stored in UTC for sorting, with the original UTC offset and, where known, the time
zone name, so "about 3 pm in London" is shown back as the person wrote it. Precision is kept:
an approximate time prints as "about 15:00", a date-only entry never invents a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import InvalidInput
from ..i18n import _, current_language

PRECISIONS = ("exact", "approximate", "date")
PRECISION_LABELS = {"exact": "Exact time", "approximate": "Approximate time", "date": "Date only"}
_APPROX_WORDS = re.compile(
    r"^\s*(about|around|approx\.?|approximately|circa|c\.|~)\s*", re.IGNORECASE
)
MONTHS = [  # English month names: the record and the dossier are written in English
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _zone(name: str) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            _("Unknown time zone {name!r}; use a name such as Europe/London.").format(name=name)
        ) from exc


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


@dataclass(frozen=True)
class When:
    start: datetime  # aware, in the offset the person recorded
    precision: str = "exact"
    end: datetime | None = None
    tz: str = ""  # IANA name if known

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise InvalidInput(
                _("Precision must be one of {value}.").format(value=", ".join(PRECISIONS))
            )
        if self.start.tzinfo is None:
            raise InvalidInput(_("A time must carry its time zone."))
        if self.end is not None and self.end < self.start:
            raise InvalidInput(_("The end of an incident cannot be before its start."))

    @property
    def start_utc(self) -> str:
        return self.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def end_utc(self) -> str | None:
        return self.end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if self.end else None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "tz": self.tz,
            "start_utc": self.start_utc,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> When:
        end = data.get("end")
        return cls(
            start=datetime.fromisoformat(data["start"]),
            precision=data.get("precision", "exact"),
            end=datetime.fromisoformat(end) if end else None,
            tz=data.get("tz", "") or "",
        )

    def describe(self) -> str:
        """Human text that keeps the precision: "about 15:00 on 3 May 2026 (UTC+01:00)"."""

        def day(moment: datetime) -> str:
            return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"

        zone = self.tz or _offset_text(self.start)
        if self.precision == "date":
            text = day(self.start)
            if self.end and self.end.date() != self.start.date():
                text += f" to {day(self.end)}"
            return text + " (time not recorded)"
        clock = self.start.strftime("%H:%M")
        text = (
            f"about {clock} on {day(self.start)}"
            if self.precision == "approximate"
            else f"{day(self.start)}, {clock}"
        )
        if self.end:
            same_day = self.end.date() == self.start.date()
            text += (
                f" to {self.end.strftime('%H:%M')}"
                if same_day
                else f" to {day(self.end)}, {self.end.strftime('%H:%M')}"
            )
        return f"{text} ({zone})"


def _offset_text(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_when(
    text: str, *, precision: str | None = None, tz: str = "", end: str | None = None
) -> When:
    """Read what a person types: "2026-05-03 15:00", "about 2026-05-03 15:00", "2026-05-03".

    A date alone means date-only precision; "about"/"around" means approximate. Without an
    offset in the text, the time zone ``tz`` (or this computer's) applies.
    """
    raw = text.strip()
    approx = bool(_APPROX_WORDS.match(raw))
    raw = _APPROX_WORDS.sub("", raw)
    zone = _zone(tz)
    start, date_only = _parse_point(raw, zone)
    chosen = precision or ("date" if date_only else "approximate" if approx else "exact")
    if chosen not in PRECISIONS:
        raise InvalidInput(
            _("Precision must be one of {value}.").format(value=", ".join(PRECISIONS))
        )
    end_dt = _parse_point(end, zone)[0] if end else None
    return When(start, chosen, end_dt, tz)


def _parse_point(raw: str, zone: tzinfo | None) -> tuple[datetime, bool]:
    raw = raw.strip().replace("Z", "+00:00")
    date_only = False
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            moment = datetime.combine(date.fromisoformat(raw), time(0, 0))
            date_only = True
        else:
            moment = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidInput(
            _(
                "{raw!r} is not a date such as 2026-05-03 or a time such as 2026-05-03 15:30."
            ).format(raw=raw)
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or local_zone())
    if isinstance(moment.tzinfo, ZoneInfo):
        # Keep the offset that applied then, so the stored text does not depend on tz data.
        offset = moment.utcoffset() or timedelta(0)
        moment = moment.replace(tzinfo=timezone(offset))
    return moment, date_only


# ----- typing a date, and showing one --------------------------------------------------------

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_CLOCK = re.compile(
    r"(?:^|[\s,T])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE
)
_NUMERIC = re.compile(r"^(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})$")
_WORD_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([^\d\s,.\-/]+)\.?[\s,\-/]*(\d{4})$")
_MONTH_FIRST = re.compile(r"^([^\d\s,.]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def _month_number(word: str, extra: dict[str, int]) -> int | None:
    key = word.strip().lower()
    if key in extra:
        return extra[key]
    if len(key) >= 3:
        for number, name in enumerate(MONTHS, start=1):
            if name.lower().startswith(key):
                return number
    return None


def parse_typed(
    text: str,
    today: date,
    *,
    month_names: dict[str, int] | None = None,
    date_only: bool = False,
    future: bool = False,
) -> tuple[date, time | None]:
    """Read a date and time as a person types it in the editor; no later than ``today``.

    ``future`` lifts that limit for days still to come (the day a court order expires).

    "1 Dec 2026 18:30", "01/12/2026 18:30" (day first, as in the UK), "2026-12-01 18:30",
    "2026年12月1日 18:30",
    "18:30" (today), "today"/"yesterday 9pm". ``month_names`` adds the app language's month
    names (lower case) to the English ones; Persian and Arabic digits are read as digits.
    Returns the day and the clock time (None when no time was typed).
    """
    raw = _MARKS.sub("", text).translate(_DIGITS).strip()
    if not raw:
        raise InvalidInput(_("Type a date, such as 1 Dec 2026 18:30."))
    clock: time | None = None
    match = None if date_only else _CLOCK.search(raw)
    # "1 Dec 2026" ends in digits too: a bare number is a clock only with am/pm or alone
    if match and (match.group(2) or match.group(3) or raw == match.group(0).strip()):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").lower().replace(".", "")
        if suffix:
            if not 1 <= hour <= 12:
                raise InvalidInput(_("With am or pm, the hour is 1 to 12."))
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        if hour > 23 or minute > 59:
            raise InvalidInput(_("A time runs from 00:00 to 23:59, such as 18:30."))
        clock = time(hour, minute)
        raw = raw[: match.start()].strip().rstrip(",").strip()
        if raw.lower().endswith(" at"):
            raw = raw[:-3].strip()
    day = _typed_day(raw, today, month_names or {})
    if day > today and not future:
        raise InvalidInput(_("That day has not come yet; choose today or a day before."))
    return day, clock


_CHINESE_DAY = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")


def _typed_day(raw: str, today: date, extra: dict[str, int]) -> date:
    lowered = raw.lower()
    if lowered in ("", "today"):
        return today
    if lowered == "yesterday":
        return today - timedelta(days=1)
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
            year, month, day_ = (int(p) for p in raw.split("-"))
            return date(year, month, day_)
        chinese = _CHINESE_DAY.fullmatch(raw)  # "2026年12月1日", as the app shows it in Chinese
        if chinese:
            return date(*(int(part) for part in chinese.groups()))
        numeric = _NUMERIC.match(raw)
        if numeric:
            first, second, third = numeric.groups()
            if len(first) == 4:
                return date(int(first), int(second), int(third))
            year = int(third) + (2000 if len(third) == 2 else 0)
            return date(year, int(second), int(first))  # day first, as in the UK
        for pattern, day_group, month_group in ((_WORD_FIRST, 1, 2), (_MONTH_FIRST, 2, 1)):
            words = pattern.match(raw)
            if words:
                named = _month_number(words.group(month_group), extra)
                if named is not None:
                    return date(int(words.group(3)), named, int(words.group(day_group)))
    except ValueError as exc:
        raise InvalidInput(_("That day does not exist; check the day and the month.")) from exc
    raise InvalidInput(
        _("Type a date such as 1 Dec 2026 or 01/12/2026 (day first), then a time such as 18:30.")
    )


def wall_time(when: When) -> tuple[datetime, datetime | None]:
    """Start and end as the clock showed them where it happened (in its own zone)."""
    start, end = when.start, when.end
    if when.tz:
        try:
            zone = ZoneInfo(when.tz)
        except (ZoneInfoNotFoundError, ValueError):
            return start, end
        start = start.astimezone(zone)
        end = end.astimezone(zone) if end else None
    return start, end


def zone_note(when: When, computer_zone: tzinfo) -> str:
    """ "" when the incident's zone is the computer's, else a short name: "Tehran time"."""
    place = zone_place(when, computer_zone)
    return f"{place} time" if place and "/" in when.tz else place


def zone_place(when: When, computer_zone: tzinfo) -> str:
    """ "" when the incident's zone is the computer's, else "Tehran" (or "UTC+03:30")."""
    start = wall_time(when)[0]
    key = getattr(computer_zone, "key", "")
    if when.tz and key:
        if when.tz == key:
            return ""
    elif start.utcoffset() == start.astimezone(computer_zone).utcoffset():
        return ""
    if when.tz and "/" in when.tz:
        return when.tz.rsplit("/", 1)[1].replace("_", " ")
    return when.tz or _offset_text(start)


def display_time(
    when: When,
    computer_zone: tzinfo | None = None,
    *,
    day: Callable[[datetime], str] | None = None,
    clock: Callable[[datetime], str] | None = None,
) -> str:
    """The one way the app and the CLI show when something happened.

    The clock time where it happened, as the person recorded it, keeping the precision, and the
    zone's name only when it is not this computer's: "3 May 2026, about 15:00 (Tehran time)".
    In other languages the day is ISO (2026-05-03) unless ``day`` formats it (the app passes
    its own, in the person's calendar); ``clock`` likewise formats the time of day.
    """
    start, end = wall_time(when)
    day = day or (_english_day if current_language() == "en" else _iso_day)
    clock = clock or _clock

    if when.precision == "date":
        text = day(start)
        if end and end.date() != start.date():
            text += f" – {day(end)}"
    else:
        at = clock(start)
        if when.precision == "approximate":
            at = _("about {time}").format(time=at)
        text = _("{day}, {time}").format(day=day(start), time=at)
        if end:
            text += (
                f"–{clock(end)}"
                if end.date() == start.date()
                else " – " + _("{day}, {time}").format(day=day(end), time=clock(end))
            )
    place = zone_place(when, computer_zone or local_zone())
    note = _("{place} time").format(place=place) if place and "/" in when.tz else place
    return _("{when} ({zone})").format(when=text, zone=note) if note else text


def _english_day(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1][:3]} {moment.year}"


def _iso_day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")
