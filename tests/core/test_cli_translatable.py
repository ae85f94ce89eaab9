"""Every English text safelog-cli shows a person goes through the catalogue.

Under a pseudo-translation that wraps each translated message in ⟪ ⟫, any help text, heading or
label still printed without the brackets was never marked. JSON output must not change.
"""

from __future__ import annotations

import argparse
import json

import pytest

from safelog import i18n
from safelog.checklists import STATUSES
from safelog.cli.main import build_parser
from safelog.errors import EXIT_CODES


class _Pseudo:
    """A catalogue that changes every message visibly and keeps its placeholders."""

    def gettext(self, message: str) -> str:
        return f"⟪{message}⟫"

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return f"⟪{singular if count == 1 else plural}⟫"


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_catalogue", lambda code: _Pseudo())


def _parsers(parser: argparse.ArgumentParser, path: str = "safelog-cli"):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                assert choice.help and choice.help.startswith("⟪"), f"{path} {choice.dest}"
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


# Help texts that are only names typed on the command line, never translated.
NAMES_ONLY = {", ".join(STATUSES)}


def test_every_help_text_is_translated(pseudo: None) -> None:
    count = 0
    for path, parser in _parsers(build_parser()):
        if parser.description:
            assert parser.description.startswith("⟪"), path
        for group in parser._action_groups:
            assert group.title and group.title.startswith("⟪"), f"{path}: {group.title}"
        for action in parser._actions:
            if action.help not in (None, argparse.SUPPRESS, *NAMES_ONLY):
                assert action.help.startswith("⟪"), f"{path} {action.option_strings}"
                count += 1
        assert parser.format_help().startswith("⟪usage: ⟫"), path
    assert count > 150  # every command was walked


def test_the_exit_status_table_is_translated(pseudo: None) -> None:
    epilog = build_parser().epilog or ""
    assert epilog.startswith("⟪exit status:⟫")
    for code, text in EXIT_CODES.items():
        assert f"{code:>3}  ⟪{text}⟫" in epilog


def test_printed_labels_and_sentences_are_translated(cli, pseudo: None) -> None:
    assert cli("init", "--passphrase-stdin", "--name", "Amira Haddad").code == 0
    cli(
        "add",
        "--passphrase-stdin",
        "--title",
        "T",
        "--when",
        "2026-05-03 10:00",
        "--location",
        "Holborn",
        "--report",
        "route=101; date=2026-05-04",
    )
    cli("person", "add", "--passphrase-stdin", "--name", "N", "--vehicle", "car")
    for argv in (
        ("profile", "show"),
        ("verify",),
        ("person", "list"),
        ("person", "show", "1"),
        ("exhibits",),
        ("order", "list"),
        ("risk", "list"),
    ):
        result = cli(*argv, "--passphrase-stdin")
        assert result.code == 0, result.err
        for line in result.out.splitlines():
            if line.strip() and not line.startswith("#"):
                assert "⟪" in line, f"{argv}: {line!r}"
    shown = cli("show", "1", "--passphrase-stdin").out.splitlines()
    assert all("⟪" in line for line in shown[1:]), shown


def test_json_output_stays_english(cli, pseudo: None) -> None:
    cli("init", "--passphrase-stdin")
    data = json.loads(cli("profile", "show", "--passphrase-stdin", "--json").out)
    report = json.loads(cli("verify", "--passphrase-stdin", "--json").out)
    assert "⟪" not in json.dumps(data) + json.dumps(report)


def test_translated_labels_are_padded_by_terminal_cells() -> None:
    from safelog.cli.columns import cells, pad

    assert cells("Name:") == 5 and cells("姓名：") == 6 and cells("e\u0301") == 1
    assert pad("姓名：", 17) + "x" == "姓名：" + " " * 11 + "x"
    assert pad("Safe contact:", 17) == "Safe contact:    "  # English unchanged
    assert pad("a much longer label than that", 5) == "a much longer label than that"
