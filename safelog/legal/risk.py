"""Police risk assessments, recorded as the person was told them.

Only the outcome is kept (date, tool, by whom, reference, level): risk questionnaires such as
DASH and S-DASH are copyrighted and their authors ask that they are not reproduced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..db import mapped_errors
from ..errors import InvalidInput, NotFound
from ..i18n import _
from ..textutil import clean_text
from ..vault import Vault
from . import records

LEVELS: dict[str, str] = {"standard": "Standard", "medium": "Medium", "high": "High"}


@dataclass
class RiskAssessment:
    date: str  # ISO date it was made
    level: str  # a key of LEVELS
    tool: str = ""  # e.g. "S-DASH", "DASH"
    by: str = ""  # who made it (officer, service)
    reference: str = ""
    notes: str = ""
    id: int | None = None
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""

    def validated(self) -> RiskAssessment:
        level = (self.level or "").strip().lower()
        if level not in LEVELS:
            raise InvalidInput(_("The risk level must be standard, medium or high."))
        notes = clean_text(self.notes or "").strip()
        if len(notes) > records.MAX_TERMS:
            raise InvalidInput(_("The notes are too long to save."))
        return RiskAssessment(
            records.parse_day(self.date, "date of the assessment"),
            level,
            records.line(self.tool, "tool"),
            records.line(self.by, "assessor"),
            records.line(self.reference, "reference"),
            notes,
        )

    def to_doc(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "level": self.level,
            "tool": self.tool,
            "by": self.by,
            "reference": self.reference,
            "notes": self.notes,
        }

    def to_json(self) -> dict[str, Any]:
        return dict(
            self.to_doc(),
            id=self.id,
            revision=self.revision,
            created_at=self.created_at,
            updated_at=self.updated_at,
            level_label=LEVELS[self.level],
        )

    def describe(self) -> str:
        return (
            f"{self.date}: {LEVELS[self.level].lower()} risk"
            + (f" ({self.tool})" if self.tool else "")
            + (f", by {self.by}" if self.by else "")
            + (f", ref {self.reference}" if self.reference else "")
        )


def _columns(item: RiskAssessment) -> dict[str, str]:
    return {"date": item.date, "level": item.level}


def insert_risk(vault: Vault, item: RiskAssessment) -> int:
    """Insert inside the caller's transaction; returns the new id."""
    clean = item.validated()
    return records.insert(vault, "risk_assessments", "risk", _columns(clean), clean.to_doc())


def add_risk(vault: Vault, item: RiskAssessment) -> RiskAssessment:
    with vault.transaction():
        row_id = insert_risk(vault, item)
    return get_risk(vault, row_id)


def update_risk(vault: Vault, risk_id: int, item: RiskAssessment) -> RiskAssessment:
    clean = item.validated()
    records.update(
        vault,
        "risk_assessments",
        "risk",
        risk_id,
        _columns(clean),
        clean.to_doc(),
        f"There is no risk assessment with number {risk_id}.",
    )
    return get_risk(vault, risk_id)


def risk_from_doc(doc: dict[str, Any]) -> RiskAssessment:
    """An assessment's text fields from its stored or exported JSON."""
    return RiskAssessment(
        date=str(doc.get("date") or ""),
        level=str(doc.get("level") or ""),
        tool=str(doc.get("tool") or ""),
        by=str(doc.get("by") or ""),
        reference=str(doc.get("reference") or ""),
        notes=str(doc.get("notes") or ""),
    )


def _from_row(row: tuple[Any, ...]) -> RiskAssessment:
    doc = json.loads(row[4])
    item = risk_from_doc(doc)
    item.id, item.created_at, item.updated_at, item.revision = row[:4]
    return item


def get_risk(vault: Vault, risk_id: int) -> RiskAssessment:
    with mapped_errors():
        row = vault.conn.execute(
            "SELECT id, created_at, updated_at, revision, doc FROM risk_assessments WHERE id = ?",
            (risk_id,),
        ).fetchone()
    if row is None:
        raise NotFound(
            _("There is no risk assessment with number {risk_id}.").format(risk_id=risk_id)
        )
    return _from_row(row)


def list_risks(vault: Vault) -> list[RiskAssessment]:
    """Every assessment, oldest first: the last one is the latest."""
    with mapped_errors():
        rows = vault.conn.execute(
            "SELECT id, created_at, updated_at, revision, doc FROM"
            " risk_assessments ORDER BY date, id"
        ).fetchall()
    return [_from_row(r) for r in rows]


def latest(vault: Vault) -> RiskAssessment | None:
    items = list_risks(vault)
    return items[-1] if items else None
