"""The vault: creation, unlocking, distinct errors, and that failures change no byte."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from safelog import custody
from safelog.errors import (
    DatabaseDamaged,
    HeaderDamaged,
    HeaderMissing,
    InvalidInput,
    NoVault,
    VaultBusy,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from safelog.header import read_header
from safelog.vault import DB_FILE, HEADER_FILE, Vault
from tests.conftest import PASSPHRASE


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def closed_vault(vault_path: Path) -> tuple[Path, str]:
    vault, recovery = Vault.create(vault_path, PASSPHRASE, owner_name="Amira Haddad")
    vault.close()
    return vault_path, recovery


def test_create_writes_no_plain_sqlite_and_a_header_without_personal_data(closed_vault):
    path, _ = closed_vault
    assert sorted(p.name for p in path.iterdir()) == ["vault.db", "vault.key", "vault.lock"]
    for file in path.iterdir():
        assert not file.read_bytes().startswith(b"SQLite format 3")
    header_text = (path / HEADER_FILE).read_text()
    assert "Amira" not in header_text and "Haddad" not in header_text
    document = json.loads(header_text)
    assert {s["kind"] for s in document["slots"]} == {"passphrase", "recovery"}


def test_open_with_passphrase_and_recovery_key(closed_vault):
    path, recovery = closed_vault
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.initials == "AH"
        assert custody.head(vault.conn)[0] == 1
    messy = recovery.lower().replace("-", " ").replace("0", "o")
    with Vault.open(path, recovery_key=messy) as vault:
        assert vault.setting("owner_name") == "Amira Haddad"


def test_recovery_key_typo_is_refused_before_any_key_derivation(closed_vault):
    path, recovery = closed_vault
    first = recovery[0]
    typo = ("1" if first != "1" else "2") + recovery[1:]
    with pytest.raises(InvalidInput, match="typo"):
        Vault.open(path, recovery_key=typo)


def test_wrong_passphrase_changes_nothing(closed_vault):
    path, _ = closed_vault
    before = fingerprint(path)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(path, "not the right passphrase at all")
    assert not isinstance(caught.value, WrongRecoveryKey)
    assert fingerprint(path) == before


def test_wrong_recovery_key_is_its_own_message(closed_vault):
    from safelog.secrets import new_recovery_key

    path, _ = closed_vault
    with pytest.raises(WrongRecoveryKey):
        Vault.open(path, recovery_key=new_recovery_key())


@pytest.mark.parametrize("bad", ["", "   \t", "x" * 1_000_000])
def test_empty_or_huge_passphrase_refused_before_touching_files(tmp_path, bad):
    with pytest.raises(InvalidInput):
        Vault.open(tmp_path / "nowhere", bad)
    assert not (tmp_path / "nowhere").exists()


def test_nfc_and_nfd_passphrases_open_the_same_vault(vault_path):
    phrase = "café rosé ژاله باران دریا"
    vault, _ = Vault.create(vault_path, unicodedata.normalize("NFD", phrase), check_strength=False)
    vault.close()
    Vault.open(vault_path, unicodedata.normalize("NFC", phrase)).close()


def test_weak_passphrase_refused_with_reason(vault_path):
    with pytest.raises(WeakPassphrase) as caught:
        Vault.create(vault_path, "password123")
    assert "guess" in caught.value.sentence
    assert not vault_path.exists()


def test_create_refuses_existing_vault(closed_vault):
    path, _ = closed_vault
    with pytest.raises(VaultExists):
        Vault.create(path, PASSPHRASE)


def test_change_passphrase_rewraps_without_rewriting_database(closed_vault):
    path, recovery = closed_vault
    db_before = hashlib.sha256((path / DB_FILE).read_bytes()).hexdigest()
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase("a completely different phrase of seven words")
        db_pages = (path / DB_FILE).read_bytes()
    # Only the custody entry changed the database; the master key did not change.
    assert hashlib.sha256(db_pages).hexdigest() != db_before
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    Vault.open(path, "a completely different phrase of seven words").close()
    Vault.open(path, recovery_key=recovery).close()  # recovery key still works


def _edit_header(path: Path, change) -> None:
    document = json.loads((path / HEADER_FILE).read_text())
    change(document)
    document.pop("checksum")
    from safelog.header import _canonical

    document["checksum"] = hashlib.sha256(_canonical(document)).hexdigest()
    (path / HEADER_FILE).write_text(json.dumps(document))


@pytest.mark.parametrize("memory", [8, 64 * 1024 * 1024 * 1024 // 1024])
def test_kdf_memory_out_of_bounds_is_a_damaged_header(closed_vault, memory):
    path, _ = closed_vault

    def change(doc):
        for slot in doc["slots"]:
            slot["kdf"]["memory_kib"] = memory

    _edit_header(path, change)
    before = fingerprint(path)
    with pytest.raises(HeaderDamaged):
        Vault.open(path, PASSPHRASE)
    assert fingerprint(path) == before


def test_edited_kdf_parameter_within_bounds_fails_the_unwrap(closed_vault):
    path, _ = closed_vault

    def change(doc):
        for slot in doc["slots"]:
            slot["kdf"]["time_cost"] += 1

    _edit_header(path, change)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)


@pytest.mark.parametrize("damage", ["bad json", "flip", "truncate"])
def test_damaged_header_is_its_own_message(closed_vault, damage):
    path, _ = closed_vault
    header = path / HEADER_FILE
    raw = bytearray(header.read_bytes())
    if damage == "bad json":
        raw = bytearray(b"{not json")
    elif damage == "flip":
        index = raw.index(b'"wrapped"') + 15
        raw[index] = ord("0") if raw[index] != ord("0") else ord("1")
    else:
        raw = raw[: len(raw) // 2]
    header.write_bytes(bytes(raw))
    with pytest.raises(HeaderDamaged):
        Vault.open(path, PASSPHRASE)


def test_newer_header_version_is_refused(closed_vault):
    path, _ = closed_vault
    _edit_header(path, lambda doc: doc.update(version=99))
    with pytest.raises(VaultTooNew):
        Vault.open(path, PASSPHRASE)


def test_newer_schema_is_refused_without_writing(closed_vault):
    path, _ = closed_vault
    with Vault.open(path, PASSPHRASE) as vault:
        vault.conn.execute("PRAGMA user_version = 99")
    before = fingerprint(path)
    with pytest.raises(VaultTooNew):
        Vault.open(path, PASSPHRASE)
    assert fingerprint(path) == before


def test_byte_flipped_in_page_one_is_database_damage_not_wrong_passphrase(closed_vault):
    path, _ = closed_vault
    db = path / DB_FILE
    raw = bytearray(db.read_bytes())
    raw[100] ^= 0xFF
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        Vault.open(path, PASSPHRASE)


def test_zeroed_salt_is_database_damage(closed_vault):
    path, _ = closed_vault
    db = path / DB_FILE
    raw = bytearray(db.read_bytes())
    raw[:16] = bytes(16)
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        Vault.open(path, PASSPHRASE)


def test_zero_byte_database_is_refused_and_not_recreated(closed_vault):
    path, _ = closed_vault
    (path / DB_FILE).write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        Vault.open(path, PASSPHRASE)
    assert (path / DB_FILE).stat().st_size == 0


def test_missing_database_or_header(closed_vault):
    path, _ = closed_vault
    (path / DB_FILE).rename(path / "elsewhere.db")
    with pytest.raises(DatabaseDamaged, match="missing"):
        Vault.open(path, PASSPHRASE)
    assert not (path / DB_FILE).exists()
    (path / "elsewhere.db").rename(path / DB_FILE)
    (path / HEADER_FILE).unlink()
    with pytest.raises(HeaderMissing):
        Vault.open(path, PASSPHRASE)


def test_no_vault_at_all(tmp_path):
    with pytest.raises(NoVault):
        Vault.open(tmp_path / "empty", PASSPHRASE)


def test_app_holds_the_vault_exclusively(closed_vault):
    path, _ = closed_vault
    with Vault.open(path, PASSPHRASE, exclusive=True):
        with pytest.raises(VaultInUse):
            Vault.open(path, PASSPHRASE, exclusive=True, wait=0)
        with pytest.raises(VaultBusy):
            Vault.open(path, PASSPHRASE, wait=0)
    Vault.open(path, PASSPHRASE, exclusive=True, wait=0).close()


def test_command_line_processes_share_the_vault(closed_vault):
    path, _ = closed_vault
    with Vault.open(path, PASSPHRASE), Vault.open(path, PASSPHRASE):
        pass


def test_header_kdf_is_at_least_64_mib(closed_vault):
    path, _ = closed_vault
    header = read_header(path / HEADER_FILE)
    assert all(slot.kdf.memory_kib >= 64 * 1024 for slot in header.slots)


def test_calibration_targets_256_mib_and_about_a_second(monkeypatch):
    from safelog import kdf

    monkeypatch.delenv("SAFELOG_KDF_PROFILE")
    params = kdf.calibrate(target_seconds=0.3)
    assert params.memory_kib == 256 * 1024
    assert params.time_cost >= 1


def test_second_connection_sees_committed_work_and_closes_cleanly(vault):
    from safelog.incidents import store
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when

    with vault.second_connection() as other:
        store.add_incident(other, Incident("from the worker", parse_when("2026-05-03 10:00")))
    assert [s.title for s in store.list_summaries(vault)] == ["from the worker"]
    # The worker's connection is closed; the main one and its lock are untouched.
    store.add_incident(vault, Incident("from the window", parse_when("2026-05-03 11:00")))
    assert store.count_incidents(vault) == 2
