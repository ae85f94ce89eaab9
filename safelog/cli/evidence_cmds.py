"""Evidence commands: ``import``, ``exhibits``, ``exhibit-edit`` and ``export-exhibit``.

Original file names and metadata came from outside and may hold control or bidi characters:
human output passes them through ``safe_text``; ``--json`` gives the exact stored values.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import InvalidInput
from ..evidence import export_exhibit, import_files, list_exhibits, safe_text, set_provenance
from ..evidence.model import Exhibit, ImportResult, human_size
from ..evidence.sniff import describe
from .context import Context, add_vault_options


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import", help="attach files to an incident as exhibits",
        description="Store files as exhibits of an incident: the original bytes are kept "
                    "unchanged with their SHA-256; metadata and thumbnails are read from a copy.")
    p.add_argument("--incident", type=int, required=True, metavar="ID")
    p.add_argument("files", nargs="+", metavar="FILE")
    online = p.add_argument_group("screenshots or captures of online abuse")
    online.add_argument("--platform", help="where it was posted (e.g. Instagram)")
    online.add_argument("--url", help="the full address of the post or profile")
    online.add_argument("--account", help="the account handle or ID that posted it")
    online.add_argument("--shown-time", help="the time shown on screen, as shown")
    p.add_argument("--note", default="", help="a note kept with each exhibit")
    _provenance_options(p)
    add_vault_options(p)
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser(
        "exhibit-edit", help="say how an exhibit was obtained and where its original is kept",
        description="Set the exhibit's provenance as you tell it; each change is a custody "
                    "entry. An empty value clears a field.")
    p.add_argument("ref", metavar="REF", help="exhibit reference, e.g. AB1")
    _provenance_options(p)
    add_vault_options(p)
    p.set_defaults(handler=cmd_exhibit_edit)

    p = subparsers.add_parser("exhibits", help="list exhibits")
    p.add_argument("--incident", type=int, metavar="ID", help="only this incident's exhibits")
    add_vault_options(p)
    p.set_defaults(handler=cmd_exhibits)

    p = subparsers.add_parser("export-exhibit",
                              help="write an exhibit's original bytes to a new file")
    p.add_argument("ref", metavar="REF", help="exhibit reference, e.g. AB1")
    p.add_argument("out", metavar="OUT", help="a file name that does not exist yet")
    add_vault_options(p)
    p.set_defaults(handler=cmd_export)


def _provenance_options(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("continuity, in your words")
    group.add_argument("--obtained", metavar="TEXT",
                       help="when and how you obtained it, e.g. 'photo taken on my phone'")
    group.add_argument("--original-kept", metavar="TEXT",
                       help="where a physical original is kept, e.g. 'letter in my desk'")


def cmd_exhibit_edit(args: argparse.Namespace, ctx: Context) -> int:
    if args.obtained is None and args.original_kept is None:
        raise InvalidInput("Give --obtained, --original-kept or both.")
    exhibit = set_provenance(ctx.open_vault(), args.ref, obtained=args.obtained,
                             original_kept=args.original_kept)
    obtained = safe_text(exhibit.obtained, 300) or "(not said)"
    kept = safe_text(exhibit.original_kept, 300) or "(not said)"
    ctx.emit(exhibit.to_json(), f"{exhibit.ref}: obtained: {obtained}; original kept: {kept}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    online = {key: value for key, value in (
        ("platform", args.platform), ("url", args.url), ("account", args.account),
        ("shown_time", args.shown_time)) if value}
    results = import_files(vault, args.incident, args.files, online=online, note=args.note,
                           progress=ctx.progress("Importing"), cancel=ctx.cancel)
    if args.obtained is not None or args.original_kept is not None:
        for result in results:
            result.exhibit = set_provenance(vault, result.exhibit.ref, obtained=args.obtained,
                                            original_kept=args.original_kept)
    ctx.emit([r.to_json() for r in results], lambda: _import_text(results, args.incident))
    return 0


def _import_text(results: list[ImportResult], incident: int) -> str:
    lines = []
    for result in results:
        ex = result.exhibit
        lines.append(f"{ex.ref}  {describe(ex.content_type)}, {human_size(ex.size)}  "
                     f"{ex.display_name}")
        lines.append(f"    SHA-256 {ex.sha256}")
        if result.duplicate_of:
            lines.append(f"    {result.duplicate_sentence}")
        if result.note:
            lines.append(f"    {safe_text(result.note, 1000)}")
    count = len(results)
    lines.append(f"Imported {count} file{'s' if count != 1 else ''} into incident {incident}.")
    return "\n".join(lines)


def cmd_exhibits(args: argparse.Namespace, ctx: Context) -> int:
    exhibits = list_exhibits(ctx.open_vault(), args.incident)
    ctx.emit([e.to_json() for e in exhibits], lambda: _exhibits_text(exhibits))
    return 0


def _exhibits_text(exhibits: list[Exhibit]) -> str:
    if not exhibits:
        return "No exhibits."
    lines = []
    for ex in exhibits:
        lines.append(f"{ex.ref}  incident {ex.incident_id}  {describe(ex.content_type)}, "
                     f"{human_size(ex.size)}  imported {ex.imported_at[:19]}Z  {ex.display_name}")
        details = _details(ex)
        if details:
            lines.append(f"    {details}")
        if ex.metadata_note:
            lines.append(f"    {safe_text(ex.metadata_note, 1000)}")
        if ex.obtained:
            lines.append(f"    obtained: {safe_text(ex.obtained, 300)}")
        if ex.original_kept:
            lines.append(f"    original kept: {safe_text(ex.original_kept, 300)}")
    return "\n".join(lines)


def _details(ex: Exhibit) -> str:
    md = ex.metadata
    parts: list[str] = []

    def add(label: str, value: object, limit: int = 80) -> None:
        if isinstance(value, str | int | float) and str(value):
            parts.append(f"{label} {safe_text(str(value), limit)}".strip())

    if md.get("kind") == "chat":
        add("", f"{md.get('app', '')} chat, {md.get('message_count', 0)} messages")
    if isinstance(md.get("width"), int) and isinstance(md.get("height"), int):
        add("", f"{md['width']} × {md['height']} px")
    add("taken", md.get("date_taken"))
    camera = " ".join(str(md[k]) for k in ("camera_make", "camera_model")
                      if isinstance(md.get(k), str))
    add("camera", camera)
    gps = md.get("gps")
    if isinstance(gps, dict) and "latitude" in gps:
        add("GPS", f"{gps.get('latitude')}, {gps.get('longitude')}")
    for key, label in (("from", "from"), ("to", "to"), ("date", "date"), ("subject", "subject"),
                       ("creator", "creator"), ("creation_date", "created"),
                       ("first_message", "first message"), ("last_message", "last message")):
        add(label, md.get(key))
    if isinstance(md.get("participants"), list):
        add("participants", ", ".join(str(n) for n in md["participants"][:10]), 300)
    for key, label in (("platform", "platform"), ("url", "URL"), ("account", "account"),
                       ("shown_time", "time shown")):
        add(label, ex.online.get(key), 200)
    return "; ".join(parts)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    exhibit = export_exhibit(ctx.open_vault(), args.ref, args.out,
                             progress=ctx.progress("Exporting"), cancel=ctx.cancel)
    ctx.emit({"ref": exhibit.ref, "path": args.out, "sha256": exhibit.sha256,
              "size": exhibit.size},
             f"Exported {exhibit.ref} ({human_size(exhibit.size)}) to "
             f"{safe_text(args.out, 200)}\nSHA-256 {exhibit.sha256}")
    return 0
