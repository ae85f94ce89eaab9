"""One encrypted, self-checking backup file, and a restore that checks it whole first.

The file holds the vault header (the master key stays wrapped under the passphrase and the
recovery key) and a consistent snapshot of the encrypted database taken with SQLite's backup
API (never a copy of a live file). A SHA-256 over everything ends the file, so one flipped byte
or a truncation is caught before anything is replaced. Restore unwraps the key, opens the
snapshot and runs SQLCipher's page check in a staging folder; only then does it move any
existing vault aside (kept, never deleted) and put the restored one in its place.

Layout: ``SAFELOG-BACKUP 1\\n`` + one JSON line (header, database size) + database bytes +
``\\nSHA256 <hex of everything before>\\n``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from . import schema
from .db import connect, dbapi2, mapped_errors, write_errors
from .errors import (
    BackupInvalid,
    Cancelled,
    DatabaseDamaged,
    ExportFailed,
    HeaderChanged,
    HeaderDamaged,
    KdfTooCostly,
    OtherVaultBackup,
    SafeLogError,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from .fsutil import (
    create_private,
    disk_errors,
    ensure_private_dir,
    fsync_dir,
    make_private_dir,
)
from .header import Header, read_header, write_header
from .i18n import _
from .locking import VaultLock
from .progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .secrets import normalise_passphrase, parse_recovery_key
from .vault import DB_FILE, HEADER_FILE, LOCK_FILE, Vault, is_vault

MAGIC = b"SAFELOG-BACKUP 1\n"
BACKUP_KEY_DAMAGED = (
    "The backup file is damaged: its copy of the vault's key file cannot be "
    "used; nothing was changed."
)
BACKUP_KEY_CHANGED = (
    "The backup's copy of the vault's key file was changed outside SafeLog, "
    "so the backup was not used; nothing was changed."
)
MAX_META = 256 * 1024
CHUNK = 1 << 20


@dataclass
class RestoreResult:
    path: Path
    previous: Path | None  # where the vault that was there before was moved


def _copy_stream(
    src: BinaryIO,
    dst: BinaryIO | _Null,
    size: int,
    digest: Any,
    progress: ProgressFn,
    cancel: CancelToken,
    done: int,
    total: int,
) -> None:
    left = size
    while left:
        cancel.check()
        chunk = src.read(min(CHUNK, left))
        if not chunk:
            raise BackupInvalid(_("The backup file is incomplete; nothing was changed."))
        digest.update(chunk)
        dst.write(chunk)
        left -= len(chunk)
        done += len(chunk)
        progress(done, total)


def backup(
    vault: Vault,
    out: Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Path:
    """Write the backup to ``out`` (which must not exist); returns its path."""
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise ExportFailed(
            _("{name} already exists; choose a new file name.").format(name=out.name)
        )
    token = uuid.uuid4().hex[:8]
    snapshot = out.with_name(f".{out.name}.snapshot-{token}")
    partial = out.with_name(f".{out.name}.partial-{token}")
    try:
        with disk_errors():
            target = connect(
                snapshot,
                vault._master or b"",
                page_size=vault.header.page_size,
                hmac_algorithm=vault.header.hmac_algorithm,
            )
            try:

                def step(status: int, remaining: int, total: int) -> None:
                    if cancel.cancelled:
                        raise Cancelled()
                    progress(total - remaining, 2 * total)

                with write_errors():  # the snapshot is what is written here
                    vault.conn.backup(target, pages=64, progress=step)
            finally:
                target.close()
            size = snapshot.stat().st_size
            meta = json.dumps(
                {
                    "format": "safelog-backup",
                    "version": 1,
                    "created_at": vault.now(),
                    "database_size": size,
                    "header": base64.b64encode(vault.header.to_bytes()).decode(),
                }
            )
            digest = hashlib.sha256()
            with create_private(partial) as dst, open(snapshot, "rb") as src:
                for part in (MAGIC, meta.encode() + b"\n"):
                    digest.update(part)
                    dst.write(part)
                _copy_stream(
                    src,
                    dst,
                    size,
                    digest,
                    lambda d, t: progress(size + d, 2 * size),
                    cancel,
                    0,
                    size,
                )
                dst.write(b"\nSHA256 " + digest.hexdigest().encode() + b"\n")
                dst.flush()
                os.fsync(dst.fileno())
        # The custody entry and the file's final name appear together: if the entry cannot be
        # written (the vault's disk is full) the backup is not left behind under its name
        # while the person is told nothing was changed.
        placed = False
        try:
            with vault.transaction():
                vault.record("vault.backup", "vault", "-", {"sha256": digest.hexdigest()})
                with disk_errors():
                    os.link(partial, out)  # never replaces a file that appeared meanwhile
                placed = True
        except BaseException:
            if placed:
                with contextlib.suppress(OSError):
                    out.unlink()
            raise
        fsync_dir(out.parent)
    finally:
        for leftover in (snapshot, partial):
            with contextlib.suppress(OSError):
                leftover.unlink()
    progress(1, 1)
    return out


def _read_meta(handle: BinaryIO) -> dict[str, Any]:
    if handle.read(len(MAGIC)) != MAGIC:
        raise BackupInvalid(_("That file is not a SafeLog backup."))
    line = handle.readline(MAX_META)
    try:
        meta = json.loads(line)
        if meta.get("format") != "safelog-backup" or type(meta["database_size"]) is not int:
            raise ValueError
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupInvalid() from exc
    if meta.get("version", 0) > 1:
        raise VaultTooNew(
            _("This backup was made by a newer version of SafeLog; please update SafeLog.")
        )
    return meta


def check_backup(
    path: Path, *, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER_CANCELLED
) -> dict[str, Any]:
    """Read the whole file and confirm its checksum; returns its metadata."""
    try:
        total = path.stat().st_size
        with open(path, "rb") as handle:
            meta = _read_meta(handle)
            head_len = handle.tell()
            handle.seek(0)
            digest = hashlib.sha256(handle.read(head_len))
            _copy_stream(
                handle, _Null(), meta["database_size"], digest, progress, cancel, head_len, total
            )
            trailer = handle.read(100)
    except OSError as exc:
        raise BackupInvalid(
            _("The backup file cannot be read ({value}).").format(value=exc.strerror or exc)
        ) from exc
    if trailer != b"\nSHA256 " + digest.hexdigest().encode() + b"\n":
        raise BackupInvalid()
    return meta


class _Null:
    def write(self, data: bytes) -> int:
        return len(data)


def restore(
    backup_path: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    replace_other_vault: bool = False,
) -> RestoreResult:
    """Check the backup completely, then put it at ``target``; an existing vault is kept aside.

    A backup of a *different* vault (another ``vault_id``) is refused with
    :class:`OtherVaultBackup` when a vault is already at ``target``, unless
    ``replace_other_vault`` says the person confirmed they mean to replace it. So is a backup
    when the vault there is too damaged to tell which vault it is.
    """
    kind, secret = (
        ("passphrase", normalise_passphrase(passphrase))
        if passphrase is not None
        else ("recovery", parse_recovery_key(recovery_key or ""))
    )
    meta = check_backup(backup_path, progress=lambda d, t: progress(d, 2 * t), cancel=cancel)
    header, master = _unlock_backup_header(meta, kind, secret)
    target = Path(target)
    with disk_errors():
        ensure_private_dir(target.parent)
    staging = target.parent / f".{target.name}.restoring-{uuid.uuid4().hex[:8]}"
    try:
        with disk_errors():
            make_private_dir(staging)
            write_header(staging / HEADER_FILE, header)
            with open(backup_path, "rb") as src, create_private(staging / DB_FILE) as dst:
                _read_meta(src)
                size = meta["database_size"]
                _copy_stream(
                    src,
                    dst,
                    size,
                    hashlib.sha256(),
                    lambda d, t: progress(size + d, 2 * size),
                    cancel,
                    0,
                    size,
                )
                dst.flush()
                os.fsync(dst.fileno())
        backup_vault_id = _check_staged_database(staging / DB_FILE, header, master)
        cancel.check()

        def check_same(existing: Path) -> None:
            if replace_other_vault:
                return
            same = _is_same_vault(existing, master, backup_vault_id, kind, secret)
            if same is None:
                raise OtherVaultBackup(
                    _(
                        "SafeLog cannot tell whether this backup is from the vault that is "
                        "there now, because that vault cannot be read, and restoring it would "
                        "replace that vault (which would be kept aside, not deleted); nothing "
                        "was changed."
                    )
                )
            if not same:
                raise OtherVaultBackup()

        previous = _swap_in(staging, target, check_same)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with Vault.open(target, passphrase, recovery_key=recovery_key) as vault, vault.transaction():
        vault.record("vault.restore", "vault", "-", {"backup_created_at": meta.get("created_at")})
    progress(1, 1)
    return RestoreResult(target, previous)


def _unlock_backup_header(meta: dict[str, Any], kind: str, secret: bytes) -> tuple[Header, bytes]:
    """The backup's copy of the key file, checked and unlocked; its faults name the backup."""
    try:
        header = Header.from_bytes(base64.b64decode(meta["header"], validate=True))
    except (ValueError, TypeError, KeyError) as exc:
        raise BackupInvalid(BACKUP_KEY_DAMAGED) from exc
    except VaultTooNew:
        raise
    except KdfTooCostly as exc:
        raise BackupInvalid(
            _(
                "The backup's copy of the vault's key file asks for more memory or "
                "time than SafeLog ever uses, so the backup was changed outside "
                "SafeLog; nothing was changed."
            )
        ) from exc
    except HeaderChanged as exc:
        raise BackupInvalid(BACKUP_KEY_CHANGED) from exc
    except HeaderDamaged as exc:
        raise BackupInvalid(BACKUP_KEY_DAMAGED) from exc
    try:
        master = header.unwrap(kind, secret)
    except WrongRecoveryKey as exc:
        raise WrongRecoveryKey(_("That recovery key does not open this backup.")) from exc
    except WrongPassphrase as exc:
        raise WrongPassphrase(_("That passphrase does not open this backup.")) from exc
    except HeaderDamaged as exc:
        raise BackupInvalid(BACKUP_KEY_DAMAGED) from exc
    try:
        header.authenticate(master)
    except HeaderChanged as exc:
        raise BackupInvalid(BACKUP_KEY_CHANGED) from exc
    return header, master


