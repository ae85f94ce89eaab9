"""When something happened, and how exactly the person knows it.

Times are stored in UTC for sorting, with the original UTC offset and, where known, the time
zone name, so "about 3 pm in London" is shown back as the person wrote it. Precision is kept:
an approximate time prints as "about 15:00", a date-only entry never invents a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import InvalidInput

PRECISIONS = ("exact", "approximate", "date")
PRECISION_LABELS = {"exact": "Exact time", "approximate": "Approximate time",
                    "date": "Date only"}
_APPROX_WORDS = re.compile(r"^\s*(about|around|approx\.?|approximately|circa|c\.|~)\s*",
                           re.IGNORECASE)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _zone(name: str) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(f"Unknown time zone {name!r}; use a name such as Europe/London.") \
            from exc


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
            raise InvalidInput(f"Precision must be one of {', '.join(PRECISIONS)}.")
        if self.start.tzinfo is None:
            raise InvalidInput("A time must carry its time zone.")
        if self.end is not None and self.end < self.start:
            raise InvalidInput("The end of an incident cannot be before its start.")

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
            return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"

        zone = self.tz or _offset_text(self.start)
        if self.precision == "date":
            text = day(self.start)
            if self.end and self.end.date() != self.start.date():
                text += f" to {day(self.end)}"
            return text + " (time not recorded)"
        clock = self.start.strftime("%H:%M")
        text = (f"about {clock} on {day(self.start)}" if self.precision == "approximate"
                else f"{day(self.start)}, {clock}")
        if self.end:
            same_day = self.end.date() == self.start.date()
            text += f" to {self.end.strftime('%H:%M')}" if same_day else \
                f" to {day(self.end)}, {self.end.strftime('%H:%M')}"
        return f"{text} ({zone})"


def _offset_text(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_when(text: str, *, precision: str | None = None, tz: str = "",
               end: str | None = None) -> When:
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
        raise InvalidInput(f"Precision must be one of {', '.join(PRECISIONS)}.")
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
            f"{raw!r} is not a date such as 2026-05-03 or a time such as 2026-05-03 15:30."
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or local_zone())
    if isinstance(moment.tzinfo, ZoneInfo):
        # Keep the offset that applied then, so the stored text does not depend on tz data.
        offset = moment.utcoffset() or timedelta(0)
        moment = moment.replace(tzinfo=timezone(offset))
    return moment, date_only
