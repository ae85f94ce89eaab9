"""Issue 16 item 3 (and issue 12 item 11): every file SafeLog creates is 0600, every folder 0700.

Under the usual umask 022 SQLCipher made vault.db and its journal 0644, restore wrote vault.key
0644 and ReportLab wrote dossier.pdf 0644; the vault's folder hid them, but files must not rely
on that (a copied folder, a backup tool, a vault on a shared drive).
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from safelog.backup import backup, restore
from safelog.dossier import DossierOptions, build_dossier
from safelog.evidence import import_files
from safelog.evidence.exporting import export_exhibit
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from safelog.logio.transfer import export_log
from safelog.vault import Vault
from tests.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def assert_private_tree(root: Path) -> None:
    assert mode(root) == 0o700, root
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            assert mode(Path(folder) / name) == 0o700, name
        for name in files:
            assert mode(Path(folder) / name) == 0o600, name


@pytest.fixture
def filled(tmp_path: Path) -> Vault:
    vault, _ = Vault.create(tmp_path / "new" / "parent" / "vault", PASSPHRASE)
    inc = add_incident(vault, Incident("Followed", parse_when("2026-05-03 10:00")))
    note = tmp_path / "note.txt"
    note.write_text("evidence")
    import_files(vault, inc.id, [note])
    yield vault
    vault.close()


def test_vault_files_folders_and_journal(filled, tmp_path):
    path = filled.path
    assert_private_tree(path)
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700  # made for it
    filled.conn.execute("BEGIN IMMEDIATE")
    try:
        filled.conn.execute("INSERT INTO settings VALUES ('journal-probe', 'x')")
        journal = path / "vault.db-journal"
        assert journal.exists()
        assert mode(journal) == 0o600
    finally:
        filled.conn.execute("ROLLBACK")


def test_backup_and_restore(filled, tmp_path):
    out = backup(filled, tmp_path / "safelog.backup")
    assert mode(out) == 0o600
    result = restore(out, tmp_path / "restored", passphrase=PASSPHRASE)
    assert_private_tree(result.path)
    filled.close()
    result = restore(out, filled.path, passphrase=PASSPHRASE)
    assert_private_tree(result.path)
    assert_private_tree(result.previous)


def test_exports_and_dossier(filled, tmp_path):
    for written in export_log(filled, tmp_path / "my-log"):
        assert mode(written) == 0o600, written
    export_exhibit(filled, f"{filled.initials}1", tmp_path / "exhibit.txt")
    assert mode(tmp_path / "exhibit.txt") == 0o600
    bundle = build_dossier(filled, tmp_path / "bundle", DossierOptions()).path
    assert_private_tree(bundle)
    assert mode(bundle / "dossier.pdf") == 0o600
    zipped = build_dossier(filled, tmp_path / "bundle2", DossierOptions(zip=True)).path
    assert mode(zipped) == 0o600


def test_vault_made_under_umask_022_by_an_older_safelog_is_tightened(tmp_path):
    path = tmp_path / "legacy"
    shutil.copytree(DATA / "vault-0.1", path, ignore=shutil.ignore_patterns("README.md"))
    for name in ("vault.db", "vault.key"):
        os.chmod(path / name, 0o644)
    Vault.open(path, PASSPHRASE).close()
    assert mode(path / "vault.db") == 0o600 and mode(path / "vault.key") == 0o600
