"""The police-ready dossier: a PDF plus an evidence bundle anyone can check without SafeLog.

Public API (used by ``safelog-cli dossier`` / ``verify-bundle`` and the app's Export dialog):

- :class:`DossierOptions` - period, incidents, categories, what to leave out, zip, checklists.
- :func:`preview` - counts of what an export would contain.
- :func:`build_dossier` - write the bundle; progress callback and cancel token.
- :func:`verify_bundle` - check a bundle folder or zip against its manifest and SHA256SUMS.
- :func:`checklist_summary_pdf` - the checklist summary on its own.

The names below are loaded on first use: ``build`` and ``verify_bundle`` import ReportLab
(a few hundred milliseconds), which the options, the export dialog and the checklist page do
not need until a PDF is drawn or read.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .build import (
        DossierPreview,
        DossierResult,
        build_dossier,
        checklist_summary_pdf,
        preview,
    )
    from .collect import DEFAULT_EXCLUDE, EXCLUSIONS, DossierOptions
    from .verify_bundle import BundleReport, verify_bundle

_WHERE = {
    "DossierPreview": "build",
    "DossierResult": "build",
    "build_dossier": "build",
    "checklist_summary_pdf": "build",
    "preview": "build",
    "DEFAULT_EXCLUDE": "collect",
    "EXCLUSIONS": "collect",
    "DossierOptions": "collect",
    "BundleReport": "verify_bundle",
    "verify_bundle": "verify_bundle",
}
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


__getattr__, __dir__ = lazy_names(__name__, _WHERE)


class _Package(types.ModuleType):
    """Keeps ``verify_bundle`` the function when its submodule of the same name is imported.

    Importing ``safelog.dossier.verify_bundle`` (the CLI does) binds the submodule as this
    package's attribute, and ``__getattr__`` is never asked again; the eager package rebound
    the name to the function, so ``from safelog.dossier import verify_bundle`` must still
    give the function, whichever import came first.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _WHERE and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
