"""``import-log`` and ``export-log``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..logio.transfer import export_log, import_log
from .context import Context, add_vault_options


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-log", help="bring in a diary kept as CSV, or SafeLog JSON")
    add_vault_options(p)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would be created")
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the rows that can be read and list the others",
    )
    p.add_argument(
        "--tz", default="", help="time zone of the diary's times (default: this computer's)"
    )
    p.set_defaults(handler=cmd_import_log)

    p = sub.add_parser("export-log", help="write the whole log as JSON and CSV (not encrypted)")
    add_vault_options(p)
    p.add_argument("file", type=Path, help="e.g. my-log.json (a .csv is written beside it)")
    p.add_argument("--format", choices=["both", "json", "csv"], default="both")
    p.add_argument("--exclude-private-notes", action="store_true")
    p.set_defaults(handler=cmd_export_log)


def cmd_import_log(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    result = import_log(
        vault,
        args.file,
        dry_run=args.dry_run,
        skip_bad_rows=args.skip_bad_rows,
        tz=args.tz,
        progress=ctx.progress("Importing"),
        cancel=ctx.cancel,
    )

    def text() -> str:
        lines = []
        if result.matched_columns:
            lines.append(
                "Columns read: "
                + ", ".join(f"{h} → {f}" for h, f in result.matched_columns.items())
            )
        if result.unmatched_columns:
            lines.append("Kept in the narrative: " + ", ".join(result.unmatched_columns))
        for row, why in result.skipped:
            lines.append(f"Skipped row {row}: {why}")
        if result.dry_run:
            lines.append(f"Would create {result.would_create} incident(s); nothing was changed.")
        else:
            lines.append(
                f"Created {len(result.created)} incident(s) and "
                f"{result.people_created} person record(s)."
            )
        return "\n".join(lines)

    ctx.emit(result.to_json(), text)
    return 0


def cmd_export_log(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    formats = ("json", "csv") if args.format == "both" else (args.format,)
    written = export_log(
        vault, args.file, formats=formats, exclude_private=args.exclude_private_notes
    )
    ctx.emit(
        {"files": [str(p) for p in written]},
        lambda: (
            "Wrote "
            + " and ".join(str(p) for p in written)
            + ".\nThese files are NOT encrypted: keep them safe."
        ),
    )
    return 0
