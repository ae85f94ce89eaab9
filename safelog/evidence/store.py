"""Original file contents as encrypted chunks inside the vault, written in one pass.

The file is read once. A reader thread fills a small ring of reusable 1 MiB buffers and hashes
each one (hashlib releases the GIL on big buffers) while the calling thread inserts the previous
buffer as a chunk row (SQLCipher encrypts and writes with the GIL released too), so hashing costs
no wall time and memory stays at a few buffers whatever the file size. The SHA-256 is of exactly
the bytes inserted, so a file that changes while it is read still gets a hash that matches what
was stored. Nothing here commits: the caller's transaction makes the exhibit all or nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..db import Connection
from ..errors import EvidenceRefused
from ..i18n import _
from ..progress import CancelToken
from .sniff import HEAD_BYTES

CHUNK_SIZE = 1024 * 1024
BUFFERS = 4
IMPORT_CACHE_KIB = 16 * 1024
"""Page cache while importing: SQLite's default 2 MiB spills to disk every other chunk."""
WRITE_BEHIND_BYTES = 16 * 1024 * 1024
"""How often the kernel is asked to write back: see :class:`WriteBehind`."""


class WriteBehind:
    """Start the kernel writing the database's new pages while the import goes on.

    With ``synchronous = FULL`` the commit waits for every page written since the import began:
    about half a second per gigabyte here, spent idle at the end. Asking the kernel every 16 MiB
    to start writing back (``posix_fadvise(DONTNEED)``, which also lets it drop those pages from
    its cache afterwards) moves that work into the import. Every 16 MiB rather than 64 keeps
    fewer dirty pages waiting, so each request is short and overlaps the next chunks instead of
    holding up the reader. 1 GB import ÷ ``sha256sum``, old and new alternating in the same runs,
    rounds with no other load: 64 MiB 1.19-1.37 (median 1.30), 16 MiB 1.30-1.42 (median 1.36).
    With a core taken by other work both give 0.9-1.07 (the import needs two cores). 8 MiB was
    no better in an earlier measurement. SQLite's own descriptor is found through /proc: opening
    and closing another descriptor on the database would drop SQLite's locks. Linux only;
    elsewhere, and on any error, it does nothing.
    """

    def __init__(self, db_path: Path) -> None:
        self.target = ""
        self.fds: list[int] = []
        advise = getattr(os, "posix_fadvise", None)
        if advise is None or not os.path.isdir("/proc/self/fd"):
            return
        self.target = os.path.realpath(db_path)
        for name in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/self/fd/{name}") == self.target:
                    self.fds.append(int(name))

    def kick(self) -> None:
        for fd in self.fds:
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/self/fd/{fd}") == self.target:  # still SQLite's
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


@dataclass(frozen=True)
class Stored:
    blob_id: int
    sha256: str
    size: int
    chunk_count: int
    head: bytes


def insert_chunk(conn: Connection, blob_id: int, seq: int, data: memoryview) -> None:
    """One chunk row (a separate function so tests can make it fail)."""
    conn.execute("INSERT INTO chunks (blob_id, seq, data) VALUES (?, ?, ?)", (blob_id, seq, data))


class _Reader(threading.Thread):
    """Reads the file into free buffers and hashes them; hands them over in order."""

    def __init__(self, fileobj: object, write_behind: WriteBehind | None) -> None:
        super().__init__(name="evidence-reader", daemon=True)
        self.fileobj = fileobj
        self.write_behind = write_behind
        self.hasher = hashlib.sha256()
        self.free: queue.Queue[bytearray] = queue.Queue()
        self.full: queue.Queue[tuple[bytearray, int] | BaseException | None] = queue.Queue()
        self.stop = threading.Event()
        for _slot in range(BUFFERS):
            self.free.put(bytearray(CHUNK_SIZE))

    def run(self) -> None:
        readinto = self.fileobj.readinto  # type: ignore[attr-defined]
        since_kick = 0
        try:
            while True:
                buf = self.free.get()
                if self.stop.is_set():
                    return
                view = memoryview(buf)
                filled = 0
                while filled < CHUNK_SIZE:
                    n = readinto(view[filled:])
                    if not n:
                        break
                    filled += n
                if filled:
                    self.hasher.update(view[:filled])
                view.release()
                if not filled:
                    self.full.put(None)
                    return
                self.full.put((buf, filled))
                since_kick += filled
                if self.write_behind and since_kick >= WRITE_BEHIND_BYTES:
                    self.write_behind.kick()  # here, off the writing thread
                    since_kick = 0
                if filled < CHUNK_SIZE:
                    self.full.put(None)
                    return
        except BaseException as exc:  # handed to the writer, which raises it in its thread
            self.full.put(exc)

    def close(self) -> None:
        self.stop.set()
        self.free.put(bytearray(0))  # wake it if it waits for a buffer
        self.join()


