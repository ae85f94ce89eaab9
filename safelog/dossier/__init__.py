"""The police-ready dossier: a PDF plus an evidence bundle anyone can check without SafeLog.

Public API (used by ``safelog-cli dossier`` / ``verify-bundle`` and the app's Export dialog):

- :class:`DossierOptions` - period, incidents, categories, what to leave out, zip, checklists.
- :func:`preview` - counts of what an export would contain.
- :func:`build_dossier` - write the bundle; progress callback and cancel token.
- :func:`verify_bundle` - check a bundle folder or zip against its manifest and SHA256SUMS.
- :func:`checklist_summary_pdf` - the checklist summary on its own.
"""

from __future__ import annotations

from .build import (
    DossierPreview,
    DossierResult,
    build_dossier,
    checklist_summary_pdf,
    preview,
)
from .collect import DEFAULT_EXCLUDE, EXCLUSIONS, DossierOptions
from .verify_bundle import BundleReport, verify_bundle

__all__ = [
    "DEFAULT_EXCLUDE",
    "EXCLUSIONS",
    "BundleReport",
    "DossierOptions",
    "DossierPreview",
    "DossierResult",
    "build_dossier",
    "checklist_summary_pdf",
    "preview",
    "verify_bundle",
]
