"""Entry point of ``safelog-cli``: builds the parser from each command module and maps errors.

Each command module exposes ``register(subparsers)``, which adds its sub-commands and sets
``handler`` on them. Every failure ends as one plain sentence on stderr and its own exit status
(see ``safelog.errors.EXIT_CODES``), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from ..db import translate
from ..errors import EXIT_CODES, SafeLogError
from .context import Context

log = logging.getLogger(__name__)

COMMAND_MODULES = (
    "safelog.cli.vault_cmds",
    "safelog.cli.incident_cmds",
    "safelog.cli.log_cmds",
    "safelog.cli.evidence_cmds",
    "safelog.cli.checklist_cmds",
    "safelog.cli.dossier_cmds",
    "safelog.cli.backup_cmds",
    "safelog.cli.legal_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:>3}  {text}" for code, text in EXIT_CODES.items())
    parser = _Parser(
        prog="safelog-cli",
        description="SafeLog: a private, encrypted incident log and police-ready dossier.",
        epilog=f"exit status:\n{codes}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"SafeLog {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a part not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        err.write("Cancelled; nothing was changed.\n")
        return 12
    except Exception as exc:  # last resort: one sentence, never a traceback
        mapped = translate(exc)
        if mapped is not None:
            err.write(mapped.sentence + "\n")
            return mapped.exit_code
        if isinstance(exc, OSError) and exc.errno == 28:
            err.write("The disk is full; nothing was changed. Free some space and try again.\n")
            return 11
        log.debug("unexpected error", exc_info=True)
        err.write(f"Something unexpected went wrong ({type(exc).__name__}); nothing more was "
                  "changed. Please report this.\n")
        return 1
    finally:
        ctx.close()


def run() -> None:
    """The ``safelog-cli`` entry point: harden the process first (no core dumps, no ptrace)."""
    from ..hardening import harden_process

    harden_process()
    sys.exit(main())


if __name__ == "__main__":
    run()
