"""A new recovery key: the old one stops working at once, the new one and the passphrase open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safelog import custody
from safelog.errors import WrongRecoveryKey
from safelog.vault import HEADER_FILE, Vault
from tests.conftest import PASSPHRASE


def test_new_recovery_key_replaces_the_old_one(vault_path: Path) -> None:
    vault, old = Vault.create(vault_path, PASSPHRASE)
    with vault:
        new = vault.replace_recovery_key()
        assert new != old
        assert custody.entries(vault.conn)[-1].action == "vault.recovery_key"
    assert not list(vault_path.glob("*.tmp")) and not list(vault_path.glob(".*"))
    with pytest.raises(WrongRecoveryKey):
        Vault.open(vault_path, recovery_key=old)
    Vault.open(vault_path, recovery_key=new).close()
    Vault.open(vault_path, PASSPHRASE).close()  # the passphrase is untouched
    slots = json.loads((vault_path / HEADER_FILE).read_text())["slots"]
    assert sorted(s["kind"] for s in slots) == ["passphrase", "recovery"]


def test_new_recovery_key_from_the_command_line(cli, vault_path: Path) -> None:
    made = cli("init", "--passphrase-stdin", "--json")
    old = json.loads(made.out)["recovery_key"]
    result = cli("new-recovery-key", "--passphrase-stdin", "--json")
    assert result.code == 0, result.err
    new = json.loads(result.out)["recovery_key"]
    assert new != old
    assert cli("list", "--recovery-key-stdin", stdin=old + "\n").code != 0
    assert cli("list", "--recovery-key-stdin", stdin=new + "\n").code == 0
    text = cli("new-recovery-key", "--passphrase-stdin")
    assert text.code == 0 and "old recovery key no longer opens" in text.out
