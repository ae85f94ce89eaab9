"""Progress on checklist items: stored in the vault, never overwritten, always in the custody log.

A mark (status, note, who, when) is kept per item id in ``checklist_progress``; every change
also appends a row to ``revisions`` and an entry to the custody log, so what was done and who
confirmed it (the person, or a support worker sitting with them) can be shown later. Rows are
keyed by the item's stable id, so a new content version keeps answers on the items that remain,
new items simply have no row (to do), and items the content dropped keep their row and history.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..db import mapped_errors
from ..errors import InvalidInput, NotFound
from ..i18n import N_, _
from ..textutil import clean_text
from ..vault import Vault
from .content import Checklist, Item

STATUSES: tuple[str, ...] = ("todo", "done", "not_applicable", "need_help")
STATUS_LABELS: dict[str, str] = {
    "todo": N_("To do"),
    "done": N_("Done"),
    "not_applicable": N_("Not applicable"),
    "need_help": N_("Need help"),
}  # English keys of the vault's records; show them through status_label()
PRIORITY_LABELS: dict[str, str] = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}


def status_label(status: str) -> str:
    """The status word in the person's language."""
    return _(STATUS_LABELS.get(status, status))


_ALIASES = {
    "to_do": "todo",
    "open": "todo",
    "undone": "todo",
    "ok": "done",
    "yes": "done",
    "complete": "done",
    "completed": "done",
    "n/a": "not_applicable",
    "na": "not_applicable",
    "not_relevant": "not_applicable",
    "help": "need_help",
    "needs_help": "need_help",
}
ENTITY = "checklist_item"
MAX_NOTE = 10_000
MAX_NAME = 120
_SELF = {"", "me", "self", "myself", "owner", "person"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_status(text: str) -> str:
    """A status key from what a person typed: ``done``, ``n/a``, ``need help``, ``To do``."""
    needle = text.strip().lower().replace("-", "_").replace(" ", "_")
    if needle in STATUSES:
        return needle
    if needle in _ALIASES:
        return _ALIASES[needle]
    for key, label in STATUS_LABELS.items():
        if needle == label.lower().replace(" ", "_"):
            return key
    raise InvalidInput(
        _("Unknown status {text!r}; use one of: {value}.").format(
            text=text, value=", ".join(STATUSES)
        )
    )


def _clean_note(note: str) -> str:
    note = clean_text(note)
    if _CONTROL.search(note):
        raise InvalidInput(_("The note contains a control character."))
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput(
            _("The note is longer than {MAX_NOTE} characters.").format(MAX_NOTE=MAX_NOTE)
        )
    return note


def _clean_by(by: str | None) -> str:
    """'' for the person themselves, else the support worker's name on one line."""
    name = " ".join(clean_text(by or "").split())
    if name.lower() in _SELF:
        return ""
    if _CONTROL.search(name) or len(name) > MAX_NAME:
        raise InvalidInput(
            _(
                "The name of who marked it must be one line of at most {MAX_NAME} characters."
            ).format(MAX_NAME=MAX_NAME)
        )
    return name


def _entity_id(checklist_id: str, item_id: str) -> str:
    return f"{checklist_id}/{item_id}"


def _version(text: str) -> int | None:
    return int(text) if text.isdigit() else None


@dataclass(frozen=True)
class ItemState:
    """One item of the current content with the person's latest mark on it."""

    item: Item
    index: int  # 0-based position in the checklist
    status: str = "todo"
    note: str = ""
    marked_by: str = ""  # '' = the person; else a support worker's name
    at: str | None = None  # when it was last marked (UTC); None = never
    rev: int = 0  # 0 = never marked
    marked_in_version: int | None = None  # the content version shown when it was marked

    @property
    def answered(self) -> bool:
        return self.status != "todo"

    @property
    def is_open(self) -> bool:
        """Still needs doing: to do, or waiting for help."""
        return self.status in ("todo", "need_help")

    def to_json(self) -> dict[str, Any]:
        return {
            **self.item.to_json(),
            "number": self.index + 1,
            "status": self.status,
            "note": self.note,
            "marked_by": self.marked_by or None,
            "at": self.at,
            "rev": self.rev,
            "marked_in_version": self.marked_in_version,
        }


@dataclass(frozen=True)
class RemovedItem:
    """Progress on an item the current content no longer has: kept, shown apart."""

    item_id: str
    title: str
    status: str
    note: str
    marked_by: str
    at: str
    rev: int
    marked_in_version: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.item_id,
            "title": self.title,
            "status": self.status,
            "note": self.note,
            "marked_by": self.marked_by or None,
            "at": self.at,
            "rev": self.rev,
            "marked_in_version": self.marked_in_version,
        }


