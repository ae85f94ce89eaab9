"""A long import asks the kernel to write the vault back as it goes, not all at commit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from safelog.evidence import import_files, store
from safelog.vault import DB_FILE
from tests.core.evidence_helpers import add_incident

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(
        not hasattr(os, "posix_fadvise") or not os.path.isdir("/proc/self/fd"),
        reason="write-back is requested on Linux only",
    ),
]

MiB = 1024 * 1024
INTERVAL = 16 * MiB  # what the import throughput was measured with (store.WriteBehind)


def test_long_import_requests_write_back_on_the_vault_every_16_mib(
    vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_incident(vault)
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(MiB) * 64 + b"tail")  # 64 MiB and a short last chunk
    db_file = os.path.realpath(vault.path / DB_FILE)
    inserted = 0
    calls: list[tuple[str, int, int, int, int]] = []
    real_insert = store.insert_chunk

    def counting_insert(conn, blob_id, seq, data) -> None:  # type: ignore[no-untyped-def]
        nonlocal inserted
        real_insert(conn, blob_id, seq, data)
        inserted += 1

    def fake_fadvise(fd: int, offset: int, length: int, advice: int) -> None:
        calls.append((os.readlink(f"/proc/self/fd/{fd}"), offset, length, advice, inserted))

    monkeypatch.setattr(store, "insert_chunk", counting_insert)
    monkeypatch.setattr(os, "posix_fadvise", fake_fadvise)

    [result] = import_files(vault, 1, [big])

    assert result.exhibit.size == 64 * MiB + 4
    assert len(calls) == 64 * MiB // INTERVAL  # one request per 16 MiB read, none for the tail
    chunks_per_interval = INTERVAL // store.CHUNK_SIZE
    for number, (target, offset, length, advice, done) in enumerate(calls, start=1):
        # SQLite's own descriptor on the database file (not a journal, not a second open)
        assert target == db_file
        assert (offset, length, advice) == (0, 0, os.POSIX_FADV_DONTNEED)
        # made while the import runs: the reader is at most BUFFERS chunks ahead of the inserts
        read = number * chunks_per_interval
        assert read - store.BUFFERS <= done <= read


def test_write_back_finds_no_descriptor_when_the_database_is_not_open(tmp_path: Path) -> None:
    """It never opens the file itself: a second descriptor closed later drops SQLite's locks."""
    db = tmp_path / DB_FILE
    db.write_bytes(b"")
    assert store.WriteBehind(db).fds == []
