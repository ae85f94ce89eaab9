"""When to remind the person to back up: never backed up, or the last backup is a month old.

Read from the custody log (every backup records ``vault.backup``), so the answer is the same
whichever tool made the backup and nothing about it is kept outside the vault. A log restored
from a backup does not hold that backup's own entry (the snapshot was taken before it), so a
``vault.restore`` entry counts as a backup made when that backup was.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .db import mapped_errors
from .vault import Vault

BACKUP_REMINDER_DAYS = 30


def last_backup_at(vault: Vault) -> datetime | None:
    """When the newest backup of this vault was made (UTC), or None if there is none."""
    with mapped_errors():
        rows = vault.conn.execute(
            "SELECT at, action, detail FROM custody WHERE action IN ('vault.backup', "
            "'vault.restore') ORDER BY seq DESC LIMIT 1"
        ).fetchall()
    if not rows:
        return None
    at, action, detail = rows[0]
    if action == "vault.restore":
        try:
            at = json.loads(detail).get("backup_created_at") or at
        except (ValueError, AttributeError):
            pass
    return _parse(str(at))


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def backup_due(vault: Vault, now: datetime, days: int = BACKUP_REMINDER_DAYS) -> bool:
    """True if the log has something to lose and no backup is younger than ``days``."""
    last = last_backup_at(vault)
    if last is None:
        with mapped_errors():
            has_entries = vault.conn.execute("SELECT 1 FROM incidents LIMIT 1").fetchone()
        return has_entries is not None
    return now.astimezone(UTC) - last > timedelta(days=days)
