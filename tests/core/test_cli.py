"""safelog-cli: commands, JSON output, exit statuses, and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE


@pytest.fixture
def initialised(cli):
    result = cli("init", "--passphrase-stdin", "--name", "Amira Haddad", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)["recovery_key"]


def test_init_prints_recovery_key_in_groups(cli):
    result = cli("init", "--passphrase-stdin")
    assert result.code == 0
    key_line = next(line.strip() for line in result.out.splitlines() if line.count("-") == 8)
    assert all(len(group) == 4 for group in key_line.split("-"))


def test_init_refuses_weak_passphrase(cli):
    result = cli("init", "--passphrase-stdin", stdin="password1\n")
    assert result.code == 9
    assert "guess" in result.err or "characters" in result.err


def test_add_show_list_edit_history(cli, initialised):
    added = cli(
        "add",
        "--passphrase-stdin",
        "--json",
        "--title",
        "Followed home",
        "--when",
        "about 2026-05-03 15:00",
        "--tz",
        "Europe/London",
        "--category",
        "Following",
        "--location",
        "Holborn",
        "--narrative",
        "Grey car",
        "--tag",
        "car",
        "--report",
        "route=101; date=2026-05-04; reference=CAD 1; spoken_to=PC S 12",
    )
    assert added.code == 0, added.err
    incident = json.loads(added.out)
    assert incident["id"] == 1
    assert incident["when_text"].startswith("about 15:00 on 3 May 2026")
    assert incident["reports"][0]["reference"] == "CAD 1"

    shown = cli("show", "1", "--passphrase-stdin")
    assert "Followed home" in shown.out and "Holborn" in shown.out

    edited = cli("edit", "1", "--passphrase-stdin", "--impact", "Scared")
    assert edited.code == 0 and "version 2" in edited.out

    history = json.loads(cli("history", "1", "--passphrase-stdin", "--json").out)
    assert [h["rev"] for h in history] == [1, 2]
    assert history[1]["changed"] == ["impact"]

    listed = json.loads(cli("list", "--passphrase-stdin", "--json").out)
    assert [i["title"] for i in listed] == ["Followed home"]
    found = json.loads(cli("search", "grey", "--passphrase-stdin", "--json").out)
    assert [i["id"] for i in found] == [1]


def test_person_commands(cli, initialised):
    cli("add", "--passphrase-stdin", "--title", "x", "--when", "2026-05-03 10:00")
    person = json.loads(
        cli(
            "person",
            "add",
            "--passphrase-stdin",
            "--json",
            "--name",
            "Man in grey car",
            "--kind",
            "perpetrator_unknown",
        ).out
    )
    assert (
        cli(
            "person", "link", str(person["id"]), "1", "--role", "perpetrator", "--passphrase-stdin"
        ).code
        == 0
    )
    rows = json.loads(cli("person", "list", "--passphrase-stdin", "--json").out)
    assert rows[0]["incident_count"] == 1
    assert json.loads(cli("person", "show", str(person["id"]), "--passphrase-stdin", "--json").out)[
        "incidents"
    ] == [1]


def test_list_json_returns_every_incident(cli, initialised, vault_path):
    from safelog.incidents import store
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    with Vault.open(vault_path, PASSPHRASE) as vault, vault.transaction():
        for n in range(250):
            store.insert_incident(vault, Incident(f"n{n}", parse_when("2026-01-01 10:00")))
    assert len(json.loads(cli("list", "--passphrase-stdin", "--json").out)) == 250


@pytest.mark.parametrize(
    "argv,stdin,code",
    [
        (("list", "--passphrase-stdin"), "wrong passphrase here\n", 3),
        (("show", "42", "--passphrase-stdin"), None, 8),
        (("add", "--passphrase-stdin", "--title", "x", "--when", "yesterday-ish"), None, 9),
        (("add", "--passphrase-stdin", "--title", "x", "--category", "nonsense"), None, 9),
        (("list", "--recovery-key-stdin"), "AAAA-BBBB\n", 9),
    ],
)
def test_failures_have_their_own_status_and_one_sentence(cli, initialised, argv, stdin, code):
    result = cli(*argv, stdin=stdin)
    assert result.code == code
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_recovery_key_opens_and_sets_new_passphrase(cli, initialised):
    result = cli(
        "passwd",
        "--recovery-key-stdin",
        stdin=initialised + "\nanother long passphrase of many words\n",
    )
    assert result.code == 0, result.err
    assert cli("list", "--passphrase-stdin").code == 3
    assert (
        cli("list", "--passphrase-stdin", stdin="another long passphrase of many words\n").code == 0
    )


def test_verify_reports_tampering(cli, initialised, vault_path):
    from safelog.vault import Vault

    assert cli("verify", "--passphrase-stdin").code == 0
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.conn.execute("UPDATE custody SET action = 'x' WHERE seq = 1")
    result = cli("verify", "--passphrase-stdin")
    assert result.code == 13
    assert "altered" in result.out


def test_verify_against_an_earlier_head(cli, initialised, vault_path):
    import shutil

    backup = vault_path.parent / "older"
    shutil.copytree(vault_path, backup)
    cli("add", "--passphrase-stdin", "--title", "later", "--when", "2026-05-03 10:00")
    head = json.loads(cli("verify", "--passphrase-stdin", "--json").out)["chain_head"]
    assert cli("verify", "--passphrase-stdin", "--against", head).code == 0
    # The whole vault replaced by the older copy: the later head is missing.
    shutil.rmtree(vault_path)
    shutil.copytree(backup, vault_path)
    result = cli("verify", "--passphrase-stdin", "--against", head)
    assert result.code == 13 and "older copy" in result.out


def test_damaged_database_page_is_found_by_verify(cli, initialised, vault_path):
    from safelog.vault import Vault

    with Vault.open(vault_path, PASSPHRASE) as vault, vault.transaction():
        from safelog.incidents import store
        from safelog.incidents.model import Incident
        from safelog.incidents.when import parse_when

        for n in range(40):
            store.insert_incident(
                vault, Incident(f"n{n}", parse_when("2026-01-01 10:00"), narrative="x" * 5000)
            )
    db = vault_path / "vault.db"
    raw = bytearray(db.read_bytes())
    page = 65536
    assert len(raw) > 3 * page
    raw[2 * page + 500] ^= 0xFF
    db.write_bytes(bytes(raw))
    result = cli("verify", "--passphrase-stdin")
    assert result.code in (5, 13)
    assert "Traceback" not in result.err + result.out
    if result.code == 13:
        assert "page" in result.out.lower()


def test_the_installed_command_runs_without_a_traceback(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "safelog.cli.main",
            "list",
            "--vault",
            str(tmp_path / "none"),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 10
    assert result.stderr.strip() == "There is no SafeLog vault there."
