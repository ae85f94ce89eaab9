"""Checking an exported bundle (folder or zip) against its manifest and SHA256SUMS, no vault.

This is what a lawyer or officer runs on what they were given. Every file is hashed once and
compared with both lists; anything missing, changed, extra or listed differently in the two lists
is named. The bundle is untrusted input: symlinks are reported and never followed, zip members
with absolute or ``..`` names are reported and never read, and a member is read only up to the
size the manifest gives it, so a zip bomb cannot exhaust memory or time.
"""

from __future__ import annotations

import hashlib
import io
import json
import mmap
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .attach import read_attachment
from .bundle import FORMAT, MANIFEST_CSV, MANIFEST_JSON, PDF_NAME, SUMS
from .signing import (
    PUBLIC_KEY_FILE,
    SIGNATURE_FILE,
    fingerprint,
    load_public,
    signature_valid,
)

MAX_LIST_BYTES = 64 * 1024 * 1024
MAX_PDF_BYTES = 512 * 1024 * 1024  # read into memory only from a zip
MAX_MEMBERS = 200_000
_SUM_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")


@dataclass
class BundleReport:
    ok: bool
    problems: list[str]
    checked: int
    document_id: str = ""
    files: int = 0
    notes: list[str] = field(default_factory=list)
    signed: bool = False  # SHA256SUMS.sig checks out with signing-key.pub
    key_fingerprint: str = ""  # that key's fingerprint, as the dossier prints it

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


Opener = Callable[[], IO[bytes]]


def _safe_rel(name: str) -> str | None:
    """A normalised relative posix path, or None for anything that could escape."""
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
    ):
        return None
    parts = PurePosixPath(name).parts
    if any(p in ("..", "") for p in parts):
        return None
    return "/".join(p for p in parts if p != ".")


@contextmanager
def _source(path: Path, problems: list[str]) -> Iterator[dict[str, tuple[int, Opener]]]:
    """Map of relative path -> (size, opener) for a folder or a zip file."""
    if path.is_dir() and not path.is_symlink():
        entries: dict[str, tuple[int, Opener]] = {}
        for folder, dirs, names in os.walk(path, followlinks=False):
            for name in list(dirs):
                full = Path(folder) / name
                if full.is_symlink():
                    problems.append(
                        f"{full.relative_to(path).as_posix()} is a symbolic link; "
                        "it was not followed."
                    )
            for name in names:
                full = Path(folder) / name
                rel = full.relative_to(path).as_posix()
                if full.is_symlink() or not full.is_file():
                    problems.append(f"{rel} is a symbolic link or special file; it was not read.")
                    continue
                entries[rel] = (full.stat().st_size, _file_opener(full))
        yield entries
        return
    if not path.is_file() or path.is_symlink():
        raise FileNotFoundError(str(path))
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            problems.append(f"The zip file holds {len(infos)} files, more than a bundle can.")
            infos = infos[:MAX_MEMBERS]
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            safe = _safe_rel(info.filename)
            if safe is None:
                problems.append(
                    f"The zip holds a file with an unsafe name ({info.filename!r}); "
                    "it was not read."
                )
                continue
            members[safe] = info
        tops = {n.split("/", 1)[0] for n in members}
        prefix = ""
        if len(tops) == 1 and all("/" in n for n in members):
            prefix = next(iter(tops)) + "/"
        yield {
            name[len(prefix) :]: (info.file_size, _zip_opener(zf, info))
            for name, info in members.items()
        }


def _file_opener(path: Path) -> Opener:
    def opener() -> IO[bytes]:
        return open(path, "rb")

    return opener


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Opener:
    def opener() -> IO[bytes]:
        return zf.open(info)

    return opener


def _hash(opener: Opener, limit: int | None) -> tuple[str, int, bool]:
    """(sha256, bytes read, over_limit); stops reading past ``limit`` + 1 bytes."""
    digest = hashlib.sha256()
    size = 0
    with opener() as handle:
        while True:
            want = 1 << 20 if limit is None else min(1 << 20, limit + 1 - size)
            if want <= 0:
                return digest.hexdigest(), size, True
            chunk = handle.read(want)
            if not chunk:
                return digest.hexdigest(), size, False
            digest.update(chunk)
            size += len(chunk)


def _read_small(opener: Opener) -> bytes | None:
    with opener() as handle:
        data = handle.read(MAX_LIST_BYTES + 1)
    return None if len(data) > MAX_LIST_BYTES else data


