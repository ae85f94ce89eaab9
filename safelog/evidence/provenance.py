"""Where an exhibit came from, in the person's words: how it was obtained, where the original is.

Continuity (who produced an exhibit, when and how it was obtained, where it has been since) is
what a court asks first. The file's own metadata says one thing; the person's account is the
other, and the dossier prints them side by side. Both fields are optional free text, can be set
at import or later, and every change is a custody entry so an edit after the fact shows.
"""

from __future__ import annotations

from ..db import mapped_errors
from ..errors import InvalidInput
from ..i18n import _
from ..textutil import clean_text
from ..vault import Vault
from .access import get_exhibit
from .model import Exhibit

MAX_PROVENANCE = 1000
_UNCHANGED = None


def _checked(value: str, what: str) -> str:
    text = " ".join(clean_text(value).split())
    if len(text) > MAX_PROVENANCE:
        raise InvalidInput(
            _("The {what} is too long (at most {MAX_PROVENANCE} characters).").format(
                what=what, MAX_PROVENANCE=MAX_PROVENANCE
            )
        )
    return text


def set_provenance(
    vault: Vault,
    ref: str,
    *,
    obtained: str | None = _UNCHANGED,
    original_kept: str | None = _UNCHANGED,
) -> Exhibit:
    """Set how ``ref`` was obtained and/or where its physical original is kept.

    ``None`` leaves a field as it is; ``""`` clears it. Nothing changes (and nothing is logged)
    when the values are the same as before.
    """
    exhibit = get_exhibit(vault, ref)
    new = {
        "obtained": exhibit.obtained
        if obtained is None
        else _checked(obtained, "'how obtained' text"),
        "original_kept": exhibit.original_kept
        if original_kept is None
        else _checked(original_kept, "'where the original is kept' text"),
    }
    changed = {k: v for k, v in new.items() if getattr(exhibit, k) != v}
    if not changed:
        return exhibit
    with vault.transaction(), mapped_errors():
        vault.conn.execute(
            "UPDATE exhibits SET obtained = ?, original_kept = ? WHERE ref = ?",
            (new["obtained"], new["original_kept"], exhibit.ref),
        )
        vault.record("exhibit.provenance", "exhibit", exhibit.ref, changed)
    return get_exhibit(vault, exhibit.ref)
