"""The register of court orders protecting the person, and the incidents that breach them.

An incident names the orders it breaches (``Incident.breach_of``, revisioned with the
incident); the ``breaches`` table mirrors that so an order's breaches are one query away.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from ..db import mapped_errors
from ..errors import InvalidInput, NotFound
from ..i18n import N_, _
from ..textutil import clean_text
from ..vault import Vault
from . import records

ORDER_KINDS: dict[str, str] = {
    "injunction": "Harassment injunction (Protection from Harassment Act 1997 s.3)",
    "spo": "Stalking Protection Order (Stalking Protection Act 2019)",
    "non_molestation": "Non-molestation order (Family Law Act 1996 s.42)",
    "restraining": "Restraining order (Sentencing Act 2020 s.359-360)",
    "other": "Other order",
}
# Marked for translation: the terminal says them in the person's language; the dossier prints
# them as they are, in English, for the police.
SHORT_KINDS: dict[str, str] = {
    "injunction": N_("Harassment injunction"),
    "spo": N_("Stalking Protection Order"),
    "non_molestation": N_("Non-molestation order"),
    "restraining": N_("Restraining order"),
    "other": N_("Other order"),
}
_ALIASES = {
    "stalking_protection_order": "spo",
    "harassment_injunction": "injunction",
    "nmo": "non_molestation",
    "restraining_order": "restraining",
    "non_molestation_order": "non_molestation",
}


def kind_key(text: str) -> str:
    needle = text.strip().lower().replace("-", "_").replace(" ", "_")
    if needle in ORDER_KINDS:
        return needle
    if needle in _ALIASES:
        return _ALIASES[needle]
    raise InvalidInput(
        _("Unknown kind of order {text!r}; choose from: {value}.").format(
            text=text, value=", ".join(k.replace("_", "-") for k in ORDER_KINDS)
        )
    )


@dataclass
class Order:
    """One order as the court made it: what the person was given, in their words."""

    kind: str
    made: str  # ISO date
    court: str = ""
    reference: str = ""
    terms: str = ""
    expires: str = ""  # ISO date, or "" for no end date / until further order
    id: int | None = None
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""
    breaches: list[int] = field(default_factory=list)  # incident ids, oldest first

    def validated(self) -> Order:
        kind = kind_key(self.kind)
        made = records.parse_day(self.made, "date the order was made")
        expires = records.parse_day(self.expires, "expiry date", required=False)
        if expires and expires < made:
            raise InvalidInput(_("The order expires before the date it was made."))
        terms = clean_text(self.terms or "").strip()
        if len(terms) > records.MAX_TERMS:
            raise InvalidInput(_("The terms are too long to save."))
        return Order(
            kind,
            made,
            records.line(self.court, "court"),
            records.line(self.reference, "reference"),
            terms,
            expires,
        )

    def in_force(self, on: date) -> bool:
        day = on.isoformat()
        return self.made <= day and (not self.expires or self.expires >= day)

    def to_doc(self) -> dict[str, Any]:
        return {
            k: v
            for k, v in asdict(self).items()
            if k in ("kind", "made", "court", "reference", "terms", "expires")
        }

    def to_json(self) -> dict[str, Any]:
        return dict(
            self.to_doc(),
            id=self.id,
            revision=self.revision,
            created_at=self.created_at,
            updated_at=self.updated_at,
            kind_label=ORDER_KINDS[self.kind],
            breaches=self.breaches,
        )

    def describe(self) -> str:
        until = f"until {self.expires}" if self.expires else "no expiry given"
        return (
            f"{SHORT_KINDS[self.kind]}, made {self.made} ({until})"
            + (f" by {self.court}" if self.court else "")
            + (f", ref {self.reference}" if self.reference else "")
        )


def _columns(order: Order) -> dict[str, str]:
    return {"kind": order.kind, "made": order.made, "expires": order.expires}


def insert_order(vault: Vault, order: Order) -> int:
    """Insert inside the caller's transaction; returns the new id."""
    clean = order.validated()
    return records.insert(vault, "orders", "order", _columns(clean), clean.to_doc())


def add_order(vault: Vault, order: Order) -> Order:
    with vault.transaction():
        order_id = insert_order(vault, order)
    return get_order(vault, order_id)


def update_order(vault: Vault, order_id: int, order: Order) -> Order:
    clean = order.validated()
    records.update(
        vault,
        "orders",
        "order",
        order_id,
        _columns(clean),
        clean.to_doc(),
        f"There is no order with number {order_id}.",
    )
    return get_order(vault, order_id)


def order_from_doc(doc: dict[str, Any]) -> Order:
    """An order's text fields from its stored or exported JSON (ids and dates of record apart)."""
    return Order(
        kind=str(doc.get("kind") or ""),
        made=str(doc.get("made") or ""),
        court=str(doc.get("court") or ""),
        reference=str(doc.get("reference") or ""),
        terms=str(doc.get("terms") or ""),
        expires=str(doc.get("expires") or ""),
    )


def _from_row(vault: Vault, row: tuple[Any, ...]) -> Order:
    doc = json.loads(row[4])
    order = order_from_doc(doc)
    order.id, order.created_at, order.updated_at, order.revision = row[:4]
    order.breaches = [
        r[0]
        for r in vault.conn.execute(
            "SELECT b.incident_id FROM breaches b JOIN incidents i ON i.id = b.incident_id"
            " WHERE b.order_id = ? ORDER BY i.start_utc, i.id",
            (order.id,),
        )
    ]
    return order


def get_order(vault: Vault, order_id: int) -> Order:
    with mapped_errors():
        row = vault.conn.execute(
            "SELECT id, created_at, updated_at, revision, doc FROM orders WHERE id = ?", (order_id,)
        ).fetchone()
        if row is None:
            raise NotFound(_("There is no order with number {order_id}.").format(order_id=order_id))
        return _from_row(vault, row)


def list_orders(vault: Vault) -> list[Order]:
    """Every order, in the order they were made."""
    with mapped_errors():
        rows = vault.conn.execute(
            "SELECT id, created_at, updated_at, revision, doc FROM orders ORDER BY made, id"
        ).fetchall()
        return [_from_row(vault, r) for r in rows]
