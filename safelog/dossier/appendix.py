"""The reference sections at the end: exhibit index, custody log extract, checklist summary."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from .. import checklists
from ..errors import ExportFailed
from ..i18n import _
from ..vault import Vault
from . import styles
from .collect import DossierData
from .filename import file_name
from .flow import cell
from .navigation import PageRef, heading
from .para import Paragraph
from .styles import Styles
from .tables import LongTable, reference
from .text import escape
from .textline import plain
from .timefmt import human_size, marks_every_time, utc_text


def exhibit_index(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        heading("Exhibit index", st.h1, "exhibit-index"),
    ]
    if not data.exhibits:
        story.append(Paragraph("There are no exhibits in this dossier.", st.body))
        story.append(PageBreak())
        return story
    included = "exhibit-files" not in data.excluded
    story.append(
        Paragraph(
            "Every exhibit in this dossier with its SHA-256 fingerprint. "
            + (
                "The file of each is in the bundle's <i>exhibits</i> folder under the name shown."
                if included
                else "The exhibit files were left out of this bundle at the person's "
                "choice; the fingerprints identify the originals the person holds."
            ),
            st.small,
        )
    )
    rows: list[list[object]] = []
    for e in data.exhibits:
        rows.append(
            [
                reference(e.ref, st.cell, bold=True),
                plain(e.incident_id, st.cell),
                PageRef(f"exhibit-{e.ref}"),
                file_name(e.file_name, st.cell) if included else plain("(not included)", st.cell),
                plain(e.content_type, st.cell),
                plain(human_size(e.size), st.cell),
                Paragraph(f"{e.sha256[:32]}<br/>{e.sha256[32:]}", st.mono_small),
            ]
        )
    widths = [14 * mm, 10 * mm, 11 * mm, 43 * mm, 29 * mm, 18 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [
        plain(h, st.label)
        for h in ("Ref.", "Inc.", "Page", "File in bundle", "Type", "Size", "SHA-256")
    ]
    story.append(LongTable(heads, rows, widths))
    story.append(PageBreak())
    return story


def custody_extract(data: DossierData, st: Styles) -> list[Flowable]:
    seq, head = data.chain_head
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        heading("Custody log extract", st.h1, "custody"),
    ]
    shown = len(data.custody)
    more = data.custody_total - shown
    story.append(
        Paragraph(
            "Entries of SafeLog's custody log about the records in this dossier"
            + (f" (the newest {shown} of {data.custody_total})" if more > 0 else "")
            + f". The log's head when this dossier was made was entry {seq}, fingerprint "
            f"<font face='SafeLogMono' size='7'>{head}</font>. Each entry's fingerprint covers "
            "the entry before it; entries about records not in this dossier are not printed, and "
            "<font face='SafeLogMono'>safelog-cli verify</font> checks the whole chain in the "
            "vault.",
            st.small,
        )
    )
    rows: list[list[object]] = []
    uk = not marks_every_time(data.zone_name)  # else each time says UTC, not only the header
    for entry in data.custody:
        rows.append(
            [
                plain(entry.seq, st.cell),
                plain(utc_text(entry.at).removesuffix(" UTC" if uk else ""), st.cell),
                cell(entry.action[:80], st.cell),
                cell(f"{entry.entity} {entry.entity_id}"[:120], st.cell),
                plain(entry.hash[:20] + "…", st.mono_small),
            ]
        )
    widths = [12 * mm, 44 * mm, 40 * mm, 40 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [
        plain(h, st.label) for h in ("Entry", "When (UTC)", "What", "Record", "Fingerprint (start)")
    ]
    story.append(LongTable(heads, rows, widths))
    story.append(PageBreak())
    return story


def checklist_overviews(vault: Vault) -> list[Any]:
    """The overviews of every safety checklist."""
    try:
        catalog = checklists.load_catalog(language="en")  # the dossier is English for the police
    except Exception as exc:  # broken checklist content must not pass silently
        raise ExportFailed(
            _(
                "The safety checklists could not be read, so their summary cannot be "
                "included; export again without it."
            )
        ) from exc
    return list(checklists.overview(vault, catalog))


def checklist_summary(overviews: list[Any], st: Styles) -> list[Flowable]:
    """One row per checklist: how far the person has got, and the next thing to do."""
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        heading("Safety checklists: summary", st.h1, "checklists"),
        Paragraph(
            "How far the person has worked through SafeLog's safety "
            "checklists. Items marked not applicable are not "
            "counted.",
            st.small,
        ),
    ]
    rows: list[list[object]] = []
    labels = checklists.STATUS_LABELS
    for ov in overviews:
        counts = dict(getattr(ov, "counts", {}) or {})
        nxt = getattr(ov, "next_item", None)
        next_title = getattr(getattr(nxt, "item", None), "title", "") if nxt else ""
        rows.append(
            [
                cell(getattr(ov, "title", ""), st.cell_bold),
                Paragraph(f"{getattr(ov, 'percent_done', 0)}%", st.cell),
                Paragraph(
                    ", ".join(
                        f"{escape(labels.get(k, k.replace('_', ' ')).lower())}: {v}"
                        for k, v in counts.items()
                        if v
                    ),
                    st.cell,
                ),
                cell(next_title or "nothing open", st.cell),
            ]
        )
    widths = [50 * mm, 16 * mm, 50 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [Paragraph(h, st.label) for h in ("Checklist", "Done", "Items", "Next step")]
    story.append(LongTable(heads, rows, widths))
    return story
