"""The legal annex: what a solicitor or officer needs to show a course of conduct.

A table per behaviour that the Protection from Harassment Act 1997 s.2A(3) associates with
stalking; incidents grouped by suspected perpetrator with the number of occasions; orders in
force with their breaches; police risk assessments; second-hand incidents with their source;
why the person thinks a state is behind it; and a short note on which law each part speaks to.
Every user string goes through :func:`.flow.cell` / :func:`.flow.user_text` (escaped, shaped).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from ..incidents.model import BEHAVIOURS, EFFECTS
from ..legal.orders import SHORT_KINDS
from ..legal.risk import LEVELS
from . import fonts, styles
from .collect import DossierData, IncidentView
from .flow import cell, user_text
from .para import Paragraph
from .styles import Styles
from .tables import LongTable
from .timefmt import long_date, short_when

PHA = "https://www.legislation.gov.uk/ukpga/1997/40"
NOTES: list[tuple[str, str]] = [
    (
        "Behaviours",
        "The acts listed are those the Protection from Harassment Act 1997, section 2A(3), gives "
        "as "
        f"examples of acts associated with stalking ({PHA}/section/2A).",
    ),
    (
        "Course of conduct",
        "Harassment and stalking need a course of conduct: for conduct towards one person, conduct "
        f"on at least two occasions (1997 Act, section 7(3); {PHA}/section/7). The occasions "
        "in this annex are counted per suspected perpetrator as the person linked them.",
    ),
    (
        "Effects",
        "Fear of violence is the element of section 4 of the 1997 Act; serious alarm or distress "
        "that has a substantial adverse effect on usual day-to-day activities is one element of "
        f"section 4A ({PHA}/section/4A). What is marked is what the person said they felt.",
    ),
    (
        "Orders",
        "Harassment injunctions: 1997 Act, section 3. Stalking Protection Orders: Stalking "
        "Protection Act 2019 (https://www.legislation.gov.uk/ukpga/2019/9), civil orders the "
        "police apply for; statutory guidance on gov.uk. Non-molestation orders: Family Law Act "
        "1996, section 42. Restraining orders: Sentencing Act 2020, Part 11, Chapter 2, and 1997 "
        "Act, section 5A. Breaching each of these orders can be a criminal offence.",
    ),
    (
        "Second-hand information",
        "Hearsay is admissible in civil proceedings (Civil Evidence Act 1995, section 1). Practice "
        "Direction 32 to the Civil Procedure Rules (paragraph 18.2, "
        "https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part32/pd_part32) asks a "
        "witness statement to say which facts come from the witness's own knowledge and which "
        "are information or belief, and the source. Incidents the person did not see themselves "
        "are marked second-hand, with who told them.",
    ),
    (
        "State involvement",
        "The gov.uk guidance on transnational repression (https://www.gov.uk/government/"
        "publications/transnational-repression) describes it as activity directed by a foreign "
        "state. The reasons given in this annex are the person's own; they are not a finding.",
    ),
    (
        "Risk assessments",
        "Police risk assessments are recorded as the person was told them: the outcome only, not "
        "the questionnaire.",
    ),
]
NOT_ADVICE = (
    "This annex arranges the person's own record under the headings the law uses. "
    "It is not legal advice, and it does not say whether any offence was committed "
    "or any order should be made."
)


def incident_rows(view: IncidentView, st: Styles) -> list[tuple[str, object]]:
    """Rows for an incident's own table in the chronology (the hook in :mod:`.incidents`)."""
    inc = view.incident
    rows: list[tuple[str, object]] = []
    if inc.second_hand:
        rows.append(
            (
                "How known",
                cell(
                    f"Second-hand (information and belief). Source: {inc.source}", st.cell, ltr=True
                ),
            )
        )
    if inc.behaviours:
        rows.append(("Behaviours", "; ".join(BEHAVIOURS.get(b, b) for b in inc.behaviours)))
    if inc.effects:
        rows.append(("Effect", "; ".join(EFFECTS.get(e, e) for e in inc.effects)))
    if inc.attribution:
        rows.append(("Why a state", cell(inc.attribution, st.cell)))
    if inc.breach_of:
        rows.append(("Breach of", ", ".join(f"order {o}" for o in inc.breach_of)))
    return rows


