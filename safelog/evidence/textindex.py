"""The words inside exhibits, kept for search in the encrypted database.

Each exhibit's text (its name and note, the online fields, and what the sandboxed reader found:
chat messages, e-mail headers and body, web-page text, PDF and plain text) is stored once in
``evidence_text`` (to show a few words around a match) and indexed in the contentless FTS5
table ``evidence_index`` with the same folding as incidents (``incidents/search.py``), so a
word that appears only inside an exhibit finds its incident. The stored text never leaves the
database.
"""

from __future__ import annotations

from typing import Any

from ..db import Connection
from ..incidents.search import index_text
from .metadata import SEARCH_CHARS

_FIELDS = (
    "subject",
    "from",
    "to",
    "cc",
    "reply_to",
    "message_id",
    "title",
    "url",
    "app",
    "creator",
    "author",
    "producer",
    "body_text",
    "text_excerpt",
)


def exhibit_words(
    name: str, note: str, online: dict[str, Any], metadata: dict[str, Any], search_text: str
) -> str:
    """Everything searchable about one exhibit, one piece per line."""
    parts: list[str] = [name, note, *(str(v) for v in online.values())]
    parts.extend(str(metadata[k]) for k in _FIELDS if isinstance(metadata.get(k), str))
    for key in ("participants",):
        if isinstance(metadata.get(key), list):
            parts.append(" ".join(str(p) for p in metadata[key]))
    for header in _dicts(metadata.get("headers")):
        parts.append(f"{header.get('name', '')}: {header.get('value', '')}")
    for item in _dicts(metadata.get("attachments")) + _dicts(metadata.get("members")):
        parts.append(str(item.get("name", "")))
    if not search_text:  # the parser kept everything in the metadata
        for message in _dicts(metadata.get("messages")):
            parts.append(f"{message.get('sender', '')}: {message.get('text', '')}")
    parts.append(search_text)
    text = "\n".join(p for p in parts if p)
    return text[:SEARCH_CHARS]


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def index_exhibit(conn: Connection, exhibit_id: int, text: str) -> None:
    """Store and index one exhibit's words, replacing what was there (caller's transaction)."""
    conn.execute("DELETE FROM evidence_index WHERE rowid = ?", (exhibit_id,))
    conn.execute(
        "INSERT OR REPLACE INTO evidence_text (exhibit_id, text) VALUES (?, ?)", (exhibit_id, text)
    )
    conn.execute(
        "INSERT INTO evidence_index (rowid, text) VALUES (?, ?)", (exhibit_id, index_text(text))
    )


def stored_words(conn: Connection, exhibit_id: int) -> str:
    """The words an earlier exhibit's reader found (for a duplicate that shares its bytes)."""
    row = conn.execute(
        "SELECT text FROM evidence_text WHERE exhibit_id = ?", (exhibit_id,)
    ).fetchone()
    return str(row[0]) if row else ""
