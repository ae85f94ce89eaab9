"""Metadata that does not fit the incident, pointed out neutrally for the reader to ask about.

A 2008 camera date on a 2026 incident may be a wrong camera clock, a photo of an old photo, or
something else: the dossier does not judge, it says what differs and suggests asking the person.
"""

from __future__ import annotations

import math
import re
from datetime import date

from ..incidents.model import Incident
from .collect import ExhibitView
from .timefmt import long_date

DATE_SLACK_DAYS = 2
GPS_SLACK_KM = 5.0
EDITORS = (
    "photoshop",
    "lightroom",
    "gimp",
    "snapseed",
    "picsart",
    "canva",
    "pixelmator",
    "affinity",
    "paint.net",
    "facetune",
    "illustrator",
    "inkscape",
    "photopea",
    "fotor",
    "befunky",
    "krita",
)
_DATE = re.compile(r"(\d{4})[:\-](\d{2})[:\-](\d{2})")


def file_date(value: object) -> date | None:
    """The day of an EXIF ("2008:10:22 16:29:49") or ISO date string; None if unreadable."""
    match = _DATE.match(str(value or "").strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def notes(exhibit: ExhibitView, incident: Incident) -> list[str]:
    """Plain sentences about what in the file's metadata does not match the incident."""
    out: list[str] = []
    md = exhibit.metadata
    taken = file_date(md.get("date_taken"))
    day = incident.when.start.date()
    last = incident.when.end.date() if incident.when.end else day
    if taken and (
        (taken < day and (day - taken).days > DATE_SLACK_DAYS)
        or (taken > last and (taken - last).days > DATE_SLACK_DAYS)
    ):
        out.append(
            f"The camera date, {long_date(taken)}, is not the incident date "
            f"({long_date(day)}): ask the person about it."
        )
    if exhibit.gps and incident.coordinates:
        km = distance_km(exhibit.gps, incident.coordinates)
        if km > GPS_SLACK_KM:
            far = f"{km:,.0f} km" if km >= 10 else f"{km:.1f} km"
            out.append(
                f"The GPS position in the file is {far} from the place recorded for "
                "the incident: ask the person about it."
            )
    software = str(md.get("software") or "")
    if software and any(name in software.lower() for name in EDITORS):
        out.append(
            f"The file says it was saved by editing software ({software[:80]}). That "
            "can be innocent (cropping, resizing): ask the person what was done to it."
        )
    return out
