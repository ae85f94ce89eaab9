"""Evidence commands: ``import``, ``exhibits``, ``exhibit-edit``, ``export-exhibit``, and
``members``, ``extract`` and ``mailbox`` for files inside files (attachments, chat photos,
mailbox messages).

Original file names and metadata came from outside and may hold control or bidi characters:
human output passes them through ``safe_text``; ``--json`` gives the exact stored values.

Each handler imports the evidence functions it calls, so that building the parser does not load
the evidence store and the vault code behind it.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import InvalidInput
from ..evidence.model import human_size, safe_text
from ..evidence.sniff import describe
from ..i18n import _, ngettext
from .context import Context, add_vault_options
from .evidence_text import details_text, exhibits_text, import_text, members_text


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help=_("attach files to an incident as exhibits"),
        description=_(
            "Store files as exhibits of an incident: the original bytes are kept "
            "unchanged with their SHA-256; metadata and thumbnails are read from a copy."
        ),
    )
    p.add_argument("--incident", type=int, required=True, metavar="ID")
    p.add_argument("files", nargs="+", metavar="FILE")
    online = p.add_argument_group(_("screenshots or captures of online abuse"))
    online.add_argument("--platform", help=_("where it was posted (e.g. Instagram)"))
    online.add_argument("--url", help=_("the full address of the post or profile"))
    online.add_argument("--account", help=_("the account handle or ID that posted it"))
    online.add_argument("--shown-time", help=_("the time shown on screen, as shown"))
    p.add_argument("--note", default="", help=_("a note kept with each exhibit"))
    p.add_argument(
        "--extract-attachments",
        action="store_true",
        help=_(
            "also make an exhibit of each file inside: e-mail attachments, the "
            "photos of a chat zip, the images of a saved page"
        ),
    )
    p.add_argument(
        "--pick",
        metavar="N,N",
        type=_numbers,
        help=_(
            "for a mailbox (.mbox): keep only these messages (numbers from "
            "'safelog-cli mailbox FILE'), each as its own exhibit"
        ),
    )
    _provenance_options(p)
    add_vault_options(p)
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("members", help=_("list the files inside an exhibit"))
    p.add_argument("ref", metavar="REF", help=_("exhibit reference, e.g. AB1"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_members)

    p = subparsers.add_parser(
        "extract",
        help=_("make exhibits of files inside an exhibit"),
        description=_(
            "Take attachments, photos or messages out of an exhibit; each becomes an "
            "exhibit of the same incident, linked to the one it came from."
        ),
    )
    p.add_argument("ref", metavar="REF", help=_("exhibit reference, e.g. AB1"))
    p.add_argument(
        "--pick",
        metavar="N,N",
        type=_numbers,
        help=_("only these (numbers from 'safelog-cli members REF'); default all"),
    )
    add_vault_options(p)
    p.set_defaults(handler=cmd_extract)

    p = subparsers.add_parser(
        "online",
        help=_("set where an exhibit was online (platform, address, account, time)"),
        description=_(
            "Set or change an exhibit's online details after it was added (after a "
            "paste or a capture); the change is kept in the custody log."
        ),
    )
    p.add_argument("ref", metavar="REF", help=_("exhibit reference, e.g. AB1"))
    p.add_argument("--platform", default="")
    p.add_argument("--url", default="")
    p.add_argument("--account", default="")
    p.add_argument("--shown-time", default="")
    add_vault_options(p)
    p.set_defaults(handler=cmd_online)

    p = subparsers.add_parser(
        "incident-from-messages",
        help=_("make an incident from chosen messages of a chat"),
        description=_(
            "A new incident dated at the first chosen message, quoting the messages "
            "with sender and time ('safelog-cli exhibits --json' lists them)."
        ),
    )
    p.add_argument("ref", metavar="REF", help=_("the chat exhibit, e.g. AB1"))
    p.add_argument(
        "--pick",
        metavar="N,N",
        type=_numbers,
        required=True,
        help=_("message numbers, counting from 1"),
    )
    p.add_argument("--title", default="")
    p.add_argument("--tz", default="", help=_("the phone's time zone, e.g. Europe/London"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_incident_from_messages)

    p = subparsers.add_parser(
        "reexamine",
        help=_("read older exhibits again so search and the dossier reach inside"),
        description=_(
            "Exhibits added before this version of SafeLog kept no chat messages, "
            "e-mail text or page text; this reads them again from the stored bytes "
            "(the originals do not change) and records it in the custody log."
        ),
    )
    add_vault_options(p)
    p.set_defaults(handler=cmd_reexamine)

    p = subparsers.add_parser(
        "mailbox",
        help=_("list the messages in a mailbox file (.mbox) before importing some"),
        description=_(
            "Read a mailbox file without storing it and list its messages; then "
            "'safelog-cli import --incident ID FILE --pick 2,5' keeps the ones chosen."
        ),
    )
    p.add_argument("file", metavar="FILE")
    add_vault_options(p)
    p.set_defaults(handler=cmd_mailbox)

    p = subparsers.add_parser(
        "exhibit-edit",
        help=_("say how an exhibit was obtained and where its original is kept"),
        description=_(
            "Set the exhibit's provenance as you tell it; each change is a custody "
            "entry. An empty value clears a field."
        ),
    )
    p.add_argument("ref", metavar="REF", help=_("exhibit reference, e.g. AB1"))
    _provenance_options(p)
    add_vault_options(p)
    p.set_defaults(handler=cmd_exhibit_edit)

    p = subparsers.add_parser("exhibits", help=_("list exhibits"))
    p.add_argument("--incident", type=int, metavar="ID", help=_("only this incident's exhibits"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_exhibits)

    p = subparsers.add_parser(
        "export-exhibit", help=_("write an exhibit's original bytes to a new file")
    )
    p.add_argument("ref", metavar="REF", help=_("exhibit reference, e.g. AB1"))
    p.add_argument("out", metavar="OUT", help=_("a file name that does not exist yet"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_export)


def _provenance_options(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group(_("continuity, in your words"))
    group.add_argument(
        "--obtained",
        metavar="TEXT",
        help=_("when and how you obtained it, e.g. 'photo taken on my phone'"),
    )
    group.add_argument(
        "--original-kept",
        metavar="TEXT",
        help=_("where a physical original is kept, e.g. 'letter in my desk'"),
    )


def cmd_exhibit_edit(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import set_provenance

    if args.obtained is None and args.original_kept is None:
        raise InvalidInput(_("Give --obtained, --original-kept or both."))
    exhibit = set_provenance(
        ctx.open_vault(), args.ref, obtained=args.obtained, original_kept=args.original_kept
    )
    obtained = safe_text(exhibit.obtained, 300) or _("(not said)")
    kept = safe_text(exhibit.original_kept, 300) or _("(not said)")
    ctx.emit(
        exhibit.to_json(),
        _("{ref}: obtained: {obtained}; original kept: {kept}").format(
            ref=exhibit.ref, obtained=obtained, kept=kept
        ),
    )
    return 0


def _numbers(value: str) -> list[int]:
    """``"1,3-5"`` as 0-based indexes [0, 2, 3, 4]; people count from 1."""
    found: list[int] = []
    for part in value.split(","):
        low, _dash, high = part.strip().partition("-")
        if not low.isdigit() or (high and not high.isdigit()) or int(low) < 1:
            raise argparse.ArgumentTypeError(_("give numbers from 1, like 1,3 or 2-5"))
        found.extend(range(int(low) - 1, int(high or low)))
        if len(found) > 100_000:
            raise argparse.ArgumentTypeError(_("too many numbers"))
    return found


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import (
        extract_members,
        import_file_members,
        import_files,
        list_members,
        set_provenance,
    )

    vault = ctx.open_vault()
    online = {
        key: value
        for key, value in (
            ("platform", args.platform),
            ("url", args.url),
            ("account", args.account),
            ("shown_time", args.shown_time),
        )
        if value
    }
    if args.pick is not None:
        if len(args.files) != 1:
            raise InvalidInput(_("--pick takes one mailbox file."))
        results = import_file_members(
            vault,
            args.incident,
            args.files[0],
            args.pick,
            progress=ctx.progress(_("Importing")),
            cancel=ctx.cancel,
        )
    else:
        results = import_files(
            vault,
            args.incident,
            args.files,
            online=online,
            note=args.note,
            progress=ctx.progress(_("Importing")),
            cancel=ctx.cancel,
        )
    if args.extract_attachments:
        for result in list(results):
            if list_members(result.exhibit):
                results.extend(extract_members(vault, result.exhibit.ref, cancel=ctx.cancel))
    if args.obtained is not None or args.original_kept is not None:
        for result in results:
            result.exhibit = set_provenance(
                vault, result.exhibit.ref, obtained=args.obtained, original_kept=args.original_kept
            )
    ctx.emit([r.to_json() for r in results], lambda: import_text(results, args.incident))
    return 0


def cmd_members(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import get_exhibit, list_members

    exhibit = get_exhibit(ctx.open_vault(), args.ref)
    found = list_members(exhibit)
    ctx.emit(found, lambda: members_text(exhibit, found))
    return 0


def cmd_extract(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import extract_members

    vault = ctx.open_vault()
    results = extract_members(
        vault, args.ref, args.pick, progress=ctx.progress(_("Extracting")), cancel=ctx.cancel
    )
    incident = results[0].exhibit.incident_id if results else 0
    ctx.emit([r.to_json() for r in results], lambda: import_text(results, incident))
    return 0


def cmd_online(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import set_online_details

    exhibit = set_online_details(
        ctx.open_vault(),
        args.ref,
        {
            "platform": args.platform,
            "url": args.url,
            "account": args.account,
            "shown_time": args.shown_time,
        },
    )
    ctx.emit(
        exhibit.to_json(),
        _("{ref}: {value}").format(
            ref=exhibit.ref, value=details_text(exhibit) or _("no online details")
        ),
    )
    return 0


def cmd_incident_from_messages(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import incident_from_messages

    incident = incident_from_messages(
        ctx.open_vault(), args.ref, args.pick, title=args.title, tz=args.tz
    )
    ctx.emit(
        incident.to_json(),
        _("Added incident #{id}: {title}").format(id=incident.id, title=incident.title),
    )
    return 0


def cmd_reexamine(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import reexamine_exhibits

    refs = reexamine_exhibits(
        ctx.open_vault(), progress=ctx.progress(_("Reading")), cancel=ctx.cancel
    )
    ctx.emit(
        {"reexamined": refs},
        ngettext("Read {count} exhibit again.", "Read {count} exhibits again.", len(refs)).format(
            count=len(refs)
        )
        if refs
        else _("Every exhibit is up to date."),
    )
    return 0


def cmd_mailbox(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import file_members

    content_type, metadata = file_members(args.file, cancel=ctx.cancel)
    if metadata.get("kind") != "mailbox":
        raise InvalidInput(
            _("{value} is not a mailbox file (it contains {value2}).").format(
                value=safe_text(args.file, 80), value2=describe(content_type)
            )
        )
    found = metadata.get("members", [])
    problems = " ".join(metadata.get("problems", []))

    def text() -> str:
        lines = [
            f"#{m['index'] + 1:<5} {safe_text(str(m.get('date', '')), 32):<32} "
            f"{safe_text(str(m.get('from', '')), 40):<40} "
            f"{safe_text(str(m.get('subject', '')), 60)}"
            for m in found
        ]
        total = metadata.get("messages_total", len(found))
        summary = ngettext("{count} message.", "{count} messages.", total).format(count=total)
        lines.append(f"{summary} {safe_text(problems, 300)}".strip())
        return "\n".join(lines)

    ctx.emit(
        {
            "messages_total": metadata.get("messages_total", 0),
            "messages": found,
            "problems": metadata.get("problems", []),
        },
        text,
    )
    return 0


def cmd_exhibits(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import list_exhibits

    exhibits = list_exhibits(ctx.open_vault(), args.incident)
    ctx.emit([e.to_json() for e in exhibits], lambda: exhibits_text(exhibits))
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from ..evidence import export_exhibit

    exhibit = export_exhibit(
        ctx.open_vault(),
        args.ref,
        args.out,
        progress=ctx.progress(_("Exporting")),
        cancel=ctx.cancel,
    )
    ctx.emit(
        {"ref": exhibit.ref, "path": args.out, "sha256": exhibit.sha256, "size": exhibit.size},
        _("Exported {ref} ({value}) to {value2}\nSHA-256 {sha256}").format(
            ref=exhibit.ref,
            value=human_size(exhibit.size),
            value2=safe_text(args.out, 200),
            sha256=exhibit.sha256,
        ),
    )
    return 0
