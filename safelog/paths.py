"""Every path SafeLog uses, resolved in one place and only when asked (never at import time)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "SafeLog"


def data_dir() -> Path:
    override = os.environ.get("SAFELOG_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))


def config_dir() -> Path:
    override = os.environ.get("SAFELOG_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_DIR_NAME, False))


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
