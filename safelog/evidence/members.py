"""Files inside other files: e-mail attachments, the photos of a WhatsApp zip, the images of a
saved web page, the messages of a mailbox. Each can become an exhibit of its own, linked to the
one it came from.

Listing uses the metadata the sandboxed reader already wrote. Taking a member out runs a fresh
sandboxed worker on the stored bytes (or, for a mailbox the person has not imported whole, on
the file) which hands back only that member's bytes; this process never unpacks anything. The
new exhibit's metadata says where it came from (``extracted_from``: the exhibit reference or
file name, its SHA-256 and the member's number) and the custody log records it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..db import mapped_errors
from ..errors import EvidenceRefused, InvalidInput, NotFound
from ..i18n import _
from ..progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..vault import Vault
from . import sandbox, store
from .access import blob_of, get_exhibit
from .importer import import_data
from .metadata import NoMember, bytes_wanted, must_be_whole
from .model import Exhibit, ImportResult, name_from_path, safe_text
from .sniff import HEAD_BYTES, sniff

READ_BYTES = 1024 * 1024


def list_members(exhibit: Exhibit) -> list[dict[str, Any]]:
    """What can be taken out of an exhibit, each with its ``index`` (0-based)."""
    md = exhibit.metadata
    if md.get("kind") == "email" and isinstance(md.get("attachments"), list):
        return [{"index": i, **a} for i, a in enumerate(md["attachments"]) if isinstance(a, dict)]
    found = md.get("members")
    return (
        [m for m in found if isinstance(m, dict) and isinstance(m.get("index"), int)]
        if isinstance(found, list)
        else []
    )


def extract_members(
    vault: Vault,
    ref: str,
    indexes: Iterable[int] | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[ImportResult]:
    """Make exhibits of the chosen members of exhibit ``ref`` (all when ``indexes`` is None),
    attached to the same incident. A member taken out before is not taken out again: its
    result names the earlier exhibit as ``duplicate_of``."""
    exhibit = get_exhibit(vault, ref)
    listed = {m["index"]: m for m in list_members(exhibit)}
    if not listed:
        raise InvalidInput(_("{ref} holds no files SafeLog can take out.").format(ref=exhibit.ref))
    chosen = list(listed) if indexes is None else list(dict.fromkeys(indexes))
    missing = [i for i in chosen if i not in listed]
    if missing:
        raise NotFound(
            _("{ref} has no member number {value}; it has {count}.").format(
                ref=exhibit.ref, value=missing[0] + 1, count=len(listed)
            )
        )
    wanted = bytes_wanted(exhibit.content_type, exhibit.size)
    _check_whole(exhibit.content_type, exhibit.size, wanted, chosen, len(listed), exhibit.ref)
    results: list[ImportResult] = []
    for done, index in enumerate(chosen):
        cancel.check()
        earlier = _taken_before(vault, exhibit.ref, index)
        if earlier is not None:
            results.append(
                ImportResult(earlier, earlier.ref, f"It was taken out before as {earlier.ref}.")
            )
            continue
        with mapped_errors():
            chunks = store.iter_blob(vault.conn, blob_of(vault.conn, exhibit.ref), wanted)
            member = _run(exhibit.content_type, exhibit.size, chunks, wanted, index, cancel)
        source = {
            "exhibit": exhibit.ref,
            "sha256": exhibit.sha256,
            "member": index,
            "name": member.name,
        }
        results.append(
            import_data(
                vault,
                exhibit.incident_id,
                member.data,
                member.name,
                cancel=cancel,
                obtained=f"taken out of {exhibit.ref} ({safe_text(exhibit.original_name, 80)})",
                extra={"extracted_from": source},
            )
        )
        progress(done + 1, len(chosen))
    return results


def _check_whole(
    content_type: str, size: int, wanted: int, chosen: list[int], listed: int, shown: str
) -> None:
    """Refuse to take a member out of a file the reader saw only the start of: the member
    could be cut. A mailbox's messages before the last one seen are whole."""
    if wanted >= size:
        return
    if content_type == "application/mbox" and all(i < listed - 1 for i in chosen):
        return
    raise EvidenceRefused(
        _(
            "{shown} is larger than SafeLog reads ({value} MiB), so the files "
            "inside it could be cut; none was taken out."
        ).format(shown=shown, value=wanted // (1024 * 1024))
    )


def _run(
    content_type: str,
    size: int,
    chunks: Iterator[bytes],
    wanted: int,
    index: int,
    cancel: CancelToken,
) -> Any:
    try:
        return sandbox.run_extract(content_type, size, chunks, wanted, index, cancel=cancel)
    except NoMember as exc:
        raise EvidenceRefused(str(exc)) from None


def _taken_before(vault: Vault, ref: str, index: int) -> Exhibit | None:
    with mapped_errors():
        row = vault.conn.execute(
            "SELECT ref FROM exhibits WHERE json_extract(metadata, '$.extracted_from.exhibit') = ?"
            " AND json_extract(metadata, '$.extracted_from.member') = ? ORDER BY id LIMIT 1",
            (ref, index),
        ).fetchone()
    return get_exhibit(vault, row[0]) if row else None


def file_members(
    path: str | os.PathLike[str], *, cancel: CancelToken = NEVER_CANCELLED
) -> tuple[str, dict[str, Any]]:
    """(content type, metadata) of a file on disk, read by the sandboxed worker without
    storing it: how the person sees what a mailbox holds before choosing."""
    content_type, size, wanted = _file_plan(Path(path))
    outcome = sandbox.run_parser(
        content_type, size, _file_chunks(Path(path), wanted), wanted, cancel=cancel
    )
    if outcome.failure:
        raise EvidenceRefused(outcome.failure_note)
    metadata = dict(outcome.metadata)
    if outcome.notes:
        metadata["problems"] = outcome.notes
    return content_type, metadata


def import_file_members(
    vault: Vault,
    incident_id: int,
    path: str | os.PathLike[str],
    indexes: Iterable[int],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[ImportResult]:
    """Keep only the chosen members of a file (messages of a mailbox) as exhibits; the file
    itself is not stored, and each exhibit records the file's name and SHA-256."""
    file = Path(path)
    content_type, size, wanted = _file_plan(file)
    chosen = list(dict.fromkeys(indexes))
    if wanted < size:
        listed = file_members(file, cancel=cancel)[1].get("members", [])
        _check_whole(
            content_type, size, wanted, chosen, len(listed), safe_text(name_from_path(file), 80)
        )
    digest = hashlib.sha256()
    for chunk in _file_chunks(file, None):
        digest.update(chunk)
    results = []
    for done, index in enumerate(chosen):
        cancel.check()
        member = _run(content_type, size, _file_chunks(file, wanted), wanted, index, cancel)
        source = {
            "file": name_from_path(file),
            "sha256": digest.hexdigest(),
            "member": index,
            "name": member.name,
        }
        results.append(
            import_data(
                vault,
                incident_id,
                member.data,
                member.name,
                cancel=cancel,
                obtained=f"taken out of the file {safe_text(name_from_path(file), 80)}",
                extra={"extracted_from": source},
            )
        )
        progress(done + 1, len(chosen))
    return results


def _file_plan(path: Path) -> tuple[str, int, int]:
    shown = safe_text(name_from_path(path), 80)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise EvidenceRefused(
            _("{shown} cannot be opened ({strerror}).").format(shown=shown, strerror=exc.strerror)
        ) from None
    content_type = sniff(head)
    wanted = bytes_wanted(content_type, size)
    if wanted == 0 or (wanted < size and must_be_whole(content_type)):
        raise EvidenceRefused(_("SafeLog cannot look inside {shown}.").format(shown=shown))
    return content_type, size, wanted


def _file_chunks(path: Path, limit: int | None) -> Iterator[bytes]:
    sent = 0
    with open(path, "rb") as handle:
        while limit is None or sent < limit:
            chunk = handle.read(READ_BYTES if limit is None else min(READ_BYTES, limit - sent))
            if not chunk:
                return
            sent += len(chunk)
            yield chunk
