"""Reading a diary kept in a spreadsheet: columns matched by header, tolerant of wording.

Police and stalking services tell people to keep a log with date, time, place, what happened,
witnesses and who it was reported to; people keep it in whatever columns they chose. We match
each header to a field by its words, read UK dates (day first), and keep any column we do not
recognise by adding it to the narrative, so nothing the person wrote is dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..errors import InvalidInput
from ..i18n import _
from ..incidents.model import (
    CATEGORIES,
    Incident,
    Report,
    behaviour_key,
    category_key,
    effect_key,
    route_key,
)
from ..incidents.when import When, parse_when

MAX_FILE_BYTES = 200 * 1024 * 1024
FIELDS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "dateofincident", "incidentdate", "when", "datetime"),
    "time": ("time", "approxtime", "timeofincident", "approximatetime", "roughtime"),
    "title": ("title", "subject", "heading", "summary"),
    "narrative": (
        "whathappened",
        "description",
        "details",
        "narrative",
        "incident",
        "whathappeneddetails",
        "account",
        "events",
        "notes",
        "whatwassaid",
    ),
    "location": ("location", "place", "where", "address", "wherehappened"),
    "category": ("category", "type", "typeofincident", "kind"),
    "witnesses": ("witnesses", "witness", "witnessdetails", "whosawit"),
    "perpetrator": ("perpetrator", "suspect", "who", "person", "whowasit", "offender"),
    "reported_to": ("reportedto", "reported", "whoreportedto", "report", "reportedtowhom"),
    "officer": (
        "officer",
        "officername",
        "policeofficer",
        "spoketo",
        "officernamenumber",
        "officerdetails",
        "collarnumber",
    ),
    "reference": (
        "crimereference",
        "crimeref",
        "reference",
        "ref",
        "crimenumber",
        "incidentnumber",
        "cad",
        "referencenumber",
        "crimereferencenumber",
    ),
    "outcome": ("outcome", "actiontaken", "response", "result"),
    "impact": ("impact", "howitaffectedme", "effect", "howifelt", "effectonme"),
    "behaviours": ("behaviours", "behaviors", "behaviour", "behavior", "stalkingbehaviours"),
    "legal_effects": ("legaleffects", "effectsinlaw"),
    "source": ("sourcesecondhand", "howiknow", "toldby", "heardfrom", "howdoiknow"),
    "attribution": ("attribution", "whyastate", "whyistate", "statebehindit"),
}
_MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def match_headers(headers: list[str]) -> dict[int, str]:
    """Column index -> field name for every header we recognise."""
    taken: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = _key(header)
        for name, words in FIELDS.items():
            if key in words and name not in taken.values():
                taken[index] = name
                break
    return taken


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                _(
                    "The file says it is UTF-16 text but cannot be read as such; save it "
                    "again as 'CSV UTF-8'."
                )
            ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            _(
                "The file is not UTF-8 text; in your spreadsheet, save it as 'CSV "
                "UTF-8' and try again."
            )
        ) from exc


def _parse_date(text: str) -> tuple[int, int, int]:
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", text)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", text)
    if m:  # UK order: day first
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return year, int(m[2]), int(m[1])
    m = re.fullmatch(
        r"(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", text
    )
    if m and m[2].lower() in _MONTHS:
        return int(m[3]), _MONTHS[m[2].lower()], int(m[1])
    raise InvalidInput(
        _("cannot read the date {text!r} (use 2026-05-03 or 03/05/2026)").format(text=text)
    )


def _parse_time(text: str) -> tuple[str | None, bool]:
    """("15:30" or None, approximate?)."""
    raw = text.strip().lower()
    if not raw:
        return None, False
    approx = bool(re.match(r"(about|around|approx\.?|approximately|circa|c\.|~)\s*", raw))
    raw = re.sub(r"^(about|around|approx\.?|approximately|circa|c\.|~)\s*", "", raw)
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?", raw)
    if not m:
        raise InvalidInput(
            _("cannot read the time {text!r} (use 15:30 or 3:30pm)").format(text=text)
        )
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3]:
        if hour == 12:
            hour = 0
        if m[3].startswith("p"):
            hour += 12
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise InvalidInput(_("cannot read the time {text!r}").format(text=text))
    return f"{hour:02d}:{minute:02d}", approx


@dataclass
class DiaryRow:
    number: int  # 1-based row number in the file, header = 1
    incident: Incident
    witnesses: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)


def _names(cell: str) -> list[str]:
    return [n.strip() for n in re.split(r"[;\n]", cell) if n.strip()]


def _keys(cell: str, key: Callable[[str], str]) -> tuple[list[str], list[str]]:
    """Known names in a list cell, and the words that are not (kept in the narrative)."""
    known: list[str] = []
    unknown: list[str] = []
    for word in (w.strip() for w in re.split(r"[;,\n]", cell)):
        if not word:
            continue
        try:
            known.append(key(word))
        except InvalidInput:
            unknown.append(word)
    return known, unknown


def row_to_incident(values: dict[str, str], extras: list[tuple[str, str]], tz: str) -> DiaryRow:
    date_text = values.get("date", "").strip()
    if not date_text:
        raise InvalidInput(_("the date is empty"))
    year, month, day = _parse_date(date_text)
    try:
        datetime(year, month, day)
    except ValueError as exc:
        raise InvalidInput(
            _("{date_text!r} is not a real date").format(date_text=date_text)
        ) from exc
    clock, approx = _parse_time(values.get("time", ""))
    if clock is None and re.search(r"\d{1,2}:\d{2}", date_text):
        clock = re.search(r"\d{1,2}:\d{2}", date_text)[0]  # type: ignore[index]
    day_text = f"{year:04d}-{month:02d}-{day:02d}"
    when: When = (
        parse_when(f"{day_text} {clock}", precision="approximate" if approx else "exact", tz=tz)
        if clock
        else parse_when(day_text, tz=tz)
    )
    narrative = values.get("narrative", "").strip()
    behaviours, unknown = _keys(values.get("behaviours", ""), behaviour_key)
    effects, unknown_effects = _keys(values.get("legal_effects", ""), effect_key)
    extras = list(extras)
    if unknown:
        extras.append(("Behaviours", "; ".join(unknown)))
    if unknown_effects:
        extras.append(("Effects", "; ".join(unknown_effects)))
    for header, value in extras:
        if value.strip():
            narrative += f"\n{header.strip()}: {value.strip()}"
    narrative = narrative.strip()
    category, tags = "other", []
    if values.get("category", "").strip():
        try:
            category = category_key(values["category"])
        except InvalidInput:
            tags.append(values["category"].strip())
    title = values.get("title", "").strip() or _title_from(narrative, category, when)
    reports = []
    if any(values.get(k, "").strip() for k in ("reported_to", "officer", "reference", "outcome")):
        reports.append(
            Report(
                route=route_key(values.get("reported_to", "") or "other"),
                reference=values.get("reference", "").strip(),
                spoken_to=values.get("officer", "").strip(),
                outcome=values.get("outcome", "").strip(),
                notes=values.get("reported_to", "").strip(),
            )
        )
    incident = Incident(
        title=title[:200],
        when=when,
        category=category,
        location=values.get("location", "").strip(),
        narrative=narrative,
        impact=values.get("impact", "").strip(),
        tags=tags,
        reports=reports,
        behaviours=behaviours,
        effects=effects,
        source=values.get("source", "").strip(),
        attribution=values.get("attribution", "").strip(),
    )
    return DiaryRow(
        0, incident, _names(values.get("witnesses", "")), _names(values.get("perpetrator", ""))
    )


def _title_from(narrative: str, category: str, when: When) -> str:
    first = narrative.splitlines()[0] if narrative else ""
    if first:
        return first if len(first) <= 80 else first[:77].rstrip() + "…"
    return f"{CATEGORIES[category]}, {when.describe()}"


@dataclass
class ParsedDiary:
    rows: list[DiaryRow]
    bad_rows: list[tuple[int, str]]
    matched: dict[str, str]  # header -> field
    unmatched: list[str]


def unclosed_quote_line(text: str, delimiter: str, quotechar: str | None) -> int | None:
    """The line where a quoted cell opens and never closes, or None.

    Python's csv reader (like a spreadsheet) would read everything from that quotation mark to
    the end of the file as one cell: many diary rows would silently become one incident.
    A quotation mark counts only at the start of a cell, as the reader treats it.
    """
    if not quotechar:
        return None
    q = re.escape(quotechar)
    opening = re.compile(rf"(?:^|(?<=[{re.escape(delimiter)}\r\n])){q}", re.MULTILINE)
    cell = re.compile(rf"{q}[^{q}]*(?:{q}{q}[^{q}]*)*{q}")
    pos = 0
    while True:
        found = opening.search(text, pos)
        if found is None:
            return None
        closed = cell.match(text, found.start())
        if closed is None:
            return text.count("\n", 0, found.start()) + 1
        pos = closed.end()


def parse_csv(raw: bytes, *, tz: str = "", skip_bad_rows: bool = False) -> ParsedDiary:
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidInput(_("The file is too large to be a diary (over 200 MB)."))
    text = decode(raw)
    if "\0" in text:
        raise InvalidInput(_("The file is not a CSV text file."))
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    line = unclosed_quote_line(text, dialect.delimiter, dialect.quotechar)
    if line is not None:
        raise InvalidInput(
            _(
                "Line {line} opens a quotation mark that is never closed, so the rest "
                "of the file would be read as one cell; nothing was imported."
            ).format(line=line)
        )
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        headers = next(reader)
    except StopIteration as exc:
        raise InvalidInput(_("The file is empty.")) from exc
    except csv.Error as exc:
        raise InvalidInput(_("Row 1 cannot be read as CSV ({exc}).").format(exc=exc)) from exc
    columns = match_headers(headers)
    if "date" not in columns.values():
        raise InvalidInput(
            _(
                "No date column was found; the first row must name the columns, for "
                "example Date, Time, Location, What happened."
            )
        )
    rows: list[DiaryRow] = []
    bad: list[tuple[int, str]] = []
    number = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            raise InvalidInput(
                _("Row {number} cannot be read as CSV ({exc}); nothing was imported.").format(
                    number=number, exc=exc
                )
            ) from exc
        number += 1
        if not any(c.strip() for c in cells):
            continue
        values = {columns[i]: c for i, c in enumerate(cells) if i in columns}
        extras = [
            (headers[i] if i < len(headers) else f"Column {i + 1}", c)
            for i, c in enumerate(cells)
            if i not in columns
        ]
        try:
            row = row_to_incident(values, extras, tz)
            row.incident.validate()
        except InvalidInput as exc:
            if not skip_bad_rows:
                raise InvalidInput(
                    _(
                        "Row {number}: {exc}; nothing was imported (use --skip-bad-rows to "
                        "import the other rows)."
                    ).format(number=number, exc=exc)
                ) from exc
            bad.append((number, str(exc)))
            continue
        row.number = number
        rows.append(row)
    return ParsedDiary(
        rows,
        bad,
        {headers[i]: f for i, f in columns.items()},
        [h for i, h in enumerate(headers) if i not in columns],
    )