def store_stream(
    conn: Connection,
    fileobj: object,
    *,
    on_chunk: Callable[[int], None],
    cancel: CancelToken,
    write_behind: WriteBehind | None = None,
) -> Stored:
    """Insert a blob row and the file's chunks; returns the hash of exactly what was stored.

    The blob row is a placeholder (``complete = 0``) until :func:`finalise_blob`; both happen in
    the caller's transaction, so no reader ever sees it incomplete.
    """
    cur = conn.execute(
        "INSERT INTO blobs (sha256, size, chunk_count, content_type, complete) "
        "VALUES (?, 0, 0, '', 0)",
        (f"pending-{uuid.uuid4().hex}",),
    )
    blob_id = int(cur.lastrowid or 0)
    reader = _Reader(fileobj, write_behind)
    reader.start()
    head = b""
    size = seq = 0
    try:
        while True:
            item = reader.full.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                if isinstance(item, OSError):
                    raise EvidenceRefused(
                        _("The file could not be read ({value}); nothing was imported.").format(
                            value=item.strerror or "read error"
                        )
                    ) from item
                raise item
            buf, filled = item
            data = memoryview(buf)[:filled]
            insert_chunk(conn, blob_id, seq, data)  # SQLite copies the bytes while binding
            if seq == 0:
                head = bytes(data[:HEAD_BYTES])
            data.release()
            reader.free.put(buf)
            seq += 1
            size += filled
            on_chunk(filled)
            cancel.check()
    finally:
        reader.close()
    return Stored(blob_id, reader.hasher.hexdigest(), size, seq, head)


def finalise_blob(conn: Connection, stored: Stored, content_type: str) -> None:
    conn.execute(
        "UPDATE blobs SET sha256 = ?, size = ?, chunk_count = ?, content_type = ?, complete = 1 "
        "WHERE id = ?",
        (stored.sha256, stored.size, stored.chunk_count, content_type, stored.blob_id),
    )


def find_blob(conn: Connection, sha256: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM blobs WHERE sha256 = ? AND complete = 1", (sha256,)
    ).fetchone()
    return int(row[0]) if row else None


def iter_blob(conn: Connection, blob_id: int, limit: int | None = None) -> Iterator[bytes]:
    """The stored bytes in order, one chunk at a time (at most ``limit`` bytes).

    One query per chunk, so no cursor stays open between yields while the caller works.
    """
    row = conn.execute("SELECT chunk_count FROM blobs WHERE id = ?", (blob_id,)).fetchone()
    count = int(row[0]) if row else 0
    sent = 0
    for seq in range(count):
        if limit is not None and sent >= limit:
            return
        chunk = conn.execute(
            "SELECT data FROM chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)
        ).fetchone()
        if chunk is None:
            raise MissingChunk(seq)
        data = bytes(chunk[0])
        if limit is not None and sent + len(data) > limit:
            data = data[: limit - sent]
        sent += len(data)
        yield data


class MissingChunk(Exception):
    def __init__(self, seq: int) -> None:
        super().__init__(f"chunk {seq} is missing")
        self.seq = seq


@contextlib.contextmanager
def import_cache(conn: Connection) -> Iterator[None]:
    """A bigger page cache for the duration of an import, restored afterwards."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
