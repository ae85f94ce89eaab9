"""Importing files as exhibits: one pass over each file, all or nothing.

A whole batch is one transaction: the chunks, the blob row (``complete = 1`` last), the exhibit
row, its derived thumbnails and the custody entry of every file commit together, so a kill at
any moment leaves each exhibit complete or absent, and Cancel leaves the vault as it was. The
bytes and their hash are stored first; only then is a copy of the *stored* bytes handed to the
sandboxed reader, whose failure means no more than "metadata unreadable". Content already in the
vault is detected by its hash once the file has been read: the new chunks are rolled back to a
savepoint and the exhibit shares the stored copy.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..db import Connection, mapped_errors
from ..errors import EvidenceRefused, InvalidInput, NotFound
from ..i18n import _
from ..progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..textutil import clean_text
from ..vault import DB_FILE, Vault
from . import derived, sandbox, store, textindex
from .metadata import NEVER_OPENED, bytes_wanted, must_be_whole
from .model import Exhibit, ImportResult, dump, load_json, name_from_path, safe_text
from .sniff import OCTET, describe, sniff

EXTRA_KEYS = ("obtained", "obtained_at", "extracted_from", "capture")
"""Metadata keys SafeLog writes about an exhibit's origin; a parser's value is dropped."""
ONLINE_FIELDS = {"platform": 200, "url": 4000, "account": 500, "shown_time": 200}
MAX_NOTE = 20_000
_EXTENSIONS = {
    "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",),
    "png": ("image/png",),
    "gif": ("image/gif",),
    "webp": ("image/webp",),
    "tif": ("image/tiff",),
    "tiff": ("image/tiff",),
    "heic": ("image/heic", "image/heif"),
    "heif": ("image/heic", "image/heif"),
    "pdf": ("application/pdf",),
    "eml": ("message/rfc822", "text/plain"),
    "zip": ("application/zip",),
    "msg": ("application/vnd.ms-outlook", "application/x-ole-storage"),
    "mbox": ("application/mbox", "message/rfc822"),
    "mht": ("multipart/related",),
    "mhtml": ("multipart/related",),
    "warc": ("application/warc",),
    "wacz": ("application/zip",),
    "mp4": ("video/mp4", "audio/mp4", "video/quicktime"),
    "mov": ("video/quicktime", "video/mp4"),
    "mp3": ("audio/mpeg",),
    "txt": ("text/plain", "application/json", "text/html", "message/rfc822"),
}


def import_files(
    vault: Vault,
    incident_id: int,
    paths: Iterable[str | os.PathLike[str]],
    *,
    online: dict[str, str] | None = None,
    note: str = "",
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[ImportResult]:
    """Attach files to an incident; returns one result per file, in order."""
    online_doc = check_online(online)
    note = clean_text(note)
    if len(note) > MAX_NOTE:
        raise InvalidInput(
            _("The note is too long (at most {MAX_NOTE} characters).").format(MAX_NOTE=MAX_NOTE)
        )
    files = [Path(p) for p in paths]
    if not files:
        raise InvalidInput(_("Choose at least one file to import."))
    _require_incident(vault.conn, incident_id)
    vault_files = _vault_inodes(vault.path)
    total = sum(_precheck(path, vault_files) for path in files)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        progress(done, max(total, done))

    results: list[ImportResult] = []
    write_behind = store.WriteBehind(vault.path / DB_FILE)
    with mapped_errors(), vault.transaction() as conn, store.import_cache(conn):
        _require_incident(conn, incident_id)
        for path in files:
            cancel.check()
            results.append(
                _import_one(
                    vault, conn, incident_id, path, online_doc, note, tick, cancel, write_behind
                )
            )
    return results


def check_online(online: dict[str, str] | None) -> dict[str, str]:
    """The online-capture fields, trimmed; one line each, bounded length."""
    result: dict[str, str] = {}
    for key, value in (online or {}).items():
        if key not in ONLINE_FIELDS:
            raise InvalidInput(
                _("Unknown online capture field: {value}.").format(value=safe_text(str(key), 40))
            )
        value = clean_text(value or "").strip()
        if not value:
            continue
        label = key.replace("_", " ")
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise InvalidInput(_("The {label} must be one line of text.").format(label=label))
        if len(value) > ONLINE_FIELDS[key]:
            raise InvalidInput(
                _("The {label} is too long (at most {value} characters).").format(
                    label=label, value=ONLINE_FIELDS[key]
                )
            )
        result[key] = value
    return result


def _require_incident(conn: Connection, incident_id: int) -> None:
    with mapped_errors():
        row = conn.execute("SELECT 1 FROM incidents WHERE id = ?", (int(incident_id),)).fetchone()
    if row is None:
        raise NotFound(
            _("Incident {incident_id} does not exist.").format(incident_id=int(incident_id))
        )


def _vault_inodes(folder: Path) -> set[tuple[int, int]]:
    """The vault's own files: importing one would open (and, closing it, unlock) the database."""
    inodes = set()
    for name in os.listdir(folder):
        try:
            st = os.stat(folder / name)
        except OSError:
            continue
        inodes.add((st.st_dev, st.st_ino))
    return inodes


