"""Export never overwrites or follows links; verify and viewing catch altered content."""

from __future__ import annotations

import pytest

from safelog import custody
from safelog.errors import Cancelled, DatabaseDamaged, ExportFailed
from safelog.evidence import export_exhibit, import_files, read_exhibit_bytes, verify_exhibits
from safelog.progress import CancelToken
from tests.core.evidence_helpers import PHOTOS, add_incident

pytestmark = pytest.mark.timeout(60)
SOURCE = PHOTOS / "jpg_gps_DSCN0012.jpg"


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def ref(vault):
    add_incident(vault)
    import_files(vault, 1, [SOURCE])
    import_files(vault, 1, [SOURCE])  # AH2 shares AH1's stored copy
    return "AH1"


def _exports(vault) -> int:
    return sum(1 for e in custody.entries(vault.conn) if e.action == "exhibit.export")


def test_export_refuses_existing_files_and_symlinks(vault, ref, out_dir):
    tmp_path = out_dir
    existing = tmp_path / "existing.jpg"
    existing.write_bytes(b"keep me")
    link = tmp_path / "link.jpg"
    link.symlink_to(tmp_path / "elsewhere.jpg")  # dangling: following it would create a file
    for target in (existing, link):
        with pytest.raises(ExportFailed, match="already exists"):
            export_exhibit(vault, ref, target)
    assert existing.read_bytes() == b"keep me"
    assert not (tmp_path / "elsewhere.jpg").exists()
    with pytest.raises(ExportFailed, match="does not exist"):
        export_exhibit(vault, ref, tmp_path / "no-such-folder" / "x.jpg")
    assert _exports(vault) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.jpg", "link.jpg"]


def test_cancelled_export_leaves_no_file(vault, ref, out_dir):
    tmp_path = out_dir
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_exhibit(vault, ref, tmp_path / "out.jpg", cancel=token)
    assert list(tmp_path.iterdir()) == [] and _exports(vault) == 0


def test_verify_finds_altered_and_missing_content(vault, ref, out_dir):
    tmp_path = out_dir
    assert verify_exhibits(vault) == []
    conn = vault.conn
    conn.execute("UPDATE chunks SET data = zeroblob(length(data)) WHERE seq = 0")
    assert verify_exhibits(vault) == [
        "Exhibit AH1 does not match its SHA-256.",
        "Exhibit AH2 does not match its SHA-256.",
    ]
    with pytest.raises(DatabaseDamaged, match="does not match its SHA-256"):
        read_exhibit_bytes(vault, ref, 10**7)
    with pytest.raises(DatabaseDamaged, match="does not match"):
        export_exhibit(vault, ref, tmp_path / "out.jpg")
    assert list(tmp_path.iterdir()) == [] and _exports(vault) == 0
    conn.execute("DELETE FROM chunks WHERE seq = 0")
    assert verify_exhibits(vault) == [
        "Exhibit AH1 is missing part of its content.",
        "Exhibit AH2 is missing part of its content.",
    ]


def test_verify_reports_progress_and_cancels(vault, ref):
    seen = []
    verify_exhibits(vault, progress=lambda done, total: seen.append((done, total)))
    size = SOURCE.stat().st_size
    assert seen[-1] == (size, size)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        verify_exhibits(vault, cancel=token)


def test_killed_export_leaves_no_plaintext_copy(vault, out_dir, tmp_path):
    """A kill mid-export must not leave a hidden, half-written plaintext exhibit behind."""
    import os
    import signal
    import subprocess
    import sys
    import textwrap

    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))  # several chunks
    incident = add_incident(vault)
    ref = import_files(vault, incident, [big])[0].exhibit.ref
    vault_path = vault.path
    vault.close()
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from safelog.evidence import export_exhibit
        from safelog.vault import Vault

        def progress(done, total):
            print("step", flush=True)
            sys.stdin.readline()  # wait for ever: the parent kills us mid-file

        v = Vault.open(Path({str(vault_path)!r}), "correct horse battery staple orbit")
        export_exhibit(v, {ref!r}, Path({str(out_dir / "out.bin")!r}), progress=progress)
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "step\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert list(out_dir.iterdir()) == []
