"""The evidence bundle on disk: exclusive creation, originals, manifests, SHA256SUMS, zip.

A bundle is built in a hidden, temp-named sibling of the target and moved into place in one
rename at the very end, after the manifests are written (``manifest.json``, then
``SHA256SUMS`` last). A killed export therefore leaves only a ``.NAME.partial-…`` folder, never
something that looks complete. The target is never followed or overwritten: it must not exist
(not even as a dangling symlink), files are opened with ``O_EXCL | O_NOFOLLOW``, and the final
rename refuses to replace anything (``renameat2(RENAME_NOREPLACE)`` on Linux, a hard link for a
zip file).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from ..csvsafe import write_rows
from ..errors import ExportFailed
from ..filemodes import NOFOLLOW
from ..fsutil import DIR_MODE, FILE_MODE, create_private, disk_errors, fsync_dir, make_private_dir
from ..i18n import _
from ..incidents.when import When
from .attach import EmbeddedFile
from .collect import DossierData
from .signing import PUBLIC_KEY_FILE, SIGNATURE_FILE

PDF_NAME = "dossier.pdf"
EXHIBITS_DIR = "exhibits"
MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
SUMS = "SHA256SUMS"
FORMAT = "SafeLog evidence bundle"
FORMAT_VERSION = 2  # 2: signed, manifest embedded in the PDF, incidents' local times
PDF_MANIFEST_DESCRIPTION = (
    "SafeLog manifest: the SHA-256 fingerprint of every file in this "
    "dossier's evidence bundle, checked by safelog-cli verify-bundle."
)
PDF_MANIFEST_NOTE = (
    "This copy of the manifest is attached inside dossier.pdf, so it cannot hold "
    "the fingerprints of dossier.pdf and manifest.csv: SHA256SUMS has them."
)
_STORED = ("image/", "video/", "audio/", "application/zip", "application/pdf")
_RENAME_NOREPLACE = 1


@dataclass
class FileEntry:
    path: str  # posix path inside the bundle
    sha256: str
    size: int


def check_target(target: Path) -> None:
    """Refuse a target that exists in any form, so nothing is followed or overwritten."""
    if os.path.lexists(target):
        kind = "a link" if target.is_symlink() else "a folder" if target.is_dir() else "a file"
        raise ExportFailed(
            _(
                "{target} already exists ({kind}); choose a new name. Nothing was overwritten."
            ).format(target=target, kind=kind)
        )
    if not target.parent.is_dir():
        raise ExportFailed(_("The folder {parent} does not exist.").format(parent=target.parent))


def make_staging(target: Path) -> Path:
    staging = target.parent / f".{target.name}.partial-{os.urandom(4).hex()}"
    with disk_errors():
        make_private_dir(staging)
        make_private_dir(staging / EXHIBITS_DIR)
        # The PDF writer opens its file by name under the umask; an empty owner-only file made
        # here keeps its mode when the writer truncates and fills it.
        create_private(staging / PDF_NAME).close()
    return staging


def remove_staging(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def write_stream(path: Path, chunks: Iterable[bytes], *, sync: bool = True) -> FileEntry:
    """Write chunks to a new file (never an existing one), hashing as it goes.

    ``sync=False`` leaves the flush to the caller, for a bundle's originals: a
    :class:`.flush.Flusher` flushes them while the PDF is composed, and :func:`fsync_tree`
    flushes everything again before publishing.
    """
    digest = hashlib.sha256()
    size = 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | getattr(os, "O_BINARY", 0)
    with disk_errors():
        fd = os.open(path, flags, FILE_MODE)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
    return FileEntry(path.name, digest.hexdigest(), size)


def hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def local_time(when: When) -> dict[str, Any]:
    """An incident's time as the person recorded it: local date and time, zone, precision.

    A date-only incident keeps its date and has no UTC time: converting its midnight to UTC
    would move it to the day before anywhere east of Greenwich.
    """

    def one(moment: Any) -> dict[str, Any]:
        offset = moment.strftime("%z")
        return {
            "date": moment.date().isoformat(),
            "time": None if when.precision == "date" else moment.strftime("%H:%M"),
            "utc_offset": f"{offset[:3]}:{offset[3:]}" if offset else None,
            "utc": None
            if when.precision == "date"
            else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }

    out = {"precision": when.precision, "zone": when.tz or None, "start": one(when.start)}
    out["end"] = one(when.end) if when.end else None
    return out


def manifest_doc(
    data: DossierData,
    dossier: FileEntry | None,
    files: list[FileEntry],
    signing_fingerprint: str = "",
) -> dict[str, Any]:
    """The machine-readable manifest; built from DossierData, so exclusions already hold.

    With ``dossier`` None it is the copy attached inside the PDF, written before the PDF
    exists: the same, less the fingerprints of the PDF and the CSV manifest.
    """
    included = "exhibit-files" not in data.excluded
    exhibits = []
    for e in data.exhibits:
        item: dict[str, Any] = {
            "ref": e.ref,
            "incident_id": e.incident_id,
            "file": f"{EXHIBITS_DIR}/{e.file_name}" if included else None,
            "sha256": e.sha256,
            "size": e.size,
            "content_type": e.content_type,
            "imported_at": e.imported_at,
        }
        if e.original_name:
            item["original_name"] = e.original_name
        if e.metadata.get("date_taken"):
            item["date_taken"] = str(e.metadata["date_taken"])
        if e.gps:
            item["gps"] = {"latitude": e.gps[0], "longitude": e.gps[1]}
        for key in ("camera_make", "camera_model", "software"):
            if e.metadata.get(key):
                item[key] = str(e.metadata[key])
        if e.online:
            item["online"] = dict(e.online)
        exhibits.append(item)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "document_id": data.document_id,
        "prepared_at": data.prepared_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "period": {"from": data.period[0], "to": data.period[1]},
        "custody_head": {
            "entry": data.chain_head[0],
            "sha256": data.chain_head[1],
            "note": "the custody log's head before this export was recorded",
        },
        "excluded": list(data.excluded),
        "counts": {"incidents": len(data.incidents), "exhibits": len(data.exhibits)},
        "dossier": (
            {"file": dossier.path, "sha256": dossier.sha256, "size": dossier.size}
            if dossier
            else {"file": PDF_NAME, "note": PDF_MANIFEST_NOTE}
        ),
        "signing": {
            "public_key_file": PUBLIC_KEY_FILE,
            "signature_file": SIGNATURE_FILE,
            "key_fingerprint_sha256": signing_fingerprint,
        },
        "incidents": [
            {
                "id": v.incident.id,
                "title": v.incident.title,
                "category": v.incident.category,
                "when": local_time(v.incident.when),
                "exhibits": [e.ref for e in v.exhibits],
            }
            for v in data.incidents
        ],
        "exhibits": exhibits,
        "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in files],
    }


def pdf_manifest(data: DossierData, files: list[FileEntry]) -> Flowable:
    """The manifest attached inside the PDF (see :mod:`.attach`), for the start of the story."""
    doc = manifest_doc(data, None, files, data.signing_key_fingerprint)
    return EmbeddedFile(
        MANIFEST_JSON,
        (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        PDF_MANIFEST_DESCRIPTION,
    )


def manifest_csv(data: DossierData, dossier: FileEntry) -> str:
    """One row per file, spreadsheet-safe (formula-looking cells are prefixed with ')."""
    included = "exhibit-files" not in data.excluded
    header = [
        "file",
        "sha256",
        "size",
        "exhibit_ref",
        "incident_id",
        "content_type",
        "original_name",
        "date_taken",
        "gps_latitude",
        "gps_longitude",
        "imported_at",
        "incident_date",
        "incident_time",
        "incident_zone",
        "incident_precision",
    ]
    rows: list[list[object]] = [
        [
            dossier.path,
            dossier.sha256,
            dossier.size,
            "",
            "",
            "application/pdf",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    ]
    whens = {v.incident.id: local_time(v.incident.when) for v in data.incidents}
    for e in data.exhibits:
        when = whens.get(e.incident_id)
        start = when["start"] if when else {}
        zone = (when["zone"] or f"UTC{start['utc_offset']}") if when else ""
        rows.append(
            [
                f"{EXHIBITS_DIR}/{e.file_name}" if included else "",
                e.sha256,
                e.size,
                e.ref,
                e.incident_id,
                e.content_type,
                e.original_name,
                str(e.metadata.get("date_taken") or ""),
                e.gps[0] if e.gps else "",
                e.gps[1] if e.gps else "",
                e.imported_at,
                start.get("date", ""),
                start.get("time") or "",
                zone,
                when["precision"] if when else "",
            ]
        )
    return write_rows(header, rows)


def write_text(path: Path, text: str) -> FileEntry:
    entry = write_stream(path, [text.encode("utf-8")])
    return entry


def sums_text(files: list[FileEntry]) -> str:
    return "".join(f"{f.sha256}  {f.path}\n" for f in sorted(files, key=lambda f: f.path))


def fsync_tree(root: Path) -> None:
    """Make the staged bundle durable, every file 0600 and every folder 0700."""
    for folder, _dirs, names in os.walk(root):
        os.chmod(folder, DIR_MODE)
        for name in names:
            os.chmod(Path(folder) / name, FILE_MODE)  # only files written here
            _fsync_file(Path(folder) / name)  # cheap for a file already flushed
        fsync_dir(Path(folder))


def _fsync_file(path: Path) -> None:
    with disk_errors():  # a disk that fails here says so as when writing
        fd = os.open(path, os.O_RDWR | NOFOLLOW | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _renameat2(src: Path, dst: Path) -> bool:
    """Rename without replacing; False where the system has no such call."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    func = getattr(libc, "renameat2", None)
    if func is None:
        return False
    at_fdcwd = -100
    result = func(at_fdcwd, os.fsencode(src), at_fdcwd, os.fsencode(dst), _RENAME_NOREPLACE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(dst))


def publish_dir(staging: Path, target: Path) -> None:
    """Move the finished bundle into place, refusing to replace anything there."""
    with disk_errors():
        try:
            done = _renameat2(staging, target)
        except FileExistsError as exc:
            raise ExportFailed(
                _(
                    "{target} appeared while the dossier was being made; nothing was overwritten."
                ).format(target=target)
            ) from exc
        if not done:
            if os.path.lexists(target):
                raise ExportFailed(
                    _(
                        "{target} appeared while the dossier was being made; nothing was "
                        "overwritten."
                    ).format(target=target)
                )
            os.rename(staging, target)
    fsync_dir(target.parent)


def publish_file(tmp: Path, target: Path) -> None:
    """Give a finished temp file its final name without replacing anything."""
    with disk_errors():
        try:
            os.link(tmp, target, follow_symlinks=False)
        except FileExistsError as exc:
            raise ExportFailed(
                _("{target} already exists; nothing was overwritten.").format(target=target)
            ) from exc
        except OSError as exc:  # file systems without hard links (FAT, exFAT)
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            if os.path.lexists(target):
                raise ExportFailed(
                    _("{target} already exists; nothing was overwritten.").format(target=target)
                ) from exc
            os.rename(tmp, target)
        else:
            os.unlink(tmp)
    fsync_dir(target.parent)


def zip_tree(
    staging: Path,
    zip_tmp: Path,
    folder: str,
    files: list[str],
    date_time: tuple[int, int, int, int, int, int],
    content_types: dict[str, str],
) -> None:
    """Pack the staged bundle into ``zip_tmp`` (created exclusively) under ``folder/``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW
    with disk_errors():
        fd = os.open(zip_tmp, flags, 0o600)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
            for rel in files:
                info = zipfile.ZipInfo(f"{folder}/{rel}", date_time=date_time)
                ctype = content_types.get(rel, "")
                info.compress_type = (
                    zipfile.ZIP_STORED if ctype.startswith(_STORED) else zipfile.ZIP_DEFLATED
                )
                info.external_attr = 0o600 << 16
                with open(staging / rel, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            raw.flush()
            os.fsync(raw.fileno())


def write_json(path: Path, doc: dict[str, Any]) -> FileEntry:
    return write_text(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


@contextlib.contextmanager
def cleanup_on_error(*paths: Path) -> Any:
    """Remove the staging folder and temp files if the export stops for any reason."""
    try:
        yield
    except BaseException:
        for path in paths:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
        raise