def _precheck(path: Path, vault_files: set[tuple[int, int]]) -> int:
    """The file's size, or one sentence saying why it cannot be imported."""
    shown = safe_text(name_from_path(path), 80)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise EvidenceRefused(
            _("{shown} does not exist; nothing was imported.").format(shown=shown)
        ) from None
    except OSError as exc:
        raise EvidenceRefused(
            _("{shown} cannot be opened ({strerror}); nothing was imported.").format(
                shown=shown, strerror=exc.strerror
            )
        ) from None
    if not stat.S_ISREG(st.st_mode):
        raise EvidenceRefused(
            _(
                "{shown} is not an ordinary file (it is a folder, device or pipe); "
                "nothing was imported."
            ).format(shown=shown)
        )
    if (st.st_dev, st.st_ino) in vault_files:
        raise EvidenceRefused(
            _("{shown} is part of the vault itself; nothing was imported.").format(shown=shown)
        )
    return st.st_size


def _import_one(
    vault: Vault,
    conn: Connection,
    incident_id: int,
    path: Path,
    online: dict[str, str],
    note: str,
    tick: Callable[[int], None],
    cancel: CancelToken,
    write_behind: store.WriteBehind,
) -> ImportResult:
    name = name_from_path(path)
    try:
        fd = os.open(
            path,
            os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0),
        )
    except OSError as exc:
        raise EvidenceRefused(
            _("{value} cannot be opened ({strerror}); nothing was imported.").format(
                value=safe_text(name, 80), strerror=exc.strerror
            )
        ) from None
    with open(fd, "rb", buffering=0) as fileobj:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):  # swapped for a pipe or device since the check
            raise EvidenceRefused(
                _("{value} is not an ordinary file; nothing was imported.").format(
                    value=safe_text(name, 80)
                )
            )
        os.set_blocking(fd, True)
        conn.execute("SAVEPOINT evidence_file")
        stored = store.store_stream(
            conn, fileobj, on_chunk=tick, cancel=cancel, write_behind=write_behind
        )
        after = os.fstat(fd)
    file_notes = _extension_note(name, sniff(stored.head)) + _change_note(
        before, after, stored.size
    )
    return finish(
        vault, conn, incident_id, stored, name, file_times(before), file_notes, online, note, cancel
    )


