"""The incident log from the terminal: add, edit, show, list, search, history, person.

The handlers import the incident store, people and search (and with them the vault code), so
that building the parser does not.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from ..evidence.model import safe_text
from ..i18n import _, ngettext
from ..incidents.model import (
    CATEGORIES,
    PERSON_KINDS,
    ROLES,
    Incident,
    Person,
    category_key,
)
from ..incidents.when import display_time, local_zone, parse_when
from ..textutil import show_invisible
from . import history_view
from .columns import pad
from .context import Context, add_vault_options
from .incident_fields import add_incident_options, apply_options, parse_person_link
from .incident_text import describe, person_field

if TYPE_CHECKING:
    from ..incidents import store
    from ..incidents.search import ExhibitMatch


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("add", help=_("record an incident"))
    add_vault_options(p)
    add_incident_options(p, required=True)
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("edit", help=_("change an incident (the earlier version is kept)"))
    add_vault_options(p)
    p.add_argument("id", type=int)
    add_incident_options(p, required=False)
    p.add_argument("--clear-reports", action="store_true")
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("show", help=_("show one incident"))
    add_vault_options(p)
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("list", help=_("list incidents, oldest first"))
    add_vault_options(p)
    add_filter_options(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("search", help=_("full-text search"))
    add_vault_options(p)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("history", help=_("every saved version of an incident"))
    add_vault_options(p)
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("person", help=_("people: add, list, show, edit, link"))
    psub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    for name, handler, helptext in (
        ("add", cmd_person_add, _("add a person record")),
        ("edit", cmd_person_edit, _("change a person record")),
    ):
        q = psub.add_parser(name, help=helptext)
        add_vault_options(q)
        if name == "edit":
            q.add_argument("id", type=int)
        q.add_argument("--name", required=name == "add")
        q.add_argument("--kind", choices=list(PERSON_KINDS))
        for opt in ("description", "vehicle", "state-link", "contact", "notes"):
            q.add_argument(f"--{opt}")
        q.set_defaults(handler=handler)
    q = psub.add_parser("list", help=_("everyone, with how many incidents each"))
    add_vault_options(q)
    q.set_defaults(handler=cmd_person_list)
    q = psub.add_parser("show", help=_("one person and their incidents"))
    add_vault_options(q)
    q.add_argument("id", type=int)
    q.set_defaults(handler=cmd_person_show)
    q = psub.add_parser("link", help=_("link a person to an incident"))
    add_vault_options(q)
    q.add_argument("person_id", type=int)
    q.add_argument("incident_id", type=int)
    q.add_argument("--role", default="other", choices=list(ROLES))
    q.set_defaults(handler=cmd_person_link)


def add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", help=_("first day, e.g. 2026-01-01"))
    p.add_argument("--to", dest="date_to", help=_("last day, included"))
    p.add_argument("--category", action="append", help=_("repeatable"))
    p.add_argument("--person", type=int, help=_("only incidents this person is linked to"))
    p.add_argument("--reported", action="store_true", default=None)
    p.add_argument("--not-reported", dest="reported", action="store_false")
    p.add_argument("--has-evidence", action="store_true", default=None)


def filters_from(args: argparse.Namespace) -> store.Filters:
    from ..incidents import store

    def day(text: str | None, plus: int = 0) -> str | None:
        if not text:
            return None
        when = parse_when(text, precision="date")
        return (when.start + timedelta(days=plus)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    return store.Filters(
        start_utc=day(args.date_from),
        end_utc=day(args.date_to, 1),
        categories=[category_key(c) for c in args.category or []],
        person_id=args.person,
        reported=args.reported,
        has_evidence=args.has_evidence,
    )


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import store

    vault = ctx.open_vault()
    base = Incident(
        title="",
        when=parse_when(datetime.now(local_zone()).strftime("%Y-%m-%dT%H:%M"), tz=args.tz),
        category="other",
    )
    incident = store.add_incident(vault, apply_options(base, args))
    ctx.emit(incident.to_json(), _("Recorded incident #{id}.").format(id=incident.id))
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import store

    vault = ctx.open_vault()
    current = store.get_incident(vault, args.id)
    if args.clear_reports:
        current.reports = []
    incident = store.update_incident(
        vault, args.id, apply_options(current, args), expected_revision=current.revision
    )
    ctx.emit(
        incident.to_json(),
        _("Saved incident #{id} as version {revision}.").format(
            id=incident.id, revision=incident.revision
        ),
    )
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import store

    incident = store.get_incident(ctx.open_vault(), args.id)
    ctx.emit(incident.to_json(), lambda: describe(incident))
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import store

    vault = ctx.open_vault()
    incidents = store.list_incidents(vault, filters_from(args))
    ctx.emit(
        [i.to_json() for i in incidents],
        lambda: (
            show_invisible(
                "\n".join(
                    f"#{i.id:<6} {pad(display_time(i.when), 36)} "
                    f"{pad(_(CATEGORIES[i.category]), 26)} {i.title}"
                    + ("  " + _("[reported]") if i.reported else "")
                    for i in incidents
                )
            )
            or _("No incidents.")
        ),
    )
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import store
    from ..incidents.search import evidence_matches, search

    vault = ctx.open_vault()
    ids = search(vault, args.query, limit=args.limit)
    found = [store.get_incident(vault, i) for i in ids]
    inside: dict[int | None, list[ExhibitMatch]] = {}
    for hit in evidence_matches(vault, args.query, ids):
        inside.setdefault(hit.incident_id, []).append(hit)
    ctx.emit(
        [
            {**i.to_json(), "matched_exhibits": [m.to_json() for m in inside.get(i.id, [])]}
            for i in found
        ],
        lambda: (
            show_invisible(
                "\n".join(
                    f"#{i.id:<6} {pad(display_time(i.when), 36)} {i.title}"
                    + "".join(
                        "\n        "
                        + _("in {ref} ({name}): {snippet}").format(
                            ref=m.ref,
                            name=safe_text(m.original_name, 60),
                            snippet=safe_text(m.snippet, 100),
                        )
                        for m in inside.get(i.id, [])
                    )
                    for i in found
                )
            )
            or _("Nothing found.")
        ),
    )
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    """Every version, and for each edit what changed: ``field: old -> new``."""
    from ..incidents import store

    revisions = store.history(ctx.open_vault(), args.id)
    entries: list[dict[str, object]] = []
    lines: list[str] = []
    previous: store.Revision | None = None
    for r in revisions:
        diff = history_view.changes(previous.doc, r.doc) if previous is not None else {}
        entries.append({**r.to_json(), "changes": diff})
        if previous is None:
            heading = _("version {rev}  {at}  by {actor}  created")
        elif diff:
            heading = _("version {rev}  {at}  by {actor}  changed:")
        else:
            heading = _("version {rev}  {at}  by {actor}  changed: nothing")
        lines.append(heading.format(rev=r.rev, at=r.at, actor=r.actor))
        lines.extend(f"    {line}" for line in history_view.describe(diff))
        previous = r
    ctx.emit(entries, "\n".join(lines))
    return 0


def _person_fields(args: argparse.Namespace, person: Person) -> Person:
    for attr, opt in (
        ("name", "name"),
        ("kind", "kind"),
        ("description", "description"),
        ("vehicle", "vehicle"),
        ("state_link", "state_link"),
        ("contact", "contact"),
        ("notes", "notes"),
    ):
        value = getattr(args, opt, None)
        if value is not None:
            setattr(person, attr, value)
    return person


def cmd_person_add(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import people

    person = people.add_person(ctx.open_vault(), _person_fields(args, Person(name="")))
    ctx.emit(person.to_json(), _("Added person #{id}.").format(id=person.id))
    return 0


def cmd_person_edit(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import people

    vault = ctx.open_vault()
    person = people.update_person(
        vault, args.id, _person_fields(args, people.get_person(vault, args.id))
    )
    ctx.emit(person.to_json(), _("Saved person #{id}.").format(id=person.id))
    return 0


def cmd_person_list(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import people

    rows = people.list_people(ctx.open_vault())
    # One record per block: names in Persian, Arabic or Chinese have no fixed width in a
    # terminal, so columns padded with spaces would not line up.
    ctx.emit(
        [r.to_json() for r in rows],
        lambda: (
            "\n".join(
                f"#{r.person.id}  {r.person.name}\n    "
                + ngettext(
                    "{kind}, {count} incident", "{kind}, {count} incidents", r.incident_count
                ).format(kind=_(PERSON_KINDS[r.person.kind]), count=r.incident_count)
                for r in rows
            )
            or _("No people recorded.")
        ),
    )
    return 0


def cmd_person_show(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import people

    vault = ctx.open_vault()
    person = people.get_person(vault, args.id)
    ids = people.incidents_of(vault, args.id)
    data = dict(person.to_json(), incidents=ids)
    ctx.emit(
        data,
        lambda: "\n".join(
            [f"#{person.id} {person.name} ({_(PERSON_KINDS[person.kind])})"]
            + [
                "  " + person_field(k, v)
                for k, v in person.to_doc().items()
                if v and k not in ("name", "kind")
            ]
            + [
                "  "
                + (
                    _("Incidents: {ids}").format(ids=", ".join(f"#{i}" for i in ids))
                    if ids
                    else _("Incidents: none")
                )
            ]
        ),
    )
    return 0


def cmd_person_link(args: argparse.Namespace, ctx: Context) -> int:
    from ..incidents import store

    vault = ctx.open_vault()
    incident = store.get_incident(vault, args.incident_id)
    link = parse_person_link(f"{args.person_id}:{args.role}")
    incident.people = [p for p in incident.people if p.person_id != link.person_id] + [link]
    saved = store.update_incident(
        vault, incident.id or 0, incident, expected_revision=incident.revision
    )
    ctx.emit(
        saved.to_json(),
        _("Linked person #{person_id} to incident #{id}.").format(
            person_id=args.person_id, id=saved.id
        ),
    )
    return 0
