"""Page 1, for the police: who is reporting and how to reach them safely, who is suspected,
the course of conduct in a few sentences, every reference already given, and the latest incident.

An officer taking a 101 follow-up reads this page first and may read nothing else, so it says
what they need to act and where the rest is. The sentences are generated from the record only:
counts, dates and categories, never a judgement about the person or the suspect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from ..incidents.model import CATEGORIES, REPORT_ROUTES, Report
from ..legal.risk import LEVELS as RISK_LEVELS
from . import styles
from .collect import EXCLUSIONS, DossierData, IncidentView
from .flow import cell
from .navigation import heading
from .para import Paragraph
from .places import place_phrase
from .styles import Styles
from .tables import LongTable, reference
from .text import escape, needs_layout_engine, short
from .textline import plain
from .timefmt import long_date, marks_every_time, short_when, times_note, utc_text

RECENT_DAYS = 90
SERIOUS = (
    "assault",
    "threats",
    "threats_to_family",
    "bounty",
    "coerced_return",
    "property_damage",
    "following",
)
PAGE1_REPORTS = 9


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 incident", "2 incidents": every count the dossier prints goes through here."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


@dataclass
class Suspect:
    name: str
    kind: str
    details: str
    days: list[date] = field(default_factory=list)


def suspects(data: DossierData) -> list[Suspect]:
    """People linked with the perpetrator role, most incidents first."""
    found: dict[int, Suspect] = {}
    for view in data.incidents:
        for pv, role in view.people:
            p = pv.person
            if role != "perpetrator" or p.id is None:
                continue
            entry = found.get(p.id)
            if entry is None:
                details = "; ".join(
                    x
                    for x in (
                        p.description,
                        f"vehicle {p.vehicle}" if p.vehicle else "",
                        f"state link: {p.state_link}" if p.state_link else "",
                    )
                    if x
                )
                entry = found[p.id] = Suspect(p.name, p.kind, details)
            entry.days.append(view.incident.when.start.date())
    return sorted(found.values(), key=lambda s: (-len(s.days), s.name.lower()))


def course_of_conduct(data: DossierData) -> list[str]:
    """Two or three plain sentences: how many of what, over what period, and the trend."""
    views = data.incidents
    if not views:
        return ["There are no incidents in this dossier."]
    days = sorted(v.incident.when.start.date() for v in views)
    first, last = days[0], days[-1]
    counts: dict[str, int] = {}
    for v in views:
        counts[v.incident.category] = counts.get(v.incident.category, 0) + 1
    # The kind first, then its count: category names are plural nouns or activities
    # ("threats", "following"), so "1 threats" would read wrong.
    kinds = [
        f"{CATEGORIES[k].lower()} {n}"
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    listed = ", ".join(kinds[:-1]) + (" and " if len(kinds) > 1 else "") + kinds[-1]
    span = (last - first).days
    months = round(span / 30.44)
    over = (
        f"over {plural(months, 'month')}"
        if months >= 2
        else f"over {plural(span + 1, 'day')}"
        if span
        else "on one day"
    )
    when = (
        f"{over}, from {long_date(first)} to {long_date(last)}"
        if span
        else f"on {long_date(first)}"
    )
    out = [
        f"1 incident {when}, of the kind {CATEGORIES[views[0].incident.category].lower()}."
        if len(views) == 1
        else f"{plural(len(views), 'incident')} {when}; by kind: {listed}."
    ]
    end = date.fromisoformat(data.period[1])
    cut = end - timedelta(days=RECENT_DAYS)
    recent = [v for v in views if v.incident.when.start.date() > cut]
    before = [v for v in views if v.incident.when.start.date() <= cut]
    reported = sum(1 for v in views if v.incident.reports)
    if before and recent:
        before_days = max((cut - first).days + 1, 1)
        rate_recent = len(recent) / RECENT_DAYS * 30.44
        rate_before = len(before) / before_days * 30.44
        trend = (
            "more often than before"
            if rate_recent > rate_before * 1.25
            else "less often than before"
            if rate_recent < rate_before * 0.8
            else "about as often as before"
        )
        out.append(
            f"In the last {RECENT_DAYS} days to {long_date(end)} there "
            f"{'was' if len(recent) == 1 else 'were'} {plural(len(recent), 'incident')} "
            f"(about {rate_recent:.1f} a month), against {len(before)} in the "
            f"{plural(before_days, 'day')} before (about {rate_before:.1f} a month): "
            f"incidents are happening {trend}."
        )
        new = sorted(
            {v.incident.category for v in recent if v.incident.category in SERIOUS}
            - {v.incident.category for v in before}
        )
        if new:
            out.append(
                "New in the last 90 days: " + ", ".join(CATEGORIES[c].lower() for c in new) + "."
            )
    elif recent:
        out.append(
            f"It falls in the last {RECENT_DAYS} days to {long_date(end)}."
            if len(views) == 1
            else f"All of them fall in the last {RECENT_DAYS} days to {long_date(end)}."
        )
    out.append(reported_sentence(reported, len(views)))
    return out


def reported_sentence(reported: int, total: int = 0) -> str:
    """How many incidents went to the police: "None of them ..." rather than "0 of them were",
    and "It was ..." when the dossier holds one incident."""
    if total == 1:
        return (
            "It was reported to the police or another body."
            if reported
            else "It has not been reported to the police or another body before."
        )
    if not reported:
        return "None of them has been reported to the police or another body before."
    verb = "was" if reported == 1 else "were"
    return f"{reported} of them {verb} reported to the police or another body."


def all_reports(data: DossierData) -> list[tuple[IncidentView, Report]]:
    """Every report made about the dossier's incidents, by date (undated last)."""
    rows = [(v, r) for v in data.incidents for r in v.incident.reports]
    return sorted(rows, key=lambda vr: (vr[1].date or "9999", vr[0].incident.id or 0))


