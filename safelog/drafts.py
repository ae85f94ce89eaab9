"""Drafts: what the person is typing, saved inside the encrypted vault as they type.

A draft is keyed by what it edits ("incident:new", "incident:42") and removed when the edit is
saved or discarded. Drafts are not revisions and not in the custody log: they are the person's
unfinished words, kept only so a crash or a closed window never loses them.
"""

from __future__ import annotations

import json
from typing import Any

from .db import mapped_errors
from .vault import Vault


def save_draft(vault: Vault, key: str, doc: dict[str, Any]) -> None:
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO drafts (key, at, doc) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
            " at = excluded.at, doc = excluded.doc",
            (key, vault.now(), json.dumps(doc, ensure_ascii=False)),
        )


def load_draft(vault: Vault, key: str) -> dict[str, Any] | None:
    with mapped_errors():
        row = vault.conn.execute("SELECT doc FROM drafts WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def discard_draft(vault: Vault, key: str) -> None:
    with vault.transaction():
        vault.conn.execute("DELETE FROM drafts WHERE key = ?", (key,))


def list_drafts(vault: Vault) -> list[tuple[str, str]]:
    """(key, saved at) of every draft, newest first: offered again after a crash."""
    with mapped_errors():
        return [
            (r[0], r[1]) for r in vault.conn.execute("SELECT key, at FROM drafts ORDER BY at DESC")
        ]
