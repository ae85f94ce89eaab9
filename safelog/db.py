"""Opening the SQLCipher database and mapping its errors to SafeLog's.

Every open issues the same cipher settings before the first read (SQLCipher does not store them),
keeps temporary storage in memory, and silences SQLCipher's own stderr logging. The key is passed
with ``executescript`` so it never lands in the statement cache.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlcipher3 import dbapi2

from .errors import DatabaseDamaged, DiskFull, SafeLogError, VaultBusy
from .fsutil import create_private
from .i18n import _

if TYPE_CHECKING:  # sqlcipher3 ships no type information; its Connection is sqlite3's API
    from sqlite3 import Connection
else:
    Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
BUSY_TIMEOUT_SECONDS = 5.0
_HEX_KEY = re.compile(r"[0-9a-f]{64}")
WRITE_FAILED = (
    "The vault could not be written to the disk (it may be full, or the file too "
    "large for this disk); nothing was changed. Free some space and try again."
)


def is_io_error(exc: BaseException) -> bool:
    """SQLite's "disk I/O error": SQLITE_IOERR, whatever the system call that failed."""
    return isinstance(exc, dbapi2.Error) and "disk i/o" in str(exc).lower()


def translate(exc: BaseException) -> SafeLogError | None:
    """The SafeLog error for a database exception, or None if it is not one we know."""
    if not isinstance(exc, dbapi2.Error):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return VaultBusy()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamaged()
    if isinstance(exc, dbapi2.DatabaseError) and "disk i/o" in text:
        return DatabaseDamaged(_("The vault's database could not be read from the disk."))
    return None


@contextlib.contextmanager
def mapped_errors() -> Iterator[None]:
    """Re-raise known database errors as SafeLog errors with one plain sentence."""
    try:
        yield
    except dbapi2.Error as exc:
        mapped = translate(exc)
        if mapped is None:
            raise
        raise mapped from exc


def connect(
    path: Path,
    key: bytes,
    *,
    page_size: int,
    hmac_algorithm: str,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    readonly: bool = False,
) -> Connection:
    """Open the database with the raw key; raises DatabaseDamaged if it does not read.

    ``readonly`` opens an existing file without the right to write or create anything (for
    looking at a vault SafeLog is about to replace).
    """
    hex_key = key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("the master key must be 32 bytes")
    if not readonly and not Path(path).exists():
        # SQLite would create the file under the umask (0644) and give its journal the same
        # mode; creating it empty here makes both owner-only.
        with contextlib.suppress(FileExistsError):
            create_private(Path(path)).close()
    if readonly:
        conn = sqlcipher3.connect(
            f"{Path(path).resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=busy_timeout,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlcipher3.connect(
            str(path), timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
    try:
        conn.executescript(
            "PRAGMA cipher_log_level = NONE;"
            f"PRAGMA key = \"x'{hex_key}'\";"
            f"PRAGMA cipher_page_size = {int(page_size)};"
            f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm};"
            "PRAGMA cipher_plaintext_header_size = 0;"
        )
        with mapped_errors():
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if readonly:
                conn.executescript("PRAGMA temp_store = MEMORY; PRAGMA query_only = ON;")
                return conn
            conn.executescript(
                "PRAGMA temp_store = MEMORY;"
                "PRAGMA foreign_keys = ON;"
                "PRAGMA synchronous = FULL;"
                "PRAGMA journal_mode = DELETE;"
                "PRAGMA secure_delete = ON;"
            )
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def write_errors() -> Iterator[None]:
    """Like :func:`mapped_errors`, for statements that write.

    A write that fails with EFBIG (file larger than the file system or ``RLIMIT_FSIZE`` allows,
    such as 4 GiB on FAT32) or another write error reaches us as SQLITE_IOERR, "disk I/O error",
    where ENOSPC gives SQLITE_FULL. Neither means the vault is damaged: the transaction is
    rolled back. Say so, instead of the "could not be read" of a failed read.
    """
    try:
        yield
    except dbapi2.Error as exc:
        if is_io_error(exc):
            raise DiskFull(WRITE_FAILED) from exc
        mapped = translate(exc)
        if mapped is None:
            raise
        raise mapped from exc


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including Cancelled)."""
    with mapped_errors():
        conn.execute("BEGIN IMMEDIATE")
    try:
        with write_errors():
            yield conn
            conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(dbapi2.Error):
            conn.execute("ROLLBACK")
        raise
