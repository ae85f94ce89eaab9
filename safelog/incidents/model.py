"""What an incident, a person and a report are, and how they become JSON.

The taxonomy covers transnational repression as well as stalking and harassment, because much
of what targets face is not a crime in UK law and is still part of the course of conduct.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from ..errors import InvalidInput
from ..i18n import N_, _
from ..textutil import clean_text
from .when import When

# Labels are English data (the dossier prints them as they are); N_() marks them so the
# command line and the app can show them translated.
CATEGORIES: dict[str, str] = {
    "surveillance": N_("Surveillance"),
    "following": N_("Following"),
    "online_harassment": N_("Online harassment"),
    "threats": N_("Threats"),
    "threats_to_family": N_("Threats to family abroad"),
    "hacking_phishing": N_("Hacking or phishing"),
    "impersonation": N_("Impersonation"),
    "smear_doxxing": N_("Smear or doxxing"),
    "official_approach": N_("Approach by officials"),
    "coerced_return": N_("Coerced return"),
    "bounty": N_("Bounty"),
    "assault": N_("Assault"),
    "property_damage": N_("Property damage"),
    "other": N_("Other"),
}

REPORT_ROUTES: dict[str, str] = {
    "999": N_("999 (emergency)"),
    "101": N_("101 (non-emergency)"),
    "local_online": N_("Local police force online"),
    "ctp": N_("Counter Terrorism Policing"),
    "report_fraud": N_("Report Fraud"),
    "platform": N_("Platform or website"),
    "helpline": N_("Helpline"),
    "other": N_("Other"),
}

PERSON_KINDS: dict[str, str] = {
    "perpetrator_known": N_("Perpetrator (known)"),
    "perpetrator_unknown": N_("Perpetrator (unknown)"),
    "witness": N_("Witness"),
    "other": N_("Other"),
}

ROLES: dict[str, str] = {
    "perpetrator": N_("Perpetrator"),
    "witness": N_("Witness"),
    "other": N_("Involved"),
}

# The acts the Protection from Harassment Act 1997 s.2A(3) lists as associated with stalking.
BEHAVIOURS: dict[str, str] = {
    "following": N_("Following"),
    "contacting": N_("Contacting, or trying to contact, by any means"),
    "publishing": N_("Publishing material about the person"),
    "monitoring": N_("Monitoring internet, email or other electronic communication"),
    "loitering": N_("Loitering"),
    "interfering": N_("Interfering with property"),
    "watching": N_("Watching or spying"),
}

# The effects that the 1997 Act's more serious offences (s.4, s.4A) turn on.
EFFECTS: dict[str, str] = {
    "fear-of-violence": N_("Fear of violence"),
    "alarm-distress": N_("Serious alarm or distress"),
}

# Legal fields left out of the stored document when empty, so documents saved before they
# existed stay byte-identical and an unchanged incident never gains an empty revision.
LEGAL_FIELDS = ("behaviours", "effects", "source", "attribution", "breach_of")

MAX_TEXT = 2_000_000  # characters in one field: a very long narrative still fits


def category_key(text: str) -> str:
    """Accept a key (``threats_to_family``) or its label, in any case."""
    needle = text.strip().lower().replace("-", "_").replace(" ", "_")
    for key, label in CATEGORIES.items():
        if needle in (key, label.lower().replace(" ", "_")):
            return key
    raise InvalidInput(
        _("Unknown category {text!r}; choose one of: {value}.").format(
            text=text, value=", ".join(CATEGORIES)
        )
    )


def behaviour_key(text: str) -> str:
    """Accept a behaviour name (``following``) or its label, in any case."""
    needle = text.strip().lower().replace("_", "-").replace(" ", "-")
    for key, label in BEHAVIOURS.items():
        if needle in (key, label.lower().replace(" ", "-")):
            return key
    raise InvalidInput(
        _("Unknown behaviour {text!r}; choose from: {value}.").format(
            text=text, value=", ".join(BEHAVIOURS)
        )
    )


def effect_key(text: str) -> str:
    """Accept ``fear-of-violence`` or ``alarm-distress`` (or their labels), in any case."""
    needle = text.strip().lower().replace("_", "-").replace(" ", "-")
    for key, label in EFFECTS.items():
        if needle in (key, label.lower().replace(" ", "-")):
            return key
    raise InvalidInput(
        _("Unknown effect {text!r}; choose from: {value}.").format(
            text=text, value=", ".join(EFFECTS)
        )
    )


def route_key(text: str) -> str:
    needle = text.strip().lower().replace("-", "_").replace(" ", "_")
    for key, label in REPORT_ROUTES.items():
        if needle in (key, label.lower().replace(" ", "_")):
            return key
    aliases = {
        "police": "101",
        "emergency": "999",
        "counter_terrorism": "ctp",
        "action_fraud": "report_fraud",
    }
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
    behaviours: list[str] = field(default_factory=list)  # keys of BEHAVIOURS
    effects: list[str] = field(default_factory=list)  # keys of EFFECTS
    source: str = ""  # how the person knows it, when they did not witness it themselves
    attribution: str = ""  # why they think a state is behind it
    breach_of: list[int] = field(default_factory=list)  # ids of orders this incident breaches
    # Filled in by the store:
    id: int | None = None
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""

    def clean(self) -> None:
        """Apply :func:`clean_text` to every text field, in place (done before saving)."""
        for name in (
            "title",
            "location",
            "narrative",
            "impact",
            "private_notes",
            "source",
            "attribution",
        ):
            setattr(self, name, clean_text(getattr(self, name)))
        # Canonical order, no repeats: the same choice always saves the same document.
        self.behaviours = [k for k in BEHAVIOURS if k in self.behaviours] + sorted(
            set(self.behaviours) - set(BEHAVIOURS)
        )
        self.effects = [k for k in EFFECTS if k in self.effects] + sorted(
            set(self.effects) - set(EFFECTS)
        )
        self.breach_of = sorted(set(self.breach_of))
        self.tags = [clean_text(tag) for tag in self.tags]
        for report in self.reports:
            for name in report.__dataclass_fields__:
                setattr(report, name, clean_text(getattr(report, name)))

    def validate(self) -> None:
        if not self.title.strip():
            raise InvalidInput(_("An incident needs a short title."))
        if self.category not in CATEGORIES:
            raise InvalidInput(_("Unknown category {category!r}.").format(category=self.category))
        for text in (
            self.title,
            self.location,
            self.narrative,
            self.impact,
            self.private_notes,
            self.source,
            self.attribution,
        ):
            if len(text) > MAX_TEXT:
                raise InvalidInput(_("One of the fields is too long to save."))
        if self.coordinates is not None:
            lat, lon = self.coordinates
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise InvalidInput(_("Coordinates must be a latitude and longitude in degrees."))
        for link in self.people:
            if link.role not in ROLES:
                raise InvalidInput(_("Unknown role {role!r}.").format(role=link.role))
        for name in self.behaviours:
            if name not in BEHAVIOURS:
                raise InvalidInput(
                    _("Unknown behaviour {name!r}; choose from: {value}.").format(
                        name=name, value=", ".join(BEHAVIOURS)
                    )
                )
        for name in self.effects:
            if name not in EFFECTS:
                raise InvalidInput(
                    _("Unknown effect {name!r}; choose from: {value}.").format(
                        name=name, value=", ".join(EFFECTS)
                    )
                )

    @property
    def second_hand(self) -> bool:
        """The person knows it from someone else: printed as information and belief."""
        return bool(self.source.strip())

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
        for key in LEGAL_FIELDS:
            if not doc[key]:
                del doc[key]
        return doc

    def to_json(self) -> dict[str, Any]:
        """For ``--json`` output and exports: the document plus store fields."""
        doc = self.to_doc()
        doc.update(
            id=self.id,
            revision=self.revision,
            created_at=self.created_at,
            updated_at=self.updated_at,
            category_label=CATEGORIES[self.category],
            when_text=self.when.describe(),
            behaviours=self.behaviours,
            effects=self.effects,
            source=self.source,
            attribution=self.attribution,
            breach_of=self.breach_of,
        )
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
            people=[
                PersonLink(int(p["person_id"]), p.get("role", "other"))
                for p in doc.get("people") or []
            ],
            behaviours=[str(b) for b in doc.get("behaviours") or []],
            effects=[str(e) for e in doc.get("effects") or []],
            source=str(doc.get("source") or ""),
            attribution=str(doc.get("attribution") or ""),
            breach_of=[int(o) for o in doc.get("breach_of") or []],
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
            raise InvalidInput(
                _("A person needs a name or a short description such as 'man in grey car'.")
            )
        if self.kind not in PERSON_KINDS:
            raise InvalidInput(
                _("Unknown kind of person {kind!r}; choose one of: {value}.").format(
                    kind=self.kind, value=", ".join(PERSON_KINDS)
                )
            )

    def to_doc(self) -> dict[str, Any]:
        doc = asdict(self)
        for key in ("id", "revision", "created_at", "updated_at"):
            doc.pop(key)
        return doc

    def to_json(self) -> dict[str, Any]:
        doc = self.to_doc()
        doc.update(
            id=self.id,
            revision=self.revision,
            created_at=self.created_at,
            updated_at=self.updated_at,
            kind_label=PERSON_KINDS[self.kind],
        )
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Person:
        fields: dict[str, Any] = {
            k: str(v)
            for k, v in doc.items()
            if k in cls.__dataclass_fields__ and k not in ("id", "revision") and v
        }
        return cls(**fields)


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date-time; raises InvalidInput with the text it could not read."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(
            _("{text!r} is not a date and time such as 2026-05-03 15:30.").format(text=text)
        ) from exc
