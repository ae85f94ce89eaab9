"""``import-log`` and ``export-log``: whole logs in and out, all or nothing.

An import runs in one transaction: a row that cannot be read stops it with the row number and
nothing is added (unless the person asks to skip bad rows). An export is written to a temporary
name and renamed into place, never over an existing file or through a symbolic link.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..csvsafe import write_rows
from ..errors import ExportFailed, InvalidInput
from ..fsutil import NewFile, disk_errors, fsync_dir
from ..i18n import _
from ..incidents import people, store
from ..incidents.model import (
    BEHAVIOURS,
    CATEGORIES,
    EFFECTS,
    REPORT_ROUTES,
    Incident,
    Person,
    PersonLink,
)
from ..legal import orders, risk
from ..progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..vault import Vault
from .csv_diary import MAX_FILE_BYTES, parse_csv

FORMAT = "safelog-log"


@dataclass
class ImportLogResult:
    created: list[int] = field(default_factory=list)
    would_create: int = 0
    people_created: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    matched_columns: dict[str, str] = field(default_factory=dict)
    unmatched_columns: list[str] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "would_create": self.would_create,
            "people_created": self.people_created,
            "dry_run": self.dry_run,
            "skipped": [{"row": r, "reason": why} for r, why in self.skipped],
            "matched_columns": self.matched_columns,
            "unmatched_columns": self.unmatched_columns,
        }


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            _("Cannot read {name!r} ({value}).").format(name=path.name, value=exc.strerror or exc)
        ) from exc
    return raw


def _person_for(
    vault: Vault, name: str, kind: str, cache: dict[str, int], result: ImportLogResult
) -> int:
    key = name.lower()
    if key not in cache:
        found = people.find_person_by_name(vault, name)
        if found is None:
            cur = people.insert_person(vault, Person(name=name[:200], kind=kind))
            result.people_created += 1
            cache[key] = cur
        else:
            cache[key] = found.id or 0
    return cache[key]


def import_log(
    vault: Vault,
    path: Path,
    *,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    tz: str = "",
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ImportLogResult:
    raw = _read(path)
    if raw.lstrip()[:1] == b"{":
        return _import_json(vault, raw, dry_run=dry_run, progress=progress, cancel=cancel)
    parsed = parse_csv(raw, tz=tz, skip_bad_rows=skip_bad_rows)
    result = ImportLogResult(
        skipped=parsed.bad_rows,
        matched_columns=parsed.matched,
        unmatched_columns=parsed.unmatched,
        dry_run=dry_run,
        would_create=len(parsed.rows),
    )
    if dry_run:
        return result
    cache: dict[str, int] = {}
    with vault.transaction():
        for done, row in enumerate(parsed.rows):
            if done % 200 == 0:
                cancel.check()
                progress(done, len(parsed.rows))
            links = [
                PersonLink(_person_for(vault, n, "witness", cache, result), "witness")
                for n in row.witnesses
            ]
            links += [
                PersonLink(
                    _person_for(vault, n, "perpetrator_unknown", cache, result), "perpetrator"
                )
                for n in row.perpetrators
            ]
            row.incident.people = list({link.person_id: link for link in links}.values())
            result.created.append(store.insert_incident(vault, row.incident))
        vault.record(
            "log.import",
            "log",
            "-",
            {"incidents": len(result.created), "people": result.people_created},
        )
    progress(len(parsed.rows), len(parsed.rows))
    return result


def _import_json(
    vault: Vault, raw: bytes, *, dry_run: bool, progress: ProgressFn, cancel: CancelToken
) -> ImportLogResult:
    try:
        document = json.loads(raw.decode("utf-8-sig"))
        if document.get("format") != FORMAT:
            raise ValueError("not a SafeLog log")
        incidents = [(item, Incident.from_doc(item)) for item in document["incidents"]]
        persons = [(int(p["id"]), Person.from_doc(p)) for p in document.get("people", [])]
        order_items = [
            (
                int(o["id"]),
                orders.order_from_doc(o),
            )
            for o in document.get("orders", [])
        ]
        risk_items = [risk.risk_from_doc(r) for r in document.get("risk_assessments", [])]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise InvalidInput(_("This JSON file is not a SafeLog log export.")) from exc
    result = ImportLogResult(dry_run=dry_run, would_create=len(incidents))
    if dry_run:
        return result
    with vault.transaction():
        id_map: dict[int, int] = {}
        for old_id, person in persons:
            person.validate()
            id_map[old_id] = people.insert_person(vault, person)
            result.people_created += 1
        order_map = {old_id: orders.insert_order(vault, order) for old_id, order in order_items}
        for item in risk_items:
            risk.insert_risk(vault, item)
        for done, (_item, incident) in enumerate(incidents):
            if done % 200 == 0:
                cancel.check()
                progress(done, len(incidents))
            try:
                incident.people = [
                    PersonLink(id_map[link.person_id], link.role) for link in incident.people
                ]
            except KeyError as exc:
                raise InvalidInput(
                    _("The log links an incident to a person it does not contain.")
                ) from exc
            try:
                incident.breach_of = [order_map[o] for o in incident.breach_of]
            except KeyError as exc:
                raise InvalidInput(
                    _("The log says an incident breaches an order it does not contain.")
                ) from exc
            result.created.append(store.insert_incident(vault, incident))
        vault.record(
            "log.import",
            "log",
            "-",
            {"incidents": len(result.created), "people": result.people_created},
        )
    return result


CSV_HEADER = [
    "id",
    "when",
    "start_utc",
    "precision",
    "category",
    "title",
    "location",
    "coordinates",
    "narrative",
    "impact",
    "people",
    "reports",
    "tags",
    "private_notes",
    "first_recorded",
    "last_changed",
    "version",
    "behaviours",
    "legal_effects",
    "source_second_hand",
    "attribution",
    "breach_of",
]


def log_document(vault: Vault, *, exclude_private: bool = False) -> dict[str, Any]:
    incidents = store.list_incidents(vault)
    everyone = [s.person for s in people.list_people(vault)]
    items = []
    for incident in incidents:
        data = incident.to_json()
        if exclude_private:
            data.pop("private_notes", None)
        items.append(data)
    return {
        "format": FORMAT,
        "version": 1,
        "exported_by": f"SafeLog {__version__}",
        "exported_at": vault.now(),
        "incidents": items,
        "people": [p.to_json() for p in everyone],
        "orders": [o.to_json() for o in orders.list_orders(vault)],
        "risk_assessments": [r.to_json() for r in risk.list_risks(vault)],
    }


def _csv_rows(document: dict[str, Any], names: dict[int, str]) -> list[list[object]]:
    order_text = {
        o["id"]: f"#{o['id']} {orders.SHORT_KINDS.get(o['kind'], o['kind'])}"
        + (f" {o['reference']}" if o.get("reference") else "")
        for o in document.get("orders", [])
    }
    rows: list[list[object]] = []
    for item in document["incidents"]:
        reports = "; ".join(
            " / ".join(
                x
                for x in (
                    REPORT_ROUTES.get(r.get("route", ""), ""),
                    r.get("date", ""),
                    r.get("reference", ""),
                    r.get("spoken_to", ""),
                    r.get("outcome", ""),
                    r.get("referred_to", ""),
                )
                if x
            )
            for r in item["reports"]
        )
        coords = item.get("coordinates")
        rows.append(
            [
                item["id"],
                item["when_text"],
                item["when"]["start_utc"],
                item["when"]["precision"],
                CATEGORIES[item["category"]],
                item["title"],
                item["location"],
                f"{coords[0]},{coords[1]}" if coords else "",
                item["narrative"],
                item["impact"],
                "; ".join(
                    f"{names.get(p['person_id'], p['person_id'])} ({p['role']})"
                    for p in item["people"]
                ),
                reports,
                ", ".join(item["tags"]),
                item.get("private_notes", ""),
                item["created_at"],
                item["updated_at"],
                item["revision"],
                "; ".join(b for b in item.get("behaviours", []) if b in BEHAVIOURS),
                "; ".join(e for e in item.get("effects", []) if e in EFFECTS),
                item.get("source", ""),
                item.get("attribution", ""),
                "; ".join(order_text.get(o, f"#{o}") for o in item.get("breach_of", [])),
            ]
        )
    return rows


def export_log(
    vault: Vault,
    out: Path,
    *,
    formats: tuple[str, ...] = ("json", "csv"),
    exclude_private: bool = False,
) -> list[Path]:
    """Write the log as JSON and/or CSV; returns the files written."""
    document = log_document(vault, exclude_private=exclude_private)
    names = {p["id"]: p["name"] for p in document["people"]}
    targets: list[tuple[Path, bytes]] = []
    base = out.with_suffix("") if out.suffix.lower() in (".json", ".csv") else out
    if "json" in formats:
        targets.append(
            (
                base.with_suffix(".json"),
                json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"),
            )
        )
    if "csv" in formats:
        header = [h for h in CSV_HEADER if not (exclude_private and h == "private_notes")]
        rows = _csv_rows(document, names)
        if exclude_private:
            index = CSV_HEADER.index("private_notes")
            rows = [r[:index] + r[index + 1 :] for r in rows]
        targets.append(
            (base.with_suffix(".csv"), ("\ufeff" + write_rows(header, rows)).encode("utf-8"))
        )
    for path, _data in targets:
        if path.exists() or path.is_symlink():
            raise ExportFailed(
                _("{name} already exists; choose a new file name.").format(name=path.name)
            )
    # Every file is written completely before it has its name (no name at all where the
    # system allows; see NewFile); the final names and the custody entry then appear together,
    # so a crash, a full disk or a name taken meanwhile leaves no file that looks complete, no
    # hidden half-written plaintext, and no export the custody log does not show.
    pending: list[NewFile] = []
    placed: list[Path] = []
    try:
        for path, data in targets:
            with disk_errors():
                pending.append(NewFile(path))
                pending[-1].write(data)
                pending[-1].sync()
        with vault.transaction():
            vault.record(
                "log.export",
                "log",
                "-",
                {"incidents": len(document["incidents"]), "private_notes": not exclude_private},
            )
            for new in pending:
                try:
                    with disk_errors():
                        new.publish()  # fails if the name appeared meanwhile: never overwrite
                except ExportFailed as exc:
                    if isinstance(exc.__cause__, FileExistsError):
                        raise ExportFailed(
                            _("{name} already exists; choose a new file name.").format(
                                name=new.target.name
                            )
                        ) from exc
                    raise
                placed.append(new.target)
    except BaseException:
        for path in placed:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    finally:
        for new in pending:
            new.close()
    fsync_dir(base.parent)
    return [p for p, _data in targets]
