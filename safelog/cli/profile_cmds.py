"""``profile set`` and ``profile show``: the person's details printed on page 1 of the dossier.

Only the options given are changed; an empty value (``--language ""``) clears a field. The
handlers import the profile (and the vault code behind it), not the parser.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInput
from ..i18n import _
from .columns import cells, pad
from .context import Context, add_vault_options

if TYPE_CHECKING:
    from .. import profile as profile_core


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "profile",
        help=_("your name and how the police may contact you"),
        description=_("Your details as page 1 of the dossier shows them."),
    )
    sub = p.add_subparsers(dest="profile_command", metavar="ACTION")

    s = sub.add_parser("set", help=_("change your details (only the options given)"))
    s.add_argument("--name", help=_("your name as the police should use it"))
    s.add_argument(
        "--safe-contact",
        metavar="TEXT",
        help=_("how to contact you safely, e.g. 'text first, never leave voicemail'"),
    )
    s.add_argument(
        "--name-latin",
        metavar="NAME",
        help=_("your name in Latin letters, as on your passport"),
    )
    s.add_argument(
        "--safe-contact-en",
        metavar="TEXT",
        help=_("how to contact you safely, written in English for the officer"),
    )
    s.add_argument(
        "--initials",
        metavar="X",
        help=_("letters for new exhibit references (existing ones keep theirs)"),
    )
    s.add_argument("--language", metavar="LANG", help=_("the language you prefer to speak"))
    s.add_argument(
        "--interpreter", choices=("yes", "no", ""), help=_("whether you need an interpreter")
    )
    add_vault_options(s)
    s.set_defaults(handler=cmd_set)

    s = sub.add_parser("show", help=_("print your details"))
    add_vault_options(s)
    s.set_defaults(handler=cmd_show)


def _text(p: profile_core.Profile) -> str:
    """One line per detail; labels are translated, then padded by terminal cells to align."""
    interpreter = {"yes": _("needed"), "no": _("not needed")}.get(p.interpreter, _("not said"))
    missing = _("(not recorded)")
    rows = [
        (_("Name:"), p.name or missing),
        (_("Name (Latin):"), p.name_latin or missing),
        (_("Initials:"), p.initials),
        (_("Safe contact:"), p.safe_contact or missing),
        (_("  in English:"), p.safe_contact_en or missing),
        (_("Language:"), p.language or missing),
        (_("Interpreter:"), interpreter),
    ]
    width = max(17, max(cells(label) + 2 for label, _value in rows))
    return "\n".join(f"{pad(label, width)}{value}" for label, value in rows)


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    from .. import profile as profile_core

    changes = {
        field: value
        for field, value in (
            ("name", args.name),
            ("name_latin", args.name_latin),
            ("safe_contact", args.safe_contact),
            ("safe_contact_en", args.safe_contact_en),
            ("initials", args.initials),
            ("language", args.language),
            ("interpreter", args.interpreter),
        )
        if value is not None
    }
    if not changes:
        raise InvalidInput(
            _("Give at least one detail to change, such as --name or --safe-contact.")
        )
    vault = ctx.open_vault()
    saved = profile_core.save(vault, dataclasses.replace(profile_core.load(vault), **changes))
    ctx.emit(saved.to_json(), lambda: _("Saved.") + "\n" + _text(saved))
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from .. import profile as profile_core

    current = profile_core.load(ctx.open_vault())
    ctx.emit(current.to_json(), lambda: _text(current))
    return 0
