"""The few evidence functions the dossier uses, in one place.

The dossier reads exhibits only through ``safelog.evidence``'s public functions
(``list_exhibits``, ``iter_exhibit_bytes``, ``thumbnail``). Importing them here, lazily, keeps the
dossier usable on a vault without evidence and keeps the dependency visible in one module.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from ..vault import Vault


def _module() -> ModuleType | None:
    try:
        module = importlib.import_module("safelog.evidence")
    except ModuleNotFoundError as exc:
        if exc.name not in ("safelog.evidence", "safelog"):
            raise
        return None
    return module if hasattr(module, "list_exhibits") else None


def available() -> bool:
    return _module() is not None


def list_exhibits(vault: Vault) -> list[Any]:
    module = _module()
    return list(module.list_exhibits(vault)) if module else []


def iter_bytes(vault: Vault, ref: str) -> Iterator[bytes]:
    module = _module()
    if module is None:  # pragma: no cover - no exhibits are listed without the module
        return iter(())
    return iter(module.iter_exhibit_bytes(vault, ref))


def thumbnail(vault: Vault, ref: str) -> Any | None:
    """The stored thumbnail (``Derived``: mime, width, height, data) or None."""
    module = _module()
    if module is None:
        return None
    try:
        return module.thumbnail(vault, ref)
    except Exception:  # a missing or unreadable preview only means "no picture in the PDF"
        return None
