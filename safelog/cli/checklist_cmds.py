"""``safelog-cli checklist``: list, show, set, history, and validate for content authors.

Names are checked against the content before the vault is unlocked, so a typo in a checklist,
item or status costs no passphrase prompt. Text output is for a person at a terminal; ``--json``
gives the same data for scripts.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from pathlib import Path

from .. import profile
from ..checklists import (
    PRIORITY_LABELS,
    STATUSES,
    Catalog,
    Checklist,
    ChecklistOverview,
    HistoryEntry,
    ItemState,
    RemovedItem,
    ResumePoint,
    history,
    item_states,
    load_catalog,
    overview,
    parse_status,
    removed_items,
    resume_point,
    set_status,
)
from ..checklists.content import default_folder
from ..checklists.overview import summarise
from ..checklists.progress import status_label
from ..checklists.translated import languages_in, localise, missing_words
from ..i18n import _, ngettext
from .context import Context, Handler, add_vault_options

_MARK = {"todo": "[ ]", "done": "[x]", "not_applicable": "[-]", "need_help": "[?]"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "checklist",
        help=_("safety checklists: list, show, set, history"),
        description=_("Safety checklists and your progress on them. Statuses: {statuses}.").format(
            statuses=", ".join(STATUSES)
        ),
    )
    sub = parser.add_subparsers(dest="checklist_command", metavar="ACTION")

    p = sub.add_parser("list", help=_("every checklist with your progress and the next step"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help=_("one checklist, item by item, with your marks"))
    p.add_argument("checklist_id", metavar="ID")
    add_vault_options(p)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser(
        "set", help=_("mark an item: {statuses}").format(statuses=", ".join(STATUSES))
    )
    p.add_argument("checklist_id", metavar="ID")
    p.add_argument("item", metavar="ITEM", help=_("the item's id or its number in the list"))
    p.add_argument("status", metavar="STATUS", help=", ".join(STATUSES))
    p.add_argument(
        "--note",
        help=_(
            "a note to keep with the mark ('' clears it; without --note the current note is kept)"
        ),
    )
    p.add_argument(
        "--by",
        metavar="NAME",
        help=_("the support worker marking it (leave out when you mark it yourself)"),
    )
    add_vault_options(p)
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("history", help=_("every change to a checklist or to one item"))
    p.add_argument("checklist_id", metavar="ID")
    p.add_argument("item", metavar="ITEM", nargs="?", help=_("one item's id or number"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("validate", help=_("check checklist content files (no vault needed)"))
    p.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help=_("a folder of checklist files (default: the shipped content)"),
    )
    add_vault_options(p)
    p.set_defaults(handler=cmd_validate)

    parser.set_defaults(handler=_usage(parser))


def _usage(parser: argparse.ArgumentParser) -> Handler:
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        parser.print_help(ctx.stderr)
        return 2

    return handler


# ----- handlers ---------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    catalog = load_catalog()
    rows = overview(ctx.open_vault(), catalog)
    ctx.emit({"checklists": [row.to_json() for row in rows]}, lambda: _list_text(rows))
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    checklist = load_catalog().get(args.checklist_id)
    vault = ctx.open_vault()
    states = item_states(vault, checklist)
    removed = removed_items(vault, checklist)
    resume = resume_point(vault, checklist, states)
    summary = summarise(checklist, states)
    data = {
        **summary.to_json(),
        "language": checklist.language,
        "items": [s.to_json() for s in states],
        "removed_items": [r.to_json() for r in removed],
        "resume": resume.to_json(),
    }
    owner = profile.load(vault).name
    ctx.emit(data, lambda: _show_text(checklist, summary, states, removed, resume, owner))
    return 0


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    checklist = load_catalog().get(args.checklist_id)
    item = checklist.item(args.item)
    status = parse_status(args.status)
    vault = ctx.open_vault()
    state = set_status(vault, checklist, item.id, status, note=args.note, by=args.by)
    owner = profile.load(vault).name
    ctx.emit(
        {"checklist": checklist.id, **state.to_json()},
        lambda: _('{checklist}, item {number}: "{item}" is now marked "{status}"{by}.').format(
            checklist=checklist.title,
            number=state.index + 1,
            item=item.title,
            status=status_label(state.status),
            by=_by_text(state.marked_by, owner),
        ),
    )
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    checklist = load_catalog().get(args.checklist_id)
    vault = ctx.open_vault()
    entries = history(vault, checklist, args.item)
    owner = profile.load(vault).name
    ctx.emit(
        {"checklist": checklist.id, "history": [e.to_json() for e in entries]},
        lambda: _history_text(checklist, entries, owner),
    )
    return 0


def cmd_validate(args: argparse.Namespace, ctx: Context) -> int:
    catalog: Catalog = load_catalog(args.folder, language="en")
    folder = Path(args.folder) if args.folder else default_folder()
    languages = languages_in(folder)
    missing: list[str] = []
    for language in languages:  # a broken translation file raises here, naming file and line
        localise(catalog, folder, language, strict=True)
        missing += missing_words(catalog, folder, language)
    data = {
        "ok": True,
        "languages": languages,
        "untranslated": missing,
        "checklists": [
            {
                "id": c.id,
                "version": c.version,
                "items": len(c.items),
                "file": c.path.name if c.path else None,
            }
            for c in catalog
        ],
    }
    ctx.emit(
        data,
        lambda: "\n".join(
            [
                ngettext(
                    "{file}: {id} version {version}, {count} item",
                    "{file}: {id} version {version}, {count} items",
                    len(c.items),
                ).format(
                    file=c.path.name if c.path else c.id,
                    id=c.id,
                    version=c.version,
                    count=len(c.items),
                )
                for c in catalog
            ]
            + [_("Not translated yet: {what}").format(what=what) for what in missing]
            + [
                _(
                    "All {count} checklist files are valid, with translations in: {languages}."
                ).format(count=len(catalog), languages=", ".join(languages) or "-")
            ]
        ),
    )
    return 0


# ----- text -------------------------------------------------------------------------------


_WORKER = re.compile(r"\s*\(\s*support worker\s*\)\s*$", re.IGNORECASE)


def _by_text(marked_by: str, owner: str = "") -> str:
    """ " by Ali (support worker)", or "" when the person marked it themself.

    A name typed with "(support worker)" already is not labelled twice, and the person's own
    name (full, or first name) given as --by is the person, not a support worker.
    """
    name = _WORKER.sub("", marked_by or "").strip()
    if not name:
        return ""
    me = " ".join(owner.split()).casefold()
    if me and name.casefold() in (me, me.split()[0]):
        return ""
    return _(" by {name} (support worker)").format(name=name)


def _day(at: str | None) -> str:
    return (at or "")[:10]


def _list_text(rows: list[ChecklistOverview]) -> str:
    if not rows:
        return _("There are no checklists.")
    width = max(len(r.checklist_id) for r in rows)
    lines = []
    for r in rows:
        applicable = r.total - r.counts["not_applicable"]
        need_help = r.counts["need_help"]
        extra = (
            ngettext(", {count} need help", ", {count} need help", need_help).format(
                count=need_help
            )
            if need_help
            else ""
        )
        progress = _("{done} of {total} done ({percent}%)").format(
            done=r.counts["done"], total=applicable, percent=r.percent_done
        )
        lines.append(f"{r.checklist_id:<{width}}  {r.title}: {progress}{extra}")
        if r.next_item is not None:
            upcoming = _("Next: {item} (item {number}, {priority} priority)").format(
                item=r.next_item.item.title,
                number=r.next_item.index + 1,
                priority=_(PRIORITY_LABELS[r.next_item.item.priority]),
            )
            lines.append(f"{'':<{width}}  {upcoming}")
    return "\n".join(lines)


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=96,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _show_text(
    checklist: Checklist,
    summary: ChecklistOverview,
    states: list[ItemState],
    removed: list[RemovedItem],
    resume: ResumePoint,
    owner: str = "",
) -> str:
    lines = [
        _("{title} (version {version})").format(title=checklist.title, version=checklist.version)
    ]
    lines += _wrap(checklist.summary, "")
    lines.append(
        _("{done} done, {open} open ({percent}% of what applies to you).").format(
            done=summary.counts["done"], open=summary.open_count, percent=summary.percent_done
        )
    )
    for s in states:
        lines.append("")
        lines.append(
            f"{s.index + 1:>2}. {_MARK[s.status]} {s.item.title}"
            f"  [{s.item.id}, {_(PRIORITY_LABELS[s.item.priority])}]"
        )
        lines += _wrap(s.item.why, "       ")
        who = "; ".join(
            f"{name} ({contact})" if contact else name
            for name, contact in zip(s.item.help, s.item.contacts, strict=True)
        )
        lines += _wrap(_("Who can help: {who}").format(who=who), "       ")
        for source in s.item.sources:  # the address on its own line, whole, to copy
            lines += textwrap.wrap(
                _("Source: {title}").format(title=source.title),
                width=96,
                initial_indent=" " * 7,
                subsequent_indent=" " * 9,
            )
            lines.append(f"         {source.url}")
        if s.rev:
            lines.append(
                "       "
                + _('Marked "{status}" on {day}{by}.').format(
                    status=status_label(s.status), day=_day(s.at), by=_by_text(s.marked_by, owner)
                )
            )
            if s.note:
                lines += _wrap(_("Note: {note}").format(note=s.note), "       ")
    if removed:
        lines += ["", _("No longer in this checklist (your marks are kept):")]
        for r in removed:
            lines.append(
                f"  - {r.title or r.item_id} [{r.item_id}]: "
                + _('"{status}" on {day}{by}').format(
                    status=status_label(r.status), day=_day(r.at), by=_by_text(r.marked_by, owner)
                )
            )
    lines.append("")
    if resume.item_id is None:
        lines.append(_("Every item has an answer."))
    else:
        lines.append(
            _("Continue at item {number} ({item}).").format(
                number=(resume.index or 0) + 1, item=resume.item_id
            )
        )
    return "\n".join(lines)


def _history_text(checklist: Checklist, entries: list[HistoryEntry], owner: str = "") -> str:
    if not entries:
        return _("Nothing in {title} has been marked yet.").format(title=checklist.title)
    lines = []
    for e in entries:
        gone = "" if e.in_current_content else _(" (no longer in this checklist)")
        lines.append(
            _("{at} UTC  {item}{gone}  rev {rev}: {status}{by}").format(
                at=e.at[:16].replace("T", " "),
                item=e.item_id,
                gone=gone,
                rev=e.rev,
                status=status_label(e.status),
                by=_by_text(e.marked_by, owner),
            )
        )
        if e.note:
            lines += _wrap(_("Note: {note}").format(note=e.note), "    ")
    return "\n".join(lines)
