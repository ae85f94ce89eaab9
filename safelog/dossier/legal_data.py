"""The legal records a dossier prints: orders and their breaches, and risk assessments.

Read once by :func:`.collect.collect` into ``DossierData.legal``. Breaches are limited to the
incidents the dossier contains, so an order's page never shows that other records exist.
``latest_risk`` is there for page 1 (the cover), which prints the latest police risk level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..legal import orders, risk
from ..vault import Vault


@dataclass
class OrderView:
    order: orders.Order  # ``order.breaches`` already limited to this dossier's incidents
    in_force: bool  # on the day the dossier was prepared


@dataclass
class LegalData:
    orders: list[OrderView] = field(default_factory=list)  # in force, or with breaches here
    risks: list[risk.RiskAssessment] = field(default_factory=list)  # oldest first
    latest_risk: risk.RiskAssessment | None = None  # printed on page 1

    @property
    def empty(self) -> bool:
        return not (self.orders or self.risks)


def collect_legal(vault: Vault, incident_ids: set[int | None], today: date) -> LegalData:
    views: list[OrderView] = []
    for order in orders.list_orders(vault):
        order.breaches = [i for i in order.breaches if i in incident_ids]
        in_force = order.in_force(today)
        if in_force or order.breaches:
            views.append(OrderView(order, in_force))
    risks = risk.list_risks(vault)
    return LegalData(views, risks, risks[-1] if risks else None)
