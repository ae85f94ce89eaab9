"""``safelog-cli dossier`` and ``safelog-cli verify-bundle``.

``dossier`` writes the police-ready PDF and evidence bundle through the same core function the
app's Export dialog calls. ``verify-bundle`` checks a bundle folder or zip against its manifest
and SHA256SUMS; it needs no vault and no passphrase, so a lawyer or officer can run it.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from ..dossier import (
    DEFAULT_EXCLUDE,
    EXCLUSIONS,
    DossierOptions,
    build_dossier,
    checklist_summary_pdf,
    verify_bundle,
)
from ..dossier.bundle import cleanup_on_error, publish_file, write_stream
from ..errors import BundleInvalid, ExportFailed, InvalidInput
from ..incidents.model import category_key
from .context import Context, add_vault_options


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-05-03") from exc


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    what = "; ".join(f"{key}: {text}" for key, text in EXCLUSIONS.items())
    p = subparsers.add_parser(
        "dossier", help="write the police-ready dossier PDF and evidence bundle",
        description="Write dossier.pdf, the original exhibits named by reference, manifest.json, "
                    "manifest.csv and SHA256SUMS into a new folder (or one zip file). Private "
                    "notes are left out unless --include-private-notes is given.")
    add_vault_options(p)
    p.add_argument("--out", required=True, metavar="DIR", help="new folder to create (or zip "
                   "file with --zip); it must not exist")
    p.add_argument("--from", dest="start", type=_date, metavar="DATE",
                   help="first day to include (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=_date, metavar="DATE",
                   help="last day to include (YYYY-MM-DD)")
    p.add_argument("--incident", dest="incidents", type=int, nargs="+", action="extend",
                   metavar="ID", help="only these incidents")
    p.add_argument("--category", dest="categories", action="append", metavar="CATEGORY",
                   help="only these categories (repeat, or separate with commas)")
    p.add_argument("--exclude", action="append", metavar="WHAT",
                   help=f"leave out (repeat, or separate with commas): {what}")
    p.add_argument("--include-private-notes", action="store_true",
                   help="print private notes (left out by default)")
    p.add_argument("--timezone", default="", metavar="ZONE",
                   help="time zone of --from/--to days (default: this computer's)")
    p.add_argument("--zip", action="store_true", help="pack the bundle into one zip file")
    p.add_argument("--include-checklists", action="store_true",
                   help="add a summary of the safety checklists")
    p.add_argument("--statement", action="store_true",
                   help="also write a draft witness statement (PDF and editable .docx) for a "
                   "solicitor to finish")
    p.set_defaults(handler=run_dossier)

    c = subparsers.add_parser("checklist-summary",
                              help="print the safety checklist summary as a PDF on its own")
    add_vault_options(c)
    c.add_argument("--out", required=True, metavar="FILE", help="new PDF file to create")
    c.set_defaults(handler=run_checklist_summary)

    v = subparsers.add_parser(
        "verify-bundle", help="check a dossier bundle against its manifest (no vault needed)",
        description="Check every file of a bundle folder or zip against manifest.json and "
                    "SHA256SUMS, and name what differs.")
    v.add_argument("bundle", metavar="DIR_OR_ZIP")
    v.add_argument("--json", action="store_true", help="machine-readable output")
    v.set_defaults(handler=run_verify_bundle)


def run_dossier(args: argparse.Namespace, ctx: Context) -> int:
    exclude = set(DEFAULT_EXCLUDE) | set(_split(args.exclude))
    if args.include_private_notes:
        if "private-notes" in _split(args.exclude):
            raise InvalidInput("--include-private-notes and --exclude private-notes contradict "
                               "each other.")
        exclude.discard("private-notes")
    options = DossierOptions(
        start=args.start, end=args.end, incident_ids=args.incidents or None,
        categories=[category_key(c) for c in _split(args.categories)],
        exclude=frozenset(exclude), zip=args.zip, include_checklists=args.include_checklists,
        timezone=args.timezone, statement=args.statement)
    options.validate()
    vault = ctx.open_vault()
    result = build_dossier(vault, Path(args.out).expanduser(), options,
                           progress=ctx.progress("Dossier"), cancel=ctx.cancel)
    for warning in result.warnings:
        ctx.say(f"Note: {warning}")
    ctx.emit(result.to_json(), lambda: (
        f"Dossier {result.document_id}: {result.incident_count} incidents, "
        f"{result.exhibit_count} exhibits, {result.page_count} pages, written to {result.path}"))
    return 0


def run_checklist_summary(args: argparse.Namespace, ctx: Context) -> int:
    out = Path(args.out).expanduser()
    if out.exists() or out.is_symlink():
        raise ExportFailed(f"{out} already exists; choose a new name. Nothing was overwritten.")
    vault = ctx.open_vault()
    data = checklist_summary_pdf(vault)
    if data is None:
        raise InvalidInput("The safety checklists are not available in this SafeLog.")
    tmp = out.with_name(f".{out.name}.partial-{os.urandom(4).hex()}")
    with cleanup_on_error(tmp):
        write_stream(tmp, [data])
        publish_file(tmp, out)
    ctx.emit({"path": str(out)}, f"Checklist summary written to {out}")
    return 0


def run_verify_bundle(args: argparse.Namespace, ctx: Context) -> int:
    report = verify_bundle(Path(args.bundle).expanduser())
    if report.ok:
        ctx.emit(report.to_json(), f"Bundle {report.document_id or ''} is complete and "
                                   f"unchanged: {report.checked} files match manifest.json and "
                                   "SHA256SUMS.".replace("Bundle  ", "Bundle "))
        return 0
    if ctx.json_mode:
        ctx.emit(report.to_json())
    else:
        for problem in report.problems:
            ctx.stdout.write(f"{problem}\n")
    raise BundleInvalid(f"The bundle does not match its manifest: {len(report.problems)} "
                        f"problem{'s' if len(report.problems) != 1 else ''} found.")
