"""``safelog-cli checklist``: list, show, set, history, validate; --json; exit statuses."""

from __future__ import annotations

import json

import pytest

from safelog.checklists import load_catalog

P = "--passphrase-stdin"


@pytest.fixture
def ready(cli, vault):
    """A vault exists (the fixture created it); close it so the CLI can open it."""
    vault.close()
    return cli


def test_list_shows_every_checklist_with_progress(ready):
    result = ready("checklist", "list", P)
    assert result.code == 0, result.err
    for checklist_id in load_catalog().ids:
        assert checklist_id in result.out
    assert "0 of " in result.out and "Next: " in result.out

    data = json.loads(ready("checklist", "list", P, "--json").out)
    rows = {row["id"]: row for row in data["checklists"]}
    assert set(rows) == set(load_catalog().ids)
    accounts = rows["accounts"]
    assert accounts["percent_done"] == 0
    assert accounts["counts"]["todo"] == accounts["total"]
    assert accounts["next_item"]["priority"] == "high"


def test_set_then_show_and_list_reflect_it(ready):
    result = ready("checklist", "set", "accounts", "two-step", "done", "--note", "email first", P)
    assert result.code == 0, result.err
    assert 'is now marked "Done"' in result.out

    result = ready(
        "checklist", "set", "accounts", "1", "need help", "--by", "Sam Jones", P, "--json"
    )
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["checklist"], data["id"], data["status"], data["marked_by"], data["rev"]) == (
        "accounts",
        "email-password",
        "need_help",
        "Sam Jones",
        1,
    )

    show = ready("checklist", "show", "accounts", P)
    assert show.code == 0, show.err
    assert "[x] Turn on two-step verification" in show.out
    assert "Note: email first" in show.out
    assert 'Marked "Need help" on ' in show.out
    assert "by Sam Jones (support worker)" in show.out
    assert "Source: " in show.out and "https://" in show.out
    assert "Continue at item 2 (password-manager)." in show.out

    data = json.loads(ready("checklist", "show", "accounts", P, "--json").out)
    items = {item["id"]: item for item in data["items"]}
    assert items["two-step"]["status"] == "done"
    assert items["two-step"]["note"] == "email first"
    assert items["two-step"]["sources"][0]["url"].startswith("https://")
    assert data["counts"]["done"] == 1 and data["counts"]["need_help"] == 1
    assert data["resume"] == {"item": "password-manager", "number": 2, "stored": False}
    assert data["removed_items"] == []


def test_history_of_a_checklist_and_an_item(ready):
    ready("checklist", "set", "physical", "trackers", "done", P)
    ready("checklist", "set", "physical", "trackers", "todo", "--note", "check again", P)
    ready("checklist", "set", "physical", "tell-people", "n/a", P)

    result = ready("checklist", "history", "physical", "trackers", P)
    assert result.code == 0, result.err
    assert "rev 1: Done" in result.out and "rev 2: To do" in result.out
    assert "Note: check again" in result.out

    data = json.loads(ready("checklist", "history", "physical", P, "--json").out)
    assert [(e["item"], e["rev"], e["status"]) for e in data["history"]] == [
        ("trackers", 1, "done"),
        ("trackers", 2, "todo"),
        ("tell-people", 1, "not_applicable"),
    ]

    empty = ready("checklist", "history", "wellbeing", P)
    assert empty.code == 0 and "has been marked yet" in empty.out


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (("set", "nothing", "x", "done"), 8, "no checklist called 'nothing'"),
        (("set", "accounts", "no-such-item", "done"), 8, "no item 'no-such-item'"),
        (("set", "accounts", "99", "done"), 8, "there is no item 99"),
        (("set", "accounts", "two-step", "finished"), 9, "Unknown status"),
        (("show", "nothing"), 8, "no checklist called"),
        (("history", "accounts", "no-such-item"), 8, "no item"),
    ],
)
def test_unknown_names_have_their_own_exit_status(ready, argv, code, needle):
    result = ready("checklist", *argv, P)
    assert result.code == code
    assert needle in result.err
    assert "Traceback" not in result.err and result.out == ""


def test_wrong_passphrase_is_refused_before_anything_is_written(ready):
    result = ready(
        "checklist", "set", "accounts", "two-step", "done", P, stdin="not the passphrase at all\n"
    )
    assert result.code == 3
    data = json.loads(ready("checklist", "show", "accounts", P, "--json").out)
    assert all(item["status"] == "todo" for item in data["items"])


def test_validate_checks_a_folder_and_names_file_and_line(cli, tmp_path):
    result = cli("checklist", "validate", vault=False)
    assert result.code == 0, result.err
    assert "checklist files are valid" in result.out

    (tmp_path / "bad.toml").write_text('id = "bad"\nversion = 1\ntitle = "x\n', "utf-8")
    result = cli("checklist", "validate", str(tmp_path), vault=False)
    assert result.code == 9
    assert result.err.startswith("Checklist file bad.toml, line 3:")

    result = cli("checklist", "validate", str(tmp_path / "missing"), "--json", vault=False)
    assert result.code == 8


def test_checklist_without_action_prints_usage(cli):
    result = cli("checklist", vault=False)
    assert result.code == 2
    assert "list" in result.err and "history" in result.err


def test_show_and_history_keep_items_a_content_update_removed(ready, tmp_path, monkeypatch):
    import safelog.checklists.content as content
    from tests.core.test_checklists_progress import V1, V2, checklist_text

    folder = tmp_path / "content"
    folder.mkdir()
    monkeypatch.setattr(content, "default_folder", lambda: folder)
    (folder / "demo.toml").write_text(checklist_text(1, V1), "utf-8")
    assert ready("checklist", "set", "demo", "route", "done", "--note", "bus", P).code == 0
    (folder / "demo.toml").write_text(checklist_text(2, V2), "utf-8")

    data = json.loads(ready("checklist", "show", "demo", P, "--json").out)
    assert data["version"] == 2
    assert [i["id"] for i in data["items"]] == ["phone", "lock", "alarm", "tell"]
    assert all(i["status"] == "todo" for i in data["items"])
    assert [(r["id"], r["status"], r["note"]) for r in data["removed_items"]] == [
        ("route", "done", "bus")
    ]
    text = ready("checklist", "show", "demo", P).out
    assert "No longer in this checklist" in text and "Change the route [route]" in text
    history = ready("checklist", "history", "demo", "route", P)
    assert history.code == 0 and "(no longer in this checklist)" in history.out