def verify_bundle(path: Path) -> BundleReport:
    """Check every file of a bundle against ``manifest.json`` and ``SHA256SUMS``."""
    path = Path(path)
    problems: list[str] = []
    try:
        with _source(path, problems) as files:
            return _check(files, problems)
    except FileNotFoundError:
        return BundleReport(False, [f"There is no bundle at {path}."], 0)
    except (zipfile.BadZipFile, OSError) as exc:
        return BundleReport(
            False, [f"{path} is not a folder or a readable zip file ({type(exc).__name__})."], 0
        )


def _read_sums(files: dict[str, tuple[int, Opener]], problems: list[str]) -> dict[str, str]:
    sums: dict[str, str] = {}
    if SUMS not in files:
        problems.append("SHA256SUMS is missing.")
        return sums
    raw = _read_small(files[SUMS][1])
    text = raw.decode("utf-8", "replace") if raw is not None else ""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _SUM_LINE.fullmatch(line.rstrip("\r"))
        rel = _safe_rel(match.group(2)) if match else None
        if match is None or rel is None:
            problems.append(f"SHA256SUMS line {number} cannot be read.")
            continue
        sums[rel] = match.group(1).lower()
    return sums


def _listed(
    manifest: dict[str, Any], where: str, problems: list[str]
) -> dict[str, tuple[str, int]]:
    """The ``files`` of a manifest: path -> (sha256, size); exhibits must agree with it."""
    listed: dict[str, tuple[str, int]] = {}
    for item in manifest.get("files") or []:
        if not isinstance(item, dict):
            continue
        rel = _safe_rel(str(item.get("path", "")))
        sha, size = str(item.get("sha256", "")).lower(), item.get("size")
        if rel is None or not isinstance(size, int):
            problems.append(f"{where} lists a file it does not describe properly.")
            continue
        listed[rel] = (sha, size)
    for exhibit in manifest.get("exhibits") or []:
        if isinstance(exhibit, dict) and exhibit.get("file"):
            rel = _safe_rel(str(exhibit["file"]))
            if rel and listed.get(rel, ("",))[0] != str(exhibit.get("sha256", "")).lower():
                problems.append(
                    f"{where} gives exhibit {exhibit.get('ref')} two different fingerprints."
                )
    return listed


