"""All or nothing: cancel, failures, a full disk and SIGKILL leave every exhibit whole or absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from safelog.db import dbapi2
from safelog.errors import Cancelled, DiskFull
from safelog.evidence import import_files, list_exhibits, sandbox, store, verify_exhibits
from safelog.progress import CancelToken
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.evidence_helpers import PHOTOS, add_incident, table_counts

pytestmark = pytest.mark.timeout(60)
MiB = 1024 * 1024


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "video.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(6 * MiB))
    return path


@pytest.fixture
def before(vault):
    add_incident(vault)
    import_files(vault, 1, [PHOTOS / "jpg_Canon_40D.jpg"])  # earlier work that must survive
    return table_counts(vault)


def test_cancel_mid_file_leaves_nothing(vault, before, big_file):
    token = CancelToken()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        token.cancel()  # after the first chunk

    with pytest.raises(Cancelled):
        import_files(vault, 1, [big_file], progress=progress, cancel=token)
    assert seen == [store.CHUNK_SIZE]
    assert table_counts(vault) == before
    assert verify_exhibits(vault) == []


def test_cancel_in_a_batch_keeps_none_of_it(vault, before, big_file):
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > 6 * MiB:  # well into the second file
            token.cancel()

    second = big_file.with_name("second.mp4")
    second.write_bytes(os.urandom(3 * MiB))
    with pytest.raises(Cancelled):
        import_files(vault, 1, [big_file, second], progress=progress, cancel=token)
    assert table_counts(vault) == before


def test_cancel_while_the_worker_reads_it(vault, before, monkeypatch):
    token = CancelToken()
    real = sandbox.run_parser

    def cancel_then_run(*args, **kwargs):
        token.cancel()
        return real(*args, **kwargs)

    monkeypatch.setattr(sandbox, "run_parser", cancel_then_run)
    with pytest.raises(Cancelled):
        import_files(vault, 1, [PHOTOS / "jpg_Nikon_D70.jpg"], cancel=token)
    assert table_counts(vault) == before


@pytest.mark.parametrize(
    "error, expected",
    [
        (RuntimeError("simulated failure"), RuntimeError),
        (dbapi2.OperationalError("database or disk is full"), DiskFull),
    ],
)
def test_failure_after_some_chunks_leaves_nothing(
    vault, before, big_file, monkeypatch, error, expected
):
    real = store.insert_chunk
    calls = []

    def failing(conn, blob_id, seq, data):
        calls.append(seq)
        if len(calls) > 3:
            raise error
        real(conn, blob_id, seq, data)

    monkeypatch.setattr(store, "insert_chunk", failing)
    with pytest.raises(expected):
        import_files(vault, 1, [big_file])
    assert table_counts(vault) == before
    assert [e.ref for e in list_exhibits(vault)] == ["AH1"]


_KILLED_IMPORT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from safelog.vault import Vault
    from safelog.evidence import import_files

    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    def progress(done, total):
        print(done, flush=True)
    import_files(vault, 1, [sys.argv[3]], progress=progress)
    print("done", flush=True)
""")


@pytest.mark.parametrize("kill_after", [1, 4])
def test_sigkill_during_import(vault, vault_path, before, tmp_path, kill_after):
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(24 * MiB))
    vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_IMPORT, str(vault_path), PASSPHRASE, str(source)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert proc.stdout is not None
    for _ in range(kill_after):
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert table_counts(reopened) == before  # rolled back from the journal at open
        assert verify_exhibits(reopened) == []
    finally:
        reopened.close()