@dataclass(frozen=True)
class HistoryEntry:
    """One saved change to one item."""

    checklist_id: str
    item_id: str
    rev: int
    at: str
    actor: str
    status: str
    note: str
    marked_by: str
    content_version: int | None
    item_title: str
    in_current_content: bool  # False: the item was dropped by a later content version

    def to_json(self) -> dict[str, Any]:
        return {
            "checklist": self.checklist_id,
            "item": self.item_id,
            "rev": self.rev,
            "at": self.at,
            "actor": self.actor,
            "status": self.status,
            "note": self.note,
            "marked_by": self.marked_by or None,
            "content_version": self.content_version,
            "item_title": self.item_title,
            "in_current_content": self.in_current_content,
        }


_PROGRESS = "item_id, status, note, marked_by, at, content_version, item_title, rev"


def _rows(vault: Vault, checklist_id: str) -> dict[str, tuple[Any, ...]]:
    with mapped_errors():
        cur = vault.conn.execute(
            f"SELECT {_PROGRESS} FROM checklist_progress WHERE checklist_id = ?", (checklist_id,)
        )
        return {row[0]: row for row in cur.fetchall()}


def _state(item: Item, index: int, row: tuple[Any, ...] | None) -> ItemState:
    if row is None:
        return ItemState(item, index)
    _, status, note, marked_by, at, version, _title, rev = row
    return ItemState(item, index, status, note, marked_by, at, rev, _version(version))


def item_states(vault: Vault, checklist: Checklist) -> list[ItemState]:
    """Every item of the current content, in walk-through order, with its latest mark."""
    rows = _rows(vault, checklist.id)
    return [_state(item, n, rows.get(item.id)) for n, item in enumerate(checklist.items)]


def item_state(vault: Vault, checklist: Checklist, item_ref: str) -> ItemState:
    """One item (by id or 1-based number); raises NotFound."""
    item = checklist.item(item_ref)
    with mapped_errors():
        row = vault.conn.execute(
            f"SELECT {_PROGRESS} FROM checklist_progress WHERE checklist_id = ? AND item_id = ?",
            (checklist.id, item.id),
        ).fetchone()
    return _state(item, checklist.index_of(item.id), row)


def removed_items(vault: Vault, checklist: Checklist) -> list[RemovedItem]:
    """Marks on items that the current content no longer has, oldest mark first."""
    out = [
        RemovedItem(r[0], r[6], r[1], r[2], r[3], r[4], r[7], _version(r[5]))
        for item_id, r in _rows(vault, checklist.id).items()
        if not checklist.has_item(item_id)
    ]
    return sorted(out, key=lambda r: (r.at, r.item_id))


