"""The one place every saved state of a record is appended: entries are never overwritten."""

from __future__ import annotations

from .vault import Vault


def append_revision(
    vault: Vault, entity: str, entity_id: object, rev: int, at: str, doc_json: str
) -> None:
    """Append inside the caller's transaction."""
    vault.conn.execute(
        "INSERT INTO revisions (entity, entity_id, rev, at, actor, doc) VALUES (?, ?, ?, ?, ?, ?)",
        (entity, str(entity_id), rev, at, vault.actor, doc_json),
    )
