"""Every path SafeLog uses, resolved in one place and only when asked (never at import time).

The one place where the user folders differ between Linux, macOS and Windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs.api import PlatformDirsABC

APP_DIR_NAME = "SafeLog"


def platform_dirs() -> PlatformDirsABC:
    """The user folders of the platform we run on, chosen here rather than at import time.

    Linux and BSD: ``~/.local/share/SafeLog`` (XDG). macOS: ``~/Library/Application
    Support/SafeLog``. Windows: ``%LOCALAPPDATA%\\SafeLog``, never the *roaming* profile, which
    a workplace domain copies to its servers at every log-off: the vault must stay on this
    machine unless the person moves it.
    """
    if sys.platform == "win32":
        from platformdirs.windows import Windows

        return Windows(APP_DIR_NAME, appauthor=False, roaming=False)
    if sys.platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(APP_DIR_NAME, appauthor=False)
    from platformdirs.unix import Unix

    return Unix(APP_DIR_NAME, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("SAFELOG_DATA_DIR")
    return Path(override) if override else Path(platform_dirs().user_data_dir)


def config_dir() -> Path:
    override = os.environ.get("SAFELOG_CONFIG_DIR")
    return Path(override) if override else Path(platform_dirs().user_config_dir)


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def resources_dir() -> Path:
    """The resources folder from a checkout, an installed package or a PyInstaller bundle."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "safelog" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("SafeLog's resources folder is missing; reinstall SafeLog.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
