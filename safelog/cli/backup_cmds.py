"""``backup`` and ``restore``; the handlers import the backup code and the vault behind it."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import OtherVaultBackup
from ..i18n import _
from .context import Context, add_vault_options


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help=_("write one encrypted, self-checking backup file"))
    add_vault_options(p)
    p.add_argument("out", type=Path)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help=_(
            "restore a backup (checked completely first); an "
            "existing vault is moved aside, never deleted"
        ),
    )
    add_vault_options(p)
    p.add_argument("backup", type=Path)
    p.add_argument(
        "--replace-other-vault",
        action="store_true",
        help=_(
            "restore even though the backup is from a different vault than the one "
            "there now (that vault is moved aside, not deleted)"
        ),
    )
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from ..backup import backup

    vault = ctx.open_vault()
    out = backup(vault, args.out, progress=ctx.progress(_("Backing up")), cancel=ctx.cancel)
    ctx.emit(
        {"backup": str(out)},
        _(
            "Backup written to {out}. It is encrypted: it opens with your "
            "passphrase or recovery key."
        ).format(out=out),
    )
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from ..backup import restore

    secret = (
        ctx.read_secret_line()
        if (args.passphrase_stdin or args.recovery_key_stdin)
        else ctx.ask_passphrase(_("Passphrase of the backup: "))
    )
    kwargs = {"recovery_key": secret} if args.recovery_key_stdin else {"passphrase": secret}
    try:
        result = restore(
            args.backup,
            ctx.vault_path,
            progress=ctx.progress(_("Restoring")),
            cancel=ctx.cancel,
            replace_other_vault=args.replace_other_vault,
            **kwargs,
        )
    except OtherVaultBackup as exc:
        raise OtherVaultBackup(
            _(
                "{sentence} To replace it anyway, run the same command with --replace-other-vault."
            ).format(sentence=exc.sentence)
        ) from exc
    text = (
        _("Restored the vault to {path}. The vault that was there is kept at {previous}.").format(
            path=result.path, previous=result.previous
        )
        if result.previous
        else _("Restored the vault to {path}.").format(path=result.path)
    )
    ctx.emit({"vault": str(result.path), "previous": str(result.previous or "")}, text)
    return 0
