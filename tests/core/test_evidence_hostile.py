"""Hostile and broken files: stored byte-identical, read only as far as safe, never a hang.

THREATS.md cases 21-25 and 27: bombs, EPS renamed .jpg, truncated files, lying extensions, huge
metadata, hostile zip chat exports and hostile file names; plus a worker that hangs, crashes or
answers garbage.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from safelog.evidence import import_files, iter_exhibit_bytes, safe_text, sandbox, thumbnail
from safelog.evidence.metadata import images, parse
from safelog.progress import NEVER_CANCELLED
from tests.core.evidence_helpers import (
    EPS,
    PHOTOS,
    add_incident,
    chat_zip,
    deflate_bomb_zip,
    png_bomb,
)

pytestmark = pytest.mark.timeout(60)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def incident(vault, tmp_path, monkeypatch):
    tmpdir = tmp_path / "private-tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    add_incident(vault)
    yield 1
    assert list(tmpdir.iterdir()) == []  # nothing written to temp by parent or worker


def _import(vault, tmp_path: Path, name: str | bytes, data: bytes):
    path = tmp_path / os.fsdecode(name)
    path.write_bytes(data)
    [result] = import_files(vault, 1, [path])
    stored = b"".join(iter_exhibit_bytes(vault, result.exhibit.ref))
    assert stored == data and result.exhibit.sha256 == hashlib.sha256(data).hexdigest()
    return result


def test_decompression_bomb_png_is_stored_but_not_decoded(vault, incident, tmp_path):
    result = _import(vault, tmp_path, "bomb.png", png_bomb())
    assert result.exhibit.content_type == "image/png"
    assert thumbnail(vault, result.exhibit.ref) is None
    assert "too large to decode safely" in result.note


def test_eps_renamed_jpg_is_never_opened(vault, incident, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    marker = tmp_path / "gs-ran"
    fake_gs = bin_dir / "gs"
    fake_gs.write_text(f"#!/bin/sh\ntouch {marker}\n")
    fake_gs.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    result = _import(vault, tmp_path, "holiday.jpg", EPS)
    assert result.exhibit.content_type == "application/postscript"
    assert "never opens PostScript" in result.note
    assert "name ends in .jpg" in result.note
    assert thumbnail(vault, result.exhibit.ref) is None
    # Even handed straight to the image reader as a "JPEG", Pillow's allowlist refuses it.
    with pytest.raises(Exception, match="cannot identify"):
        images.open_image(EPS, "image/jpeg")
    assert not marker.exists()


def test_truncated_jpeg(vault, incident, tmp_path):
    data = (PHOTOS / "jpg_gps_DSCN0010.jpg").read_bytes()
    result = _import(vault, tmp_path, "cut.jpg", data[: len(data) // 2])
    assert result.exhibit.metadata["camera_model"] == "COOLPIX P6000"  # EXIF comes first
    assert "could not be decoded" in result.note


def test_lying_extension_is_reported_and_sniffed_type_used(vault, incident, tmp_path):
    png = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (64, 32), "red").save(png, "PNG")
    result = _import(vault, tmp_path, "statement.pdf", png.getvalue())
    assert result.exhibit.content_type == "image/png"
    assert "ends in .pdf but it contains a PNG image" in result.note
    assert thumbnail(vault, result.exhibit.ref).width == 64


def test_huge_metadata_is_bounded(vault, incident, tmp_path):
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "M" * 30_000  # Make
    exif[0x0110] = "X" * 30_000  # Model
    out = io.BytesIO()
    xmp = b"<x:xmpmeta>" + b"<rdf:li>spam</rdf:li>" * 2_000 + b"</x:xmpmeta>"
    Image.new("RGB", (32, 32)).save(out, "JPEG", exif=exif.tobytes(), xmp=xmp)
    result = _import(vault, tmp_path, "big-exif.jpg", out.getvalue())
    md = result.exhibit.metadata
    assert md["camera_make"] == "M" * 128 and len(md["camera_model"]) == 128


def test_deeply_nested_json_chat(vault, incident, tmp_path):
    data = b'{"messages": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    result = _import(vault, tmp_path, "result.json", data)
    assert result.exhibit.content_type == "application/json"
    assert result.exhibit.metadata.get("kind") in ("text", None)


def test_zip_chat_export_with_path_tricks(vault, incident, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    chat = b"22/11/2026, 09:16 - Amira: stop\n23/11/2026, 21:02 - Watcher: we see you\n"
    data = chat_zip(
        {
            "../../.bashrc": b"echo pwned\n",
            "/etc/evil": b"x",
            "WhatsApp Chat with Watcher.txt": chat,
            "IMG-1.jpg": b"\xff\xd8\xff",
            "_chat.txt": b"/etc/passwd",
        },
        links={"_chat.txt"},
    )
    result = _import(vault, tmp_path, "WhatsApp Chat with Watcher.zip", data)
    md = result.exhibit.metadata
    assert md["kind"] == "chat" and md["app"] == "WhatsApp"
    assert md["participants"] == ["Amira", "Watcher"]
    assert md["first_message"] == "2026-11-22T09:16:00"
    assert md["last_message"] == "2026-11-23T21:02:00"
    assert md["entries"] == 5 and md["media_files"] == 1  # the symlink was not followed
    home = Path(os.environ["HOME"])
    assert not (home / ".bashrc").exists() and not (tmp_path.parent / ".bashrc").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip") == [
        "WhatsApp Chat with Watcher.zip"
    ]


def test_zip_bomb_hits_the_cap(vault, incident, tmp_path):
    line = b"22/11/2026, 09:16 - Amira: again and again\n"
    data = deflate_bomb_zip("_chat.txt", 400 * 1024 * 1024, line)
    assert len(data) < 2 * 1024 * 1024
    result = _import(vault, tmp_path, "chat.zip", data)
    md = result.exhibit.metadata
    assert md["participants"] == ["Amira"]
    assert "Only the first 32 MiB" in result.note
    assert md["declared_size"] >= 400_000_000


def test_zip_with_too_many_entries(vault, incident, tmp_path):
    data = chat_zip({f"f{i}": b"" for i in range(10_001)}, stored=True)
    result = _import(vault, tmp_path, "many.zip", data)
    assert result.exhibit.metadata["entries"] == 10_001
    assert "too many to examine" in result.note


def test_hostile_names_are_stored_exactly_and_shown_safely(vault, incident, tmp_path):
    names = [
        "evil\u202egpj.exe",
        "two\nlines.jpg",
        os.fsdecode(b"bad-\xff\xfe.jpg"),
        "\u0645" * 127 + ".jpg",
    ]  # 254 characters, 510 bytes: longer than most disks allow
    data = (PHOTOS / "jpg_Sony_HDR-HC3.jpg").read_bytes()
    stored = []
    for name in names:
        path = tmp_path / "x.jpg" if len(os.fsencode(name)) > 255 else tmp_path / name
        path.write_bytes(data)
        [result] = import_files(vault, 1, [path.parent / name if path.name == name else path])
        stored.append(result.exhibit)
    assert stored[0].original_name == "evil\u202egpj.exe"
    assert stored[0].display_name == "evil\\u202egpj.exe"
    assert stored[1].display_name == "two\\x0alines.jpg"
    assert stored[2].original_name == "bad-\\xff\\xfe.jpg"
    for exhibit in stored:
        shown = exhibit.display_name
        assert "\n" not in shown and "\u202e" not in shown and len(shown) <= 81
    assert safe_text("\u0645" * 300, 80).endswith("…")


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_mutated_photos_never_raise_in_the_parsers():
    rng = random.Random(20261123)
    sources = [
        (PHOTOS / n).read_bytes()
        for n in ("jpg_Canon_40D.jpg", "tiff_Arbitro.tiff", "heic_samplefilehub.heif")
    ]
    kinds = ["image/jpeg", "image/tiff", "image/heic"]
    for _ in range(60):
        index = rng.randrange(len(sources))
        data = bytearray(sources[index])
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        parsed = parse(kinds[index], bytes(data), len(data))  # must not raise
        assert isinstance(parsed.metadata, dict)


# ----- the worker itself misbehaving ----------------------------------------------------------


def _fake_worker(monkeypatch, code: str, wall: float = 30.0) -> None:
    monkeypatch.setattr(sandbox, "worker_command", lambda: [sys.executable, "-c", code])
    monkeypatch.setattr(sandbox, "DEFAULT_LIMITS", sandbox.Limits(wall_seconds=wall))


@pytest.mark.timeout(20)
def test_a_hanging_worker_is_killed_and_the_exhibit_kept(vault, incident, tmp_path, monkeypatch):
    # a worker that never answers (no sleep: it blocks for good), killed at the wall limit
    _fake_worker(monkeypatch, "import threading\nthreading.Event().wait()", wall=1.0)
    result = _import(vault, tmp_path, "photo.jpg", (PHOTOS / "jpg_Canon_40D.jpg").read_bytes())
    assert "took too long" in result.note
    assert result.exhibit.metadata.get("camera_model") is None


def test_a_crashing_worker(vault, incident, tmp_path, monkeypatch):
    _fake_worker(monkeypatch, "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)")
    result = _import(vault, tmp_path, "photo.jpg", (PHOTOS / "jpg_Canon_40D.jpg").read_bytes())
    assert "could not be read" in result.note


@pytest.mark.parametrize(
    "reply",
    [
        b"garbage",
        b"SLW1\x00\x00\x00\x02{}",  # no images list, fine; but it must still be a dict
        b'SLW1\x00\x00\x00\x4c{"metadata": {}, "notes": [], "images": [{"kind": "thumbnail", '
        b'"width": 9999}]}',
    ],
)
def test_a_worker_answering_garbage(vault, incident, tmp_path, monkeypatch, reply):
    code = (
        f"import sys; sys.stdin.buffer.read(); sys.stdout.buffer.write({reply!r}); "
        "sys.stdout.flush()"
    )
    _fake_worker(monkeypatch, code)
    result = _import(vault, tmp_path, "photo.jpg", (PHOTOS / "jpg_Canon_40D.jpg").read_bytes())
    assert thumbnail(vault, result.exhibit.ref) is None


def test_memory_limit_stops_a_big_decode():
    data = png_bomb(8_000, 8_000)  # 64 Mpx: under the pixel limit, ~260 MB to decode and convert
    outcome = sandbox.run_parser(
        "image/png",
        len(data),
        [data],
        len(data),
        cancel=NEVER_CANCELLED,
        limits=sandbox.Limits(memory=200 * 1024 * 1024),
    )
    assert outcome.failure == "memory"
    assert "more memory than SafeLog allows" in outcome.failure_note


def test_worker_limits_itself(tmp_path):
    code = textwrap.dedent("""
        import ctypes, errno, resource, sys
        from safelog.evidence.worker import limit_self
        limit_self(512 * 1024 * 1024, 5)
        assert resource.getrlimit(resource.RLIMIT_AS) == (512 * 1024 * 1024,) * 2
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
        assert resource.getrlimit(resource.RLIMIT_CPU)[0] == 5
        assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 0  # PR_GET_DUMPABLE
        try:
            with open(sys.argv[1], "wb") as f:
                f.write(b"decrypted evidence")
        except OSError as exc:
            assert exc.errno == errno.EFBIG
        else:
            raise SystemExit("a file was written")
        try:
            bytearray(600 * 1024 * 1024)
        except MemoryError:
            print("limited")
    """)
    target = tmp_path / "leak.bin"
    out = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "limited"
    assert not target.exists() or target.stat().st_size == 0
