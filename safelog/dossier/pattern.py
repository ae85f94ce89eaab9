"""The pattern section: chart, chronology and the people involved.

Harassment and stalking are judged on a course of conduct and its effect, so the first thing a
reader sees after the guidance is how often things happened, of what kind, and who keeps
appearing. Long tables are :class:`.tables.LongTable`: rows measured once, one header per page.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ..incidents.model import CATEGORIES, PERSON_KINDS
from . import styles
from .chart import incidents_chart
from .collect import DossierData
from .flow import cell
from .navigation import heading
from .para import Paragraph
from .styles import Styles
from .summary import all_reports, plural, reported_sentence, reports_rows
from .tables import LongTable, reference
from .text import escape, short
from .textline import plain
from .timefmt import long_date, short_when


def _heads(labels: list[str], st: Styles) -> list[object]:
    return [plain(label, st.label) for label in labels]


def pattern(data: DossierData, st: Styles, zone_days: list[tuple[date, str]]) -> list[Flowable]:
    story: list[Flowable] = [heading("The pattern", st.h1, "pattern")]
    n = len(data.incidents)
    start, end = (date.fromisoformat(d) for d in data.period)
    counts: dict[str, int] = {}
    for view in data.incidents:
        counts[view.incident.category] = counts.get(view.incident.category, 0) + 1
    summary = ", ".join(
        CATEGORIES[k].lower() if n == 1 else f"{CATEGORIES[k].lower()} {v}"
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1])
    )
    reported = sum(1 for v in data.incidents if v.incident.reports)
    story.append(
        Paragraph(
            f"{plural(n, 'incident')} "
            + (
                f"on {long_date(start)}"
                if start == end
                else f"between {long_date(start)} and {long_date(end)}"
            )
            + (f": {summary}." if summary else ".")
            + f" {reported_sentence(reported, n)}",
            st.body,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(incidents_chart(zone_days, start, end, styles.FRAME_WIDTH))
    story.append(Spacer(1, 4 * mm))
    story.extend(people_section(data, st))
    story.append(CondPageBreak(60 * mm))
    story.append(heading("Chronology", st.h2, "chronology", level=1))
    story.append(
        Paragraph(
            "Every incident in this dossier, oldest first, at its local time. "
            "The number is the incident's number in the person's record; "
            "details follow in the Incidents section.",
            st.small,
        )
    )
    rows: list[list[object]] = []
    for view in data.incidents:
        inc = view.incident
        exhibits = ", ".join(e.ref for e in view.exhibits) or "none"
        refs: list[object] = [
            reference(r.reference, st.cell) for r in inc.reports if r.reference.strip()
        ]
        if inc.reports and not refs:
            refs = [plain(plural(len(inc.reports), "report") + ", no reference", st.cell)]
        rows.append(
            [
                plain(inc.id, st.cell),
                Paragraph(
                    escape(short_when(inc.when, data.zone_name)).replace("\n", "<br/>"), st.cell
                ),
                plain(CATEGORIES[inc.category], st.cell),
                cell(short(inc.title, 300), st.cell),
                cell(short(inc.location or "", 200), st.cell),
                refs or plain("not reported", st.cell),
                plain(exhibits, st.cell),
            ]
        )
    widths = [9 * mm, 25 * mm, 26 * mm, 40 * mm, 27 * mm, 32 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    story.append(
        LongTable(
            _heads(
                [
                    "No.",
                    "When (local)",
                    "Category",
                    "What happened",
                    "Where",
                    "References",
                    "Exhibits",
                ],
                st,
            ),
            rows,
            widths,
        )
    )
    story.extend(reports_section(data, st))
    story.append(PageBreak())
    return story


def reports_section(data: DossierData, st: Styles) -> list[Flowable]:
    """Every report made, in one table: the references an officer searches for."""
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        heading("Reports made", st.h2, "reports", level=1),
    ]
    pairs = all_reports(data)
    if not pairs:
        story.append(
            Paragraph(
                "No report to the police or another body is recorded for these incidents.", st.body
            )
        )
        return story
    story.append(
        Paragraph(
            "Every report the person made about these incidents, by date. "
            "References are printed whole so a search of this PDF finds them.",
            st.small,
        )
    )
    widths = [20 * mm, 30 * mm, 34 * mm, 25 * mm, 33 * mm, 22 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = _heads(
        ["Date", "Made to", "Reference", "Officer", "Outcome", "Referred to", "Inc."], st
    )
    story.append(LongTable(heads, reports_rows(pairs, st, referred=True), widths))
    return story


def people_section(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [heading("People involved", st.h2, "people", level=1)]
    if not data.people:
        story.append(Paragraph("No people are linked to these incidents.", st.body))
        return story
    story.append(
        Paragraph(
            "Each person the record links to these incidents, most often "
            "involved first, with the number of incidents in this dossier.",
            st.small,
        )
    )
    with_contact = "people-contacts" not in data.excluded
    rows: list[list[object]] = []
    for pv in data.people:
        p = pv.person
        details = "\n".join(
            x
            for x in (
                p.description,
                f"Vehicle: {p.vehicle}" if p.vehicle else "",
                f"State link: {p.state_link}" if p.state_link else "",
                p.notes,
            )
            if x
        )
        row: list[object] = [
            cell(short(p.name, 200), st.cell_bold),
            plain(PERSON_KINDS.get(p.kind, p.kind), st.cell),
            cell(short(details, 1500), st.cell),
        ]
        if with_contact:
            row.append(cell(short(p.contact, 500), st.cell))
        row.append(plain(pv.count, st.cell_bold))
        rows.append(row)
    heads = (
        ["Name or description", "Kind", "Details"]
        + (["Contact"] if with_contact else [])
        + ["Incidents"]
    )
    widths = [38 * mm, 26 * mm] + ([58 * mm, 34 * mm] if with_contact else [92 * mm])
    widths.append(styles.FRAME_WIDTH - sum(widths))
    story.append(LongTable(_heads(heads, st), rows, widths))
    return story
