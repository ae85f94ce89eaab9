"""The reference sections at the end: exhibit index, custody log extract, checklist summary."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from ..checklists import STATUS_LABELS, ChecklistOverview, load_catalog, overview
from ..errors import ExportFailed
from ..vault import Vault
from . import styles
from .collect import DossierData
from .flow import cell
from .pattern import table_chunks
from .styles import Styles
from .text import escape
from .timefmt import human_size, utc_text


def exhibit_index(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Exhibit index", st.h1)]
    if not data.exhibits:
        story.append(Paragraph("There are no exhibits in this dossier.", st.body))
        story.append(PageBreak())
        return story
    included = "exhibit-files" not in data.excluded
    story.append(Paragraph(
        "Every exhibit in this dossier with its SHA-256 fingerprint. "
        + ("The file of each is in the bundle's <i>exhibits</i> folder under the name shown."
           if included else "The exhibit files were left out of this bundle at the person's "
           "choice; the fingerprints identify the originals the person holds."), st.small))
    rows: list[list[object]] = []
    for e in data.exhibits:
        rows.append([e.ref, str(e.incident_id),
                     Paragraph(escape(e.file_name) if included else "(not included)", st.cell),
                     e.content_type, human_size(e.size), f"{e.sha256[:32]}\n{e.sha256[32:]}"])
    widths = [14 * mm, 15 * mm, 48 * mm, 24 * mm, 17 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [Paragraph(h, st.label) for h in ("Ref.", "Incident", "File in bundle", "Type",
                                               "Size", "SHA-256")]
    story.extend(table_chunks(heads, rows, widths, mono_column=5))
    story.append(PageBreak())
    return story


def custody_extract(data: DossierData, st: Styles) -> list[Flowable]:
    seq, head = data.chain_head
    story: list[Flowable] = [Paragraph("Custody log extract", st.h1)]
    shown = len(data.custody)
    more = data.custody_total - shown
    story.append(Paragraph(
        "Entries of SafeLog's custody log about the records in this dossier"
        + (f" (the newest {shown} of {data.custody_total})" if more > 0 else "")
        + f". The log's head when this dossier was made was entry {seq}, fingerprint "
        f"<font face='SafeLogMono' size='7'>{head}</font>. Each entry's fingerprint covers "
        "the entry before it; entries about records not in this dossier are not printed, and "
        "<font face='SafeLogMono'>safelog-cli verify</font> checks the whole chain in the "
        "vault.", st.small))
    rows: list[list[object]] = []
    for entry in data.custody:
        rows.append([str(entry.seq), utc_text(entry.at), entry.action[:40],
                     f"{entry.entity} {entry.entity_id}"[:40], entry.hash[:20] + "…"])
    widths = [14 * mm, 42 * mm, 38 * mm, 40 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [Paragraph(h, st.label) for h in ("Entry", "When (UTC)", "What", "Record",
                                               "Fingerprint (start)")]
    story.extend(table_chunks(heads, rows, widths, mono_column=4))
    story.append(PageBreak())
    return story


def checklist_overviews(vault: Vault) -> list[ChecklistOverview]:
    """The overviews of every safety checklist."""
    try:
        catalog = load_catalog()
    except Exception as exc:  # broken checklist content must not pass silently
        raise ExportFailed("The safety checklists could not be read, so their summary cannot "
                           "be included; export again without it.") from exc
    return list(overview(vault, catalog))


def checklist_summary(overviews: list[Any], st: Styles) -> list[Flowable]:
    """One row per checklist: how far the person has got, and the next thing to do."""
    story: list[Flowable] = [CondPageBreak(80 * mm),
                             Paragraph("Safety checklists: summary", st.h1),
                             Paragraph("How far the person has worked through SafeLog's safety "
                                       "checklists. Items marked not applicable are not "
                                       "counted.", st.small)]
    rows: list[list[object]] = []
    labels = STATUS_LABELS
    for ov in overviews:
        counts = dict(getattr(ov, "counts", {}) or {})
        nxt = getattr(ov, "next_item", None)
        next_title = getattr(getattr(nxt, "item", None), "title", "") if nxt else ""
        rows.append([
            cell(getattr(ov, "title", ""), st.cell_bold),
            Paragraph(f"{getattr(ov, 'percent_done', 0)}%", st.cell),
            Paragraph(", ".join(f"{escape(labels.get(k, k.replace('_', ' ')).lower())}: {v}"
                                for k, v in counts.items() if v), st.cell),
            cell(next_title or "nothing open", st.cell),
        ])
    widths = [50 * mm, 16 * mm, 50 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [Paragraph(h, st.label) for h in ("Checklist", "Done", "Items", "Next step")]
    story.extend(table_chunks(heads, rows, widths))
    return story
