"""Small helpers every parser uses to turn hostile values into bounded, plain JSON values.

Metadata fields can be megabytes long, hold NULs, or be numbers where text belongs. Every value
a parser returns passes through here, so the vault never stores more than a few hundred
characters per field, and the main process can trust the shape of what comes back.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

FIELD_CHARS = 512
_DATE_EXIF = re.compile(r"\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"\s*([+-])(\d{2}):?(\d{2})\s*$")


def text(value: object, limit: int = FIELD_CHARS) -> str:
    """A trimmed string of at most ``limit`` characters, without NULs."""
    if isinstance(value, bytes | bytearray):
        value = bytes(value[: limit * 4]).decode("utf-8", "replace")
    result = str(value)[: limit * 4].replace("\x00", "").strip()
    return result[:limit]


def exif_datetime(raw: str, offset: str = "") -> str | None:
    """``2008:10:22 16:28:39`` (+ ``+02:00``) as ISO 8601; None when it is not a real date.

    Camera clocks have no zone unless an offset tag says so: without one the result is a local
    time, written without an offset on purpose.
    """
    match = _DATE_EXIF.match(raw or "")
    if not match:
        return None
    y, mo, d, h, mi, s = (int(g) for g in match.groups())
    try:
        moment = datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None
    iso = moment.isoformat()
    off = _OFFSET.match(offset or "")
    if off and int(off.group(2)) <= 14 and int(off.group(3)) < 60:
        iso += f"{off.group(1)}{off.group(2)}:{off.group(3)}"
    return iso


def utc_iso(moment: datetime) -> str:
    """An aware datetime as UTC ISO 8601 with a Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
