"""``safelog-cli dossier`` and ``safelog-cli verify-bundle``.

``dossier`` writes the police-ready PDF and evidence bundle through the same core function the
app's Export dialog calls. ``verify-bundle`` checks a bundle folder or zip against its manifest
and SHA256SUMS; it needs no vault and no passphrase, so a lawyer or officer can run it.

The PDF side (ReportLab, python-docx, Pillow, HarfBuzz, cryptography) is imported inside the
handlers: building the parser, ``--help`` and ``verify-bundle --help`` must start at once.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..dossier import EXCLUSIONS
from ..errors import BundleInvalid, ExportFailed, InvalidInput
from ..i18n import _, ngettext
from ..incidents.model import category_key
from .context import Context, add_vault_options

if TYPE_CHECKING:
    from ..dossier import BundleReport


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date such as 2026-05-03").format(text=text)
        ) from exc


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    what = "; ".join(f"{key}: {_(text)}" for key, text in EXCLUSIONS.items())
    p = subparsers.add_parser(
        "dossier",
        help=_("write the police-ready dossier PDF and evidence bundle"),
        description=_(
            "Write dossier.pdf, the original exhibits named by reference, manifest.json, "
            "manifest.csv and SHA256SUMS into a new folder (or one zip file). Private "
            "notes are left out unless --include-private-notes is given."
        ),
    )
    add_vault_options(p)
    p.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=_("new folder to create (or zip file with --zip); it must not exist"),
    )
    p.add_argument(
        "--from",
        dest="start",
        type=_date,
        metavar="DATE",
        help=_("first day to include (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--to", dest="end", type=_date, metavar="DATE", help=_("last day to include (YYYY-MM-DD)")
    )
    p.add_argument(
        "--incident",
        dest="incidents",
        type=int,
        nargs="+",
        action="extend",
        metavar="ID",
        help=_("only these incidents"),
    )
    p.add_argument(
        "--category",
        dest="categories",
        action="append",
        metavar="CATEGORY",
        help=_("only these categories (repeat, or separate with commas)"),
    )
    p.add_argument(
        "--exclude",
        action="append",
        metavar="WHAT",
        help=_("leave out (repeat, or separate with commas): {what}").format(what=what),
    )
    p.add_argument(
        "--include-private-notes",
        action="store_true",
        help=_("print private notes (left out by default)"),
    )
    p.add_argument(
        "--timezone",
        default="",
        metavar="ZONE",
        help=_("time zone of --from/--to days (default: this computer's)"),
    )
    p.add_argument("--zip", action="store_true", help=_("pack the bundle into one zip file"))
    p.add_argument(
        "--include-checklists",
        action="store_true",
        help=_("add a summary of the safety checklists"),
    )
    p.add_argument(
        "--statement",
        action="store_true",
        help=_(
            "also write a draft witness statement (PDF and editable .docx) for a "
            "solicitor to finish"
        ),
    )
    p.set_defaults(handler=run_dossier)

    c = subparsers.add_parser(
        "checklist-summary", help=_("print the safety checklist summary as a PDF on its own")
    )
    add_vault_options(c)
    c.add_argument("--out", required=True, metavar="FILE", help=_("new PDF file to create"))
    c.set_defaults(handler=run_checklist_summary)

    v = subparsers.add_parser(
        "verify-bundle",
        help=_("check a dossier bundle against its manifest (no vault needed)"),
        description=_(
            "Check every file of a bundle folder or zip against manifest.json and "
            "SHA256SUMS, and name what differs."
        ),
    )
    v.add_argument("bundle", metavar="DIR_OR_ZIP")
    v.add_argument(
        "--same-vault-as",
        metavar="OTHER",
        type=Path,
        help=_(
            "also check another bundle, and say whether both were signed by the same SafeLog vault"
        ),
    )
    v.add_argument("--json", action="store_true", help=_("machine-readable output"))
    v.set_defaults(handler=run_verify_bundle)


def run_dossier(args: argparse.Namespace, ctx: Context) -> int:
    from ..dossier import DEFAULT_EXCLUDE, DossierOptions, build_dossier

    exclude = set(DEFAULT_EXCLUDE) | set(_split(args.exclude))
    if args.include_private_notes:
        if "private-notes" in _split(args.exclude):
            raise InvalidInput(
                _("--include-private-notes and --exclude private-notes contradict each other.")
            )
        exclude.discard("private-notes")
    options = DossierOptions(
        start=args.start,
        end=args.end,
        incident_ids=args.incidents or None,
        categories=[category_key(c) for c in _split(args.categories)],
        exclude=frozenset(exclude),
        zip=args.zip,
        include_checklists=args.include_checklists,
        timezone=args.timezone,
        statement=args.statement,
    )
    options.validate()
    vault = ctx.open_vault()
    result = build_dossier(
        vault,
        Path(args.out).expanduser(),
        options,
        progress=ctx.progress(_("Dossier")),
        cancel=ctx.cancel,
    )
    for warning in result.warnings:
        ctx.say(_("Note: {warning}").format(warning=warning))
    ctx.emit(
        result.to_json(),
        lambda: _("Dossier {document_id}: {value}, {value2}, {value3}, written to {path}").format(
            document_id=result.document_id,
            # TRANSLATORS: {value}, {value2}, {value3} are "2 incidents", "5 exhibits", "14 pages".
            value=ngettext("{count} incident", "{count} incidents", result.incident_count).format(
                count=result.incident_count
            ),
            value2=ngettext("{count} exhibit", "{count} exhibits", result.exhibit_count).format(
                count=result.exhibit_count
            ),
            value3=ngettext("{count} page", "{count} pages", result.page_count).format(
                count=result.page_count
            ),
            path=result.path,
        ),
    )
    return 0


def run_checklist_summary(args: argparse.Namespace, ctx: Context) -> int:
    from ..dossier import checklist_summary_pdf
    from ..dossier.bundle import cleanup_on_error, publish_file, write_stream

    out = Path(args.out).expanduser()
    if out.exists() or out.is_symlink():
        raise ExportFailed(
            _("{out} already exists; choose a new name. Nothing was overwritten.").format(out=out)
        )
    vault = ctx.open_vault()
    data = checklist_summary_pdf(vault)
    if data is None:
        raise InvalidInput(_("The safety checklists are not available in this SafeLog."))
    tmp = out.with_name(f".{out.name}.partial-{os.urandom(4).hex()}")
    with cleanup_on_error(tmp):
        write_stream(tmp, [data])
        publish_file(tmp, out)
    ctx.emit({"path": str(out)}, _("Checklist summary written to {out}").format(out=out))
    return 0


def _verdict(report: BundleReport, path: Path | None) -> list[str]:
    """What a person reads about one bundle: problems, or that it is complete and signed.

    ``path`` is given when two bundles are checked, so each problem says which bundle.
    """
    from ..dossier.signing import grouped

    if not report.ok:
        return [f"{path}: {p}" if path else p for p in report.problems]
    bundle = str(report.document_id or path or "")
    count = report.checked
    if report.signed:
        sentence = ngettext(
            "Bundle {bundle} is complete and unchanged: {count} file matches manifest.json, "
            "SHA256SUMS and the list of fingerprints inside dossier.pdf.",
            "Bundle {bundle} is complete and unchanged: {count} files match manifest.json, "
            "SHA256SUMS and the list of fingerprints inside dossier.pdf.",
            count,
        )
    else:
        sentence = ngettext(
            "Bundle {bundle} is complete and unchanged: {count} file matches manifest.json "
            "and SHA256SUMS.",
            "Bundle {bundle} is complete and unchanged: {count} files match manifest.json "
            "and SHA256SUMS.",
            count,
        )
    lines = [sentence.format(bundle=bundle, count=count)]
    if report.signed:
        lines.append(
            _("It is signed by the SafeLog vault whose key fingerprint is {fingerprint}.").format(
                fingerprint=grouped(report.key_fingerprint)
            )
        )
    lines += report.notes
    return lines


def run_verify_bundle(args: argparse.Namespace, ctx: Context) -> int:
    from ..dossier import verify_bundle
    from ..dossier.signing import PLAIN_WORDS

    first_path = Path(args.bundle).expanduser()
    report = verify_bundle(first_path)
    other = verify_bundle(args.same_vault_as.expanduser()) if args.same_vault_as else None
    same: bool | None = None
    if other is not None and report.signed and other.signed:
        same = report.key_fingerprint == other.key_fingerprint
    if ctx.json_mode:
        data = report.to_json()
        if other is not None:
            data = {"bundle": data, "other": other.to_json(), "same_vault": same}
        ctx.emit(data)
    else:
        lines = _verdict(report, first_path if other is not None else None)
        if other is not None:
            lines += _verdict(other, args.same_vault_as)
            if same is True:
                lines.append(_("Both bundles were signed by the same SafeLog vault."))
            elif same is False:
                lines.append(
                    _(
                        "The bundles were signed by different SafeLog vaults (or one was "
                        "re-signed by someone else)."
                    )
                )
            else:
                lines.append(
                    _(
                        "Whether both come from the same vault cannot be said: both must "
                        "be complete, unchanged and signed."
                    )
                )
        if report.signed or (other is not None and other.signed):
            lines.append(_(PLAIN_WORDS))  # the dossier prints it in English
        ctx.stdout.write("\n".join(lines) + "\n")
    problems = len(report.problems) + (len(other.problems) if other is not None else 0)
    if problems:
        raise BundleInvalid(
            ngettext(
                "The bundle does not match its manifest: {problems} problem found.",
                "The bundle does not match its manifest: {problems} problems found.",
                problems,
            ).format(problems=problems)
        )
    if other is not None and same is not True:
        raise BundleInvalid(_("The two bundles were not signed by the same SafeLog vault."))
    return 0
