"""The draft witness statement's files in the bundle: PDF and editable .docx.

Called by :func:`.build.build_dossier` when ``DossierOptions.statement`` is set; the files it
returns are listed in ``manifest.json``/``manifest.csv`` and ``SHA256SUMS`` with the others.
"""

from __future__ import annotations

from pathlib import Path

from ..profile import load as load_profile
from ..vault import Vault
from . import bundle, statement_docx, statement_pdf
from .collect import DossierData
from .statement import DOCX_NAME, PDF_NAME, build_statement


def write_files(vault: Vault, data: DossierData, staging: Path) -> list[bundle.FileEntry]:
    statement = build_statement(data, load_profile(vault))
    entries = []
    for name, payload in (
        (PDF_NAME, statement_pdf.render(statement)),
        (DOCX_NAME, statement_docx.render(statement)),
    ):
        entry = bundle.write_stream(staging / name, [payload])
        entries.append(bundle.FileEntry(name, entry.sha256, entry.size))
    return entries
