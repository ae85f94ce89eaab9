"""THREATS 19-20: a full disk is one sentence (exit 11), the vault stays consistent and nothing
earlier is lost; a passphrase change that cannot be completed leaves the old passphrase working.

The vault lives on an 8 MiB tmpfs (when this runs as root and may mount one), filled to within a
few KiB of full, so each command fails at a different step: creating the journal, growing the
database, writing the new key file, writing a backup or an export. Where mounting is not
possible the same commands run under RLIMIT_FSIZE instead (SIGXFSZ ignored, so writes fail
with EFBIG, as on a FAT32 stick at 4 GiB): that variant always runs, because SQLite reports
EFBIG as a "disk I/O error", not as "disk full", and that mapping needs its own test.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.integration.harness import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Sandbox,
    one_sentence,
    problems_of,
    slow,
    which_open,
)

resource = pytest.importorskip("resource", reason="RLIMIT_FSIZE and tmpfs are POSIX")
KIB = 1024
SHORT_MARGINS = [0, 16 * KIB]
LONG_MARGINS = [0, 4 * KIB, 16 * KIB, 64 * KIB, 160 * KIB, 400 * KIB]


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def small_disk(tmp_path):
    """An 8 MiB tmpfs, unmounted afterwards; skips where it cannot be mounted."""
    if not _can_mount():
        pytest.skip("needs root to mount a tmpfs (the RLIMIT_FSIZE tests cover the rest)")
    mountpoint = tmp_path / "small-disk"
    mountpoint.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        if subprocess.run(["umount", str(mountpoint)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system holding ``folder``, then give back ``leave`` bytes."""
    filler = folder / "filler"
    block = b"\0" * (64 * KIB)
    with open(filler, "wb", buffering=0) as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(block)
    with open(filler, "ab", buffering=0) as handle:  # top up the last partial block
        for size in (4 * KIB, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    size = filler.stat().st_size
    os.truncate(filler, max(size - leave, 0))
    return filler


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("disk-inputs")
    (folder / "narrative.txt").write_text("Long account of the day. " * 8000, encoding="utf-8")
    (folder / "evidence.bin").write_bytes(os.urandom(600 * KIB))
    rows = ["Date,Time,Location,What happened"] + [
        f"{1 + n % 28:02d}/03/2026,10:{n % 60:02d},Street {n},Row {n} of the diary " + "x" * 200
        for n in range(500)
    ]
    (folder / "diary.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _ops(inputs: Path, disk: Path) -> dict[str, list[str]]:
    ops = {
        "add": [
            "add",
            "--title",
            "Added on a full disk",
            "--when",
            "2026-05-04 10:00",
            "--narrative-file",
            str(inputs / "narrative.txt"),
        ],
        "edit": ["edit", "1", "--narrative-file", str(inputs / "narrative.txt")],
        "checklist": [
            "checklist",
            "set",
            "accounts",
            "email-password",
            "done",
            "--note",
            "checked on a full disk",
        ],
        "import-log": ["import-log", str(inputs / "diary.csv")],
        "export-log": ["export-log", str(disk / "export.json")],
        "backup": ["backup", str(disk / "vault.backup")],
        "passwd": ["passwd"],
    }
    ops["import"] = ["import", "--incident", "1", str(inputs / "evidence.bin")]
    return ops


def _make_vault(path: Path) -> dict[str, object]:
    """A vault with earlier records; returns what must survive."""
    from safelog import custody
    from safelog.incidents import store
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    vault, recovery = Vault.create(path, PASSPHRASE, owner_name="Amira Haddad")
    with vault:
        for n in range(3):
            store.add_incident(
                vault,
                Incident(
                    f"Earlier incident {n}",
                    parse_when(f"2026-03-0{n + 1} 09:00"),
                    narrative=f"Recorded before the disk filled {n}",
                ),
            )
        return {
            "docs": {
                i.id: json.dumps(i.to_doc(), sort_keys=True) for i in store.list_incidents(vault)
            },
            "head": custody.head(vault.conn)[1],
            "recovery": recovery,
            "header": (path / "vault.key").read_bytes(),
        }


def _check_after(path: Path, before: dict[str, object], name: str, code: int) -> None:
    from safelog import custody
    from safelog.incidents import store
    from safelog.vault import Vault

    works = which_open(path, [PASSPHRASE, NEW_PASSPHRASE])
    if code != 0 or name != "passwd":
        assert works == [PASSPHRASE], f"{name}: after exit {code} the old passphrase must open"
    else:
        assert works == [NEW_PASSPHRASE]
    if code != 0:
        assert (path / "vault.key").read_bytes() == before["header"], "key file changed"
    with Vault.open(path, works[0]) as vault:
        assert problems_of(vault) == []
        docs = {i.id: json.dumps(i.to_doc(), sort_keys=True) for i in store.list_incidents(vault)}
        for incident_id, doc in before["docs"].items():  # type: ignore[union-attr]
            if code == 0 and name == "edit" and incident_id == 1:
                continue
            assert docs.get(incident_id) == doc, f"incident {incident_id} changed or was lost"
        if code != 0:
            assert docs == before["docs"], f"{name} failed but added or changed incidents"
            assert custody.head(vault.conn)[1] == before["head"], "custody log changed"
        assert custody.verify_chain(vault.conn, [before["head"]]).contains[before["head"]]
    Vault.open(path, recovery_key=before["recovery"]).close()  # type: ignore[arg-type]


def _stdin(name: str) -> str:
    return f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n" if name == "passwd" else PASSPHRASE + "\n"


def _run_on_small_disk(sandbox: Sandbox, disk: Path, inputs: Path, name: str, margin: int) -> None:
    vault = disk / "vault"
    before = _make_vault(vault)
    argv = _ops(inputs, disk)[name]
    filler = fill(disk, margin)
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    result = sandbox.run(*argv, vault=vault, stdin=_stdin(name))
    if margin == 0:
        assert result.returncode == 11, (name, free, result.returncode, result.stderr)
    assert result.returncode in (0, 11), (name, margin, result.returncode, result.stderr)
    if result.returncode == 11:
        assert one_sentence(result.stderr), result.stderr
        assert "disk" in result.stderr.lower()
        extra = sorted(p.name for p in disk.iterdir()) + sorted(p.name for p in vault.iterdir())
        assert extra == ["filler", "vault", "vault.db", "vault.key", "vault.lock"], (
            f"{name} left files behind after failing: {extra}"
        )
    filler.unlink()
    _check_after(vault, before, name, result.returncode)
    shutil.rmtree(vault)
    for leftover in disk.iterdir():
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


OP_NAMES = ["add", "edit", "checklist", "import-log", "export-log", "backup", "passwd", "import"]


@pytest.mark.parametrize("name", OP_NAMES)
def test_full_disk_is_one_sentence_and_loses_nothing(small_disk, inputs, tmp_path, name):
    if name not in _ops(inputs, small_disk):
        pytest.skip("safelog-cli import is not available yet")
    sandbox = Sandbox(tmp_path / "sandbox")
    for margin in SHORT_MARGINS:
        _run_on_small_disk(sandbox, small_disk, inputs, name, margin)


@slow
@pytest.mark.slow
@pytest.mark.parametrize("name", OP_NAMES)
def test_full_disk_at_many_margins(small_disk, inputs, tmp_path, name):
    if name not in _ops(inputs, small_disk):
        pytest.skip("safelog-cli import is not available yet")
    sandbox = Sandbox(tmp_path / "sandbox")
    for margin in LONG_MARGINS:
        _run_on_small_disk(sandbox, small_disk, inputs, name, margin)


def test_passphrase_change_that_cannot_be_recorded_keeps_the_old_one(small_disk, tmp_path):
    """Case 20: room for the new key file but not for the database's journal. Before the fix
    the new key file stayed in place while the person was told nothing had changed."""
    vault = small_disk / "vault"
    before = _make_vault(vault)
    filler = fill(small_disk, 16 * KIB)
    result = Sandbox(tmp_path / "sandbox").run("passwd", vault=vault, stdin=_stdin("passwd"))
    assert result.returncode == 11 and one_sentence(result.stderr), result.stderr
    filler.unlink()
    assert which_open(vault, [PASSPHRASE, NEW_PASSPHRASE]) == [PASSPHRASE]
    assert (vault / "vault.key").read_bytes() == before["header"]


# ----- RLIMIT_FSIZE: writes fail with EFBIG ---------------------------------------------------


def _limit(size: int):
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return preexec


@pytest.mark.parametrize("name", ["add", "passwd", "backup", "import"])
@pytest.mark.parametrize("limit", [1000, 70 * KIB])
def test_file_size_limit_is_reported_as_a_full_disk(tmp_path, inputs, name, limit):
    folder = tmp_path / "disk"
    folder.mkdir()
    ops = _ops(inputs, folder)
    if name not in ops:
        pytest.skip("safelog-cli import is not available yet")
    vault = folder / "vault"
    before = _make_vault(vault)
    result = Sandbox(tmp_path / "sandbox").run(
        *ops[name], vault=vault, stdin=_stdin(name), preexec_fn=_limit(limit)
    )
    assert result.returncode == 11, (result.returncode, result.stderr)
    assert one_sentence(result.stderr), result.stderr
    assert "disk" in result.stderr.lower()
    assert "damaged" not in result.stderr.lower() and "read" not in result.stderr.lower()
    assert sorted(p.name for p in folder.iterdir()) == ["vault"]
    _check_after(vault, before, name, result.returncode)


def test_efbig_is_the_errno_we_simulate(tmp_path):
    """Guard for the RLIMIT_FSIZE variant: with SIGXFSZ ignored a write past the limit fails
    with EFBIG instead of killing the process."""
    code = (
        "import errno, os, sys\n"
        "try:\n    os.write(os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT), b'x' * 5000)\n"
        "    os.write(os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND), b'x' * 5000)\n"
        "except OSError as exc:\n    print(errno.errorcode[exc.errno])\n"
    )
    import sys

    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "f")],
        text=True,
        capture_output=True,
        preexec_fn=_limit(4096),
        check=False,
    ).stdout
    assert out.strip() == "EFBIG"