def _check_staged_database(db_path: Path, header: Header, master: bytes) -> str:
    """Open the restored database and check every page; returns its vault_id."""
    try:
        conn = connect(
            db_path, master, page_size=header.page_size, hmac_algorithm=header.hmac_algorithm
        )
    except DatabaseDamaged as exc:
        raise BackupInvalid(
            _(
                "The backup file is damaged: its database does not open with its own "
                "key; nothing was changed."
            )
        ) from exc
    try:
        with mapped_errors():
            damaged = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if damaged:
            raise BackupInvalid(
                _(
                    "The backup file is damaged: {count} page(s) of its database fail "
                    "their check; nothing was changed."
                ).format(count=len(damaged))
            )
        if schema.current_version(conn) > schema.SCHEMA_VERSION:
            raise VaultTooNew(
                _("This backup was made by a newer version of SafeLog; please update SafeLog.")
            )
        row = conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
        return str(row[0]) if row else ""
    except (dbapi2.Error, DatabaseDamaged) as exc:
        raise BackupInvalid() from exc
    finally:
        conn.close()


def _is_same_vault(
    existing: Path, master: bytes, vault_id: str, kind: str, secret: bytes
) -> bool | None:
    """Whether the vault at ``existing`` is the one the backup was made from; None: cannot tell.

    A vault's master key never changes (a new passphrase only rewraps it), so first the
    existing database is opened, read-only, with the backup's key and its ``vault_id``
    compared. If that database cannot be read (it may be the damage being repaired), the
    existing key file is tried with the same passphrase or recovery key: the same master key
    inside means the same vault.
    """
    header: Header | None
    try:
        header = read_header(existing / HEADER_FILE)
    except SafeLogError:
        header = None
    if header is not None and header.mac is not None:
        # A key file with a MAC names its vault without any key derivation: the MAC checks
        # out under the backup's master key only if it is the same vault.
        try:
            header.authenticate(master)
            return True
        except HeaderChanged:
            pass
        finally:
            header.forget_key()
    db_path = existing / DB_FILE
    if db_path.is_file() and db_path.stat().st_size > 0:
        settings = header or Header()
        try:
            conn = connect(
                db_path,
                master,
                page_size=settings.page_size,
                hmac_algorithm=settings.hmac_algorithm,
                readonly=True,
                busy_timeout=0,
            )
        except (SafeLogError, dbapi2.Error):
            conn = None
        if conn is not None:
            try:
                row = conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
                return bool(row) and str(row[0]) == vault_id
            except dbapi2.Error:
                pass
            finally:
                conn.close()
    if header is None or header.slot(kind) is None:
        return None
    try:
        return header.unwrap(kind, secret) == master
    except WrongPassphrase:
        return None  # another vault, or this one with a passphrase changed since the backup
    except SafeLogError:
        return None


def _swap_in(
    staging: Path, target: Path, check: Callable[[Path], None] = lambda existing: None
) -> Path | None:
    """Move an existing vault aside (never deleted) and the staged one into place.

    ``check`` runs on the existing vault while its lock is held, and may refuse.
    """
    previous = None
    with disk_errors():
        if target.exists() and any(target.iterdir()):
            lock = VaultLock(target / LOCK_FILE)
            lock.acquire(exclusive=True, wait=5.0)
            try:
                if is_vault(target):
                    check(target)
                previous = target.parent / f"{target.name}.before-restore-{uuid.uuid4().hex[:6]}"
                os.rename(target, previous)
            finally:
                lock.release()
        elif target.exists():
            target.rmdir()
        os.rename(staging, target)
    fsync_dir(target.parent)
    return previous