def _load_json(raw: bytes | None) -> dict[str, Any]:
    try:
        loaded = json.loads(raw or b"")
    except (ValueError, RecursionError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _check(files: dict[str, tuple[int, Opener]], problems: list[str]) -> BundleReport:
    notes: list[str] = []
    sums = _read_sums(files, problems)
    manifest: dict[str, Any] = {}
    listed: dict[str, tuple[str, int]] = {}
    if MANIFEST_JSON not in files:
        problems.append("manifest.json is missing.")
    else:
        manifest = _load_json(_read_small(files[MANIFEST_JSON][1]))
        if manifest.get("format") != FORMAT:
            problems.append("manifest.json is not a SafeLog bundle manifest.")
        listed = _listed(manifest, "manifest.json", problems)
    version = manifest.get("format_version")
    signed = isinstance(version, int) and version >= 2
    in_pdf = _pdf_manifest(files, problems, required=signed)
    pdf_listed = _listed(in_pdf, "The manifest inside dossier.pdf", problems) if in_pdf else {}
    if in_pdf and in_pdf.get("document_id") != manifest.get("document_id"):
        problems.append("dossier.pdf and manifest.json name different documents.")
    checked = 0
    actual: dict[str, str] = {}
    for rel in sorted(set(sums) | set(listed) | set(pdf_listed)):
        if rel == SUMS:
            problems.append("SHA256SUMS lists itself.")
            continue
        if rel not in files:
            problems.append(f"{rel} is missing.")
            continue
        expected = listed.get(rel) or pdf_listed.get(rel)
        digest, size, over = _hash(files[rel][1], expected[1] if expected else None)
        actual[rel] = digest
        checked += 1
        problem = _file_problem(
            rel,
            digest,
            size,
            over,
            sums.get(rel),
            listed.get(rel),
            pdf_listed.get(rel) if in_pdf else None,
        )
        if problem:
            problems.append(problem)
        elif rel not in sums:
            problems.append(f"{rel} is in manifest.json but not in SHA256SUMS.")
        elif rel not in listed and rel != MANIFEST_JSON:
            problems.append(f"{rel} is in SHA256SUMS but not in manifest.json.")
        elif in_pdf and rel not in pdf_listed and rel not in _NOT_IN_PDF:
            problems.append(f"{rel} is not in the list of fingerprints inside dossier.pdf.")
    if MANIFEST_JSON in files and MANIFEST_JSON not in sums:
        problems.append("manifest.json is not covered by SHA256SUMS.")
    for rel in sorted(files):
        if (
            rel not in sums
            and rel not in listed
            and rel not in (SUMS, MANIFEST_JSON, SIGNATURE_FILE)
        ):
            problems.append(
                f"{rel} is not part of the bundle (listed in neither manifest.json nor SHA256SUMS)."
            )
    key = _check_signature(files, manifest, in_pdf, signed, problems, notes)
    return BundleReport(
        not problems,
        problems,
        checked,
        document_id=str(manifest.get("document_id", "")),
        files=len(files),
        notes=notes,
        signed=key is not None,
        key_fingerprint=fingerprint(key) if key else "",
    )


_NOT_IN_PDF = (PDF_NAME, MANIFEST_CSV, MANIFEST_JSON)


def _file_problem(
    rel: str,
    digest: str,
    size: int,
    over: bool,
    in_sums: str | None,
    in_manifest: tuple[str, int] | None,
    in_pdf: tuple[str, int] | None,
) -> str | None:
    """One sentence for a file that differs from any list, naming every list it differs from."""
    differs = []
    if in_sums is not None and in_sums != digest:
        differs.append("SHA256SUMS")
    for name, entry in (("manifest.json", in_manifest), ("the list inside dossier.pdf", in_pdf)):
        if entry is not None and (over or size != entry[1] or entry[0] != digest):
            differs.append(name)
    if not differs:
        return None
    agrees = [
        n
        for n, e in (
            ("SHA256SUMS", in_sums),
            ("manifest.json", in_manifest),
            ("the list inside dossier.pdf", in_pdf),
        )
        if e is not None and n not in differs
    ]
    text = f"{rel} has changed: its SHA-256 does not match {_join(differs, 'or')}"
    if agrees:
        text += f" (it matches {_join(agrees, 'and')}, which must have been changed to fit it)"
    return text + "."


def _join(names: list[str], word: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


def _pdf_manifest(
    files: dict[str, tuple[int, Opener]], problems: list[str], required: bool
) -> dict[str, Any]:
    """The manifest attached inside dossier.pdf; a problem if a signed bundle's PDF lacks it."""
    if PDF_NAME not in files:
        return {}
    size, opener = files[PDF_NAME]
    if size > MAX_PDF_BYTES:
        problems.append("dossier.pdf is too large to look inside.")
        return {}
    with opener() as handle:
        try:  # a file in a folder: look through it without reading it into memory
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                raw = read_attachment(mapped, MANIFEST_JSON)
        except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
            raw = read_attachment(handle.read(MAX_PDF_BYTES + 1), MANIFEST_JSON)
    doc = _load_json(raw)
    if doc.get("format") != FORMAT:
        if required:
            problems.append(
                "dossier.pdf holds no readable copy of the manifest, so it was not "
                "made with this bundle or was rewritten by another program."
            )
        return {}
    return doc


def _check_signature(
    files: dict[str, tuple[int, Opener]],
    manifest: dict[str, Any],
    in_pdf: dict[str, Any],
    required: bool,
    problems: list[str],
    notes: list[str],
) -> Ed25519PublicKey | None:
    """The bundle's public key if SHA256SUMS.sig checks out with it; problems otherwise."""
    have_sig, have_key = SIGNATURE_FILE in files, PUBLIC_KEY_FILE in files
    if not have_sig and not have_key and not required:
        notes.append(
            "This bundle was made by an older SafeLog: it is not signed, and its PDF "
            "holds no list of fingerprints, so it was checked against its own lists "
            "only."
        )
        return None
    if not have_sig or not have_key:
        missing = SIGNATURE_FILE if not have_sig else PUBLIC_KEY_FILE
        problems.append(f"{missing} is missing, so the bundle's signature cannot be checked.")
        return None
    key = load_public(_read_small(files[PUBLIC_KEY_FILE][1]) or b"")
    signature = _read_small(files[SIGNATURE_FILE][1]) or b""
    sums = _read_small(files[SUMS][1]) if SUMS in files else None
    if key is None:
        problems.append(f"{PUBLIC_KEY_FILE} is not a SafeLog signing key.")
        return None
    if sums is None or not signature_valid(key, signature, sums):
        problems.append(
            "The signature does not match: SHA256SUMS was changed after the bundle "
            "was signed, or it was signed with another key."
        )
        return None
    printed = {
        str((doc.get("signing") or {}).get("key_fingerprint_sha256", ""))
        for doc in (manifest, in_pdf)
        if doc
    }
    if printed != {fingerprint(key)}:
        problems.append(
            "The bundle is signed with a different key from the one dossier.pdf "
            "and manifest.json name, so it was re-signed by someone else."
        )
        return None
    return key
