"""``profile set`` and ``profile show``: the person's details printed on page 1 of the dossier.

Only the options given are changed; an empty value (``--language ""``) clears a field.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from .. import profile as profile_core
from ..errors import InvalidInput
from ..i18n import _
from .context import Context, add_vault_options


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "profile",
        help="your name and how the police may contact you",
        description="Your details as page 1 of the dossier shows them.",
    )
    sub = p.add_subparsers(dest="profile_command", metavar="ACTION")

    s = sub.add_parser("set", help="change your details (only the options given)")
    s.add_argument("--name", help="your name as the police should use it")
    s.add_argument(
        "--safe-contact",
        metavar="TEXT",
        help="how to contact you safely, e.g. 'text first, never leave voicemail'",
    )
    s.add_argument(
        "--initials",
        metavar="X",
        help="letters for new exhibit references (existing ones keep theirs)",
    )
    s.add_argument("--language", metavar="LANG", help="the language you prefer to speak")
    s.add_argument(
        "--interpreter", choices=("yes", "no", ""), help="whether you need an interpreter"
    )
    add_vault_options(s)
    s.set_defaults(handler=cmd_set)

    s = sub.add_parser("show", help="print your details")
    add_vault_options(s)
    s.set_defaults(handler=cmd_show)


def _text(p: profile_core.Profile) -> str:
    interpreter = {"yes": "needed", "no": "not needed"}.get(p.interpreter, "not said")
    return "\n".join(
        [
            f"Name:            {p.name or '(not recorded)'}",
            f"Initials:        {p.initials}",
            f"Safe contact:    {p.safe_contact or '(not recorded)'}",
            f"Language:        {p.language or '(not recorded)'}",
            f"Interpreter:     {interpreter}",
        ]
    )


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    changes = {
        field: value
        for field, value in (
            ("name", args.name),
            ("safe_contact", args.safe_contact),
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
    ctx.emit(saved.to_json(), lambda: "Saved.\n" + _text(saved))
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    current = profile_core.load(ctx.open_vault())
    ctx.emit(current.to_json(), lambda: _text(current))
    return 0
