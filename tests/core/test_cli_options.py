"""Vault options before the command (as git and borg users type them) and ``history``'s diff."""

from __future__ import annotations

import io
import json
from pathlib import Path

from safelog.cli.history_view import render
from safelog.cli.main import main
from tests.conftest import PASSPHRASE


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_vault_options_before_the_command_work_like_after(tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert _run("--vault", vault, "--passphrase-stdin", "init", "--name", "A H")[0] == 0
    assert (
        _run(
            "--vault",
            vault,
            "--passphrase-stdin",
            "add",
            "--title",
            "Followed",
            "--when",
            "2026-05-03 15:00",
        )[0]
        == 0
    )
    code, before, err = _run("--vault", vault, "--passphrase-stdin", "--json", "list")
    assert code == 0, err
    code, after, err = _run("list", "--vault", vault, "--passphrase-stdin", "--json")
    assert code == 0, err
    assert json.loads(before) == json.loads(after)
    assert [i["title"] for i in json.loads(before)] == ["Followed"]
    mixed = _run("--vault", vault, "list", "--passphrase-stdin", "--json")
    assert mixed[0] == 0 and json.loads(mixed[1]) == json.loads(after)


def test_the_same_option_twice_must_agree(tmp_path: Path, capsys) -> None:
    vault = str(tmp_path / "v")
    assert _run("init", "--vault", vault, "--passphrase-stdin", "--name", "A H")[0] == 0
    same = _run("--vault", vault, "list", "--vault", vault, "--passphrase-stdin")
    assert same[0] == 0, same[2]
    try:
        code = main(["--vault", vault, "list", "--vault", str(tmp_path / "other")])
    except SystemExit as exc:
        code = int(exc.code or 0)
    assert code == 2
    assert "--vault was given twice" in capsys.readouterr().err


def test_a_global_option_reaches_commands_without_a_vault(tmp_path: Path) -> None:
    """``--json`` before a command that has no vault still selects JSON output."""
    code, _out, err = _run("--json", "verify-bundle", str(tmp_path / "missing"))
    assert code not in (0, 2), err  # parsed; then no bundle there
    assert "unrecognized" not in err and "usage" not in err


def test_history_shows_old_and_new_values(cli) -> None:
    assert cli("init", "--passphrase-stdin", "--name", "A H").code == 0
    assert (
        cli(
            "add",
            "--passphrase-stdin",
            "--title",
            "Followed home",
            "--when",
            "2026-05-03 15:00",
            "--location",
            "Holborn",
        ).code
        == 0
    )
    long = "He waited by the door for twenty minutes and then followed me to the station"
    assert (
        cli("edit", "1", "--passphrase-stdin", "--location", "Euston", "--narrative", long).code
        == 0
    )
    text = cli("history", "1", "--passphrase-stdin").out
    assert "version 1" in text and "created" in text
    assert "location: Holborn -> Euston" in text
    assert f"narrative: (empty) -> {long[:59].rstrip()}…" in text
    data = json.loads(cli("history", "1", "--passphrase-stdin", "--json").out)
    assert data[0]["changes"] == {}
    assert data[1]["changes"]["location"] == {"old": "Holborn", "new": "Euston"}
    assert data[1]["changes"]["narrative"]["new"] == long  # JSON keeps the whole value
    assert data[1]["changed"] == sorted(data[1]["changes"])


def test_render_keeps_one_line_and_marks_the_cut() -> None:
    assert render("") == "(empty)" and render(None) == "(empty)" and render([]) == "(empty)"
    assert render("two\nlines") == "two lines"
    assert render({"b": 1, "a": "x"}) == '{"a": "x", "b": 1}'
    cut = render("x" * 100, width=10)
    assert cut == "x" * 9 + "…" and len(cut) == 10
