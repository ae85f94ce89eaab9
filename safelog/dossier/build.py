"""Building a dossier: the one core function the CLI and the app's Export dialog both call.

Order matters for safety: read and redact everything (:func:`.collect.collect`), copy each
original while checking its hash against the one recorded at import (flushed to disk by
:class:`.flush.Flusher` while the PDF is laid out), write the PDF, then the manifests,
``SHA256SUMS`` last; record a ``dossier.export`` custody entry and move the bundle into place in
the same transaction, so a failed or cancelled export leaves neither a bundle nor a log entry,
and the vault exactly as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.platypus import Flowable, PageBreak

from ..errors import ExportFailed
from ..i18n import _
from ..progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..vault import Vault
from . import (
    appendix,
    bundle,
    cover,
    evidence_api,
    flush,
    legal_annex,
    pattern,
    signing,
    statement_files,
    summary,
)
from .collect import DossierData, DossierOptions, collect, local_day, new_document_id, select
from .incidents import incident_section
from .navigation import heading
from .para import shared_parsing
from .pdf import progress_ticker, render_to_bytes, write_pdf
from .styles import make_styles


@dataclass
class DossierResult:
    path: Path  # the bundle folder, or the zip file
    pdf_path: Path | None  # None when the bundle is a zip
    incident_count: int
    exhibit_count: int
    document_id: str
    chain_head: tuple[int, str]  # printed in the PDF: the head before this export's entry
    page_count: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "pdf": str(self.pdf_path) if self.pdf_path else None,
            "incidents": self.incident_count,
            "exhibits": self.exhibit_count,
            "document_id": self.document_id,
            "pages": self.page_count,
            "chain_head": {"entry": self.chain_head[0], "sha256": self.chain_head[1]},
            "warnings": self.warnings,
        }


@dataclass
class DossierPreview:
    """What an export with these options would contain, for the Export dialog."""

    incident_count: int
    exhibit_count: int
    exhibit_bytes: int
    people_count: int
    first_incident_utc: str | None
    last_incident_utc: str | None
    excluded: list[str]

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def preview(vault: Vault, options: DossierOptions | None = None) -> DossierPreview:
    options = options or DossierOptions()
    incidents = select(vault, options)
    ids = {i.id for i in incidents}
    exhibits = [e for e in evidence_api.list_exhibits(vault) if e.incident_id in ids]
    people = {link.person_id for i in incidents for link in i.people}
    return DossierPreview(
        incident_count=len(incidents),
        exhibit_count=len(exhibits),
        exhibit_bytes=sum(int(e.size) for e in exhibits),
        people_count=len(people),
        first_incident_utc=incidents[0].when.start_utc if incidents else None,
        last_incident_utc=incidents[-1].when.start_utc if incidents else None,
        excluded=sorted(options.exclude),
    )


CONTENTS_INCIDENTS_MAX = 40
"""Incidents listed one by one in the contents up to this many; beyond, the section only."""


def contents_entries(data: DossierData) -> list[tuple[str, str, int]]:
    """(anchor key, title, level) of each section, in reading order, for the contents page."""
    entries = [
        ("summary", "Summary for the police", 0),
        ("contents", "Contents and details", 0),
        ("guidance", "How to read and check this dossier", 0),
        ("pattern", "The pattern", 0),
        ("people", "People involved", 1),
        ("chronology", "Chronology", 1),
        ("reports", "Reports made", 1),
    ]
    if data.incidents:
        entries.append(("incidents", "Incidents", 0))
        if len(data.incidents) <= CONTENTS_INCIDENTS_MAX:
            entries += [
                (f"incident-{v.incident.id}", f"{v.incident.id}. {v.incident.title}", 1)
                for v in data.incidents
            ]
    entries += [("exhibit-index", "Exhibit index", 0), ("custody", "Custody log extract", 0)]
    if data.checklists:
        entries.append(("checklists", "Safety checklists: summary", 0))
    entries.append(("declaration", "Declaration", 0))
    return entries


def compose(data: DossierData, vault: Vault, tick: Any) -> list[Flowable]:
    """The whole story of the PDF, in reading order."""
    st = make_styles()
    story: list[Flowable] = []
    story += summary.page_one(data, st)
    story += cover.contents(data, st, contents_entries(data))
    story += cover.guidance(data, st)
    days = [(local_day(v.incident, data_zone(data)), v.incident.category) for v in data.incidents]
    story += pattern.pattern(data, st, days)
    if data.incidents:
        story.append(heading("Incidents", st.h1, "incidents"))

    def load(ref: str) -> Any:
        return evidence_api.thumbnail(vault, ref)

    def load_preview(ref: str) -> Any:
        return evidence_api.preview(vault, ref)

    for view in data.incidents:
        story += incident_section(view, data, st, load, load_preview)
        story.append(tick())
    if legal_annex.has_content(data):
        story += legal_annex.annex(data, st)
    story += appendix.exhibit_index(data, st)
    story += appendix.custody_extract(data, st)
    if data.checklists:
        story += appendix.checklist_summary(data.checklists, st)
        story.append(PageBreak())
    story += cover.declaration(data, st)
    return story


def data_zone(data: DossierData) -> tzinfo:
    try:
        return ZoneInfo(data.zone_name) if data.zone_name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def build_dossier(
    vault: Vault,
    out_dir: Path,
    options: DossierOptions | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> DossierResult:
    """Write the dossier PDF and evidence bundle to ``out_dir`` (a new folder, or a new zip)."""
    options = options or DossierOptions()
    options.validate()
    target = Path(out_dir)
    if options.zip and target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    bundle.check_target(target)
    cancel.check()
    data = collect(vault, options)
    signer = signing.BundleSigner.for_vault(vault)
    data.signing_key_fingerprint = signer.fingerprint
    if options.include_checklists:
        data.checklists = appendix.checklist_overviews(vault)
    with_files = "exhibit-files" not in data.excluded
    total = (len(data.exhibits) if with_files else 0) + len(data.incidents) + 3
    done = 0
    staging = bundle.make_staging(target)
    zip_tmp = target.parent / f".{target.name}.partial-{os.urandom(4).hex()}"
    flusher = flush.Flusher()  # joined before the staging folder can be removed
    with bundle.cleanup_on_error(staging, zip_tmp), flusher:
        files: list[bundle.FileEntry] = []
        if not with_files:
            os.rmdir(staging / bundle.EXHIBITS_DIR)
        content_types: dict[str, str] = {}
        if with_files:
            for exhibit in data.exhibits:
                cancel.check()
                rel = f"{bundle.EXHIBITS_DIR}/{exhibit.file_name}"
                entry = bundle.write_stream(
                    staging / rel, evidence_api.iter_bytes(vault, exhibit.ref), sync=False
                )
                if entry.sha256 != exhibit.sha256 or entry.size != exhibit.size:
                    raise ExportFailed(
                        _(
                            "Exhibit {ref} no longer matches the fingerprint recorded when it was "
                            "imported, so nothing was exported; run 'safelog-cli verify'."
                        ).format(ref=exhibit.ref)
                    )
                flusher.add(staging / rel)  # to disk while the PDF is laid out
                files.append(bundle.FileEntry(rel, entry.sha256, entry.size))
                content_types[rel] = exhibit.content_type
                done += 1
                progress(done, total)
        if options.statement:  # draft witness statement, PDF and .docx; written before the
            # dossier so the fingerprint list inside dossier.pdf covers them too
            files += statement_files.write_files(vault, data, staging)
        files.append(bundle.FileEntry(*signer.write_public_key(staging)))
        tick = progress_ticker(progress, cancel, total, done)
        with shared_parsing():  # SafeLog's own words recur on every incident: parse them once
            pages = write_pdf(
                [bundle.pdf_manifest(data, files), *compose(data, vault, tick)],
                staging / bundle.PDF_NAME,
                data.document_id,
            )
        flusher.finish()  # every original on disk, or the first error it met
        cancel.check()
        pdf_sha, pdf_size = bundle.hash_file(staging / bundle.PDF_NAME)
        dossier = bundle.FileEntry(bundle.PDF_NAME, pdf_sha, pdf_size)
        csv_entry = bundle.write_text(
            staging / bundle.MANIFEST_CSV, bundle.manifest_csv(data, dossier)
        )
        listed = [
            dossier,
            bundle.FileEntry(bundle.MANIFEST_CSV, csv_entry.sha256, csv_entry.size),
            *files,
        ]
        json_entry = bundle.write_json(
            staging / bundle.MANIFEST_JSON,
            bundle.manifest_doc(data, dossier, listed, signer.fingerprint),
        )
        sealed = [
            *listed,
            bundle.FileEntry(bundle.MANIFEST_JSON, json_entry.sha256, json_entry.size),
        ]
        bundle.write_text(staging / bundle.SUMS, bundle.sums_text(sealed))
        signer.sign(staging, bundle.SUMS)
        bundle.fsync_tree(staging)
        progress(total - 1, total)
        if options.zip:
            when = data.prepared_at
            names = [f.path for f in sealed] + [bundle.SUMS, signing.SIGNATURE_FILE]
            bundle.zip_tree(
                staging,
                zip_tmp,
                target.stem,
                sorted(names),
                (when.year, when.month, when.day, when.hour, when.minute, when.second),
                content_types,
            )
        cancel.check()
        detail = {
            "document_id": data.document_id,
            "incidents": len(data.incidents),
            "exhibits": len(data.exhibits),
            "chain_seq": data.chain_head[0],
            "chain_head": data.chain_head[1],
            "pdf_sha256": pdf_sha,
            "zip": options.zip,
            "excluded": data.excluded,
            "statement": options.statement,
            **signer.custody_detail(),
        }
        with vault.transaction():
            vault.record("dossier.export", "dossier", data.document_id, detail)
            signer.keep(vault)
            if options.zip:
                bundle.publish_file(zip_tmp, target)
            else:
                bundle.publish_dir(staging, target)
    if options.zip:
        bundle.remove_staging(staging)
    progress(total, total)
    return DossierResult(
        path=target,
        pdf_path=None if options.zip else target / bundle.PDF_NAME,
        incident_count=len(data.incidents),
        exhibit_count=len(data.exhibits),
        document_id=data.document_id,
        chain_head=data.chain_head,
        page_count=pages,
        warnings=list(data.warnings),
    )


def checklist_summary_pdf(vault: Vault) -> bytes:
    """The checklist summary on its own, as PDF bytes."""
    overviews = appendix.checklist_overviews(vault)
    st = make_styles()
    doc_id = new_document_id(vault.clock.now())
    return render_to_bytes(
        appendix.checklist_summary(overviews, st), doc_id, "Safety checklists: summary"
    )
