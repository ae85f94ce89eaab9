"""THREATS 35-36: two SafeLog programs on one vault.

The app holds the vault's lock file exclusively while it is unlocked: a command-line write is
refused with one sentence (exit 6) and writes nothing, and the lock goes when the holder dies.
Command-line writers share the lock and queue on SQLite's busy timeout: both succeed, or one
says the vault is busy. A backup taken while another process writes is a consistent snapshot.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from tests.integration.harness import (
    PASSPHRASE,
    Sandbox,
    close_pipes,
    file_hashes,
    one_sentence,
    problems_of,
    wait_for,
)


@pytest.fixture
def sandbox(tmp_path):
    return Sandbox(tmp_path / "sandbox")


@pytest.fixture
def made(vault_path):
    from safelog.incidents import store
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    vault, _ = Vault.create(vault_path, PASSPHRASE, owner_name="Amira Haddad")
    with vault:
        store.add_incident(vault, Incident("First", parse_when("2026-05-03 10:00")))
    return vault_path


def _count(path) -> int:
    from safelog.vault import Vault

    with Vault.open(path, PASSPHRASE) as vault:
        return vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]


def _consistent(path) -> None:
    from safelog.vault import Vault

    with Vault.open(path, PASSPHRASE) as vault:
        assert problems_of(vault) == []


def test_app_window_blocks_command_line_writes(made, sandbox):
    from safelog.errors import VaultInUse
    from safelog.vault import Vault

    with Vault.open(made, PASSPHRASE, exclusive=True):
        before = file_hashes(made)
        with pytest.raises(VaultInUse, match="already open in another SafeLog window"):
            Vault.open(made, PASSPHRASE, exclusive=True, wait=0)  # a second app window
        result = sandbox.run(
            "add", "--title", "while the app is open", "--when", "2026-05-04 10:00", vault=made
        )
        assert result.returncode == 6
        assert one_sentence(result.stderr)
        assert "open in the SafeLog app" in result.stderr
        assert result.stdout == ""
        assert file_hashes(made) == before  # it wrote nothing, not even the lock file
    assert _count(made) == 1


HOLDER = textwrap.dedent("""
    import sys
    from safelog.vault import Vault
    vault = Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"), exclusive=True)
    print("holding", flush=True)
    sys.stdin.read()
""")


def test_killed_holder_releases_the_lock(made, sandbox):
    from safelog.errors import VaultBusy
    from safelog.vault import Vault

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(made)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=sandbox.env(),
        cwd=sandbox.root,
    )
    try:
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(VaultBusy):
            Vault.open(made, PASSPHRASE, wait=0)
        os.kill(holder.pid, signal.SIGKILL)
        assert holder.wait(timeout=30) == -signal.SIGKILL
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        close_pipes(holder)
    result = sandbox.run(
        "add", "--title", "after the app died", "--when", "2026-05-04 10:00", vault=made
    )
    assert result.returncode == 0, result.stderr
    assert _count(made) == 2
    _consistent(made)


def test_two_command_line_writers_at_once(made, sandbox, tmp_path):
    narrative = tmp_path / "narrative.txt"
    narrative.write_text("A long account. " * 40_000, encoding="utf-8")
    procs = [
        sandbox.start(
            "add",
            "--json",
            "--title",
            f"Writer {n}",
            "--when",
            "2026-05-04 10:00",
            "--narrative-file",
            str(narrative),
            vault=made,
        )
        for n in range(4)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append((proc.returncode, out, err))
        close_pipes(proc)
    for code, _out, err in results:
        assert code in (0, 6), err
        if code == 6:
            assert one_sentence(err) and "busy" in err
    succeeded = sum(code == 0 for code, _, _ in results)
    assert succeeded >= 1
    assert _count(made) == 1 + succeeded
    ids = sorted(json.loads(out)["id"] for code, out, _ in results if code == 0)
    assert len(set(ids)) == len(ids)
    _consistent(made)


def test_write_waits_for_a_long_import(made, sandbox, tmp_path):
    """A second writer during a long import waits on the busy timeout, then succeeds or says
    busy; the import is never disturbed."""
    lab_rows = ["Date,What happened"] + [f"01/02/2026,row {n} " + "y" * 300 for n in range(4000)]
    diary = tmp_path / "diary.csv"
    diary.write_text("\n".join(lab_rows) + "\n", encoding="utf-8")
    importer = sandbox.start("import-log", str(diary), vault=made)
    try:
        assert wait_for(importer, lambda: (made / "vault.db-journal").exists(), timeout=60)
        writer = sandbox.start(
            "add", "--title", "during the import", "--when", "2026-05-04 10:00", vault=made
        )
        _w_out, w_err = writer.communicate(timeout=120)
        _i_out, i_err = importer.communicate(timeout=120)
    finally:
        close_pipes(importer)
    assert importer.returncode == 0, i_err
    assert writer.returncode in (0, 6), w_err
    if writer.returncode == 6:
        assert one_sentence(w_err) and "busy" in w_err
    assert _count(made) == 1 + 4000 + (writer.returncode == 0)
    _consistent(made)


@pytest.mark.parametrize("writer", ["import-log", "import"])
def test_backup_during_a_write_is_a_consistent_snapshot(made, sandbox, tmp_path, writer):
    from safelog.backup import restore
    from safelog.vault import Vault

    if writer == "import":
        source = tmp_path / "evidence.bin"
        source.write_bytes(os.urandom(30 << 20))
        argv = ["import", "--incident", "1", str(source)]
    else:
        source = tmp_path / "diary.csv"
        source.write_text(
            "Date,What happened\n"
            + "".join(f"02/02/2026,row {n} {'z' * 300}\n" for n in range(4000)),
            encoding="utf-8",
        )
        argv = ["import-log", str(source)]
    proc = sandbox.start(*argv, vault=made)
    try:
        assert wait_for(proc, lambda: (made / "vault.db-journal").exists(), timeout=60)
        backup = sandbox.run("backup", str(tmp_path / "during.backup"), vault=made)
        proc.communicate(timeout=120)
    finally:
        close_pipes(proc)
    assert proc.returncode == 0
    assert backup.returncode == 0, backup.stderr
    restored = tmp_path / "restored"
    restore(tmp_path / "during.backup", restored, passphrase=PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as vault:
        assert problems_of(vault) == []
        incidents = vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        exhibits = vault.conn.execute("SELECT count(*) FROM exhibits").fetchone()[0]
    if writer == "import":
        assert incidents == 1 and exhibits in (0, 1)
    else:
        assert incidents in (1, 4001)  # before or after the import, never part of it
    _consistent(made)
