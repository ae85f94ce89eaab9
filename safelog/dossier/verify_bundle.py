"""Checking an exported bundle (folder or zip) against its manifest and SHA256SUMS, no vault.

This is what a lawyer or officer runs on what they were given. Every file is hashed once and
compared with both lists; anything missing, changed, extra or listed differently in the two lists
is named. The bundle is untrusted input: symlinks are reported and never followed, zip members
with absolute or ``..`` names are reported and never read, and a member is read only up to the
size the manifest gives it, so a zip bomb cannot exhaust memory or time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from .bundle import FORMAT, MANIFEST_JSON, SUMS

MAX_LIST_BYTES = 64 * 1024 * 1024
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

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


Opener = Callable[[], IO[bytes]]


def _safe_rel(name: str) -> str | None:
    """A normalised relative posix path, or None for anything that could escape."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or \
            re.match(r"^[A-Za-z]:", name):
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
                    problems.append(f"{full.relative_to(path).as_posix()} is a symbolic link; "
                                    "it was not followed.")
            for name in names:
                full = Path(folder) / name
                rel = full.relative_to(path).as_posix()
                if full.is_symlink() or not full.is_file():
                    problems.append(f"{rel} is a symbolic link or special file; it was not "
                                    "read.")
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
                problems.append(f"The zip holds a file with an unsafe name ({info.filename!r}); "
                                "it was not read.")
                continue
            members[safe] = info
        tops = {n.split("/", 1)[0] for n in members}
        prefix = ""
        if len(tops) == 1 and all("/" in n for n in members):
            prefix = next(iter(tops)) + "/"
        yield {name[len(prefix):]: (info.file_size, _zip_opener(zf, info))
               for name, info in members.items()}


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
        return BundleReport(False, [f"{path} is not a folder or a readable zip file "
                                    f"({type(exc).__name__})."], 0)


def _check(files: dict[str, tuple[int, Opener]], problems: list[str]) -> BundleReport:
    sums: dict[str, str] = {}
    if SUMS not in files:
        problems.append("SHA256SUMS is missing.")
    else:
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
    manifest: dict[str, Any] = {}
    listed: dict[str, tuple[str, int]] = {}
    if MANIFEST_JSON not in files:
        problems.append("manifest.json is missing.")
    else:
        raw = _read_small(files[MANIFEST_JSON][1])
        try:
            loaded = json.loads(raw or b"")
            manifest = loaded if isinstance(loaded, dict) else {}
        except (ValueError, RecursionError):
            manifest = {}
        if manifest.get("format") != FORMAT:
            problems.append("manifest.json is not a SafeLog bundle manifest.")
        for item in manifest.get("files") or []:
            if not isinstance(item, dict):
                continue
            rel = _safe_rel(str(item.get("path", "")))
            sha, size = str(item.get("sha256", "")).lower(), item.get("size")
            if rel is None or not isinstance(size, int):
                problems.append("manifest.json lists a file it does not describe properly.")
                continue
            listed[rel] = (sha, size)
        for exhibit in manifest.get("exhibits") or []:
            if isinstance(exhibit, dict) and exhibit.get("file"):
                rel = _safe_rel(str(exhibit["file"]))
                if rel and listed.get(rel, ("",))[0] != str(exhibit.get("sha256", "")).lower():
                    problems.append(f"manifest.json gives exhibit {exhibit.get('ref')} two "
                                    "different fingerprints.")
    checked = 0
    for rel in sorted(set(sums) | set(listed)):
        if rel == SUMS:
            problems.append("SHA256SUMS lists itself.")
            continue
        if rel not in files:
            problems.append(f"{rel} is missing.")
            continue
        expected = listed.get(rel)
        limit = expected[1] if expected else None
        actual, size, over = _hash(files[rel][1], limit)
        checked += 1
        if rel in sums and sums[rel] != actual:
            problems.append(f"{rel} has changed: its SHA-256 does not match SHA256SUMS.")
        if expected is not None:
            if over or size != expected[1]:
                problems.append(f"{rel} is not the size manifest.json records.")
            elif expected[0] != actual:
                problems.append(f"{rel} has changed: its SHA-256 does not match manifest.json.")
        if rel not in sums:
            problems.append(f"{rel} is in manifest.json but not in SHA256SUMS.")
        elif expected is None and rel != MANIFEST_JSON:
            problems.append(f"{rel} is in SHA256SUMS but not in manifest.json.")
    if MANIFEST_JSON in files and MANIFEST_JSON not in sums:
        problems.append("manifest.json is not covered by SHA256SUMS.")
    for rel in sorted(files):
        if rel not in sums and rel not in listed and rel not in (SUMS, MANIFEST_JSON):
            problems.append(f"{rel} is not part of the bundle (listed in neither "
                            "manifest.json nor SHA256SUMS).")
    return BundleReport(not problems, problems, checked,
                        document_id=str(manifest.get("document_id", "")), files=len(files))
