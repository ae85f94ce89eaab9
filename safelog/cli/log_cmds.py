"""``import-log`` and ``export-log``; the handlers import the diary transfer and the vault code."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import _, ngettext
from .context import Context, add_vault_options


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-log", help=_("bring in a diary kept as CSV, or SafeLog JSON"))
    add_vault_options(p)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=_("show what would be created"))
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=_("import the rows that can be read and list the others"),
    )
    p.add_argument(
        "--tz", default="", help=_("time zone of the diary's times (default: this computer's)")
    )
    p.set_defaults(handler=cmd_import_log)

    p = sub.add_parser("export-log", help=_("write the whole log as JSON and CSV (not encrypted)"))
    add_vault_options(p)
    p.add_argument("file", type=Path, help=_("e.g. my-log.json (a .csv is written beside it)"))
    p.add_argument("--format", choices=["both", "json", "csv"], default="both")
    p.add_argument("--exclude-private-notes", action="store_true")
    p.set_defaults(handler=cmd_export_log)


def cmd_import_log(args: argparse.Namespace, ctx: Context) -> int:
    from ..logio.transfer import import_log

    vault = ctx.open_vault()
    result = import_log(
        vault,
        args.file,
        dry_run=args.dry_run,
        skip_bad_rows=args.skip_bad_rows,
        tz=args.tz,
        progress=ctx.progress(_("Importing")),
        cancel=ctx.cancel,
    )

    def text() -> str:
        lines = []
        if result.matched_columns:
            lines.append(
                _("Columns read: {columns}").format(
                    columns=", ".join(f"{h} → {f}" for h, f in result.matched_columns.items())
                )
            )
        if result.unmatched_columns:
            lines.append(
                _("Kept in the narrative: {columns}").format(
                    columns=", ".join(result.unmatched_columns)
                )
            )
        for row, why in result.skipped:
            lines.append(_("Skipped row {row}: {why}").format(row=row, why=why))
        if result.dry_run:
            lines.append(
                ngettext(
                    "Would create {count} incident; nothing was changed.",
                    "Would create {count} incidents; nothing was changed.",
                    result.would_create,
                ).format(count=result.would_create)
            )
        else:
            # Two counts, two sentences: each takes the plural form its own number needs.
            created, people = len(result.created), result.people_created
            text = ngettext(
                "Created {count} incident.", "Created {count} incidents.", created
            ).format(count=created)
            if people:
                text += " " + ngettext(
                    "Created {count} person record.", "Created {count} person records.", people
                ).format(count=people)
            lines.append(text)
        return "\n".join(lines)

    ctx.emit(result.to_json(), text)
    return 0


def cmd_export_log(args: argparse.Namespace, ctx: Context) -> int:
    from ..logio.transfer import export_log

    vault = ctx.open_vault()
    formats = ("json", "csv") if args.format == "both" else (args.format,)
    written = export_log(
        vault, args.file, formats=formats, exclude_private=args.exclude_private_notes
    )
    ctx.emit(
        {"files": [str(p) for p in written]},
        lambda: _written_text([str(p) for p in written]),
    )
    return 0


def _written_text(files: list[str]) -> str:
    """One whole sentence per case (one file, or the JSON and the CSV beside it)."""
    if len(files) == 2:
        wrote = _("Wrote {first} and {second}.").format(first=files[0], second=files[1])
    else:
        wrote = _("Wrote {files}.").format(files=", ".join(files))
    return wrote + "\n" + _("These files are NOT encrypted: keep them safe.")
