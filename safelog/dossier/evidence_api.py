"""The few evidence functions the dossier uses, in one place.

The dossier reads exhibits only through ``safelog.evidence``'s public functions
(``list_exhibits``, ``iter_exhibit_bytes``, ``thumbnail``, ``preview``) and the words it
has for a content type, so the dependency is visible in one module.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import evidence
from ..errors import SafeLogError
from ..evidence.sniff import describe
from ..vault import Vault


def list_exhibits(vault: Vault) -> list[Any]:
    return list(evidence.list_exhibits(vault))


def iter_bytes(vault: Vault, ref: str) -> Iterator[bytes]:
    return iter(evidence.iter_exhibit_bytes(vault, ref))


def thumbnail(vault: Vault, ref: str) -> Any | None:
    """The stored thumbnail (``Derived``: mime, width, height, data) or None."""
    try:
        return evidence.thumbnail(vault, ref)
    except SafeLogError:  # a missing or unreadable preview only means "no picture in the PDF"
        return None


def preview(vault: Vault, ref: str) -> Any | None:
    """The larger stored preview (up to 1600 px), for screenshots printed to be read."""
    try:
        return evidence.preview(vault, ref)
    except SafeLogError:
        return None


def kind_words(content_type: str) -> str:
    """ "HEIC image" for ``image/heic``; the type itself when SafeLog has no words for it."""
    return describe(content_type)
