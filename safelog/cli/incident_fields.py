"""Turning command-line options into incident fields, shared by ``add`` and ``edit``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import InvalidInput
from ..i18n import _
from ..incidents.model import (
    BEHAVIOURS,
    EFFECTS,
    ROLES,
    Incident,
    PersonLink,
    Report,
    behaviour_key,
    category_key,
    effect_key,
    route_key,
)
from ..incidents.when import parse_when

_REPORT_KEYS = {
    "route",
    "date",
    "reference",
    "ref",
    "spoken_to",
    "spoken-to",
    "officer",
    "outcome",
    "referred_to",
    "referred-to",
    "notes",
}


def add_incident_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--title", required=required)
    p.add_argument(
        "--when",
        help=_('e.g. "2026-05-03 15:30", "about 2026-05-03 15:00" or "2026-05-03" (default: now)'),
    )
    p.add_argument("--precision", choices=["exact", "approximate", "date"])
    p.add_argument("--end", help=_("when it ended, same format as --when"))
    p.add_argument(
        "--tz", default="", help=_("time zone such as Europe/London (default: this computer's)")
    )
    p.add_argument("--category", help=_("e.g. following, threats, threats_to_family"))
    p.add_argument("--location")
    p.add_argument("--coords", help=_("latitude,longitude in decimal degrees"))
    p.add_argument("--narrative", help=_("what happened"))
    p.add_argument("--narrative-file", type=Path, help=_("read the narrative from a UTF-8 file"))
    p.add_argument("--impact", help=_("how it affected you"))
    p.add_argument("--private-notes", help=_("never exported unless you choose"))
    p.add_argument("--tag", action="append", help=_("a tag (repeatable)"))
    p.add_argument(
        "--person",
        action="append",
        metavar="ID[:ROLE]",
        help=_("link a person record, role perpetrator, witness or other (repeatable)"),
    )
    p.add_argument(
        "--report",
        action="append",
        metavar="FIELDS",
        help=_(
            'a report made: "route=101; date=2026-05-04; reference=CAD123; '
            'spoken_to=PC Smith 1234; outcome=...; referred_to=..." (repeatable); '
            "write a semicolon inside a value as \\; (outcome=Advised\\; call back)"
        ),
    )
    add_legal_options(p)


_ESCAPED_SEMICOLON = "\x00"


def add_legal_options(p: argparse.ArgumentParser) -> None:
    """The legal layer (issue 13): what a solicitor needs to show a course of conduct."""
    first_effect, second_effect = EFFECTS  # the Act's two: fear of violence, alarm or distress
    p.add_argument(
        "--behaviour",
        action="append",
        metavar="NAME",
        help=_("an act associated with stalking (PHA 1997 s.2A(3)): {names} (repeatable)").format(
            names=", ".join(BEHAVIOURS)
        ),
    )
    p.add_argument(
        "--no-behaviour",
        action="append",
        metavar="NAME",
        help=_("remove a behaviour (repeatable; 'all' removes every one)"),
    )
    p.add_argument(
        "--effect",
        action="append",
        metavar="NAME",
        help=_("the effect on you: {first} or {second} (repeatable)").format(
            first=first_effect, second=second_effect
        ),
    )
    p.add_argument(
        "--no-effect",
        action="append",
        metavar="NAME",
        help=_("remove an effect (repeatable; 'all' removes every one)"),
    )
    p.add_argument(
        "--source",
        help=_(
            "how you know it, when you did not see it yourself: who "
            "told you, when and how ('' to clear)"
        ),
    )
    p.add_argument("--attribution", help=_("why you think a state is behind it ('' to clear)"))
    p.add_argument(
        "--breach-of",
        action="append",
        type=int,
        metavar="ORDER_ID",
        help=_("this incident breaches that order (repeatable; see 'order list')"),
    )
    p.add_argument(
        "--no-breach-of",
        action="append",
        type=int,
        metavar="ORDER_ID",
        help=_("this incident does not breach that order after all"),
    )


def _without(values: list[str], removed: list[str] | None, key: object) -> list[str]:
    if not removed:
        return values
    if any(r.strip().lower() == "all" for r in removed):
        return []
    drop = {key(r) for r in removed}  # type: ignore[operator]
    return [v for v in values if v not in drop]


def apply_legal_options(incident: Incident, args: argparse.Namespace) -> Incident:
    incident.behaviours = _without(incident.behaviours, args.no_behaviour, behaviour_key)
    incident.behaviours += [behaviour_key(b) for b in args.behaviour or []]
    incident.effects = _without(incident.effects, args.no_effect, effect_key)
    incident.effects += [effect_key(e) for e in args.effect or []]
    if args.source is not None:
        incident.source = args.source
    if args.attribution is not None:
        incident.attribution = args.attribution
    removed = set(args.no_breach_of or [])
    incident.breach_of = [o for o in incident.breach_of if o not in removed]
    incident.breach_of += list(args.breach_of or [])
    return incident


def parse_report(text: str) -> Report:
    """Read "route=101; outcome=Advised\\; call back": ``\\;`` is a semicolon in a value."""
    fields: dict[str, str] = {}
    for raw in text.replace("\\;", _ESCAPED_SEMICOLON).split(";"):
        part = raw.replace(_ESCAPED_SEMICOLON, ";")
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in _REPORT_KEYS:
            raise InvalidInput(
                _(
                    "Cannot read the report part {value!r}; use route=…; date=…; "
                    "reference=…; spoken_to=…; outcome=…, and write a semicolon inside a "
                    "value as \\;"
                ).format(value=part.strip())
            )
        key = {
            "ref": "reference",
            "officer": "spoken_to",
            "spoken-to": "spoken_to",
            "referred-to": "referred_to",
        }.get(key, key)
        fields[key] = value.strip()
    if "route" in fields:
        fields["route"] = route_key(fields["route"])
    return Report(**fields)


def parse_person_link(text: str) -> PersonLink:
    ident, _sep, role = text.partition(":")
    try:
        person_id = int(ident)
    except ValueError as exc:
        raise InvalidInput(
            _("{ident!r} is not a person number; see 'safelog-cli person list'.").format(
                ident=ident
            )
        ) from exc
    role = role.strip().lower() or "other"
    if role not in ROLES:
        raise InvalidInput(
            _("Unknown role {role!r}; use perpetrator, witness or other.").format(role=role)
        )
    return PersonLink(person_id, role)


def parse_coords(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(x) for x in text.split(","))
    except ValueError as exc:
        raise InvalidInput(
            _("{text!r} is not latitude,longitude such as 51.5072,-0.1276.").format(text=text)
        ) from exc
    return lat, lon


def narrative_of(args: argparse.Namespace) -> str | None:
    if args.narrative_file:
        try:
            return args.narrative_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                _("Cannot read the narrative file ({exc}).").format(exc=exc)
            ) from exc
    return args.narrative


def apply_options(incident: Incident, args: argparse.Namespace) -> Incident:
    """Set every field the options name; others stay as they are."""
    if args.title is not None:
        incident.title = args.title
    if args.when is not None or args.precision or args.end or args.tz:
        start = args.when if args.when is not None else incident.when.start.isoformat()
        incident.when = parse_when(
            start, precision=args.precision, tz=args.tz or incident.when.tz, end=args.end
        )
    if args.category is not None:
        incident.category = category_key(args.category)
    for name in ("location", "impact", "private_notes"):
        value = getattr(args, name)
        if value is not None:
            setattr(incident, name, value)
    narrative = narrative_of(args)
    if narrative is not None:
        incident.narrative = narrative
    if args.coords is not None:
        incident.coordinates = parse_coords(args.coords) if args.coords else None
    if args.tag:
        incident.tags = list(dict.fromkeys(incident.tags + args.tag))
    for text in args.person or []:
        link = parse_person_link(text)
        incident.people = [p for p in incident.people if p.person_id != link.person_id] + [link]
    for text in args.report or []:
        incident.reports.append(parse_report(text))
    return apply_legal_options(incident, args)
