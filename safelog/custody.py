"""The custody log: an append-only, hash-chained record of everything that touched the vault.

Each entry's hash covers its own fields and the previous entry's hash, so changing or removing
any earlier entry breaks every hash after it. The head hash printed in a dossier lets a later
check prove the log still contains what was there at that export.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .db import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail_json: str,
) -> str:
    payload = json.dumps(
        [prev_hash, seq, at, actor, action, entity, entity_id, detail_json],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    detail: dict[str, Any] | None = None,
) -> str:
    """Append one entry inside the caller's transaction; returns its hash.

    ``detail`` must hold identifiers, revision numbers and hashes only: never incident text,
    names of people or file names, because the log is printed in dossiers.
    """
    row = conn.execute("SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    detail_json = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    digest = entry_hash(prev, seq, at, actor, action, entity, str(entity_id), detail_json)
    conn.execute(
        "INSERT INTO custody (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, str(entity_id), detail_json, prev, digest),
    )
    return digest


def head(conn: Connection) -> tuple[int, str]:
    """(sequence number, hash) of the newest entry; (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def entries(conn: Connection, since: int = 0, limit: int | None = None) -> list[CustodyEntry]:
    sql = "SELECT * FROM custody WHERE seq > ? ORDER BY seq"
    params: tuple[Any, ...] = (since,)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [
        CustodyEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8])
        for r in conn.execute(sql, params)
    ]


@dataclass
class ChainReport:
    ok: bool
    length: int
    head: str
    problems: list[str]
    contains: dict[str, bool]


def verify_chain(conn: Connection, against: list[str] | None = None) -> ChainReport:
    """Recompute every hash; say where the chain breaks and whether earlier heads are present."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    seen: set[str] = set()
    last = GENESIS
    count = 0
    for r in conn.execute("SELECT * FROM custody ORDER BY seq"):
        seq, at, actor, action, entity, entity_id, detail, prev_hash, digest = r
        count += 1
        if seq != expected_seq:
            problems.append(f"Custody log entry {expected_seq} is missing.")
            expected_seq = seq
        if prev_hash != prev:
            problems.append(f"Custody log entry {seq} does not follow the entry before it.")
        if entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, detail) != digest:
            problems.append(f"Custody log entry {seq} was altered after it was written.")
        prev = digest
        last = digest
        seen.add(digest)
        expected_seq += 1
    contains = {h: h.lower() in seen for h in (against or [])}
    return ChainReport(not problems, count, last, problems, contains)