def name_cell(data: DossierData, st: Styles) -> Flowable | list[Flowable]:
    """The person's name as they write it, and under it the passport's Latin spelling if given."""
    p = data.profile
    name = p.name or data.owner_name
    shown = _as_list(
        cell(name, st.cell_bold)
        if name.strip()
        else Paragraph("(name not recorded in SafeLog)", st.cell)
    )
    if p.name_latin.strip() and p.name_latin.strip() != name.strip():
        shown = [
            *shown,
            Paragraph(
                f"<b>{escape(p.name_latin)}</b> (in Latin letters, as on the passport)", st.cell
            ),
        ]
    return shown[0] if len(shown) == 1 else shown


def _person_box(data: DossierData, st: Styles) -> Table:
    p = data.profile
    interpreter = {"yes": "Yes, an interpreter is needed", "no": "No"}.get(
        p.interpreter, "Not said"
    )
    rows: list[list[object]] = [[Paragraph("Person reporting", st.label), name_cell(data, st)]]
    if p.safe_contact.strip():
        rows.append([Paragraph("Contact safely", st.label), cell(p.safe_contact, st.cell_bold)])
    if p.safe_contact_en.strip():
        rows.append(
            [
                Paragraph("Safe way to contact (in English)", st.label),
                cell(p.safe_contact_en, st.cell_bold),
            ]
        )
    if len(rows) == 1:
        rows.append(
            [
                Paragraph("Contact safely", st.label),
                Paragraph(
                    "Not recorded: ask the person how to contact them safely before calling, "
                    "writing or visiting.",
                    st.cell,
                ),
            ]
        )
    shaded = len(rows) - 1
    rows += [
        [Paragraph("Language", st.label), cell(p.language or "Not said", st.cell)],
        [Paragraph("Interpreter", st.label), Paragraph(interpreter, st.cell)],
    ]
    label_w = 50 * mm if p.safe_contact_en.strip() else 32 * mm  # its label on one line
    table = Table(rows, colWidths=[label_w, styles.FRAME_WIDTH - label_w], hAlign="LEFT")
    table.setStyle(styles.fields())
    table.setStyle([("BACKGROUND", (0, 1), (-1, shaded), styles.SHADE)])
    return table


