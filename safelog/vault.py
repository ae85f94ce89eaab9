"""The vault: one folder holding the encrypted database, its header and a lock file.

A random 256-bit master key opens the database (SQLCipher raw key). It is stored only wrapped,
once under the passphrase (Argon2id, calibrated to about a second) and once under the recovery
key. Changing the passphrase rewraps the master key; the database is not rewritten.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import custody, schema
from .clock import Clock, SystemClock, utc_iso
from .db import Connection, DatabaseError, connect, mapped_errors, transaction
from .errors import (
    DatabaseDamaged,
    DiskFull,
    HeaderChanged,
    InvalidInput,
    NoVault,
    SafeLogError,
    VaultExists,
)
from .fsutil import (
    atomic_write,
    disk_errors,
    ensure_private_dir,
    fsync_dir,
    make_private_dir,
    tighten,
)
from .header import FORMAT_VERSION, Header, Slot, read_header, write_header
from .i18n import _
from .kdf import calibrate, fast_params
from .locking import VaultLock
from .secrets import (
    check_new_passphrase,
    new_recovery_key,
    normalise_passphrase,
    parse_recovery_key,
)

HEADER_FILE = "vault.key"
DB_FILE = "vault.db"
LOCK_FILE = "vault.lock"
HEADER_AUTHENTICATED = "header_authenticated"
"""Setting present once the key file carries a MAC: a key file without one is then refused."""
_INITIALS = re.compile(r"[A-Z]{1,4}")
log = logging.getLogger(__name__)


def initials_of(name: str) -> str:
    """UK exhibit labels use the maker's initials: "Amira B. Haddad" -> "ABH"."""
    letters = [
        w[0].upper() for w in re.split(r"[\s.\-]+", name) if w and w[0].isascii() and w[0].isalpha()
    ]
    return "".join(letters[:4]) or "SL"


def is_vault(path: Path) -> bool:
    return (path / HEADER_FILE).exists() or (path / DB_FILE).exists()


