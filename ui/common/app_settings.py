"""The few settings SafeLog keeps outside the vault, in one small JSON file.

Only what is needed before the vault is unlocked lives here: the language, the vault's location,
the auto-lock delay, and whether to remind about backups. Nothing in this file may name an
incident, a person or an evidence file, because it is plaintext on disk; everything else belongs
inside the vault. Qt's QSettings is not used on purpose: it would add keys of its own (window
geometry, dialog history) that we cannot review.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from safelog import i18n, paths

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
DEFAULT_AUTOLOCK_MINUTES = 5
MIN_AUTOLOCK_MINUTES = 1
MAX_AUTOLOCK_MINUTES = 120
LANGUAGES = ("", *i18n.LANGUAGES)  # "" follows the system


@dataclass
class AppSettings:
    language: str = ""
    vault_path: str = ""
    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES
    backup_reminder: bool = True  # a quiet line when the last backup is a month old

    def __post_init__(self) -> None:
        self.language = self.language if self.language in LANGUAGES else ""
        try:
            minutes = int(self.autolock_minutes)
        except (TypeError, ValueError):
            minutes = DEFAULT_AUTOLOCK_MINUTES
        self.autolock_minutes = max(MIN_AUTOLOCK_MINUTES, min(MAX_AUTOLOCK_MINUTES, minutes))
        self.vault_path = str(self.vault_path or "")
        self.backup_reminder = self.backup_reminder is not False


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load(path: Path | None = None) -> AppSettings:
    """Read the settings; a missing or unreadable file gives the defaults, never an error."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, ValueError):
        log.warning("settings file unreadable; using defaults")
        return AppSettings()
    if not isinstance(data, dict):
        return AppSettings()
    names = ("language", "vault_path", "autolock_minutes", "backup_reminder")
    known = {k: data[k] for k in names if k in data}
    return AppSettings(**known)


def save(settings: AppSettings, path: Path | None = None) -> None:
    """Write atomically (temporary name, then rename), readable by this user only."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(path.name + ".new")
    text = json.dumps(asdict(settings), indent=2, sort_keys=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
