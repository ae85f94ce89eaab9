"""Giving exhibits back: exact-byte export to a file, and rehashing every stored exhibit.

An export never overwrites and never follows a symlink: it writes a new file under a temporary
name (created exclusively, ``O_NOFOLLOW``), checks the SHA-256 of what it wrote against the stored
one, then links it into place only if the target name is still free. The custody entry and the
final name appear together: if either fails, neither stays.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from ..db import translate
from ..errors import DatabaseDamaged, ExportFailed
from ..fsutil import NewFile, disk_errors, fsync_dir
from ..i18n import _
from ..progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..vault import Vault
from . import store
from .access import get_exhibit, iter_exhibit_bytes
from .model import Exhibit, safe_text


def export_exhibit(
    vault: Vault,
    ref: str,
    out_path: str | os.PathLike[str],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Exhibit:
    """Write exactly the original bytes of ``ref`` to a new file ``out_path``."""
    exhibit = get_exhibit(vault, ref)
    out = Path(out_path)
    shown = safe_text(str(out), 100)
    if os.path.lexists(out):
        raise ExportFailed(_("{shown} already exists; choose a new file name.").format(shown=shown))
    if not out.parent.is_dir():
        raise ExportFailed(_("The folder for {shown} does not exist.").format(shown=shown))
    placed = False
    with disk_errors():
        new = NewFile(out)
    try:
        with disk_errors():
            digest = _write(new, vault, exhibit, progress, cancel)
            new.sync()
        if digest != exhibit.sha256:
            raise DatabaseDamaged(
                _(
                    "Exhibit {ref} does not match its SHA-256, so it was not exported; run verify."
                ).format(ref=exhibit.ref)
            )
        with vault.transaction():
            vault.record("exhibit.export", "exhibit", exhibit.ref, {"sha256": exhibit.sha256})
            _place(new, shown)
            placed = True
    except BaseException:
        if placed:
            with contextlib.suppress(OSError):
                os.unlink(out)
        raise
    finally:
        new.close()
    fsync_dir(out.parent)
    return exhibit


def _write(
    new: NewFile, vault: Vault, exhibit: Exhibit, progress: ProgressFn, cancel: CancelToken
) -> str:
    hasher = hashlib.sha256()
    done = 0
    for chunk in iter_exhibit_bytes(vault, exhibit.ref):
        cancel.check()
        hasher.update(chunk)
        new.write(chunk)
        done += len(chunk)
        progress(done, exhibit.size)
    return hasher.hexdigest()


def _place(new: NewFile, shown: str) -> None:
    """Give the finished file its name without ever replacing an existing one."""
    with disk_errors():
        try:
            new.publish()
        except FileExistsError:
            raise ExportFailed(
                _("{shown} already exists; choose a new file name.").format(shown=shown)
            ) from None


def verify_exhibits(
    vault: Vault, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER_CANCELLED
) -> list[str]:
    """Rehash every stored exhibit; one plain sentence per problem, [] when all is well."""
    conn = vault.conn
    problems: list[str] = []
    refs: dict[int, list[str]] = {}
    for blob_id, ref in conn.execute("SELECT blob_id, ref FROM exhibits ORDER BY id"):
        refs.setdefault(int(blob_id), []).append(ref)
    blobs = conn.execute(
        "SELECT id, sha256, size, chunk_count, complete FROM blobs ORDER BY id"
    ).fetchall()
    total = sum(int(b[2]) for b in blobs)
    done = 0
    for blob_id, sha256, size, _count, complete in blobs:
        cancel.check()
        names = refs.get(int(blob_id))
        if not names:
            continue  # content no exhibit points at: nothing a dossier could include
        if not complete:
            problems += [f"Exhibit {r} was not completely stored." for r in names]
            continue
        try:
            hasher, length = hashlib.sha256(), 0
            for chunk in store.iter_blob(conn, int(blob_id)):
                hasher.update(chunk)
                length += len(chunk)
                done += len(chunk)
                progress(done, total)
                cancel.check()
            ok = hasher.hexdigest() == sha256 and length == size
            problems += [] if ok else [f"Exhibit {r} does not match its SHA-256." for r in names]
        except store.MissingChunk:
            problems += [f"Exhibit {r} is missing part of its content." for r in names]
        except Exception as exc:
            if not isinstance(translate(exc), DatabaseDamaged):
                raise
            problems += [
                f"Exhibit {r} could not be read from the vault (a damaged page)." for r in names
            ]
    orphans = conn.execute(
        "SELECT count(*) FROM chunks c LEFT JOIN blobs b ON b.id = c.blob_id "
        "WHERE b.id IS NULL OR c.seq >= b.chunk_count"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} stored pieces of content belong to no exhibit.")
    progress(total, total)
    return problems
