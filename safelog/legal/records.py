"""Shared plumbing for the legal records: dates, single-line text, and revisioned saves.

Orders and risk assessments are small records with a JSON document like incidents and people:
every save appends a revision and a custody entry, and an unchanged save writes nothing.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..errors import InvalidInput, NotFound
from ..i18n import _
from ..revisions import append_revision
from ..textutil import clean_text
from ..vault import Vault

MAX_LINE = 500
MAX_TERMS = 20_000


def parse_day(text: str, what: str, *, required: bool = True) -> str:
    """An ISO date (YYYY-MM-DD) as text; "" when optional and empty."""
    text = (text or "").strip()
    if not text:
        if required:
            raise InvalidInput(
                _("The {what} is needed, as a date such as 2026-05-03.").format(what=what)
            )
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise InvalidInput(
            _("{text!r} is not a date such as 2026-05-03 (the {what}).").format(
                text=text, what=what
            )
        ) from exc


def line(text: str, what: str, limit: int = MAX_LINE) -> str:
    value = " ".join(clean_text(text or "").split())
    if len(value) > limit:
        raise InvalidInput(
            _("The {what} is too long (at most {limit} characters).").format(what=what, limit=limit)
        )
    return value


def dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def insert(
    vault: Vault, table: str, entity: str, columns: dict[str, str], doc: dict[str, Any]
) -> int:
    """Insert a row with its first revision and a ``<entity>.create`` custody entry, inside
    the caller's transaction (a log import adds many in one)."""
    text, now = dump(doc), vault.now()
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    cur = vault.conn.execute(
        f"INSERT INTO {table} (created_at, updated_at, revision, {names}, doc)"
        f" VALUES (?, ?, 1, {marks}, ?)",
        (now, now, *columns.values(), text),
    )
    row_id = int(cur.lastrowid or 0)
    append_revision(vault, entity, row_id, 1, now, text)
    vault.record(f"{entity}.create", entity, row_id, {"rev": 1})
    return row_id


def update(
    vault: Vault,
    table: str,
    entity: str,
    row_id: int,
    columns: dict[str, str],
    doc: dict[str, Any],
    missing: str,
) -> None:
    """Save a new revision (and an ``<entity>.edit`` custody entry) unless nothing changed."""
    text = dump(doc)
    with vault.transaction():
        row = vault.conn.execute(
            f"SELECT revision, doc FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        if row is None:
            raise NotFound(missing)
        if row[1] == text:
            return
        rev, now = row[0] + 1, vault.now()
        sets = ", ".join(f"{name} = ?" for name in columns)
        vault.conn.execute(
            f"UPDATE {table} SET updated_at = ?, revision = ?, {sets}, doc = ? WHERE id = ?",
            (now, rev, *columns.values(), text, row_id),
        )
        append_revision(vault, entity, row_id, rev, now, text)
        vault.record(f"{entity}.edit", entity, row_id, {"rev": rev})