def has_content(data: DossierData) -> bool:
    """Print the annex only when the person recorded something it shows."""
    return not data.legal.empty or any(
        v.incident.behaviours
        or v.incident.effects
        or v.incident.source
        or v.incident.attribution
        or v.incident.breach_of
        or any(role == "perpetrator" for _, role in v.people)
        for v in data.incidents
    )


def _heads(labels: tuple[str, ...], st: Styles) -> list[object]:
    return [Paragraph(label, st.label) for label in labels]


def table_chunks(
    header: list[object], rows: list[list[object]], widths: list[float]
) -> list[Flowable]:
    """One table that splits between whole rows, with its header on every page."""
    return [LongTable(header, rows, widths)]


def _incident_table(views: list[IncidentView], st: Styles, zone: str) -> list[Flowable]:
    rows: list[list[object]] = []
    for v in views:
        inc = v.incident
        mark = "second-hand" if inc.second_hand else "seen or experienced"
        rows.append(
            [
                Paragraph(short_when(inc.when, zone).replace("\n", "<br/>"), st.cell),
                str(inc.id),
                cell(inc.title, st.cell),
                mark,
            ]
        )
    widths = [32 * mm, 16 * mm, 0.0, 30 * mm]
    widths[2] = styles.FRAME_WIDTH - sum(widths)
    return table_chunks(_heads(("When", "Incident", "Title", "How known"), st), rows, widths)


def annex(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        Paragraph("Legal annex", st.h1),
        Paragraph(NOT_ADVICE, st.body),
    ]
    story += _orders(data, st)
    story += _risks(data, st)
    story += _perpetrators(data, st)
    story += _behaviours(data, st)
    story += _second_hand(data, st)
    story += _attribution(data, st)
    story += [CondPageBreak(60 * mm), Paragraph("Which law each part speaks to", st.h2)]
    for title, text in NOTES:
        story.append(Paragraph(f'<font face="{fonts.BOLD}">{title}.</font> {text}', st.small))
    story.append(Paragraph(f'<font face="{fonts.BOLD}">{NOT_ADVICE}</font>', st.small))
    story.append(PageBreak())
    return story


