"""People: reusable records of perpetrators (known or not), witnesses and others.

A person is recorded once and linked to many incidents, so the dossier can show how often the
same man in the same car appears. Edits append revisions, like incidents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..db import mapped_errors
from ..errors import NotFound
from ..i18n import _
from ..revisions import append_revision
from ..vault import Vault
from . import search
from .model import Person


def _row_to_person(row: tuple[Any, ...]) -> Person:
    person = Person.from_doc(json.loads(row[4]))
    person.id, person.created_at, person.updated_at, person.revision = row[:4]
    return person


def insert_person(vault: Vault, person: Person) -> int:
    """Insert inside the caller's transaction; returns the new id."""
    person.clean()
    person.validate()
    text = json.dumps(person.to_doc(), ensure_ascii=False, sort_keys=True)
    now = vault.now()
    cur = vault.conn.execute(
        "INSERT INTO persons (created_at, updated_at, revision, name, kind, doc)"
        " VALUES (?, ?, 1, ?, ?, ?)",
        (now, now, person.name, person.kind, text),
    )
    person_id = int(cur.lastrowid or 0)
    append_revision(vault, "person", person_id, 1, now, text)
    vault.record("person.create", "person", person_id, {"rev": 1})
    return person_id


def add_person(vault: Vault, person: Person) -> Person:
    with vault.transaction():
        person_id = insert_person(vault, person)
    return get_person(vault, person_id)


def update_person(vault: Vault, person_id: int, person: Person) -> Person:
    person.clean()
    person.validate()
    text = json.dumps(person.to_doc(), ensure_ascii=False, sort_keys=True)
    with vault.transaction():
        row = vault.conn.execute(
            "SELECT revision, doc FROM persons WHERE id = ?", (person_id,)
        ).fetchone()
        if row is None:
            raise NotFound(
                _("There is no person with number {person_id}.").format(person_id=person_id)
            )
        if row[1] == text:
            return get_person(vault, person_id)
        rev, now = row[0] + 1, vault.now()
        vault.conn.execute(
            "UPDATE persons SET updated_at = ?, revision = ?, name = ?, kind = ?, doc = ?"
            " WHERE id = ?",
            (now, rev, person.name, person.kind, text, person_id),
        )
        append_revision(vault, "person", person_id, rev, now, text)
        search.reindex_person(vault, person_id)
        vault.record("person.edit", "person", person_id, {"rev": rev})
    return get_person(vault, person_id)


def get_person(vault: Vault, person_id: int) -> Person:
    with mapped_errors():
        row = vault.conn.execute(
            "SELECT id, created_at, updated_at, revision, doc FROM persons WHERE id = ?",
            (person_id,),
        ).fetchone()
    if row is None:
        raise NotFound(_("There is no person with number {person_id}.").format(person_id=person_id))
    return _row_to_person(row)


@dataclass(frozen=True)
class PersonSummary:
    person: Person
    incident_count: int
    first_seen: str | None  # start_utc of the earliest linked incident
    last_seen: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(
            self.person.to_json(),
            incident_count=self.incident_count,
            first_seen=self.first_seen,
            last_seen=self.last_seen,
        )


def list_people(vault: Vault) -> list[PersonSummary]:
    """Everyone, most often involved first: the pattern a dossier needs to show."""
    with mapped_errors():
        rows = vault.conn.execute(
            "SELECT p.id, p.created_at, p.updated_at, p.revision, p.doc, count(i.id),"
            " min(i.start_utc), max(i.start_utc) FROM persons p"
            " LEFT JOIN incident_people ip ON ip.person_id = p.id"
            " LEFT JOIN incidents i ON i.id = ip.incident_id"
            " GROUP BY p.id ORDER BY count(i.id) DESC, p.name"
        ).fetchall()
    return [PersonSummary(_row_to_person(r[:5]), r[5], r[6], r[7]) for r in rows]


def incidents_of(vault: Vault, person_id: int) -> list[int]:
    get_person(vault, person_id)
    rows = vault.conn.execute(
        "SELECT i.id FROM incidents i JOIN incident_people ip ON ip.incident_id = i.id"
        " WHERE ip.person_id = ? ORDER BY i.start_utc",
        (person_id,),
    ).fetchall()
    return [r[0] for r in rows]


def find_person_by_name(vault: Vault, name: str) -> Person | None:
    row = vault.conn.execute(
        "SELECT id, created_at, updated_at, revision, doc FROM persons WHERE lower(name) = lower(?)"
        " ORDER BY id LIMIT 1",
        (name.strip(),),
    ).fetchone()
    return _row_to_person(row) if row else None