def _suspects_table(data: DossierData, st: Styles) -> list[Flowable]:
    found = suspects(data)
    if not found:
        return [Paragraph("No person is linked to these incidents as a perpetrator.", st.cell)]
    rows: list[list[object]] = []
    for s in found[:6]:
        rows.append(
            [
                cell(short(s.name, 120), st.cell_bold, ltr=True),
                cell(short(s.details, 160) or "-", st.cell),
                plain(plural(len(s.days), "incident"), st.cell),
                Paragraph(
                    f"{long_date(min(s.days))} to {long_date(max(s.days))}"
                    if len(set(s.days)) > 1
                    else long_date(s.days[0]),
                    st.cell,
                ),
            ]
        )
    widths = [44 * mm, 64 * mm, 22 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [
        plain(h, st.label)
        for h in ("Suspected perpetrator", "Description", "Linked to", "First and last")
    ]
    out: list[Flowable] = [LongTable(heads, rows, widths)]
    if len(found) > 6:
        out.append(
            Paragraph(
                f"{plural(len(found) - 6, 'more person', 'more people')} in People involved.",
                st.small,
            )
        )
    return out


def reports_rows(
    pairs: list[tuple[IncidentView, Report]], st: Styles, *, referred: bool
) -> list[list[object]]:
    """Table rows for reports: the reference printed whole, the incident number last."""
    rows: list[list[object]] = []
    for view, r in pairs:
        try:
            shown_day = long_date(date.fromisoformat(r.date)) if r.date else "not given"
        except ValueError:
            shown_day = r.date
        outcome = r.outcome + (f"\n{r.notes}" if referred and r.notes else "")
        row: list[object] = [
            plain(shown_day, st.cell),
            plain(REPORT_ROUTES.get(r.route, r.route), st.cell),
            reference(r.reference or "none given", st.cell, bold=True),
            cell(r.spoken_to, st.cell),
            cell(outcome, st.cell),
        ]
        if referred:
            row.append(cell(r.referred_to, st.cell))
        row.append(plain(view.incident.id, st.cell))
        rows.append(row)
    return rows


def _references(data: DossierData, st: Styles) -> list[Flowable]:
    pairs = all_reports(data)
    if not pairs:
        return [Paragraph("No report to the police or another body is recorded.", st.cell)]
    shown = pairs[-PAGE1_REPORTS:] if len(pairs) > PAGE1_REPORTS else pairs
    widths = [24 * mm, 30 * mm, 38 * mm, 30 * mm]
    widths += [styles.FRAME_WIDTH - sum(widths) - 12 * mm, 12 * mm]
    heads = [
        plain(h, st.label) for h in ("Date", "Made to", "Reference", "Officer", "Outcome", "Inc.")
    ]
    out: list[Flowable] = [LongTable(heads, reports_rows(shown, st, referred=False), widths)]
    if len(pairs) > len(shown):
        out.append(
            Paragraph(
                f"The newest {len(shown)} of {len(pairs)} reports; all are in Reports made.",
                st.small,
            )
        )
    return out


def _latest(data: DossierData, st: Styles) -> list[Flowable]:
    if not data.incidents:
        return []
    view = data.incidents[-1]
    inc = view.incident
    when = short_when(inc.when, data.zone_name).replace("\n", ", ")
    line = f"<b>Incident {inc.id}</b>, {escape(when)}, {escape(CATEGORIES[inc.category].lower())}"
    place = short(inc.location, 120)
    inline = place and not needs_layout_engine(place)
    if inline:
        line += f", {escape(place_phrase(place))}"
    parts: list[Flowable] = [Paragraph(line + ":", st.cell)]
    parts.extend(_as_list(cell(short(inc.title, 200), st.cell_bold)))
    if place and not inline:
        parts.extend(_as_list(cell(place, st.cell)))
    if inc.narrative.strip():
        parts.extend(_as_list(cell(short(" ".join(inc.narrative.split()), 360), st.cell)))
    if view.exhibits:
        parts.append(
            Paragraph("Exhibits: " + ", ".join(escape(e.ref) for e in view.exhibits), st.cell)
        )
    return parts


def _latest_risk(data: DossierData, st: Styles) -> list[Flowable]:
    """The latest police risk assessment, as the person was told it (details in the annex)."""
    risk = data.legal.latest_risk
    if risk is None:
        return []
    made = ", ".join(escape(x) for x in (risk.tool, risk.by, risk.reference) if x)
    level = RISK_LEVELS.get(risk.level, risk.level)
    line = (
        f"<b>Latest police risk assessment:</b> {escape(level)}"
        f" on {escape(long_date(date.fromisoformat(risk.date)))}"
        + (f" ({made})" if made else "")
        + ", as the person was told it."
    )
    return [Paragraph(line, st.body)]


def _as_list(value: Flowable | list[Flowable]) -> list[Flowable]:
    return value if isinstance(value, list) else [value]


def _selection(data: DossierData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if data.selected:
        chosen = "; ".join(data.selection) or "incidents chosen by the person"
        left = data.total_incidents - len(data.incidents)
        out.append(
            Paragraph(
                f"<b>A selection: {len(data.incidents)} of "
                f"{plural(data.total_incidents, 'incident')}"
                f"</b> in the person's record ({escape(chosen)}). "
                f"{plural(left, 'incident')} {'is' if left == 1 else 'are'} not in this dossier.",
                st.cell,
            )
        )
    left_out = [EXCLUSIONS[key] for key in data.excluded]
    if left_out:
        out.append(
            Paragraph(
                "<b>Left out at the person's choice:</b> "
                + "; ".join(escape(x) for x in left_out)
                + ".",
                st.cell,
            )
        )
    for warning in data.warnings:
        out.append(Paragraph(f"<b>Note:</b> {escape(warning)}", st.cell))
    return out


def page_one(data: DossierData, st: Styles) -> list[Flowable]:
    """The first page; shrunk to fit if a record has unusually many references."""
    body: list[Flowable] = [
        Paragraph(
            f"Document {escape(data.document_id)} &middot; prepared "
            f"{escape(utc_text(data.prepared_at))} &middot; exhibits labelled "
            f"{escape(data.initials)}1, {escape(data.initials)}2 ...",
            st.small,
        ),
        Paragraph(
            escape(times_note(data.zone_name, data.prepared_at)),
            st.cell_bold if marks_every_time(data.zone_name) else st.small,
        ),
        Spacer(1, 1.5 * mm),
        _person_box(data, st),
        Paragraph("Course of conduct", st.h3),
        *[Paragraph(escape(s), st.body) for s in course_of_conduct(data)],
        *_latest_risk(data, st),
        Paragraph("Suspected perpetrators", st.h3),
        *_suspects_table(data, st),
        Paragraph("Reports already made and their references", st.h3),
        *_references(data, st),
    ]
    latest = _latest(data, st)
    if latest:
        body += [Paragraph("Latest incident", st.h3), *latest]
    selection = _selection(data, st)
    if selection:
        body += [Spacer(1, 2 * mm), *selection]
    body.append(
        Paragraph(
            'The contents are on page 2. "How to read and check this '
            'dossier" explains the exhibits and their fingerprints.',
            st.small,
        )
    )
    title = heading(
        "Incident log: summary for the police", st.title, "summary", "Summary for the police"
    )
    frame_h = styles.PAGE[1] - styles.MARGIN_TOP - styles.MARGIN_BOTTOM - 32
    return [title, KeepInFrame(styles.FRAME_WIDTH, frame_h, body, mode="shrink"), PageBreak()]
