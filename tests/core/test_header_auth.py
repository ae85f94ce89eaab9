"""Issue 16 items 6, 7 and 8: deliberate key-file edits are reported as what they are.

Every edit here recomputes the key file's SHA-256 checksum, as an attacker with the laptop
would, so the checksum alone cannot catch it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from safelog import kdf
from safelog.backup import backup, restore
from safelog.errors import (
    BackupInvalid,
    HeaderChanged,
    HeaderDamaged,
    KdfTooCostly,
    WrongPassphrase,
)
from safelog.header import _canonical, read_header
from safelog.incidents import store
from safelog.vault import HEADER_FILE, Vault
from tests.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"
LEGACY_RECOVERY = "Y4XJ-6NQP-XFPN-NY54-Z7SA-RGET-62Q4-EYDA-S83P"


def rewrite(document: dict) -> bytes:
    """The key file an attacker writes: any change, with the checksum recomputed."""
    document = dict(document)
    document.pop("checksum", None)
    document["checksum"] = hashlib.sha256(_canonical(document)).hexdigest()
    return json.dumps(document, indent=1).encode()


def edit(path: Path, change) -> None:
    document = json.loads((path / HEADER_FILE).read_text())
    change(document)
    (path / HEADER_FILE).write_bytes(rewrite(document))


def slot(document: dict, kind: str) -> dict:
    return next(s for s in document["slots"] if s["kind"] == kind)


def flip_hex(text: str, index: int = 10) -> str:
    return text[:index] + ("0" if text[index] != "0" else "1") + text[index + 1 :]


@pytest.fixture
def closed(vault_path: Path) -> tuple[Path, str]:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    return vault_path, recovery


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    """A copy of the vault SafeLog 0.1 made before header authentication."""
    path = tmp_path / "legacy"
    shutil.copytree(DATA / "vault-0.1", path, ignore=shutil.ignore_patterns("README.md"))
    return path


# ----- item 6: verifier and MAC ----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["passphrase", "recovery"])
def test_right_secret_with_damaged_wrapped_key_says_damaged(closed, kind):
    path, recovery = closed
    edit(path, lambda d: slot(d, kind).update(wrapped=flip_hex(slot(d, kind)["wrapped"])))
    with pytest.raises(
        HeaderDamaged, match="is right, but the vault's key file is damaged"
    ) as caught:
        if kind == "passphrase":
            Vault.open(path, PASSPHRASE)
        else:
            Vault.open(path, recovery_key=recovery)
    assert caught.value.exit_code == 4
    with pytest.raises(WrongPassphrase):  # a wrong secret is still just wrong
        Vault.open(path, "not the right passphrase at all") if kind == "passphrase" else Vault.open(
            path, recovery_key=LEGACY_RECOVERY
        )


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["database"].update(cipher_page_size=4096),
        lambda d: d["database"].update(cipher_hmac_algorithm="HMAC_SHA1"),
        lambda d: slot(d, "recovery")["kdf"].update(time_cost=2),
        lambda d: slot(d, "recovery").update(verifier="00" * 32),
        lambda d: d.update(note="added"),
    ],
    ids=["page size", "hmac", "other slot's kdf", "other slot's verifier", "extra field"],
)
def test_any_edit_outside_safelog_is_reported_as_such(closed, change):
    path, _ = closed
    edit(path, change)
    before = (path / "vault.db").read_bytes()
    with pytest.raises(HeaderChanged, match="changed outside SafeLog"):
        Vault.open(path, PASSPHRASE)
    assert (path / "vault.db").read_bytes() == before


def test_edit_reported_through_the_cli_with_exit_4(closed, cli):
    path, _ = closed
    edit(path, lambda d: d["database"].update(cipher_page_size=4096))
    result = cli("list", "--passphrase-stdin")
    assert result.code == 4
    assert "changed outside SafeLog" in result.err
    assert len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize("version", [0, -1])
def test_versions_safelog_never_wrote_are_refused(closed, version):
    path, _ = closed
    edit(path, lambda d: d.update(version=version))
    with pytest.raises(HeaderChanged, match="never wrote"):
        Vault.open(path, PASSPHRASE)


def test_version_1_with_a_mac_is_refused(closed):
    """SafeLog never wrote a version 1 key file with a MAC: calling one that skips no check."""
    path, _ = closed

    def change(d):
        d.update(version=1)
        d["database"]["cipher_page_size"] = 4096

    edit(path, change)
    with pytest.raises(HeaderChanged):
        Vault.open(path, PASSPHRASE)


def test_stripped_mac_is_refused_even_as_version_1(closed):
    path, _ = closed
    edit(path, lambda d: d.pop("mac"))
    with pytest.raises(HeaderChanged):
        Vault.open(path, PASSPHRASE)

    def downgrade(d):
        d.update(version=1)
        for s in d["slots"]:
            s.pop("verifier", None)

    edit(path, downgrade)  # looks like a SafeLog 0.1 key file, but the vault knows better
    with pytest.raises(HeaderChanged):
        Vault.open(path, PASSPHRASE)


def test_legacy_vault_opens_and_is_authenticated_on_first_unlock(legacy):
    before = json.loads((legacy / HEADER_FILE).read_text())
    assert before["version"] == 1 and "mac" not in before
    with Vault.open(legacy, PASSPHRASE) as vault:
        titles = [s.title for s in store.list_summaries(vault)]
    assert titles == ["Made by SafeLog 0.1 before header authentication"]
    after = json.loads((legacy / HEADER_FILE).read_text())
    assert after["version"] == 2 and len(after["mac"]) == 64
    assert "verifier" in slot(after, "passphrase")
    assert "verifier" not in slot(after, "recovery")  # no recovery key was typed yet
    # Unchanged wrapping: the same passphrase and recovery key open it.
    Vault.open(legacy, PASSPHRASE).close()
    with Vault.open(legacy, recovery_key=LEGACY_RECOVERY) as vault:
        actions = [r[0] for r in vault.conn.execute("SELECT action FROM custody ORDER BY seq")]
    assert actions.count("vault.header_authenticated") == 1
    assert "verifier" in slot(json.loads((legacy / HEADER_FILE).read_text()), "recovery")
    # From now on an edit is caught.
    edit(legacy, lambda d: d["database"].update(cipher_hmac_algorithm="HMAC_SHA512"))
    with pytest.raises(HeaderChanged):
        Vault.open(legacy, PASSPHRASE)


def test_legacy_vault_damaged_wrapped_key_gets_the_old_answer(legacy):
    """Before its first unlock a 0.1 key file has no verifier: SafeLog cannot tell yet."""
    edit(
        legacy,
        lambda d: slot(d, "passphrase").update(wrapped=flip_hex(slot(d, "passphrase")["wrapped"])),
    )
    with pytest.raises(WrongPassphrase):
        Vault.open(legacy, PASSPHRASE)


def test_passphrase_change_recovery_unlock_and_restore_keep_the_mac(closed, tmp_path):
    path, recovery = closed
    new = "a completely different phrase of seven words"
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase(new)
    Vault.open(path, new).close()
    Vault.open(path, recovery_key=recovery).close()
    with Vault.open(path, new) as vault:
        out = backup(vault, tmp_path / "b.backup")
    restored = tmp_path / "restored"
    restore(out, restored, passphrase=new)
    Vault.open(restored, new).close()
    Vault.open(restored, recovery_key=recovery).close()
    assert read_header(restored / HEADER_FILE).version == 2
    edit(restored, lambda d: d["database"].update(cipher_page_size=8192))
    with pytest.raises(HeaderChanged):
        Vault.open(restored, new)


# ----- item 7: planted KDF settings ------------------------------------------------------------


@pytest.fixture
def no_derivation(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a key was derived from a planted setting")

    monkeypatch.setattr(kdf, "hash_secret_raw", refuse)


@pytest.mark.parametrize(
    "setting",
    [
        {"memory_kib": 4 * 1024 * 1024},
        {"time_cost": 100},
        {"time_cost": 21},
        {"parallelism": 16},
        {"memory_kib": 256 * 1024 + 1024},
    ],
    ids=["4 GiB", "100 passes", "21 passes", "16 lanes", "just over 256 MiB"],
)
def test_planted_kdf_setting_is_refused_before_deriving(closed, no_derivation, cli, setting):
    path, _ = closed
    edit(path, lambda d: slot(d, "passphrase")["kdf"].update(setting))
    with pytest.raises(KdfTooCostly) as caught:
        Vault.open(path, PASSPHRASE)
    assert "asks for more memory or time to unlock than SafeLog ever uses" in caught.value.sentence
    result = cli("list", "--passphrase-stdin")
    assert result.code == 4 and "more memory or time" in result.err


def test_kdf_memory_above_a_quarter_of_this_machine_is_refused(closed, no_derivation, monkeypatch):
    path, _ = closed
    edit(path, lambda d: slot(d, "passphrase")["kdf"].update(memory_kib=256 * 1024))
    monkeypatch.setattr(kdf, "_machine_memory_kib", lambda: 768 * 1024)  # quarter: 192 MiB
    with pytest.raises(KdfTooCostly):
        Vault.open(path, PASSPHRASE)


def test_what_safelog_chooses_is_always_accepted(monkeypatch):
    monkeypatch.delenv("SAFELOG_KDF_PROFILE")
    for memory in (768 * 1024, 1024 * 1024, 64 * 1024 * 1024):
        monkeypatch.setattr(kdf, "_machine_memory_kib", lambda m=memory: m)
        monkeypatch.setattr(kdf.KdfParams, "derive", lambda self, secret: b"\0" * 32)
        chosen = kdf.calibrate(0.01)
        forced = kdf.KdfParams(
            kdf.MAX_TIME_COST, chosen.memory_kib, chosen.parallelism, chosen.salt
        )
        assert kdf.KdfParams.from_json(forced.to_json()) == forced


# ----- item 8: restore names the backup --------------------------------------------------------


def _rewrite_backup(path: Path, change_header=None, change_db=None) -> None:
    """Rebuild a backup file with its trailer recomputed, as a forger would."""
    from safelog.backup import MAGIC

    raw = path.read_bytes()
    head_end = raw.index(b"\n", len(MAGIC)) + 1
    meta = json.loads(raw[len(MAGIC) : head_end])
    db = bytearray(raw[head_end : head_end + meta["database_size"]])
    if change_header:
        document = json.loads(base64.b64decode(meta["header"]))
        change_header(document)
        meta["header"] = base64.b64encode(rewrite(document)).decode()
    if change_db:
        change_db(db)
    body = MAGIC + json.dumps(meta).encode() + b"\n" + bytes(db)
    path.write_bytes(body + b"\nSHA256 " + hashlib.sha256(body).hexdigest().encode() + b"\n")


@pytest.fixture
def a_backup(closed, tmp_path) -> Path:
    path, _ = closed
    with Vault.open(path, PASSPHRASE) as vault:
        return backup(vault, tmp_path / "forged.backup")


@pytest.mark.parametrize(
    "damage",
    [
        dict(
            change_header=lambda d: slot(d, "passphrase").update(
                wrapped=flip_hex(slot(d, "passphrase")["wrapped"])
            )
        ),
        dict(change_header=lambda d: d["database"].update(cipher_page_size=4096)),
        dict(change_header=lambda d: d.update(version=0)),
        dict(change_header=lambda d: slot(d, "passphrase")["kdf"].update(memory_kib=4 << 20)),
        dict(change_db=lambda db: db.__setitem__(slice(200, 216), bytes(16))),
        dict(change_db=lambda db: db.__setitem__(slice(0, 16), bytes(16))),
    ],
    ids=["wrapped key", "page size", "version 0", "4 GiB KDF", "first page", "salt"],
)
def test_damaged_backup_is_backup_damaged_not_vault_damage(a_backup, tmp_path, cli, damage):
    _rewrite_backup(a_backup, **damage)
    target = tmp_path / "target"
    with pytest.raises(BackupInvalid) as caught:
        restore(a_backup, target, passphrase=PASSPHRASE)
    assert caught.value.exit_code == 16
    assert "backup" in caught.value.sentence.lower()
    assert not target.exists()
    result = cli(
        "restore", str(a_backup), "--passphrase-stdin", "--vault", str(target), vault=False
    )
    assert result.code == 16, result.err


def test_wrong_passphrase_for_a_backup_names_the_backup(a_backup, tmp_path):
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        restore(a_backup, tmp_path / "t", passphrase="not the right passphrase at all")


def test_backup_in_the_0_1_format_restores_with_an_authenticated_key_file(tmp_path):
    """A backup file as SafeLog 0.1 wrote it: its key file has no MAC; the restored one has."""
    from safelog.backup import MAGIC

    source = DATA / "vault-0.1"
    db = (source / "vault.db").read_bytes()
    meta = {
        "format": "safelog-backup",
        "version": 1,
        "created_at": "2026-12-01T10:00:00Z",
        "database_size": len(db),
        "header": base64.b64encode((source / "vault.key").read_bytes()).decode(),
    }
    body = MAGIC + json.dumps(meta).encode() + b"\n" + db
    old = tmp_path / "old.backup"
    old.write_bytes(body + b"\nSHA256 " + hashlib.sha256(body).hexdigest().encode() + b"\n")
    result = restore(old, tmp_path / "restored", recovery_key=LEGACY_RECOVERY)
    written = json.loads((result.path / HEADER_FILE).read_text())
    assert written["version"] == 2 and "mac" in written
    with Vault.open(result.path, PASSPHRASE) as vault:
        assert store.count_incidents(vault) == 1


def test_legacy_vault_that_cannot_be_written_still_opens(legacy, monkeypatch):
    """Read-only media or a full disk: the upgrade waits for an unlock that can write."""
    from safelog import vault as vault_module
    from safelog.errors import DiskFull

    def full(*args, **kwargs):
        raise DiskFull()

    monkeypatch.setattr(vault_module, "write_header", full)
    before = (legacy / HEADER_FILE).read_bytes()
    Vault.open(legacy, PASSPHRASE).close()
    assert (legacy / HEADER_FILE).read_bytes() == before
    monkeypatch.undo()
    Vault.open(legacy, PASSPHRASE).close()
    assert json.loads((legacy / HEADER_FILE).read_text())["version"] == 2
