"""The database schema as numbered migrations, each run in its own transaction at open.

``PRAGMA user_version`` holds the number of migrations applied. A vault whose number is higher
than this SafeLog knows is refused before anything is written; a vault with no schema at all
(for example a 0-byte file, which SQLCipher opens as a new empty database) is refused as damaged
and never initialised behind the user's back.
"""

from __future__ import annotations

import contextlib

from .db import Connection, dbapi2, mapped_errors
from .errors import DatabaseDamaged, VaultTooNew
from .i18n import _

# Version 1: the whole first schema. Each part is its own block so its owner can read it alone.

CORE_SQL = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    start_utc TEXT NOT NULL,
    end_utc TEXT,
    precision TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    reported INTEGER NOT NULL DEFAULT 0,
    doc TEXT NOT NULL
);
CREATE INDEX incidents_start ON incidents(start_utc, id);
CREATE INDEX incidents_category ON incidents(category, start_utc);

-- Every saved state of every record, never updated or deleted: entries are never overwritten.
CREATE TABLE revisions (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    rev INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, rev)
);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE incident_people (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    role TEXT NOT NULL,
    PRIMARY KEY (incident_id, person_id)
);
CREATE INDEX incident_people_person ON incident_people(person_id);

-- The custody log: each entry carries the hash of the one before.
CREATE TABLE custody (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- Unsaved editor text, kept encrypted so no typing is lost to a crash or a closed window.
CREATE TABLE drafts (key TEXT PRIMARY KEY, at TEXT NOT NULL, doc TEXT NOT NULL);

-- Full-text search over incidents; rowid = incidents.id. Contentless: text is not stored twice.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
"""

EVIDENCE_SQL = """
-- Stored file contents, deduplicated by SHA-256. complete = 1 only once every chunk is in.
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs(id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (blob_id, seq)
);
-- An exhibit: one stored content attached to one incident under a reference such as AB1.
CREATE TABLE exhibits (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    blob_id INTEGER NOT NULL REFERENCES blobs(id),
    original_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    file_times TEXT NOT NULL DEFAULT '{}',
    metadata TEXT NOT NULL DEFAULT '{}',
    metadata_note TEXT NOT NULL DEFAULT '',
    online TEXT NOT NULL DEFAULT '{}',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX exhibits_incident ON exhibits(incident_id);
-- Thumbnails, previews and redacted copies: derived from, and pointing at, an original.
CREATE TABLE derived (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs(id),
    kind TEXT NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    data BLOB NOT NULL,
    UNIQUE (blob_id, kind)
);
"""

CHECKLIST_SQL = """
-- Current progress per checklist item; every change is also a row in revisions (entity
-- 'checklist_item', entity_id '<checklist_id>/<item_id>'). Rows are never deleted: an item that
-- a newer content version drops keeps its row, and item_title says what it was.
-- marked_by is '' when the person marked it, else the support worker's name.
CREATE TABLE checklist_progress (
    checklist_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('todo', 'done', 'not_applicable', 'need_help')),
    note TEXT NOT NULL DEFAULT '',
    marked_by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    content_version TEXT NOT NULL DEFAULT '',
    item_title TEXT NOT NULL DEFAULT '',
    rev INTEGER NOT NULL,
    PRIMARY KEY (checklist_id, item_id)
);

-- Where the walk-through was left, per checklist (a screen position, not part of the record).
CREATE TABLE checklist_resume (
    checklist_id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

# Provenance of an exhibit, as the person tells it: how and when it was obtained, and where a
# physical original is kept. Both optional; every change is a custody entry.
PROVENANCE_SQL = """
ALTER TABLE exhibits ADD COLUMN obtained TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibits ADD COLUMN original_kept TEXT NOT NULL DEFAULT '';
"""

EVIDENCE_TEXT_SQL = """
-- The words inside each exhibit (chat messages, e-mail headers and body, page and PDF text),
-- written by safelog/evidence/textindex.py; kept to show a few words around a match.
CREATE TABLE evidence_text (
    exhibit_id INTEGER PRIMARY KEY REFERENCES exhibits(id),
    text TEXT NOT NULL
);
-- Full-text search over those words; rowid = exhibits.id. Contentless like search_index.
CREATE VIRTUAL TABLE evidence_index USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
"""

# The legal layer (issue 13). Incidents' behaviours, effects, source, attribution and breach_of
# live in their JSON ``doc`` (absent means empty), so existing incidents need no rewriting.
LEGAL_SQL = """
-- Court orders protecting the person: current state; every state is also in revisions
-- (entity 'order'). kind: injunction, spo, non_molestation, restraining, other.
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,
    made TEXT NOT NULL,
    expires TEXT NOT NULL DEFAULT '',
    doc TEXT NOT NULL
);
-- Which incidents breach which order; rebuilt from the incident's doc at each save.
CREATE TABLE breaches (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    order_id INTEGER NOT NULL REFERENCES orders(id),
    PRIMARY KEY (incident_id, order_id)
);
CREATE INDEX breaches_order ON breaches(order_id);
-- Police risk assessments as the person was told them (outcome only, never the questionnaire).
CREATE TABLE risk_assessments (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    date TEXT NOT NULL,
    level TEXT NOT NULL,
    doc TEXT NOT NULL
);
"""

# The word lists of both search indexes (issue 18): search spells a prefix ("threat") out as
# the few indexed words it covers ("threat", "threats"), which FTS5 reads far faster than a
# prefix. fts5vocab tables store nothing: they read the index itself.
SEARCH_VOCAB_SQL = """
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row');
CREATE VIRTUAL TABLE evidence_vocab USING fts5vocab(evidence_index, 'row');
"""

MIGRATIONS: list[str] = [
    CORE_SQL + EVIDENCE_SQL + CHECKLIST_SQL,
    PROVENANCE_SQL,
    EVIDENCE_TEXT_SQL,
    LEGAL_SQL,
    SEARCH_VOCAB_SQL,
]

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    with mapped_errors():
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def initialise(conn: Connection) -> None:
    """Create the schema in a brand-new vault."""
    _apply(conn, 0)


def migrate(conn: Connection) -> None:
    """Bring an existing vault up to date, or refuse it without writing."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise VaultTooNew()
    if version == 0:
        with mapped_errors():
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        raise DatabaseDamaged(
            "The vault's database is empty or not a SafeLog vault; restore it from a backup."
            if tables == 0
            else None
        )
    _apply(conn, version)


def _apply(conn: Connection, start: int) -> None:
    for number in range(start, SCHEMA_VERSION):
        script = (
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
        )
        try:
            with mapped_errors():
                conn.executescript(script)
        except BaseException as exc:
            with contextlib.suppress(dbapi2.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, dbapi2.Error):
                raise DatabaseDamaged(
                    _(
                        "SafeLog could not update this vault to its new format; nothing was "
                        "changed. Please report this."
                    )
                ) from exc
            raise
