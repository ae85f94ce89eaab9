"""Search reaches inside evidence: a word only in an exhibit finds its incident and says where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safelog import schema
from safelog.evidence import import_files
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.search import evidence_matches, search
from safelog.incidents.when import parse_when

pytestmark = pytest.mark.timeout(90)
DATA = Path(__file__).parents[1] / "data" / "evidence"


def _incident(vault, title: str) -> int:
    return store.add_incident(vault, Incident(title, parse_when("2026-11-22 10:00"))).id


@pytest.mark.parametrize(
    "name, word, shown",
    [
        ("whatsapp_android.txt", "brother", "bus your brother takes"),
        ("telegram_result.json", "BBC", "regret talking to the BBC"),
        ("threat.eml", "journalists", "Stop talking to journalists"),
        ("threat.eml", "softfail", "spf=softfail"),
        ("letter.pdf", "warning", "last warning"),
        ("whatsapp_ios_chat.txt", "زندگی", "زندگی"),
    ],
)
def test_a_word_only_inside_an_exhibit_finds_its_incident(vault, name, word, shown):
    other = _incident(vault, "Unrelated incident")
    target = _incident(vault, "Messages from an unknown number")
    [result] = import_files(vault, target, [DATA / name])
    assert search(vault, word) == [target]
    [hit] = evidence_matches(vault, word, [target, other])
    assert (hit.incident_id, hit.ref, hit.original_name) == (target, result.exhibit.ref, name)
    assert shown in hit.snippet


def test_direct_matches_come_first_and_paging_holds(vault):
    inside = _incident(vault, "Letter at the door")
    import_files(vault, inside, [DATA / "letter.pdf"])
    titled = _incident(vault, "A warning shouted in the street")
    assert search(vault, "warning") == [titled, inside]
    assert search(vault, "warning", limit=1, offset=1) == [inside]
    assert evidence_matches(vault, "warning", [titled]) == []


def test_the_text_is_in_the_encrypted_database_only(vault):
    target = _incident(vault, "Chat")
    import_files(vault, target, [DATA / "telegram_result.json"])
    assert "regret" in vault.conn.execute("SELECT text FROM evidence_text").fetchone()[0]
    assert b"regret" not in (vault.path / "vault.db").read_bytes()


def test_a_vault_made_today_has_the_evidence_index(vault):
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
    assert {"evidence_text", "evidence_index"} <= tables
    assert schema.current_version(vault.conn) == schema.SCHEMA_VERSION


def test_cli_search_says_which_exhibit_matched(cli, vault):
    _incident(vault, "Threat by e-mail")
    result = cli("import", "--incident", "1", str(DATA / "threat.eml"), "--passphrase-stdin")
    assert result.code == 0, result.err
    out = cli("search", "brother", "--passphrase-stdin").out
    assert "Threat by e-mail" in out
    assert "in AH1 (threat.eml): We know where your brother" in out
    [found] = json.loads(cli("search", "brother", "--json", "--passphrase-stdin").out)
    assert found["id"] == 1
    assert found["matched_exhibits"][0]["ref"] == "AH1"
    assert "brother studies" in found["matched_exhibits"][0]["snippet"]


def test_the_timeline_filter_reaches_inside_evidence_too(vault):
    from safelog.incidents.store import Filters, list_summaries

    _incident(vault, "Unrelated incident")
    target = _incident(vault, "Messages from an unknown number")
    import_files(vault, target, [DATA / "whatsapp_android.txt"])
    assert [s.id for s in list_summaries(vault, Filters(query="brother"))] == [target]
    assert [s.id for s in list_summaries(vault, Filters(query="unknown number"))] == [target]
    assert list_summaries(vault, Filters(query="zzzz")) == []


def test_exhibit_matches_are_only_those_of_the_incidents_asked_about(vault, tmp_path):
    """Issue 18 reads only the stretch of the match list between the asked incidents' exhibits:
    an exhibit of another incident in between, or one without the word, is never reported."""
    first, middle, last = (_incident(vault, f"Incident {n}") for n in range(3))
    refs = {}
    for name, incident, words in [
        ("a.txt", first, "zebra crossing outside the flat"),
        ("b.txt", middle, "zebra again, the same car"),
        ("c.txt", last, "nothing to see here"),
        ("d.txt", last, "zebras and a grey car"),
    ]:
        path = tmp_path / name
        path.write_text(words, encoding="utf-8")
        [result] = import_files(vault, incident, [path])
        refs[name] = result.exhibit.ref
    hits = evidence_matches(vault, "zebra", [last, first])
    assert [(h.incident_id, h.ref) for h in hits] == [
        (first, refs["a.txt"]),
        (last, refs["d.txt"]),
    ]
    assert [h.ref for h in evidence_matches(vault, "ZEB car", [first, middle, last])] == [
        refs["b.txt"],
        refs["d.txt"],
    ]
    assert [h.ref for h in evidence_matches(vault, "zebra", [middle])] == [refs["b.txt"]]
    assert evidence_matches(vault, "zebra crossing", [middle]) == []
