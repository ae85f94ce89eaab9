"""Checklist progress in the vault: marks, history, custody, overview, resume, content updates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safelog import custody
from safelog.checklists import (
    STATUSES,
    checklist_overview,
    history,
    item_state,
    item_states,
    load_catalog,
    next_item,
    overview,
    parse_status,
    removed_items,
    resume_point,
    set_resume_point,
    set_status,
)
from safelog.clock import FakeClock
from safelog.errors import InvalidInput, NotFound


def checklist_text(version: int, items: list[tuple[str, str, str]]) -> str:
    """A checklist file with (id, title, priority) items, all citing one source."""
    blocks = [
        f'id = "demo"\nversion = {version}\norder = 1\nlanguage = "en"\n'
        'title = "Demo"\nsummary = "For tests."\n'
    ]
    for item_id, title, priority in items:
        blocks.append(
            f'[[items]]\nid = "{item_id}"\ntitle = "{title}"\nwhy = "Because."\n'
            f'priority = "{priority}"\nhelp = ["Your support worker"]\n'
            'sources = ["S"]\n'
        )
    blocks.append('[sources]\nS = { title = "Source", url = "https://example.org/s" }\n')
    return "\n".join(blocks)


V1 = [
    ("lock", "Lock the door", "medium"),
    ("phone", "Charge the phone", "high"),
    ("route", "Change the route", "low"),
    ("tell", "Tell a friend", "high"),
]
V2 = [
    ("phone", "Keep the phone charged", "high"),
    ("lock", "Lock the door", "medium"),
    ("alarm", "Get an alarm", "high"),
    ("tell", "Tell a friend", "high"),
]


def load(folder: Path, version: int, items: list[tuple[str, str, str]]):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "demo.toml").write_text(checklist_text(version, items), encoding="utf-8")
    return load_catalog(folder).get("demo")


@pytest.fixture
def demo(tmp_path):
    return load(tmp_path / "content", 1, V1)


@pytest.fixture
def clocked(vault):
    vault.clock = FakeClock()
    return vault


def checklist_custody(vault):
    return [e for e in custody.entries(vault.conn) if e.action == "checklist.set"]


# ----- statuses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("done", "done"),
        ("DONE", "done"),
        ("to do", "todo"),
        ("To-do", "todo"),
        ("n/a", "not_applicable"),
        ("not applicable", "not_applicable"),
        ("need help", "need_help"),
        ("need-help", "need_help"),
        ("help", "need_help"),
    ],
)
def test_parse_status_accepts_what_people_type(typed, key):
    assert parse_status(typed) == key


def test_unknown_status_is_invalid_input():
    with pytest.raises(InvalidInput, match="Unknown status"):
        parse_status("maybe")


# ----- set, history, custody --------------------------------------------------------------


def test_fresh_checklist_is_all_to_do(vault, demo):
    states = item_states(vault, demo)
    assert [s.item.id for s in states] == ["lock", "phone", "route", "tell"]
    assert all(s.status == "todo" and s.rev == 0 and s.at is None for s in states)
    assert history(vault, demo) == []


def test_set_status_stores_note_date_and_who(clocked, demo):
    state = set_status(clocked, demo, "phone", "done", note="Bought a power bank")
    assert (state.status, state.note, state.marked_by, state.rev) == (
        "done",
        "Bought a power bank",
        "",
        1,
    )
    assert state.at == "2026-01-01T12:00:00.000000Z"
    assert state.marked_in_version == 1
    clocked.clock.advance(days=1)
    state = set_status(clocked, demo, "2", "need_help", by="  Sam   Jones ")
    assert (state.status, state.note, state.marked_by, state.rev) == (
        "need_help",
        "Bought a power bank",
        "Sam Jones",
        2,
    )  # note kept when not given
    assert state.at.startswith("2026-01-02")
    again = item_state(clocked, demo, "phone")
    assert again == state


def test_every_change_is_history_and_custody_without_note_text(clocked, demo):
    set_status(clocked, demo, "lock", "done", note="secret words")
    clocked.clock.advance(minutes=5)
    set_status(clocked, demo, "lock", "not_applicable", note="", by="Sam")
    clocked.clock.advance(minutes=5)
    set_status(clocked, demo, "tell", "need_help")
    entries = history(clocked, demo, "lock")
    assert [(e.rev, e.status, e.note, e.marked_by) for e in entries] == [
        (1, "done", "secret words", ""),
        (2, "not_applicable", "", "Sam"),
    ]
    assert all(e.in_current_content and e.content_version == 1 for e in entries)
    assert entries[0].item_title == "Lock the door"
    assert [e.item_id for e in history(clocked, demo)] == ["lock", "lock", "tell"]

    logged = checklist_custody(clocked)
    assert [
        (e.entity, e.entity_id, e.detail["status"], e.detail["rev"], e.detail["by"]) for e in logged
    ] == [
        ("checklist_item", "demo/lock", "done", 1, "person"),
        ("checklist_item", "demo/lock", "not_applicable", 2, "support_worker"),
        ("checklist_item", "demo/tell", "need_help", 1, "person"),
    ]
    for entry in logged:
        text = json.dumps(entry.detail)
        assert "secret" not in text and "Sam" not in text
    assert custody.verify_chain(clocked.conn).ok

    rows = clocked.conn.execute(
        "SELECT entity_id, rev, doc FROM revisions WHERE entity = ? ORDER BY entity_id, rev",
        ("checklist_item",),
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [("demo/lock", 1), ("demo/lock", 2), ("demo/tell", 1)]
    assert json.loads(rows[0][2])["note"] == "secret words"


def test_saving_the_same_mark_again_records_nothing(vault, demo):
    set_status(vault, demo, "lock", "done", note="x")
    before = len(custody.entries(vault.conn))
    state = set_status(vault, demo, "lock", "done")
    assert state.rev == 1
    state = set_status(vault, demo, "route", "todo")  # never marked: "to do" is no change
    assert state.rev == 0
    assert len(custody.entries(vault.conn)) == before
    assert len(history(vault, demo)) == 1


def test_setting_back_to_do_is_a_change(vault, demo):
    set_status(vault, demo, "lock", "done")
    state = set_status(vault, demo, "lock", "todo")
    assert (state.status, state.rev) == ("todo", 2)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"item_ref": "nope", "status": "done"}, NotFound),
        ({"item_ref": "9", "status": "done"}, NotFound),
        ({"item_ref": "lock", "status": "finished"}, InvalidInput),
        ({"item_ref": "lock", "status": "done", "note": "a\x00b"}, InvalidInput),
        ({"item_ref": "lock", "status": "done", "note": "x" * 10_001}, InvalidInput),
        ({"item_ref": "lock", "status": "done", "by": "x" * 121}, InvalidInput),
    ],
)
def test_bad_marks_are_refused_and_change_nothing(vault, demo, kwargs, error):
    before = len(custody.entries(vault.conn))
    item_ref, status = kwargs.pop("item_ref"), kwargs.pop("status")
    with pytest.raises(error):
        set_status(vault, demo, item_ref, status, **kwargs)
    assert len(custody.entries(vault.conn)) == before
    assert vault.conn.execute("SELECT count(*) FROM checklist_progress").fetchone()[0] == 0


def test_a_failure_mid_save_leaves_no_trace(vault, demo, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk went away")

    monkeypatch.setattr(vault, "record", broken)
    with pytest.raises(OSError):
        set_status(vault, demo, "lock", "done", note="n")
    monkeypatch.undo()
    assert item_state(vault, demo, "lock").rev == 0
    assert history(vault, demo) == []


def test_by_self_means_the_person(vault, demo):
    assert set_status(vault, demo, "lock", "done", by="me").marked_by == ""
    assert set_status(vault, demo, "tell", "done", by="").marked_by == ""


# ----- overview and walk-through ----------------------------------------------------------


def test_overview_counts_percent_and_next_item(vault, demo):
    first = checklist_overview(vault, demo)
    assert first.total == 4 and first.percent_done == 0
    assert first.counts == {s: (4 if s == "todo" else 0) for s in STATUSES}
    assert first.next_item.item.id == "phone"  # highest priority, earliest in the list

    set_status(vault, demo, "phone", "done")
    set_status(vault, demo, "route", "not_applicable")
    set_status(vault, demo, "tell", "need_help")
    summary = checklist_overview(vault, demo)
    assert summary.counts == {"todo": 1, "done": 1, "not_applicable": 1, "need_help": 1}
    assert summary.percent_done == 33  # 1 done of the 3 that apply, rounded down
    assert summary.next_item.item.id == "tell"  # need help is still open, and high priority
    assert summary.open_count == 2
    assert summary.to_json()["next_item"]["number"] == 4

    set_status(vault, demo, "tell", "done")
    set_status(vault, demo, "lock", "done")
    done = checklist_overview(vault, demo)
    assert done.percent_done == 100 and done.next_item is None


def test_everything_not_applicable_counts_as_complete(vault, demo):
    for item in demo.items:
        set_status(vault, demo, item.id, "n/a")
    summary = checklist_overview(vault, demo)
    assert summary.percent_done == 100 and next_item(item_states(vault, demo)) is None


def test_overview_of_the_shipped_catalog(vault):
    catalog = load_catalog()
    rows = overview(vault, catalog)
    assert [r.checklist_id for r in rows] == catalog.ids
    assert all(r.next_item is not None and r.next_item.item.priority == "high" for r in rows)


def test_resume_point_is_first_unanswered_or_stored(vault, demo):
    assert resume_point(vault, demo).to_json() == {"item": "lock", "number": 1, "stored": False}
    set_status(vault, demo, "lock", "done")
    set_status(vault, demo, "phone", "need_help")  # an answer, even if not finished
    point = resume_point(vault, demo)
    assert (point.item_id, point.index, point.stored) == ("route", 2, False)

    set_resume_point(vault, demo, "tell")
    assert resume_point(vault, demo).to_json() == {"item": "tell", "number": 4, "stored": True}
    set_resume_point(vault, demo, "2")
    assert resume_point(vault, demo).item_id == "phone"
    set_resume_point(vault, demo, None)
    assert resume_point(vault, demo).item_id == "route"
    with pytest.raises(NotFound):
        set_resume_point(vault, demo, "nope")

    for item in demo.items:
        set_status(vault, demo, item.id, "done")
    assert resume_point(vault, demo).to_json() == {"item": None, "number": None, "stored": False}


# ----- content updates --------------------------------------------------------------------


def test_content_update_keeps_progress_adds_new_and_keeps_removed_in_history(clocked, tmp_path):
    folder = tmp_path / "content"
    v1 = load(folder, 1, V1)
    set_status(clocked, v1, "phone", "done", note="power bank")
    set_status(clocked, v1, "route", "need_help", by="Sam")
    set_status(clocked, v1, "lock", "not_applicable")
    set_resume_point(clocked, v1, "route")

    v2 = load(folder, 2, V2)  # "route" removed, "alarm" added, "phone" reworded and moved
    states = {s.item.id: s for s in item_states(clocked, v2)}
    assert list(states) == ["phone", "lock", "alarm", "tell"]
    assert (states["phone"].status, states["phone"].note, states["phone"].marked_in_version) == (
        "done",
        "power bank",
        1,
    )
    assert states["phone"].item.title == "Keep the phone charged"
    assert states["lock"].status == "not_applicable"
    assert (states["alarm"].status, states["alarm"].rev) == ("todo", 0)
    assert states["tell"].status == "todo"

    summary = checklist_overview(clocked, v2)
    assert summary.total == 4 and summary.counts["need_help"] == 0
    assert summary.next_item.item.id == "alarm"
    # the stored position pointed at the removed item: fall back to the first unanswered
    assert resume_point(clocked, v2).to_json() == {"item": "alarm", "number": 3, "stored": False}

    removed = removed_items(clocked, v2)
    assert [(r.item_id, r.title, r.status, r.marked_by, r.marked_in_version) for r in removed] == [
        ("route", "Change the route", "need_help", "Sam", 1)
    ]
    whole = history(clocked, v2)
    assert {(e.item_id, e.in_current_content) for e in whole} == {
        ("phone", True),
        ("route", False),
        ("lock", True),
    }
    gone = history(clocked, v2, "route")  # still reachable by id
    assert [(e.status, e.item_title, e.in_current_content) for e in gone] == [
        ("need_help", "Change the route", False)
    ]
    with pytest.raises(NotFound):
        set_status(clocked, v2, "route", "done")  # not in the content any more
    with pytest.raises(NotFound):
        history(clocked, v2, "never-existed")

    clocked.clock.advance(days=1)
    state = set_status(clocked, v2, "alarm", "done")
    assert state.marked_in_version == 2
    assert history(clocked, v2, "alarm")[0].content_version == 2
    assert custody.verify_chain(clocked.conn).ok


def test_progress_survives_closing_and_reopening_the_vault(vault, vault_path, demo):
    from safelog.vault import Vault
    from tests.conftest import PASSPHRASE

    set_status(vault, demo, "tell", "done", note="told Leila")
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert item_state(reopened, demo, "tell").note == "told Leila"
        assert len(history(reopened, demo)) == 1