def _section(title: str, st: Styles) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page."""
    return [CondPageBreak(45 * mm), Paragraph(title, st.h2)]


def _orders(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = _section("Orders in force and their breaches", st)
    if not data.legal.orders:
        return [*story, Paragraph("No court order is recorded as in force.", st.body)]
    by_id = {v.incident.id: v for v in data.incidents}
    for view in data.legal.orders:
        order = view.order
        state = "in force" if view.in_force else "no longer in force"
        until = f"expires {long_date_iso(order.expires)}" if order.expires else "no expiry date"
        story.append(
            Paragraph(
                f"Order {order.id}: {SHORT_KINDS[order.kind]}, made "
                f"{long_date_iso(order.made)}, {until} ({state})",
                st.h3,
            )
        )
        for label, value in (
            ("Court", order.court),
            ("Reference", order.reference),
            ("Terms", order.terms),
        ):
            if value:
                story.extend(user_text(f"{label}: {value}", st.cell, ltr=True))
        breaches = [by_id[i] for i in order.breaches if i in by_id]
        story.append(Paragraph(f"Breaches recorded in this dossier: {len(breaches)}", st.label))
        if breaches:
            story += _incident_table(breaches, st, data.zone_name)
    return story


def long_date_iso(text: str) -> str:
    try:
        return long_date(date.fromisoformat(text))
    except ValueError:
        return text


def _risks(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = _section("Police risk assessments", st)
    if not data.legal.risks:
        return [*story, Paragraph("No police risk assessment is recorded.", st.body)]
    rows: list[list[object]] = []
    for item in reversed(data.legal.risks):  # latest first
        rows.append(
            [
                long_date_iso(item.date),
                LEVELS[item.level],
                cell(item.tool, st.cell),
                cell(item.by, st.cell),
                cell(item.reference, st.cell),
            ]
        )
    widths = [30 * mm, 20 * mm, 30 * mm, 0.0, 36 * mm]
    widths[3] = styles.FRAME_WIDTH - sum(widths)
    story.append(Paragraph("As the person was told them, latest first.", st.small))
    story += table_chunks(
        _heads(("Date", "Level", "Tool", "Made by", "Reference"), st), rows, widths
    )
    return story


def _perpetrators(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = _section("Occasions per suspected perpetrator", st)
    groups: dict[int, tuple[str, list[IncidentView]]] = {}
    unlinked: list[IncidentView] = []
    for view in data.incidents:
        linked = [pv for pv, role in view.people if role == "perpetrator"]
        for pv in linked:
            key = pv.person.id or 0
            groups.setdefault(key, (pv.person.name, []))[1].append(view)
        if not linked:
            unlinked.append(view)
    if not groups:
        story.append(
            Paragraph("No incident in this dossier is linked to a suspected perpetrator.", st.body)
        )
    for _, (name, views) in sorted(groups.items(), key=lambda kv: -len(kv[1][1])):
        n = len(views)
        verdict = (
            "two or more occasions: can form a course of conduct"
            if n >= 2
            else "one occasion: a course of conduct needs two or more"
        )
        story.append(CondPageBreak(30 * mm))
        story.extend(
            user_text(
                f"{name}: {n} occasion{'s' if n != 1 else ''} ({verdict})",
                st.h3,
                bold=True,
                ltr=True,
            )
        )
        story += _incident_table(views, st, data.zone_name)
    if unlinked and groups:
        story.append(
            Paragraph(
                (
                    "1 incident in this dossier is"
                    if len(unlinked) == 1
                    else f"{len(unlinked)} incidents in this dossier are"
                )
                + " not linked to a suspected perpetrator.",
                st.small,
            )
        )
    return story


def _behaviours(data: DossierData, st: Styles) -> list[Flowable]:
    story: list[Flowable] = _section("Behaviours associated with stalking", st)
    shown = False
    for key, label in [*BEHAVIOURS.items(), *EFFECTS.items()]:
        views = [
            v for v in data.incidents if key in v.incident.behaviours or key in v.incident.effects
        ]
        if not views:
            continue
        shown = True
        kind = "Effect" if key in EFFECTS else "Behaviour"
        story.append(CondPageBreak(30 * mm))
        story.append(
            Paragraph(
                f"{kind}: {label} ({len(views)} incident{'s' if len(views) != 1 else ''})", st.h3
            )
        )
        story += _incident_table(views, st, data.zone_name)
    if not shown:
        story.append(
            Paragraph(
                "No behaviours or effects are marked on the incidents in this dossier.", st.body
            )
        )
    return story


def _second_hand(data: DossierData, st: Styles) -> list[Flowable]:
    views = [v for v in data.incidents if v.incident.second_hand]
    if not views:
        return []
    story: list[Flowable] = [
        *_section("Second-hand incidents and their sources", st),
        Paragraph(
            "The person did not see these themselves; the source is who told them, when and how.",
            st.small,
        ),
    ]
    rows = [
        [
            Paragraph(short_when(v.incident.when, data.zone_name).replace("\n", "<br/>"), st.cell),
            str(v.incident.id),
            cell(v.incident.title, st.cell),
            cell(v.incident.source, st.cell),
        ]
        for v in views
    ]
    widths = [32 * mm, 16 * mm, 50 * mm, 0.0]
    widths[3] = styles.FRAME_WIDTH - sum(widths)
    return story + table_chunks(_heads(("When", "Incident", "Title", "Source"), st), rows, widths)


def _attribution(data: DossierData, st: Styles) -> list[Flowable]:
    views = [v for v in data.incidents if v.incident.attribution]
    if not views:
        return []
    story: list[Flowable] = _section("Why the person thinks a state is behind it", st)
    rows = [
        [
            Paragraph(short_when(v.incident.when, data.zone_name).replace("\n", "<br/>"), st.cell),
            str(v.incident.id),
            cell(v.incident.title, st.cell),
            cell(v.incident.attribution, st.cell),
        ]
        for v in views
    ]
    widths = [32 * mm, 16 * mm, 50 * mm, 0.0]
    widths[3] = styles.FRAME_WIDTH - sum(widths)
    return story + table_chunks(
        _heads(("When", "Incident", "Title", "Reasons given"), st), rows, widths
    )
