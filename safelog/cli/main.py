"""Entry point of ``safelog-cli``: builds the parser from each command module and maps errors.

Each command module exposes ``register(subparsers)``, which adds its sub-commands and sets
``handler`` on them. Every failure ends as one plain sentence on stderr and its own exit status
(see ``safelog.errors.EXIT_CODES``), never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .. import __version__
from ..errors import EXIT_CODES, DiskFull, SafeLogError
from ..i18n import N_, _, resolve, set_language
from . import (
    backup_cmds,
    checklist_cmds,
    dossier_cmds,
    evidence_cmds,
    incident_cmds,
    legal_cmds,
    log_cmds,
    profile_cmds,
    vault_cmds,
)
from .context import Context

log = logging.getLogger(__name__)

COMMAND_MODULES = (
    vault_cmds,
    incident_cmds,
    log_cmds,
    evidence_cmds,
    checklist_cmds,
    dossier_cmds,
    backup_cmds,
    legal_cmds,
    profile_cmds,
)


# Options every vault command takes, also accepted before the command name.
GLOBAL_OPTIONS = (
    ("--vault", True, N_("vault folder (default: your user data folder)")),
    ("--passphrase-stdin", False, N_("read the passphrase as one line from standard input")),
    ("--recovery-key-stdin", False, N_("unlock with the recovery key read from standard input")),
    ("--json", False, N_("machine-readable output")),
    (
        "--lang",
        True,
        N_("language of messages and checklists, e.g. ru, fa, zh_TW (default: LANG)"),
    ),
)


# argparse's own error messages, as argparse words them (it reads only its own catalogue, which
# SafeLog does not ship), each with the same message in SafeLog's catalogue. An error is matched
# against these and said again in the person's language; one that matches none stays as it is.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), message)
    for pattern, message in (
        (
            r"the following arguments are required: (?P<names>.+)",
            N_("the following arguments are required: {names}"),
        ),
        (
            r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
            # TRANSLATORS: {value} is what was typed; {choices} are names to type, in English.
            N_("invalid choice: {value} (choose from {choices})"),
        ),
        (r"unrecognized arguments: (?P<arguments>.+)", N_("unrecognized arguments: {arguments}")),
        (r"expected one argument", N_("expected one argument")),
        (r"expected at most one argument", N_("expected at most one argument")),
        (r"expected at least one argument", N_("expected at least one argument")),
        (r"invalid (?P<type>\S+) value: (?P<value>.+)", N_("invalid {type} value: {value}")),
        (
            r"one of the arguments (?P<names>.+) is required",
            N_("one of the arguments {names} is required"),
        ),
        (r"not allowed with argument (?P<name>.+)", N_("not allowed with argument {name}")),
        (
            r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)",
            N_("ambiguous option: {option} could match {matches}"),
        ),
    )
)
_ARGUMENT_ERROR = re.compile(r"argument (?P<name>\S+): (?P<message>.+)", re.DOTALL)


def _in_language(message: str) -> str:
    """argparse's error ``message`` in the person's language, when it is one argparse words."""
    found = _ARGUMENT_ERROR.fullmatch(message)
    if found:
        inner = _in_language(found["message"])
        # TRANSLATORS: {name} is an option or value name such as --level; {message} the problem.
        return _("argument {name}: {message}").format(name=found["name"], message=inner)
    for pattern, sentence in _ARGPARSE_ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return _(sentence).format(**found.groupdict())
    return message


class _UsageInLanguage(argparse.HelpFormatter):
    """argparse's own "usage: " in the person's language (argparse reads only its own catalogue)."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        # TRANSLATORS: argparse's heading before the command syntax; keep the space at the end.
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class _RawUsageInLanguage(_UsageInLanguage, argparse.RawDescriptionHelpFormatter):
    """The top-level help: the exit-status table keeps its line breaks."""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("formatter_class") is argparse.RawDescriptionHelpFormatter:
            kwargs["formatter_class"] = _RawUsageInLanguage
        kwargs.setdefault("formatter_class", _UsageInLanguage)
        super().__init__(*args, **kwargs)
        # The titles and the -h help argparse adds itself, in the person's language.
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = _("show this help message and exit")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {_in_language(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:>3}  {_(text)}" for code, text in EXIT_CODES.items())
    parser = _Parser(
        prog="safelog-cli",
        description=_("SafeLog: a private, encrypted incident log and police-ready dossier."),
        epilog=_("exit status:") + "\n" + codes,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"SafeLog {__version__}",
        help=_("show program's version number and exit"),
    )
    group = parser.add_argument_group(
        _("options before the command"),
        _(
            "the vault options may also come before the command, "
            "as in git and borg: safelog-cli --vault PATH list"
        ),
    )
    for flag, takes_value, helptext in GLOBAL_OPTIONS:
        dest = "global_" + flag[2:].replace("-", "_")
        if takes_value:
            metavar = "CODE" if flag == "--lang" else "PATH"
            group.add_argument(flag, dest=dest, metavar=metavar, help=_(helptext))
        else:
            group.add_argument(flag, dest=dest, action="store_true", help=_(helptext))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _merge_global_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Options given before the command count as if given after it; both at once must agree."""
    for flag, takes_value, _help in GLOBAL_OPTIONS:
        name = flag[2:].replace("-", "_")
        early = getattr(args, "global_" + name)
        delattr(args, "global_" + name)
        if not early:
            continue
        late = getattr(args, name, None)
        if takes_value and late and late != early:
            parser.error(_("{flag} was given twice with different values").format(flag=flag))
        setattr(args, name, early if not late else late)


def _take_language(argv: Sequence[str]) -> tuple[str, list[str]]:
    """``--lang CODE`` wherever it is on the line, and the arguments without it.

    It is read before the parser is built, so the parser's own messages use that language, and
    it may come before or after the command (``safelog-cli checklist list --lang ru``).
    """
    rest: list[str] = []
    language = ""
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--lang" and args:
            language = args.pop(0)
        elif arg.startswith("--lang="):
            language = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return language, rest


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    language, argv = _take_language(sys.argv[1:] if argv is None else argv)
    set_language(resolve(language))
    parser = build_parser()
    args = parser.parse_args(argv)
    _merge_global_options(parser, args)
    err = stderr or sys.stderr
    if not getattr(args, "handler", None):
        parser.print_help(err)
        return 2
    ctx = Context(args, stdin, stdout, stderr)
    try:
        return int(args.handler(args, ctx) or 0)
    except SafeLogError as exc:
        err.write(exc.sentence + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        err.write(_("Cancelled; nothing was changed.") + "\n")
        return 12
    except Exception as exc:  # last resort: one sentence, never a traceback
        from ..db import translate  # SQLCipher: loaded by whatever raised a database error

        mapped = translate(exc)
        if mapped is not None:
            err.write(mapped.sentence + "\n")
            return mapped.exit_code
        if isinstance(exc, OSError) and exc.errno == 28:
            err.write(DiskFull().sentence + "\n")
            return 11
        log.debug("unexpected error", exc_info=True)  # frames only (safelog.logs)
        err.write(
            _(
                "Something unexpected went wrong ({name}); nothing more was changed. "
                "Please report this."
            ).format(name=type(exc).__name__)
            + "\n"
        )
        return 1
    finally:
        ctx.close()


def run() -> None:
    """The ``safelog-cli`` entry point: harden the process first (no core dumps, no ptrace)."""
    from ..hardening import harden_process
    from ..logs import setup_logging

    harden_process()
    setup_logging()
    sys.exit(main())


if __name__ == "__main__":
    run()
