"""The bundle's originals are flushed on a background thread: none lost, reordered, changed,
and no fsync error swallowed."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import threading
from pathlib import Path

import pytest

from safelog import custody
from safelog.dossier import DossierOptions, build_dossier, flush
from safelog.errors import DiskFull, ExportFailed
from safelog.evidence import import_files, iter_exhibit_bytes, list_exhibits
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from tests.core.dossier_case import jpeg


@pytest.fixture
def photos(vault, tmp_path):
    """One incident with six photos of different sizes and contents."""
    iid = add_incident(
        vault,
        Incident(
            title="Followed from the station",
            when=parse_when("2026-03-01 08:15", tz="Europe/London"),
            category="following",
            narrative="A man in a grey car followed me.",
        ),
    )
    folder = tmp_path / "photos"
    folder.mkdir()
    paths = [jpeg(folder / f"photo_{n}.jpg", 20 + 30 * n) for n in range(6)]
    import_files(vault, iid.id, paths)
    return paths


def _files(tmp_path: Path, count: int) -> list[Path]:
    out = []
    for n in range(count):
        path = tmp_path / f"f{n}"
        path.write_bytes(os.urandom(1000 + n))
        out.append(path)
    return out


def test_every_file_is_flushed_once_in_the_order_given(tmp_path, monkeypatch):
    files = _files(tmp_path, 40)
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(flush.os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    threads: set[str] = set()
    real_path = flush.fsync_path

    def spy(path: Path) -> None:
        threads.add(threading.current_thread().name)
        real_path(path)

    monkeypatch.setattr(flush, "fsync_path", spy)
    with flush.Flusher() as flusher:
        for path in files:
            flusher.add(path)
        flusher.finish()
        assert flusher.flushed == files
    assert len(synced) == 40
    assert threads == {"safelog-flush"}  # not the caller's thread


@pytest.mark.parametrize(("code", "error"), [(errno.EIO, ExportFailed), (errno.ENOSPC, DiskFull)])
def test_a_failed_fsync_is_raised_on_finish(tmp_path, monkeypatch, code, error):
    files = _files(tmp_path, 10)
    real = flush.fsync_path

    def failing(path: Path) -> None:
        if path == files[3]:
            raise OSError(code, os.strerror(code))
        real(path)

    monkeypatch.setattr(flush, "fsync_path", failing)
    flusher = flush.Flusher()
    for path in files:
        flusher.add(path)
    with pytest.raises(error):
        flusher.finish()
    assert flusher.flushed == files[:3]  # nothing after the failure is reported as flushed


def test_an_error_in_the_export_wins_and_the_thread_stops(tmp_path, monkeypatch):
    files = _files(tmp_path, 5)
    monkeypatch.setattr(flush, "fsync_path", lambda path: (_ for _ in ()).throw(OSError(5, "x")))
    with pytest.raises(KeyError), flush.Flusher() as flusher:
        for path in files:
            flusher.add(path)
        raise KeyError("cancelled")
    assert not any(t.name == "safelog-flush" for t in threading.enumerate())


def test_bundle_originals_are_the_exhibits_bytes_in_manifest_order(
    vault, photos, tmp_path, monkeypatch
):
    seen: list[flush.Flusher] = []
    real_init = flush.Flusher.__init__

    def remember(self: flush.Flusher) -> None:
        real_init(self)
        seen.append(self)

    monkeypatch.setattr(flush.Flusher, "__init__", remember)
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    manifest = json.loads((result.path / "manifest.json").read_text())
    exhibits = manifest["exhibits"]
    assert len(exhibits) == len(photos) == len(list_exhibits(vault))
    for item in exhibits:
        data = (result.path / item["file"]).read_bytes()
        assert data == b"".join(iter_exhibit_bytes(vault, item["ref"]))
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
    flushed = [p.relative_to(p.parents[1]).as_posix() for p in seen[0].flushed]
    assert flushed == [item["file"] for item in exhibits]


def test_a_flush_error_stops_the_export_with_nothing_published(
    vault, photos, tmp_path, monkeypatch
):
    def failing(path: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(flush, "fsync_path", failing)
    before = custody.head(vault.conn)
    with pytest.raises(ExportFailed):
        build_dossier(vault, tmp_path / "bundle", DossierOptions())
    assert not (tmp_path / "bundle").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bundle")]
    assert custody.head(vault.conn) == before  # no dossier.export entry