class Vault:
    """An unlocked vault. Close it (or use it as a context manager) to drop the key."""

    def __init__(
        self,
        path: Path,
        conn: Connection,
        header: Header,
        lock: VaultLock,
        clock: Clock,
        master: bytes,
        actor: str = "owner",
    ) -> None:
        self.path = path
        self._master: bytes | None = master
        self.conn = conn
        self.header = header
        self._lock = lock
        self.clock = clock
        self.actor = actor

    # ----- creation and opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        owner_name: str = "",
        initials: str | None = None,
        clock: Clock | None = None,
        check_strength: bool = True,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it open, and the recovery key to show the user once."""
        path = Path(path)
        secret = (
            check_new_passphrase(passphrase) if check_strength else normalise_passphrase(passphrase)
        )
        initials = (initials or initials_of(owner_name)).upper()
        if not _INITIALS.fullmatch(initials):
            raise InvalidInput(_("Initials must be one to four letters A to Z."))
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(
                _("A vault or other files already exist there; choose an empty folder.")
            )
        clock = clock or SystemClock()
        recovery = new_recovery_key()
        master = os.urandom(32)
        header = Header(
            [
                Slot.seal("passphrase", calibrate(), secret, master),
                Slot.seal("recovery", fast_params(), parse_recovery_key(recovery), master),
            ]
        )
        # Build in a hidden sibling folder and rename it into place, so a crash never leaves
        # something that looks like a vault but cannot be opened.
        with disk_errors():
            ensure_private_dir(path.parent)
        staging = path.parent / f".{path.name}.creating-{uuid.uuid4().hex[:8]}"
        try:
            with disk_errors():
                make_private_dir(staging)
                write_header(staging / HEADER_FILE, header)
            conn = connect(
                staging / DB_FILE,
                master,
                page_size=header.page_size,
                hmac_algorithm=header.hmac_algorithm,
            )
            try:
                schema.initialise(conn)
                now = utc_iso(clock.now())
                with transaction(conn):
                    for key, value in (
                        ("vault_id", uuid.uuid4().hex),
                        ("created_at", now),
                        ("owner_name", owner_name),
                        ("owner_initials", initials),
                        ("exhibit_counter", "0"),
                        (HEADER_AUTHENTICATED, "1"),
                    ):
                        conn.execute("INSERT INTO settings VALUES (?, ?)", (key, value))
                    custody.append(
                        conn,
                        now,
                        "owner",
                        "vault.create",
                        "vault",
                        "-",
                        {"schema": schema.SCHEMA_VERSION},
                    )
            finally:
                conn.close()
            with disk_errors():
                if path.exists():
                    path.rmdir()
                os.rename(staging, path)
            fsync_dir(path.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(path, passphrase, clock=clock), recovery

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
        exclusive: bool = False,
        wait: float = 5.0,
        clock: Clock | None = None,
    ) -> Vault:
        """Unlock a vault with the passphrase or the recovery key; writes nothing on failure."""
        path = Path(path)
        if passphrase is None and recovery_key is None:
            raise InvalidInput(_("A passphrase or recovery key is needed."))
        # Check the secret's form before touching any file.
        kind, secret = (
            ("passphrase", normalise_passphrase(passphrase))
            if passphrase is not None
            else ("recovery", parse_recovery_key(recovery_key or ""))
        )
        header_path, db_path = path / HEADER_FILE, path / DB_FILE
        if not header_path.exists() and not db_path.exists():
            raise NoVault()
        header = read_header(header_path)
        if not db_path.exists():
            raise DatabaseDamaged(
                _("The vault's database file is missing; restore it from a backup.")
            )
        if db_path.stat().st_size == 0:
            raise DatabaseDamaged(
                _("The vault's database file is empty; restore it from a backup.")
            )
        lock = VaultLock(path / LOCK_FILE)
        lock.acquire(exclusive=exclusive, wait=wait)
        try:
            master = header.unwrap(kind, secret)
            header.authenticate(master)  # before the settings it holds are used
            try:
                conn = connect(
                    db_path,
                    master,
                    page_size=header.page_size,
                    hmac_algorithm=header.hmac_algorithm,
                )
            except DatabaseDamaged:
                size = db_path.stat().st_size
                if size % header.page_size:  # THREATS 9: say what can be seen from outside
                    raise DatabaseDamaged(
                        _(
                            "The vault's database is damaged: its size ({size:,} bytes) is not a "
                            "whole number of pages, so it was cut short or had bytes added; "
                            "restore it from a backup."
                        ).format(size=size)
                    ) from None
                raise
            try:
                schema.migrate(conn)
                _authenticate_header(conn, header, header_path, clock or SystemClock())
            except BaseException:
                conn.close()
                raise
        except BaseException:
            header.forget_key()
            lock.release()
            raise
        for own in (header_path, db_path):  # a vault made under umask 022 by SafeLog 0.1
            tighten(own)
        return cls(path, conn, header, lock, clock or SystemClock(), master)

    @contextlib.contextmanager
    def second_connection(self) -> Iterator[Vault]:
        """The same vault on its own database connection, for work on another thread.

        A long import holds a write transaction; on the GUI's connection, a save from the window
        would join it (and be rolled back on Cancel) or fail. On a second connection SQLite's
        own locking serialises them: the window's write waits, then says the vault is busy.
        """
        if self._master is None:
            raise InvalidInput(_("The vault is locked."))
        conn = connect(
            self.path / DB_FILE,
            self._master,
            page_size=self.header.page_size,
            hmac_algorithm=self.header.hmac_algorithm,
        )
        other = Vault(
            self.path,
            conn,
            self.header,
            VaultLock(self.path / LOCK_FILE),
            self.clock,
            self._master,
            self.actor,
        )
        try:
            yield other
        finally:
            other._master = None
            conn.close()

    def close(self) -> None:
        """Lock: close the database (SQLCipher wipes its key) and release the lock file."""
        self._master = None
        self.header.forget_key()
        with contextlib.suppress(Exception):
            self.conn.close()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- writing ------------------------------------------------------------------------

    def now(self) -> str:
        return utc_iso(self.clock.now())

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        with transaction(self.conn) as conn:
            yield conn

    def record(
        self,
        action: str,
        entity: str,
        entity_id: object,
        detail: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> str:
        """Append to the custody log inside the current transaction."""
        return custody.append(
            self.conn, self.now(), actor or self.actor, action, entity, entity_id, detail
        )

    def setting(self, key: str, default: str = "") -> str:
        with mapped_errors():
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Set inside the caller's transaction."""
        self.conn.execute(
            "INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value",
            (key, value),
        )

    @property
    def initials(self) -> str:
        return self.setting("owner_initials", "SL")

    def next_exhibit_ref(self) -> str:
        """The next exhibit reference (``AB7``), inside the caller's transaction."""
        number = int(self.setting("exhibit_counter", "0")) + 1
        self.set_setting("exhibit_counter", str(number))
        return f"{self.initials}{number}"

    # ----- keys ---------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, check_strength: bool = True) -> None:
        """Rewrap the master key under a new passphrase; the database is not rewritten.

        The new header is written to a temporary file, synced and renamed over the old one, so a
        crash leaves either the old or the new passphrase working.
        """
        secret = (
            check_new_passphrase(new_passphrase)
            if check_strength
            else normalise_passphrase(new_passphrase)
        )
        if self._master is None:
            raise InvalidInput(_("Unlock the vault again before changing the passphrase."))
        slot = Slot.seal("passphrase", calibrate(), secret, self._master)
        if slot.open(secret) != self._master:  # never write a wrapping we cannot open
            raise InvalidInput(_("The new passphrase could not be set; nothing was changed."))
        self._replace_slot(
            slot,
            "vault.passwd",
            "The new passphrase is set and now opens the vault, but the change could not be "
            "recorded in the vault's log because the disk is full.",
        )

    def replace_recovery_key(self) -> str:
        """Seal the master key under a new recovery key; the old key stops working at once.

        For a key that may have been seen or lost. Written like ``change_passphrase``: a new
        header synced and renamed into place, the old one put back if the custody entry fails.
        Returns the new key, to be shown to the person once.
        """
        if self._master is None:
            raise InvalidInput(_("Unlock the vault again before making a new recovery key."))
        recovery = new_recovery_key()
        secret = parse_recovery_key(recovery)
        slot = Slot.seal("recovery", fast_params(), secret, self._master)
        if slot.open(secret) != self._master:  # never write a wrapping we cannot open
            raise InvalidInput(_("A new recovery key could not be made; nothing was changed."))
        self._replace_slot(
            slot,
            "vault.recovery_key",
            "The new recovery key is set and the old one no longer works, but the change could "
            "not be recorded in the vault's log because the disk is full.",
        )
        return recovery

    def _replace_slot(self, slot: Slot, action: str, disk_full: str) -> None:
        """Write a key file with ``slot`` replaced, then its custody entry.

        The new key file is synced and renamed into place, so a crash leaves either the old or
        the new secret working. If the custody entry cannot be written (a full disk, most
        likely), the old key file is put back, so that "nothing was changed" is true; if even
        that fails, ``disk_full`` says which secret works now.
        """
        header = Header(list(self.header.slots), self.header.page_size, self.header.hmac_algorithm)
        header.replace_slot(slot)
        header_path = self.path / HEADER_FILE
        previous = header_path.read_bytes()
        write_header(header_path, header)
        try:
            with self.transaction():
                self.record(action, "vault", "-")
        except BaseException as exc:
            try:
                atomic_write(header_path, previous)
            except BaseException:
                self.header = header
                raise DiskFull(disk_full) from exc
            raise
        self.header = header


