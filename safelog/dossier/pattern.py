"""The pattern section: chart, chronology and the people involved.

Harassment and stalking are judged on a course of conduct and its effect, so the first thing a
reader sees after the guidance is how often things happened, of what kind, and who keeps
appearing. Long tables are built in chunks so ReportLab never re-measures hundreds of rows when a
table splits across pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from ..incidents.model import CATEGORIES, PERSON_KINDS
from . import fonts, styles
from .chart import incidents_chart
from .collect import DossierData
from .flow import cell
from .styles import Styles
from .text import short
from .timefmt import long_date, short_when

CHUNK_ROWS = 30


def chunked(rows: list[list[object]], size: int = CHUNK_ROWS) -> Iterator[list[list[object]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def table_chunks(header: list[object], rows: list[list[object]], widths: list[float], *,
                 mono_column: int | None = None) -> list[Flowable]:
    """Tables of at most CHUNK_ROWS rows, each repeating the header when it splits."""
    out: list[Flowable] = []
    for part in chunked(rows):
        table = Table([header, *part], colWidths=widths, repeatRows=1, hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(styles.grid())
        if mono_column is not None:
            table.setStyle([("FONTNAME", (mono_column, 1), (mono_column, -1), fonts.MONOSPACE),
                            ("FONTSIZE", (mono_column, 1), (mono_column, -1), 6.6),
                            ("LEADING", (mono_column, 1), (mono_column, -1), 9)])
        out.append(table)
    if not rows:
        out.append(Table([header], colWidths=widths, hAlign="LEFT", style=styles.grid()))
    return out


def _heads(labels: list[str], st: Styles) -> list[object]:
    return [Paragraph(label, st.label) for label in labels]


def pattern(data: DossierData, st: Styles, zone_days: list[tuple[date, str]]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("The pattern", st.h1)]
    n = len(data.incidents)
    start, end = (date.fromisoformat(d) for d in data.period)
    counts: dict[str, int] = {}
    for view in data.incidents:
        counts[view.incident.category] = counts.get(view.incident.category, 0) + 1
    summary = ", ".join(f"{CATEGORIES[k].lower()} {v}" for k, v in
                        sorted(counts.items(), key=lambda kv: -kv[1]))
    reported = sum(1 for v in data.incidents if v.incident.reports)
    story.append(Paragraph(
        f"{n} incident{'s' if n != 1 else ''} between {long_date(start)} and {long_date(end)}"
        + (f": {summary}." if summary else ".")
        + f" {reported} of them were reported to the police or another body.", st.body))
    story.append(Spacer(1, 2 * mm))
    story.append(incidents_chart(zone_days, start, end, styles.FRAME_WIDTH))
    story.append(Spacer(1, 4 * mm))
    story.extend(people_section(data, st))
    story.append(CondPageBreak(60 * mm))
    story.append(Paragraph("Chronology", st.h2))
    story.append(Paragraph("Every incident in this dossier, oldest first. The number is the "
                           "incident's number in the person's record; details follow in the "
                           "next section.", st.small))
    rows: list[list[object]] = []
    for view in data.incidents:
        inc = view.incident
        exhibits = ", ".join(e.ref for e in view.exhibits) or "none"
        rows.append([  # SafeLog's own values as plain strings: nothing to parse
            str(inc.id), short_when(inc.when), CATEGORIES[inc.category].replace(" ", "\n", 1)
            if len(CATEGORIES[inc.category]) > 14 else CATEGORIES[inc.category],
            cell(short(inc.title, 300), st.cell), cell(short(inc.location or "", 200), st.cell),
            f"{len(inc.reports)}" if inc.reports else "no", Paragraph(exhibits, st.cell),
        ])
    widths = [10 * mm, 27 * mm, 25 * mm, 50 * mm, 31 * mm, 14 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    story.extend(table_chunks(_heads(["No.", "When", "Category", "What happened", "Where",
                                      "Reports", "Exhibits"], st), rows, widths))
    story.append(PageBreak())
    return story


def people_section(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("People involved", st.h2)]
    if not data.people:
        story.append(Paragraph("No people are linked to these incidents.", st.body))
        return story
    story.append(Paragraph("Each person the record links to these incidents, most often "
                           "involved first, with the number of incidents in this dossier.",
                           st.small))
    with_contact = "people-contacts" not in data.excluded
    rows: list[list[object]] = []
    for pv in data.people:
        p = pv.person
        details = "\n".join(x for x in (p.description, f"Vehicle: {p.vehicle}" if p.vehicle
                                        else "", f"State link: {p.state_link}" if p.state_link
                                        else "", p.notes) if x)
        row: list[object] = [cell(short(p.name, 200), st.cell_bold), Paragraph(PERSON_KINDS.get(
            p.kind, p.kind), st.cell), cell(details, st.cell)]
        if with_contact:
            row.append(cell(p.contact, st.cell))
        row.append(Paragraph(str(pv.count), st.cell_bold))
        rows.append(row)
    heads = ["Name or description", "Kind", "Details"] + (["Contact"] if with_contact else []) \
        + ["Incidents"]
    widths = [38 * mm, 26 * mm] + ([60 * mm, 32 * mm] if with_contact else [92 * mm])
    widths.append(styles.FRAME_WIDTH - sum(widths))
    story.extend(table_chunks(_heads(heads, st), rows, widths))
    return story
