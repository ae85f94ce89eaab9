"""The few evidence functions the dossier uses, in one place.

The dossier reads exhibits only through ``safelog.evidence``'s public functions
(``list_exhibits``, ``iter_exhibit_bytes``, ``thumbnail``); keeping them behind this module makes
the dependency visible in one place. A broken evidence import fails loudly here: a dossier that
silently left out every exhibit would mislead the police.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import evidence
from ..errors import SafeLogError
from ..evidence import Derived, Exhibit
from ..vault import Vault


def list_exhibits(vault: Vault) -> list[Exhibit]:
    return list(evidence.list_exhibits(vault))


def iter_bytes(vault: Vault, ref: str) -> Iterator[bytes]:
    return iter(evidence.iter_exhibit_bytes(vault, ref))


def thumbnail(vault: Vault, ref: str) -> Derived | None:
    """The stored thumbnail (mime, width, height, data) or None."""
    try:
        return evidence.thumbnail(vault, ref)
    except SafeLogError:  # an unreadable preview only means "no picture in the PDF"
        return None