def finish(
    vault: Vault,
    conn: Connection,
    incident_id: int,
    stored: store.Stored,
    name: str,
    times: dict[str, str],
    file_notes: list[str],
    online: dict[str, str],
    note: str,
    cancel: CancelToken,
    extra: dict[str, Any] | None = None,
) -> ImportResult:
    """The exhibit row, its metadata, search words and custody entry for bytes just stored
    (inside ``SAVEPOINT evidence_file``); ``extra`` is added to its metadata (how it was
    obtained, what it was taken from)."""
    content_type = sniff(stored.head)
    blob_id = store.find_blob(conn, stored.sha256)
    duplicate_of: str | None = None
    words = ""
    if blob_id is not None:  # the same content is already stored: keep that copy
        conn.execute("ROLLBACK TO evidence_file")
        conn.execute("RELEASE evidence_file")
        content_type = conn.execute(
            "SELECT content_type FROM blobs WHERE id = ?", (blob_id,)
        ).fetchone()[0]
        earlier = conn.execute(
            "SELECT ref, metadata, id, metadata_note FROM exhibits "
            "WHERE blob_id = ? ORDER BY id LIMIT 1",
            (blob_id,),
        ).fetchone()
        duplicate_of = earlier[0] if earlier else None
        metadata = load_json(earlier[1]) if earlier else {}
        for key in EXTRA_KEYS:  # the earlier copy's own history is not this one's
            metadata.pop(key, None)
        if earlier and "problems" not in metadata:
            metadata["problems"] = split_note(earlier[3])[1]
        words = textindex.stored_words(conn, int(earlier[2])) if earlier else ""
    else:
        blob_id = stored.blob_id
        store.finalise_blob(conn, stored, content_type)
        conn.execute("RELEASE evidence_file")
        metadata, words = examine(conn, blob_id, content_type, stored.size, cancel)
    metadata.update(extra or {})
    # What the reader could not do is said once, in metadata_note: kept in the metadata as
    # well, every place that shows both printed it twice (issue 12).
    problems = metadata.pop("problems", [])
    metadata_note = " ".join(file_notes + [p for p in problems if isinstance(p, str)])

    ref = vault.next_exhibit_ref()
    imported_at = vault.now()
    # How it was obtained (a paste, a capture, taken out of another exhibit) is also the
    # continuity the dossier prints; the person can reword it later (set_provenance).
    obtained = str((extra or {}).get("obtained", ""))
    cur = conn.execute(
        "INSERT INTO exhibits (ref, incident_id, blob_id, original_name, imported_at, "
        "file_times, metadata, metadata_note, online, notes, obtained) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            ref,
            int(incident_id),
            blob_id,
            name,
            imported_at,
            dump(times),
            dump(metadata),
            metadata_note,
            dump(online),
            note,
            obtained,
        ),
    )
    exhibit_id = int(cur.lastrowid or 0)
    textindex.index_exhibit(
        conn, exhibit_id, textindex.exhibit_words(name, note, online, metadata, words)
    )
    detail: dict[str, Any] = {
        "sha256": stored.sha256,
        "size": stored.size,
        "incident_id": int(incident_id),
    }
    if duplicate_of:
        detail["duplicate_of"] = duplicate_of
    source = metadata.get("extracted_from")
    if isinstance(source, dict) and source.get("exhibit"):
        detail["extracted_from"] = source.get("exhibit")
    if extra and extra.get("obtained"):
        detail["obtained"] = extra["obtained"]
    vault.record("exhibit.import", "exhibit", ref, detail)
    exhibit = Exhibit(
        exhibit_id,
        ref,
        int(incident_id),
        stored.sha256,
        stored.size,
        content_type,
        name,
        imported_at,
        times,
        metadata,
        metadata_note,
        online,
        note,
        obtained,
    )
    return ImportResult(exhibit, duplicate_of, metadata_note)


_FILE_NOTES = ("Its name ends in .", "The file changed while it was being imported")


def split_note(note: str) -> tuple[list[str], list[str]]:
    """An exhibit's note as (sentences about its file, sentences from the reader)."""
    sentences = [s.strip() + "." for s in note.split(". ") if s.strip()]
    kept = [s[:-1] if s.endswith("..") else s for s in sentences]
    about_file = [s for s in kept if s.startswith(_FILE_NOTES)]
    return about_file, [s for s in kept if not s.startswith(_FILE_NOTES)]


