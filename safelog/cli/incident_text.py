"""What the incident commands print for a person: one incident, and a person's details.

Labels are translated first and padded after by terminal cells, so the values still start in one
column when a label is Chinese; the person's own words are shown as typed (through
``show_invisible``, so a bidi control cannot reverse a line).
"""

from __future__ import annotations

from ..i18n import N_, _
from ..incidents.model import (
    BEHAVIOURS,
    CATEGORIES,
    EFFECTS,
    REPORT_ROUTES,
    ROLES,
    Incident,
    Report,
)
from ..incidents.when import display_time
from ..textutil import show_invisible
from .columns import cells, pad


def _label_width(labels: list[str]) -> int:
    """The column values start at: 11 in English, wider when a translated label needs it."""
    return max(11, max(cells(label) + 1 for label in labels))


def _report_text(report: Report) -> str:
    values = {
        "route": _(REPORT_ROUTES.get(report.route, report.route)),
        "date": report.date,
        "reference": report.reference or "-",
        "spoken_to": report.spoken_to or "-",
        "outcome": report.outcome or "-",
        "referred_to": report.referred_to,
    }
    if report.referred_to:
        return _(
            "{route} {date} ref {reference} spoke to {spoken_to}; outcome: {outcome}; "
            "referred to {referred_to}"
        ).format(**values)
    return _("{route} {date} ref {reference} spoke to {spoken_to}; outcome: {outcome}").format(
        **values
    )


def describe(incident: Incident) -> str:
    """The incident as a person reads it: translated labels, values in a column after them."""
    labels = {
        "when": _("When:"),
        "category": _("Category:"),
        "where": _("Where:"),
        "position": _("Position:"),
        "impact": _("Impact:"),
        "tags": _("Tags:"),
        "person": _("Person:"),
        "reported": _("Reported:"),
        "effect": _("Effect:"),
    }
    width = _label_width(list(labels.values()))

    def row(label: str, value: str) -> str:
        return "  " + pad(label + " ", width) + value

    lines = [
        f"#{incident.id}  {incident.title}",
        row(labels["when"], display_time(incident.when)),
        row(labels["category"], _(CATEGORIES[incident.category])),
    ]
    if incident.location:
        lines.append(row(labels["where"], incident.location))
    if incident.coordinates:
        lat, lon = incident.coordinates
        lines.append(row(labels["position"], f"{lat:.6f}, {lon:.6f}"))
    if incident.narrative:
        lines += ["  " + _("What happened:")]
        lines += [f"    {line}" for line in incident.narrative.splitlines()]
    if incident.impact:
        lines.append(row(labels["impact"], incident.impact))
    if incident.tags:
        lines.append(row(labels["tags"], ", ".join(incident.tags)))
    for link in incident.people:
        lines.append(row(labels["person"], f"#{link.person_id} ({_(ROLES[link.role])})"))
    for report in incident.reports:
        lines.append(row(labels["reported"], _report_text(report)))
    if incident.behaviours:
        behaviours = "; ".join(_(BEHAVIOURS.get(b, b)).lower() for b in incident.behaviours)
        lines.append(row(_("Behaviours:"), behaviours))
    if incident.effects:
        effects = "; ".join(_(EFFECTS.get(e, e)).lower() for e in incident.effects)
        lines.append(row(labels["effect"], effects))
    if incident.source:
        lines.append(
            "  " + _("Second-hand; I know it from: {source}").format(source=incident.source)
        )
    if incident.attribution:
        lines.append(
            "  "
            + _("Why I think a state is behind it: {attribution}").format(
                attribution=incident.attribution
            )
        )
    for order_id in incident.breach_of:
        lines.append("  " + _("Breach of order #{id}").format(id=order_id))
    if incident.private_notes:
        lines.append("  " + _("Private notes: {notes}").format(notes=incident.private_notes))
    lines.append(
        "  "
        + _("Recorded {created}, last changed {updated} (version {revision})").format(
            created=incident.created_at, updated=incident.updated_at, revision=incident.revision
        )
    )
    return show_invisible("\n".join(lines))  # a U+202E in a title must not reverse it here


# The person record's fields as a person reads them, each a label with its value.
_PERSON_FIELDS = {
    "description": N_("Description: {value}"),
    "vehicle": N_("Vehicle: {value}"),
    "state_link": N_("State link: {value}"),
    "contact": N_("Contact: {value}"),
    "notes": N_("Notes: {value}"),
}


def person_field(key: str, value: object) -> str:
    template = _PERSON_FIELDS.get(key)
    if template is None:  # a field added later: its name, readable, until it is listed here
        return f"{key.replace('_', ' ').capitalize()}: {value}"
    return _(template).format(value=value)
