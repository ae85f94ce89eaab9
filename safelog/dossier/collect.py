"""What goes into a dossier: the selection, and the exclusions applied once, here.

The PDF, the manifests and the bundle's file names are all written from a :class:`DossierData`
built by :func:`collect`. Whatever the person chose to leave out is removed while building it, so
no later step can print an excluded field by mistake: the writers never see the vault's records.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import custody
from .. import profile as profile_core
from ..errors import InvalidInput
from ..i18n import _
from ..incidents import store
from ..incidents.model import CATEGORIES, Incident, Person
from ..incidents.people import get_person
from ..incidents.when import local_zone
from ..vault import Vault
from . import evidence_api
from .legal_data import LegalData, collect_legal
from .naming import bundle_name
from .timefmt import long_date

EXCLUSIONS: dict[str, str] = {
    "private-notes": "private notes on incidents and people",
    "exact-locations": "map coordinates of incidents and GPS positions read from photos",
    "device-metadata": "camera, phone and software details read from exhibit files",
    "people-contacts": "how to contact witnesses and other people",
    "impact": "what each incident did to the person (impact)",
    "original-names": "the original file names of exhibits",
    "exhibit-files": "the exhibit files themselves (their hashes stay in the dossier)",
    "sources": "who told you about incidents you did not see yourself (they stay marked "
    "second-hand)",
}
DEFAULT_EXCLUDE = frozenset({"private-notes"})
"""Private notes are never exported unless the person chooses to include them."""

ALWAYS_SHOWN_METADATA = (
    "kind",
    "date_taken",
    "date_taken_source",
    "date_modified",
    "width",
    "height",
    "exif_width",
    "exif_height",
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "date_utc",
    "sender",
    "participants",
    "messages",
    # what the exhibit says is evidence, not device metadata
    "app",
    "messages_total",
    "messages_truncated",
    "first_message",
    "last_message",
    "received",
    "received_total",
    "authentication_results",
    "body_text",
    "attachments",
    "text_excerpt",
    "creation_date",
)
CUSTODY_EXTRACT_LIMIT = 300
SOURCE_WITHHELD = "(source not disclosed in this copy)"


@dataclass
class DossierOptions:
    """What the person chose in the Export dialog or on the command line."""

    start: date | None = None  # inclusive, in ``timezone``
    end: date | None = None  # inclusive, in ``timezone``
    incident_ids: list[int] | None = None
    categories: list[str] = field(default_factory=list)
    exclude: frozenset[str] = DEFAULT_EXCLUDE
    zip: bool = False
    include_checklists: bool = False
    statement: bool = False  # also write a draft witness statement (PDF and .docx)
    timezone: str = ""  # IANA name for the period's days; "" = this computer's zone

    def validate(self) -> None:
        unknown = sorted(set(self.exclude) - set(EXCLUSIONS))
        if unknown:
            raise InvalidInput(
                _("Unknown thing to leave out: {value}; choose from {value2}.").format(
                    value=", ".join(unknown), value2=", ".join(EXCLUSIONS)
                )
            )
        for cat in self.categories:
            if cat not in CATEGORIES:
                raise InvalidInput(_("Unknown category {cat!r}.").format(cat=cat))
        if self.start and self.end and self.end < self.start:
            raise InvalidInput(_("The end of the period is before its start."))

    def zone(self) -> tzinfo:
        if not self.timezone:
            return local_zone()
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidInput(
                _("Unknown time zone {timezone!r}.").format(timezone=self.timezone)
            ) from exc

    def filters(self) -> store.Filters:
        zone = self.zone()

        def utc(day: date) -> str:
            return (
                datetime.combine(day, time(0, 0), zone)
                .astimezone(UTC)
                .strftime("%Y-%m-%dT%H:%M:%SZ")
            )

        return store.Filters(
            start_utc=utc(self.start) if self.start else None,
            end_utc=utc(self.end + timedelta(days=1)) if self.end else None,
            categories=list(self.categories),
            ids=list(self.incident_ids) if self.incident_ids else None,
        )


@dataclass
class ExhibitView:
    ref: str
    id: int
    incident_id: int
    sha256: str
    size: int
    content_type: str
    original_name: str  # "" when original names are left out
    file_name: str  # name inside the bundle's exhibits/ folder
    imported_at: str
    metadata: dict[str, Any]  # exclusions already applied
    gps: tuple[float, float] | None
    online: dict[str, str]
    notes: str
    metadata_note: str
    file_times: dict[str, Any]
    file_has_gps: bool = False  # the original file itself carries a GPS position
    obtained: str = ""  # how and when the person says they obtained it
    original_kept: str = ""  # where a physical original is kept, as the person says

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


@dataclass
class PersonView:
    person: Person  # excluded fields already blanked
    count: int  # incidents in this dossier


@dataclass
class IncidentView:
    incident: Incident  # excluded fields already blanked
    first_recorded: str
    last_changed: str
    people: list[tuple[PersonView, str]]
    exhibits: list[ExhibitView]


@dataclass
class DossierData:
    owner_name: str
    initials: str
    document_id: str
    prepared_at: datetime
    period: tuple[str, str]  # ISO dates shown on the cover
    chain_head: tuple[int, str]
    excluded: list[str]
    incidents: list[IncidentView]
    people: list[PersonView]
    exhibits: list[ExhibitView]
    custody: list[custody.CustodyEntry]
    custody_total: int
    warnings: list[str] = field(default_factory=list)
    checklists: list[Any] = field(default_factory=list)
    signing_key_fingerprint: str = ""  # the vault's bundle-signing key (dossier/signing.py)
    profile: profile_core.Profile = field(default_factory=profile_core.Profile)
    total_incidents: int = 0  # in the whole record, for "N of M incidents"
    selection: list[str] = field(default_factory=list)  # how the incidents were chosen
    zone_name: str = ""  # the person's main time zone, as chosen for the period's days

    legal: LegalData = field(default_factory=LegalData)  # orders, risk (latest for page 1)

    @property
    def selected(self) -> bool:
        return bool(self.selection) or len(self.incidents) != self.total_incidents


def new_document_id(now: datetime) -> str:
    """A document identifier a person can read out on the phone: ``SL-20261123-7F3A-09C2``."""
    token = os.urandom(4).hex().upper()
    return f"SL-{now:%Y%m%d}-{token[:4]}-{token[4:]}"


def _redact_incident(incident: Incident, exclude: frozenset[str]) -> Incident:
    changes: dict[str, Any] = {}
    if "private-notes" in exclude:
        changes["private_notes"] = ""
    if "exact-locations" in exclude:
        changes["coordinates"] = None
    if "impact" in exclude:
        changes["impact"] = ""
    if "sources" in exclude and incident.source:
        changes["source"] = SOURCE_WITHHELD  # still second-hand, without naming who told them
    return dataclasses.replace(incident, **changes) if changes else incident


def _redact_person(person: Person, exclude: frozenset[str]) -> Person:
    changes: dict[str, Any] = {}
    if "people-contacts" in exclude:
        changes["contact"] = ""
    if "private-notes" in exclude:
        changes["notes"] = ""
    return dataclasses.replace(person, **changes) if changes else person


def _exhibit_view(exhibit: Any, exclude: frozenset[str]) -> ExhibitView:
    md = dict(exhibit.metadata or {})
    gps_raw = md.pop("gps", None)
    gps = None
    if isinstance(gps_raw, dict) and "exact-locations" not in exclude:
        try:
            lat: Any = gps_raw.get("latitude", gps_raw.get("lat"))
            lon: Any = gps_raw.get("longitude", gps_raw.get("lon"))
            gps = (float(lat), float(lon))
        except (TypeError, ValueError):
            gps = None
    if "device-metadata" in exclude:
        md = {k: v for k, v in md.items() if k in ALWAYS_SHOWN_METADATA}
    keep_name = "original-names" not in exclude
    online = {str(k): str(v) for k, v in (exhibit.online or {}).items() if v}
    return ExhibitView(
        ref=exhibit.ref,
        id=exhibit.id,
        incident_id=exhibit.incident_id,
        sha256=exhibit.sha256.lower(),
        size=int(exhibit.size),
        content_type=exhibit.content_type or "application/octet-stream",
        original_name=exhibit.original_name if keep_name else "",
        file_name=bundle_name(
            exhibit.ref, exhibit.original_name, exhibit.content_type, keep_name=keep_name
        ),
        imported_at=exhibit.imported_at,
        metadata=md,
        gps=gps,
        online=online,
        notes=exhibit.notes or "",
        metadata_note=exhibit.metadata_note or "",
        file_times=dict(exhibit.file_times or {}),
        file_has_gps=isinstance(gps_raw, dict),
        obtained=exhibit.obtained,
        original_kept=exhibit.original_kept,
    )


def select(vault: Vault, options: DossierOptions) -> list[Incident]:
    options.validate()
    incidents = store.list_incidents(vault, options.filters())
    if options.incident_ids:
        missing = sorted(set(options.incident_ids) - {i.id for i in incidents})
        if missing and not (options.start or options.end or options.categories):
            raise InvalidInput(
                _("There is no incident with number {value}.").format(value=missing[0])
            )
    return incidents


def collect(vault: Vault, options: DossierOptions, *, now: datetime | None = None) -> DossierData:
    """Read everything the dossier prints, with the exclusions applied."""
    exclude = frozenset(options.exclude)
    incidents = select(vault, options)
    ids = {i.id for i in incidents}
    prepared = (now or vault.clock.now()).astimezone(UTC)
    exhibits_by_incident: dict[int, list[ExhibitView]] = {}
    all_exhibits: list[ExhibitView] = []
    for exhibit in evidence_api.list_exhibits(vault):
        if exhibit.incident_id in ids:
            view = _exhibit_view(exhibit, exclude)
            exhibits_by_incident.setdefault(view.incident_id, []).append(view)
            all_exhibits.append(view)
    all_exhibits.sort(key=lambda e: _ref_key(e.ref))
    people_cache: dict[int, PersonView] = {}
    views: list[IncidentView] = []
    for incident in incidents:
        assert incident.id is not None
        linked: list[tuple[PersonView, str]] = []
        for link in incident.people:
            pv = people_cache.get(link.person_id)
            if pv is None:
                pv = people_cache[link.person_id] = PersonView(
                    _redact_person(get_person(vault, link.person_id), exclude), 0
                )
            pv.count += 1
            linked.append((pv, link.role))
        views.append(
            IncidentView(
                _redact_incident(incident, exclude),
                incident.created_at,
                incident.updated_at,
                linked,
                sorted(exhibits_by_incident.get(incident.id, []), key=lambda e: _ref_key(e.ref)),
            )
        )
    people = sorted(people_cache.values(), key=lambda p: (-p.count, p.person.name.lower()))
    zone = options.zone()
    if incidents:
        first = min(local_day(i, zone) for i in incidents)
        last = max(local_day(i, zone) for i in incidents)
    else:
        first = last = prepared.astimezone(zone).date()
    period = ((options.start or first).isoformat(), (options.end or last).isoformat())
    entries, total = _custody_extract(
        vault,
        ids,
        {e.ref for e in all_exhibits},
        {p.person.id for p in people if p.person.id is not None},
    )
    warnings = []
    if (
        "exact-locations" in exclude
        and "exhibit-files" not in exclude
        and any(e.file_has_gps for e in all_exhibits)
    ):
        warnings.append(
            "Some exhibit files carry GPS positions inside them. Exhibits are "
            "exported unchanged, so those positions are still in the files; leave "
            "out the exhibit files too if they must not be disclosed."
        )
    person = profile_core.load(vault)
    return DossierData(
        owner_name=person.name or vault.setting("owner_name"),
        initials=vault.initials,
        document_id=new_document_id(prepared),
        prepared_at=prepared,
        period=period,
        chain_head=custody.head(vault.conn),
        excluded=sorted(exclude),
        incidents=views,
        people=people,
        exhibits=all_exhibits,
        custody=entries,
        custody_total=total,
        warnings=warnings,
        profile=person,
        total_incidents=store.count_incidents(vault),
        selection=describe_selection(options),
        zone_name=main_zone(options, incidents, zone),
        legal=collect_legal(vault, ids, prepared.astimezone(zone).date()),
    )


def main_zone(options: DossierOptions, incidents: list[Incident], zone: tzinfo) -> str:
    """The person's usual zone: the one chosen, else the one most incidents were recorded in."""
    if options.timezone:
        return options.timezone
    counts: dict[str, int] = {}
    for incident in incidents:
        if incident.when.tz:
            counts[incident.when.tz] = counts.get(incident.when.tz, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else zone_label(zone)


def local_day(incident: Incident, zone: tzinfo) -> date:
    """The incident's day as the person recorded it.

    A date-only incident is that date, whatever the zone: converting its midnight to another
    zone would move it to the day before. A timed one is its day in ``zone``.
    """
    if incident.when.precision == "date":
        return incident.when.start.date()
    return incident.when.start.astimezone(zone).date()


def zone_label(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    return str(key) if key else str(datetime.now(zone).tzname() or "")


def describe_selection(options: DossierOptions) -> list[str]:
    """What the person chose to include, as short phrases for page 1 ("" list = everything)."""

    out: list[str] = []
    if options.start and options.end:
        out.append(f"incidents from {long_date(options.start)} to {long_date(options.end)}")
    elif options.start:
        out.append(f"incidents from {long_date(options.start)} on")
    elif options.end:
        out.append(f"incidents up to {long_date(options.end)}")
    if options.categories:
        out.append(
            "only the categories " + ", ".join(CATEGORIES[c].lower() for c in options.categories)
        )
    if options.incident_ids:
        ids = sorted(set(options.incident_ids))
        shown = ", ".join(str(i) for i in ids[:30]) + (" and more" if len(ids) > 30 else "")
        out.append(f"only the incidents numbered {shown}")
    return out


def _ref_key(ref: str) -> tuple[str, int]:
    digits = len(ref) - len(ref.rstrip("0123456789"))
    return (ref[: len(ref) - digits], int(ref[len(ref) - digits :] or 0))


def _custody_extract(
    vault: Vault, incidents: set[int | None], exhibits: set[str], people: set[int]
) -> tuple[list[custody.CustodyEntry], int]:
    """The custody entries about what this dossier contains, newest kept if there are many.

    Entries about incidents, exhibits and people left out of the dossier are not printed: the
    dossier may be disclosed, and they would show that other records exist.
    """
    wanted = (
        {("incident", str(i)) for i in incidents}
        | {("exhibit", ref) for ref in exhibits}
        | {("person", str(i)) for i in people}
    )
    kept: list[custody.CustodyEntry] = []
    total = 0
    since = 0
    while True:
        page = custody.entries(vault.conn, since=since, limit=5000)
        if not page:
            break
        for entry in page:
            if (entry.entity, entry.entity_id) in wanted or entry.entity in ("vault", "dossier"):
                total += 1
                kept.append(entry)
                if len(kept) > CUSTODY_EXTRACT_LIMIT * 2:
                    kept = kept[-CUSTODY_EXTRACT_LIMIT:]
        since = page[-1].seq
    return kept[-CUSTODY_EXTRACT_LIMIT:], total