def _authenticate_header(conn: Connection, header: Header, header_path: Path, clock: Clock) -> None:
    """After unlocking: refuse a key file stripped of its MAC; give an old one its MAC.

    :meth:`Header.authenticate` has checked a version 2 key file's MAC. A version 1 key file
    (SafeLog before header authentication) is rewritten with a MAC now, and the database
    remembers it, so a key file later taken back to version 1 is seen as changed outside
    SafeLog rather than trusted. A slot without a verifier (made before them) gets one the first
    time it opens.
    """
    with mapped_errors():
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (HEADER_AUTHENTICATED,)
        ).fetchone()
    if header.mac is None and row is not None:
        raise HeaderChanged()
    try:
        if header.mac is None or header.gained_verifier:
            write_header(header_path, header)
            header.gained_verifier = False
        if row is None:
            with transaction(conn):
                conn.execute("INSERT INTO settings VALUES (?, '1')", (HEADER_AUTHENTICATED,))
                custody.append(
                    conn,
                    utc_iso(clock.now()),
                    "owner",
                    "vault.header_authenticated",
                    "vault",
                    "-",
                    {"header_version": FORMAT_VERSION},
                )
    except (SafeLogError, DatabaseError) as exc:
        # A vault on read-only media, a full disk or a busy database: it still opens, and the
        # key file is authenticated at the next unlock that can write.
        log.info("key file not upgraded this time: %s", type(exc).__name__)


def default_vault_path() -> Path:
    from .paths import default_vault_dir

    return default_vault_dir()
