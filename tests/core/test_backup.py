"""Backup and restore: one self-checking file; a damaged backup changes nothing."""

from __future__ import annotations

import hashlib

import pytest

from safelog.backup import backup, restore
from safelog.errors import (
    BackupInvalid,
    Cancelled,
    ExportFailed,
    OtherVaultBackup,
    WrongPassphrase,
)
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from safelog.progress import CancelToken
from safelog.vault import Vault
from tests.conftest import PASSPHRASE


def fingerprint(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


@pytest.fixture
def backed_up(vault, tmp_path):
    for n in range(30):
        store.add_incident(
            vault,
            Incident(
                f"incident {n}", parse_when("2026-05-03 10:00"), narrative="BACKUP-CANARY " * 50
            ),
        )
    return backup(vault, tmp_path / "safelog.backup")


def test_backup_is_encrypted_and_restores_to_a_new_place(backed_up, tmp_path):
    assert b"BACKUP-CANARY" not in backed_up.read_bytes()
    result = restore(backed_up, tmp_path / "restored", passphrase=PASSPHRASE)
    assert result.previous is None
    with Vault.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert store.count_incidents(restored) == 30


def test_restore_with_recovery_key(vault_path, tmp_path):
    vault, recovery = Vault.create(tmp_path / "v2", PASSPHRASE)
    with vault:
        store.add_incident(vault, Incident("x", parse_when("2026-05-03 10:00")))
        path = backup(vault, tmp_path / "b")
    restore(path, tmp_path / "r", recovery_key=recovery)
    Vault.open(tmp_path / "r", PASSPHRASE).close()


def test_restore_over_existing_vault_keeps_the_old_one(backed_up, vault, vault_path):
    store.add_incident(vault, Incident("after the backup", parse_when("2026-05-04 10:00")))
    vault.close()
    result = restore(backed_up, vault_path, passphrase=PASSPHRASE)
    assert result.previous is not None and result.previous.exists()
    with Vault.open(vault_path, PASSPHRASE) as restored:
        assert store.count_incidents(restored) == 30
    with Vault.open(result.previous, PASSPHRASE) as old:
        assert store.count_incidents(old) == 31


@pytest.mark.parametrize("damage", ["flip", "truncate", "append"])
def test_damaged_backup_is_refused_and_changes_nothing(backed_up, vault, vault_path, damage):
    vault.close()
    raw = bytearray(backed_up.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "truncate":
        raw = raw[: len(raw) - 5000]
    else:
        raw += b"extra"
    backed_up.write_bytes(bytes(raw))
    before = fingerprint(vault_path)
    with pytest.raises(BackupInvalid):
        restore(backed_up, vault_path, passphrase=PASSPHRASE)
    assert fingerprint(vault_path) == before
    assert sorted(p.name for p in vault_path.parent.iterdir() if "restoring" in p.name) == []


def test_wrong_passphrase_for_backup(backed_up, tmp_path):
    with pytest.raises(WrongPassphrase):
        restore(backed_up, tmp_path / "r", passphrase="not the passphrase at all")
    assert not (tmp_path / "r").exists()


def test_backup_refuses_existing_target_and_cancel_leaves_nothing(vault, tmp_path):
    (tmp_path / "exists").write_text("mine")
    with pytest.raises(ExportFailed):
        backup(vault, tmp_path / "exists")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        backup(vault, tmp_path / "cancelled", cancel=token)
    assert sorted(p.name for p in tmp_path.iterdir() if "cancelled" in p.name) == []


def test_cli_backup_and_restore(cli, vault, tmp_path):
    vault.close()
    out = tmp_path / "cli.backup"
    assert cli("backup", str(out), "--passphrase-stdin").code == 0
    result = cli("restore", str(out), "--passphrase-stdin")
    assert result.code == 0, result.err
    assert "kept at" in result.out
    out.write_bytes(out.read_bytes()[:-10])
    assert cli("restore", str(out), "--passphrase-stdin").code == 16


def test_backup_of_another_vault_is_refused_unless_confirmed(backed_up, tmp_path):
    """Issue 16 item 5: a different vault's backup never silently replaces this one."""
    other_path = tmp_path / "other"
    other, _ = Vault.create(other_path, PASSPHRASE)
    with other:
        store.add_incident(
            other, Incident("only in the other vault", parse_when("2026-05-05 10:00"))
        )
    before = fingerprint(other_path)
    with pytest.raises(OtherVaultBackup) as caught:
        restore(backed_up, other_path, passphrase=PASSPHRASE)
    assert "different vault" in caught.value.sentence
    assert caught.value.exit_code == 18
    assert fingerprint(other_path) == before
    assert (
        sorted(
            p.name
            for p in tmp_path.iterdir()
            if "restoring" in p.name or "before-restore" in p.name
        )
        == []
    )
    result = restore(backed_up, other_path, passphrase=PASSPHRASE, replace_other_vault=True)
    assert result.previous is not None
    with Vault.open(result.previous, PASSPHRASE) as old:
        assert [s.title for s in store.list_summaries(old)] == ["only in the other vault"]
    with Vault.open(other_path, PASSPHRASE) as restored:
        assert store.count_incidents(restored) == 30


def test_this_vault_is_recognised_by_its_key_file_when_its_database_is_unreadable(
    backed_up, vault, vault_path
):
    """The key file's MAC names the vault without any key derivation (issue 16 items 5, 6)."""
    vault.change_passphrase("a completely different phrase of seven words")
    vault.close()
    db = vault_path / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[100] ^= 0xFF  # page 1: the database no longer opens
    db.write_bytes(bytes(raw))
    # The backup's passphrase is the old one, the key file now holds the new one.
    result = restore(backed_up, vault_path, passphrase=PASSPHRASE)
    assert result.previous is not None


def test_unreadable_vault_without_key_file_needs_confirmation(backed_up, vault, vault_path):
    vault.close()
    (vault_path / "vault.key").unlink()
    db = vault_path / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[:64] = bytes(64)
    db.write_bytes(bytes(raw))
    with pytest.raises(OtherVaultBackup, match="cannot tell"):
        restore(backed_up, vault_path, passphrase=PASSPHRASE)
    result = restore(backed_up, vault_path, passphrase=PASSPHRASE, replace_other_vault=True)
    assert result.previous is not None


def test_backup_of_this_vault_with_damaged_pages_needs_no_confirmation(
    backed_up, vault, vault_path
):
    vault.close()
    db = vault_path / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[100] ^= 0xFF
    db.write_bytes(bytes(raw))
    result = restore(backed_up, vault_path, passphrase=PASSPHRASE)
    assert result.previous is not None


def test_cli_restore_of_another_vault(cli, backed_up, vault, tmp_path):
    vault.close()
    other_path = tmp_path / "other"
    Vault.create(other_path, PASSPHRASE)[0].close()
    refused = cli(
        "restore", str(backed_up), "--passphrase-stdin", "--vault", str(other_path), vault=False
    )
    assert refused.code == 18
    assert "different vault" in refused.err and "--replace-other-vault" in refused.err
    done = cli(
        "restore",
        str(backed_up),
        "--passphrase-stdin",
        "--replace-other-vault",
        "--vault",
        str(other_path),
        vault=False,
    )
    assert done.code == 0, done.err
    assert "kept at" in done.out
