"""What an incident, a person and a report are, and how they become JSON.

The taxonomy covers transnational repression as well as stalking and harassment, because much
of what targets face is not a crime in UK law and is still part of the course of conduct.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from ..errors import InvalidInput
from ..textutil import clean_text
from .when import When

CATEGORIES: dict[str, str] = {
    "surveillance": "Surveillance",
    "following": "Following",
    "online_harassment": "Online harassment",
    "threats": "Threats",
    "threats_to_family": "Threats to family abroad",
    "hacking_phishing": "Hacking or phishing",
    "impersonation": "Impersonation",
    "smear_doxxing": "Smear or doxxing",
    "official_approach": "Approach by officials",
    "coerced_return": "Coerced return",
    "bounty": "Bounty",
    "assault": "Assault",
    "property_damage": "Property damage",
    "other": "Other",
}

REPORT_ROUTES: dict[str, str] = {
    "999": "999 (emergency)",
    "101": "101 (non-emergency)",
    "local_online": "Local police force online",
    "ctp": "Counter Terrorism Policing",
    "report_fraud": "Report Fraud",
    "platform": "Platform or website",
    "helpline": "Helpline",
    "other": "Other",
}

PERSON_KINDS: dict[str, str] = {
    "perpetrator_known": "Perpetrator (known)",
    "perpetrator_unknown": "Perpetrator (unknown)",
    "witness": "Witness",
    "other": "Other",
}

ROLES: dict[str, str] = {
    "perpetrator": "Perpetrator",
    "witness": "Witness",
    "other": "Involved",
}

MAX_TEXT = 2_000_000  # characters in one field: a very long narrative still fits


def category_key(text: str) -> str:
    """Accept a key (``threats_to_family``) or its label, in any case."""
    needle = text.strip().lower().replace("-", "_").replace(" ", "_")
    for key, label in CATEGORIES.items():
        if needle in (key, label.lower().replace(" ", "_")):
            return key
    raise InvalidInput(
        f"Unknown category {text!r}; choose one of: {', '.join(CATEGORIES)}."
    )


def route_key(text: str) -> str:
    needle = text.strip().lower().replace("-", "_").replace(" ", "_")
    for key, label in REPORT_ROUTES.items():
        if needle in (key, label.lower().replace(" ", "_")):
            return key
    aliases = {"police": "101", "emergency": "999", "counter_terrorism": "ctp",
               "action_fraud": "report_fraud"}
    return aliases.get(needle, "other")


@dataclass
class Report:
    """One report made about the incident: being passed between agencies is itself evidence."""

    route: str = "other"
    date: str = ""  # ISO date (YYYY-MM-DD) or empty
    reference: str = ""
    spoken_to: str = ""  # officer or person, with number
    outcome: str = ""
    referred_to: str = ""
    notes: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        known = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__ and v}
        return cls(**known)


@dataclass
class PersonLink:
    person_id: int
    role: str = "other"


@dataclass
class Incident:
    title: str
    when: When
    category: str = "other"
    location: str = ""
    coordinates: tuple[float, float] | None = None
    narrative: str = ""
    impact: str = ""
    private_notes: str = ""
    tags: list[str] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    people: list[PersonLink] = field(default_factory=list)
    # Filled in by the store:
    id: int | None = None
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""

    def clean(self) -> None:
        """Apply :func:`clean_text` to every text field, in place (done before saving)."""
        for name in ("title", "location", "narrative", "impact", "private_notes"):
            setattr(self, name, clean_text(getattr(self, name)))
        self.tags = [clean_text(tag) for tag in self.tags]
        for report in self.reports:
            for name in report.__dataclass_fields__:
                setattr(report, name, clean_text(getattr(report, name)))

    def validate(self) -> None:
        if not self.title.strip():
            raise InvalidInput("An incident needs a short title.")
        if self.category not in CATEGORIES:
            raise InvalidInput(f"Unknown category {self.category!r}.")
        for text in (self.title, self.location, self.narrative, self.impact, self.private_notes):
            if len(text) > MAX_TEXT:
                raise InvalidInput("One of the fields is too long to save.")
        if self.coordinates is not None:
            lat, lon = self.coordinates
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise InvalidInput("Coordinates must be a latitude and longitude in degrees.")
        for link in self.people:
            if link.role not in ROLES:
                raise InvalidInput(f"Unknown role {link.role!r}.")

    @property
    def reported(self) -> bool:
        return bool(self.reports)

    def to_doc(self) -> dict[str, Any]:
        """The stored JSON of one revision (ids and store fields excluded)."""
        doc = asdict(self)
        for key in ("id", "revision", "created_at", "updated_at"):
            doc.pop(key)
        doc["when"] = self.when.to_json()
        doc["coordinates"] = list(self.coordinates) if self.coordinates else None
        return doc

    def to_json(self) -> dict[str, Any]:
        """For ``--json`` output and exports: the document plus store fields."""
        doc = self.to_doc()
        doc.update(id=self.id, revision=self.revision, created_at=self.created_at,
                   updated_at=self.updated_at, category_label=CATEGORIES[self.category],
                   when_text=self.when.describe())
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Incident:
        coords = doc.get("coordinates")
        return cls(
            title=doc.get("title", ""),
            when=When.from_json(doc["when"]),
            category=doc.get("category", "other"),
            location=doc.get("location", ""),
            coordinates=(float(coords[0]), float(coords[1])) if coords else None,
            narrative=doc.get("narrative", ""),
            impact=doc.get("impact", ""),
            private_notes=doc.get("private_notes", ""),
            tags=list(doc.get("tags") or []),
            reports=[Report.from_json(r) for r in doc.get("reports") or []],
            people=[PersonLink(int(p["person_id"]), p.get("role", "other"))
                    for p in doc.get("people") or []],
        )


@dataclass
class Person:
    name: str
    kind: str = "other"
    description: str = ""
    vehicle: str = ""
    state_link: str = ""  # e.g. "suspected", "confirmed", or free text
    contact: str = ""  # how to reach a witness
    notes: str = ""
    id: int | None = None
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""

    def clean(self) -> None:
        """Apply :func:`clean_text` to every text field, in place (done before saving)."""
        for name in ("name", "kind", "description", "vehicle", "state_link", "contact", "notes"):
            setattr(self, name, clean_text(getattr(self, name)))

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput("A person needs a name or a short description such as "
                               "'man in grey car'.")
        if self.kind not in PERSON_KINDS:
            raise InvalidInput(f"Unknown kind of person {self.kind!r}; choose one of: "
                               f"{', '.join(PERSON_KINDS)}.")

    def to_doc(self) -> dict[str, Any]:
        doc = asdict(self)
        for key in ("id", "revision", "created_at", "updated_at"):
            doc.pop(key)
        return doc

    def to_json(self) -> dict[str, Any]:
        doc = self.to_doc()
        doc.update(id=self.id, revision=self.revision, created_at=self.created_at,
                   updated_at=self.updated_at, kind_label=PERSON_KINDS[self.kind])
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Person:
        fields: dict[str, Any] = {k: str(v) for k, v in doc.items()
                  if k in cls.__dataclass_fields__ and k not in ("id", "revision") and v}
        return cls(**fields)


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date-time; raises InvalidInput with the text it could not read."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"{text!r} is not a date and time such as 2026-05-03 15:30.") from exc