def set_status(
    vault: Vault,
    checklist: Checklist,
    item_ref: str,
    status: str,
    *,
    note: str | None = None,
    by: str | None = None,
) -> ItemState:
    """Mark an item; returns its new state.

    ``status`` may be any form :func:`parse_status` accepts. ``note=None`` keeps the current
    note and ``""`` clears it. ``by`` is the support worker's name, or empty/None when the person
    marks it themselves. Saving exactly what is already stored writes nothing. The custody entry
    holds ids, status and revision only: never the note or a name.
    """
    item = checklist.item(item_ref)
    status = parse_status(status)
    marked_by = _clean_by(by)
    new_note = None if note is None else _clean_note(note)
    entity_id = _entity_id(checklist.id, item.id)
    with vault.transaction():
        current = item_state(vault, checklist, item.id)
        final_note = current.note if new_note is None else new_note
        unchanged = (current.status, current.note, current.marked_by) == (
            status,
            final_note,
            marked_by,
        )
        if unchanged or (not current.rev and (status, final_note) == ("todo", "")):
            return current  # nothing to record: no empty revision
        row = vault.conn.execute(
            "SELECT max(rev) FROM revisions WHERE entity = ? AND entity_id = ?", (ENTITY, entity_id)
        ).fetchone()
        rev = int(row[0] or 0) + 1
        now = vault.now()
        doc = {
            "checklist": checklist.id,
            "item": item.id,
            "status": status,
            "note": final_note,
            "marked_by": marked_by,
            "content_version": checklist.version,
            "item_title": item.title,
        }
        vault.conn.execute(
            "INSERT INTO checklist_progress (checklist_id, item_id, status, note, marked_by, at,"
            " content_version, item_title, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (checklist_id, item_id) DO UPDATE SET status = excluded.status,"
            " note = excluded.note, marked_by = excluded.marked_by, at = excluded.at,"
            " content_version = excluded.content_version, item_title = excluded.item_title,"
            " rev = excluded.rev",
            (
                checklist.id,
                item.id,
                status,
                final_note,
                marked_by,
                now,
                str(checklist.version),
                item.title,
                rev,
            ),
        )
        vault.conn.execute(
            "INSERT INTO revisions (entity, entity_id, rev, at, actor, doc)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                ENTITY,
                entity_id,
                rev,
                now,
                vault.actor,
                json.dumps(doc, ensure_ascii=False, sort_keys=True),
            ),
        )
        vault.record(
            "checklist.set",
            ENTITY,
            entity_id,
            {
                "status": status,
                "rev": rev,
                "version": checklist.version,
                "by": "support_worker" if marked_by else "person",
            },
        )
    return ItemState(
        item,
        checklist.index_of(item.id),
        status,
        final_note,
        marked_by,
        now,
        rev,
        checklist.version,
    )


def history(vault: Vault, checklist: Checklist, item_ref: str | None = None) -> list[HistoryEntry]:
    """Every saved change, oldest first: for one item, or for the whole checklist.

    Items the current content dropped are included (``in_current_content`` False), and an item
    id that is no longer in the content can still be asked for by id.
    """
    with mapped_errors():
        if item_ref is None:
            prefix = checklist.id + "/"
            cur = vault.conn.execute(
                "SELECT entity_id, rev, at, actor, doc FROM revisions WHERE entity = ? AND"
                " substr(entity_id, 1, ?) = ? ORDER BY at, rowid",
                (ENTITY, len(prefix), prefix),
            )
        else:
            try:
                item_id = checklist.item(item_ref).id
            except NotFound:
                item_id = item_ref.strip()
            cur = vault.conn.execute(
                "SELECT entity_id, rev, at, actor, doc FROM revisions WHERE entity = ? AND"
                " entity_id = ? ORDER BY rev",
                (ENTITY, _entity_id(checklist.id, item_id)),
            )
        rows = cur.fetchall()
    if item_ref is not None and not rows and not checklist.has_item(item_id):
        raise NotFound(
            _("The checklist {id!r} has no item {item_ref!r}, and none was ever marked.").format(
                id=checklist.id, item_ref=item_ref
            )
        )
    out: list[HistoryEntry] = []
    for entity_id, rev, at, actor, text in rows:
        doc = json.loads(text)
        item_id = entity_id.split("/", 1)[1]
        version = doc.get("content_version")
        out.append(
            HistoryEntry(
                checklist.id,
                item_id,
                rev,
                at,
                actor,
                doc.get("status", ""),
                doc.get("note", ""),
                doc.get("marked_by", ""),
                version if isinstance(version, int) else None,
                doc.get("item_title", ""),
                checklist.has_item(item_id),
            )
        )
    return out