def import_data(
    vault: Vault,
    incident_id: int,
    data: bytes,
    name: str,
    *,
    obtained: str,
    online: dict[str, str] | None = None,
    note: str = "",
    extra: dict[str, Any] | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ImportResult:
    """Store bytes held in memory (a pasted image, a screen capture, a file taken out of
    another exhibit) as an exhibit; nothing touches the disk. ``obtained`` says how, in a few
    words ("pasted from the clipboard"); it is kept in the metadata and the custody log."""
    online_doc = check_online(online)
    note = clean_text(note)
    if len(note) > MAX_NOTE:
        raise InvalidInput(
            _("The note is too long (at most {MAX_NOTE} characters).").format(MAX_NOTE=MAX_NOTE)
        )
    name = name_from_path(clean_text(name).replace("\x00", "") or "exhibit")
    obtained_at = vault.now()
    write_behind = store.WriteBehind(vault.path / DB_FILE)
    with mapped_errors(), vault.transaction() as conn:
        _require_incident(conn, incident_id)
        conn.execute("SAVEPOINT evidence_file")
        stored = store.store_stream(
            conn,
            io.BytesIO(data),
            on_chunk=lambda _n: None,
            cancel=cancel,
            write_behind=write_behind,
        )
        return finish(
            vault,
            conn,
            incident_id,
            stored,
            name,
            {},
            [],
            online_doc,
            note,
            cancel,
            {**(extra or {}), "obtained": obtained, "obtained_at": obtained_at},
        )


def examine(
    conn: Connection, blob_id: int, content_type: str, size: int, cancel: CancelToken
) -> tuple[dict[str, Any], str]:
    """Metadata and search words read from the stored bytes by the sandboxed worker;
    thumbnails stored."""
    if size == 0:
        return {"problems": ["The file is empty."]}, ""
    if content_type in NEVER_OPENED:
        return {
            "problems": [
                f"Its contents were not examined: SafeLog never opens "
                f"{NEVER_OPENED[content_type]} files."
            ]
        }, ""
    wanted = bytes_wanted(content_type, size)
    if wanted == 0:
        return {}, ""
    if wanted < size and must_be_whole(content_type):
        return {"problems": ["It is too large to examine for metadata."]}, ""
    outcome = sandbox.run_parser(
        content_type, size, store.iter_blob(conn, blob_id, wanted), wanted, cancel=cancel
    )
    if outcome.failure:
        return {"problems": [outcome.failure_note]}, ""
    for pixels in outcome.images:
        derived.store(conn, blob_id, pixels.kind, derived.encode(pixels))
    metadata = dict(outcome.metadata)
    for key in ("problems", *EXTRA_KEYS):  # these are ours to write, not the file's
        metadata.pop(key, None)
    if outcome.notes:
        metadata["problems"] = outcome.notes
    return metadata, outcome.search_text


def file_times(st: os.stat_result) -> dict[str, str]:
    """The file system's times, in UTC. ``changed`` is the inode change time on Unix."""

    def iso(seconds: float) -> str:
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    times = {
        "modified": iso(st.st_mtime),
        "accessed": iso(st.st_atime),
        "changed": iso(st.st_ctime),
    }
    birth = getattr(st, "st_birthtime", None)
    if birth:
        times["created"] = iso(birth)
    return times


def _extension_note(name: str, content_type: str) -> list[str]:
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    expected = _EXTENSIONS.get(ext)
    if not expected or content_type in expected:
        return []
    if content_type == OCTET:
        return [
            f"Its name ends in .{ext} but its contents are of a kind SafeLog does not recognise."
        ]
    words = describe(content_type)
    article = "an" if words[:1].lower() in "aeiou" else "a"
    return [f"Its name ends in .{ext} but it contains {article} {words}."]


def _change_note(before: os.stat_result, after: os.stat_result, stored: int) -> list[str]:
    if before.st_size == stored == after.st_size and before.st_mtime_ns == after.st_mtime_ns:
        return []
    return [
        f"The file changed while it was being imported (it was {before.st_size} bytes when "
        f"the import began and {after.st_size} bytes when it ended); the stored copy and "
        f"its SHA-256 are of the {stored} bytes read."
    ]
