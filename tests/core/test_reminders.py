"""The backup reminder: due with entries and no backup, or when the last one is a month old."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from safelog.backup import backup, restore
from safelog.clock import FakeClock
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import When
from safelog.reminders import backup_due, last_backup_at
from safelog.vault import Vault
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_backup_reminder(vault_path: Path, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    vault, _ = Vault.create(vault_path, PASSPHRASE, clock=clock)
    with vault:
        assert last_backup_at(vault) is None
        assert not backup_due(vault, NOW)  # nothing to lose yet
        add_incident(vault, Incident(title="x", when=When(NOW, "exact"), category="other"))
        assert backup_due(vault, NOW)
        backup(vault, tmp_path / "one.backup")
        assert last_backup_at(vault) == NOW
        assert not backup_due(vault, NOW + timedelta(days=30))
        assert backup_due(vault, NOW + timedelta(days=31))
    later = FakeClock(NOW + timedelta(days=3))
    restore(tmp_path / "one.backup", vault_path, passphrase=PASSPHRASE)
    with Vault.open(vault_path, PASSPHRASE, clock=later) as restored:
        assert last_backup_at(restored) == NOW  # the backup's own time, not the restore's
        assert not backup_due(restored, NOW + timedelta(days=10))
