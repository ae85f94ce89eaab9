"""``init``, ``passwd``, ``new-recovery-key`` and ``verify``: creating, re-keying, checking.

The vault and its checks are imported by the handlers that use them, not by the parser.
"""

from __future__ import annotations

import argparse

from ..errors import InvalidInput, VerifyFailed
from ..i18n import N_, _, ngettext
from ..secrets import passphrase_problem
from .context import Context, add_vault_options

# The names verify_vault gives its checks, and their results, as a person reads them.
_CHECKS = {
    "pages": N_("pages"),
    "structure": N_("structure"),
    "search index": N_("search index"),
    "custody log": N_("custody log"),
    "exhibits": N_("exhibits"),
}
_STATES = {"ok": N_("ok"), "failed": N_("failed")}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help=_("create a vault; prints the recovery key once"))
    add_vault_options(p)
    p.add_argument("--name", default="", help=_("your name (for the dossier cover)"))
    p.add_argument("--initials", help=_("exhibit label initials (default: from --name)"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", help=_("change the passphrase (or set one with the recovery key)"))
    add_vault_options(p)
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser(
        "new-recovery-key",
        help=_("make a new recovery key; the old one stops working at once"),
    )
    add_vault_options(p)
    p.set_defaults(handler=cmd_new_recovery_key)

    p = sub.add_parser("verify", help=_("check pages, custody log and every exhibit's hash"))
    add_vault_options(p)
    p.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="HASH",
        help=_("a custody-log head printed in an earlier dossier (repeatable)"),
    )
    p.set_defaults(handler=cmd_verify)


def _new_passphrase(ctx: Context) -> str:
    """One line on stdin with --passphrase-stdin/--recovery-key-stdin, else asked twice."""
    if ctx.args.passphrase_stdin or ctx.args.recovery_key_stdin:
        return ctx.read_secret_line()
    while True:
        first = ctx.ask_passphrase(_("New passphrase: "))
        problem = passphrase_problem(first)
        if problem:
            ctx.say(problem)
            continue
        if ctx.ask_passphrase(_("The same passphrase again: ")) == first:
            return first
        ctx.say(_("The two passphrases are different; please type them again."))


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from ..vault import Vault

    path = ctx.vault_path
    passphrase = _new_passphrase(ctx)
    vault, recovery = Vault.create(path, passphrase, owner_name=args.name, initials=args.initials)
    vault.close()
    ctx.emit(
        {"vault": str(path), "recovery_key": recovery},
        lambda: _(
            "Created your SafeLog vault in {path}\n\nYour recovery key (write it "
            "down now and keep it somewhere safe, away from this\ncomputer; it is "
            "shown only this once and opens the vault if you forget "
            "the\npassphrase):\n\n    {recovery}\n"
        ).format(path=path, recovery=recovery),
    )
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    new = _new_passphrase(ctx)
    if not new:
        raise InvalidInput(_("The new passphrase is empty."))
    vault.change_passphrase(new)
    ctx.emit(
        {"changed": True}, _("Passphrase changed. The old passphrase no longer opens the vault.")
    )
    return 0


def cmd_new_recovery_key(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    recovery = vault.replace_recovery_key()
    ctx.emit(
        {"recovery_key": recovery},
        lambda: _(
            "Your new recovery key (write it down now and keep it somewhere safe, "
            "away from\nthis computer; it is shown only this once). The old "
            "recovery key no longer opens\nthe vault.\n\n    {recovery}\n"
        ).format(recovery=recovery),
    )
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    from ..verify import verify_vault

    vault = ctx.open_vault()
    report = verify_vault(
        vault,
        against=[h.strip().lower() for h in args.against],
        progress=ctx.progress(_("Checking")),
        cancel=ctx.cancel,
    )

    def text() -> str:
        lines = [
            _("{check}: {state}").format(
                check=_(_CHECKS.get(name, name)), state=_(_STATES.get(state, state))
            )
            for name, state in report.checks.items()
            if name != "page_count"
        ]
        lines.append(
            ngettext(
                "custody log: {count} entry, head {head}",
                "custody log: {count} entries, head {head}",
                report.chain_length,
            ).format(count=report.chain_length, head=report.chain_head)
        )
        for head, present in report.against.items():
            lines.append(
                (
                    _("earlier head {head}: present")
                    if present
                    else _("earlier head {head}: MISSING")
                ).format(head=head)
            )
        lines += [_("PROBLEM: {problem}").format(problem=p) for p in report.problems]
        lines.append(
            _("The vault passed every check.")
            if report.ok
            else _("The vault did NOT pass its checks.")
        )
        return "\n".join(lines)

    ctx.emit(report.to_json(), text)
    if not report.ok:
        if not ctx.json_mode:
            ctx.say(VerifyFailed().sentence)
        return VerifyFailed.exit_code
    return 0
