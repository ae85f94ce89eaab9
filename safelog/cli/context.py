"""What every command shares: how to get the vault open, print results and show progress.

Commands never print tracebacks: they raise SafeLogError subclasses, and ``main`` prints the one
sentence and exits with the error's status.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import InvalidInput
from ..i18n import _
from ..progress import CancelToken, ProgressFn

if TYPE_CHECKING:
    from ..vault import Vault

Handler = Callable[[argparse.Namespace, "Context"], int]


class Context:
    def __init__(
        self,
        args: argparse.Namespace,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.args = args
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.cancel = CancelToken()
        self._vault: Vault | None = None

    # ----- vault --------------------------------------------------------------------------

    @property
    def vault_path(self) -> Path:
        if self.args.vault:
            return Path(self.args.vault).expanduser()
        from ..paths import default_vault_dir

        return default_vault_dir()

    def read_secret_line(self) -> str:
        """One line from standard input, without its line ending."""
        line = self.stdin.readline(64 * 1024)
        return line.rstrip("\r\n")

    def ask_passphrase(self, prompt: str | None = None) -> str:
        """Ask on the terminal; ``prompt`` is already translated (default "Passphrase: ")."""
        if not self.stdin.isatty():
            raise InvalidInput(_("No terminal to ask for the passphrase; use --passphrase-stdin."))
        return getpass.getpass(_("Passphrase: ") if prompt is None else prompt)

    def open_vault(self) -> Vault:
        """Unlock with the passphrase or recovery key, as the options say.

        The vault code (SQLCipher, Argon2, cryptography) is imported here, by the commands that
        open a vault, so that building the parser and ``--help`` do not pay for it.
        """
        if self._vault is None:
            from ..vault import Vault

            if getattr(self.args, "recovery_key_stdin", False):
                self._vault = Vault.open(self.vault_path, recovery_key=self.read_secret_line())
            else:
                secret = (
                    self.read_secret_line() if self.args.passphrase_stdin else self.ask_passphrase()
                )
                self._vault = Vault.open(self.vault_path, secret)
        return self._vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    # ----- output -------------------------------------------------------------------------

    @property
    def json_mode(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        """JSON with --json, else the human text (or the data's str)."""
        if self.json_mode:
            json.dump(data, self.stdout, ensure_ascii=False, indent=2, default=str)
            self.stdout.write("\n")
        else:
            rendered = text() if callable(text) else text
            self.stdout.write((rendered if rendered is not None else str(data)) + "\n")

    def say(self, text: str) -> None:
        """A message for a person, on stderr so stdout stays clean for scripts."""
        self.stderr.write(text + "\n")

    def progress(self, label: str) -> ProgressFn:
        """A text progress bar on a terminal; silent when stderr is not a terminal."""
        if not self.stderr.isatty() or os.environ.get("CI"):
            return lambda done, total: None
        stream = self.stderr

        def report(done: int, total: int) -> None:
            if total:
                filled = int(30 * done / total)
                stream.write(
                    f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] {100 * done // total:3d}%"
                )
            else:
                stream.write(f"\r{label} {done}")
            if total and done >= total:
                stream.write("\n")
            stream.flush()

        return report


def add_vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", metavar="PATH", help=_("vault folder (default: your user data folder)")
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=_("read the passphrase as one line from standard input"),
    )
    parser.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help=_("unlock with the recovery key read from standard input"),
    )
    parser.add_argument("--json", action="store_true", help=_("machine-readable output"))
