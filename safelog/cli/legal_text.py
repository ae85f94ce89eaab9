"""What the ``order`` and ``risk`` commands print: an order and a risk assessment as a line.

The core's ``Order.describe()`` and ``RiskAssessment.describe()`` stay English because the police
dossier prints them; the terminal builds its own line from the same fields, in the person's
language. Each optional part wraps the text before it ("{record}, ref {reference}"), so a
translator decides the word order and the punctuation. In English the line reads exactly as
``describe()`` does. Typed text goes through ``show_invisible`` so a bidi control in a court's
name cannot reverse the line.
"""

from __future__ import annotations

from ..i18n import N_, _
from ..legal import orders, risk
from ..textutil import show_invisible

# One whole phrase per level, so a language can agree the adjective with "risk".
_RISK_LINES: dict[str, str] = {
    "standard": N_("{date}: standard risk"),
    "medium": N_("{date}: medium risk"),
    "high": N_("{date}: high risk"),
}


def order_kind(kind: str) -> str:
    """The short name of a kind of order, in the person's language."""
    return _(orders.SHORT_KINDS[kind]) if kind in orders.SHORT_KINDS else kind


def _with_reference(text: str, reference: str) -> str:
    if not reference:
        return text
    # TRANSLATORS: {record} is an order or a risk assessment; {reference} its reference number.
    return _("{record}, ref {reference}").format(record=text, reference=reference)


def order_text(order: orders.Order) -> str:
    """As in "Stalking Protection Order, made 2026-03-01 (until 2027-03-01) by X, ref Y"."""
    kind = order_kind(order.kind)
    if order.expires:
        text = _("{kind}, made {made} (until {expires})").format(
            kind=kind, made=order.made, expires=order.expires
        )
    else:
        text = _("{kind}, made {made} (no expiry given)").format(kind=kind, made=order.made)
    if order.court:
        # TRANSLATORS: {order} is the order so far; {court} is the court that made it.
        text = _("{order} by {court}").format(order=text, court=order.court)
    return show_invisible(_with_reference(text, order.reference))


def risk_text(item: risk.RiskAssessment) -> str:
    """As in "2026-04-02: high risk (S-DASH), by DC Jones 4411, ref CAD 5521"."""
    text = _(_RISK_LINES[item.level]).format(date=item.date)  # the core accepts only these
    if item.tool:
        # TRANSLATORS: {tool} is the name of the questionnaire used, e.g. S-DASH.
        text = _("{assessment} ({tool})").format(assessment=text, tool=item.tool)
    if item.by:
        # TRANSLATORS: {assessor} is who made the assessment: an officer and number, or a service.
        text = _("{assessment}, by {assessor}").format(assessment=text, assessor=item.by)
    return show_invisible(_with_reference(text, item.reference))
