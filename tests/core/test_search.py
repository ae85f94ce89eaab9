"""Search finds words in English, Persian, Russian and Chinese, with prefixes."""

from __future__ import annotations

import pytest

from safelog.incidents import people, search, store
from safelog.incidents.model import Incident, Person, PersonLink
from safelog.incidents.when import parse_when


@pytest.fixture
def filled(vault):
    person = people.add_person(
        vault, Person("Man in grey Toyota", "perpetrator_unknown", vehicle="Toyota AB12")
    )
    texts = {
        "english": ("Threatening phone call", "He said my brother would be arrested."),
        "persian": ("تماس تهدیدآمیز", "او گفت که برادرم را دستگیر می‌کنند و تهدید کرد"),
        "russian": ("Слежка у дома", "Мужчина следил за мной от метро до дома."),
        "chinese": ("在警察局门口被跟踪", "他们说要悬赏抓我，我很害怕。"),
    }
    ids = {}
    for key, (title, narrative) in texts.items():
        ids[key] = store.add_incident(
            vault,
            Incident(
                title,
                parse_when("2026-05-03 10:00"),
                narrative=narrative,
                people=[PersonLink(person.id, "perpetrator")] if key == "russian" else [],
            ),
        ).id
    return vault, ids


@pytest.mark.parametrize(
    "query,expected",
    [
        ("brother", "english"),
        ("threat", "english"),  # prefix of Threatening
        ("PHONE call", "english"),
        ("تهدید", "persian"),
        ("تهديد", "persian"),  # typed with the Arabic yeh
        ("برادرم", "persian"),
        ("метро", "russian"),
        ("следил", "russian"),
        ("警察", "chinese"),  # a word inside a run of Chinese characters
        ("悬赏", "chinese"),
        ("跟踪", "chinese"),
        ("察局门", "chinese"),
        ("Toyota", "russian"),  # found through the linked person
    ],
)
def test_finds_across_scripts(filled, query, expected):
    vault, ids = filled
    assert search.search(vault, query) == [ids[expected]]


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "NEAR(", "title:x", "'); DROP", ""])
def test_hostile_queries_are_plain_text(filled, query):
    vault, _ = filled
    assert search.search(vault, query) == []


def test_edit_updates_the_index(filled):
    vault, ids = filled
    incident = store.get_incident(vault, ids["english"])
    incident.narrative = "Completely different words now"
    store.update_incident(vault, incident.id, incident)
    assert search.search(vault, "brother") == []
    assert search.search(vault, "different") == [ids["english"]]


def test_search_filter_combines_with_others(filled):
    vault, ids = filled
    found = store.list_summaries(vault, store.Filters(query="警察", categories=["other"]))
    assert [s.id for s in found] == [ids["chinese"]]


def test_prefix_spelt_out_finds_what_the_prefix_finds(vault):
    """Search spells a prefix out as the indexed words it covers (issue 18): the same incidents
    must come back as with FTS5's own prefix query, for few words, many words, accents and case.
    """
    titles = [f"Threat number {n}" for n in range(3)] + [
        f"Called with threat{'x' * n} in the message" for n in range(1, 25)
    ]
    titles += ["Café outside", "CAFÉ again", "Ночная СЛЕЖКА", "Nothing here"]
    for title in titles:
        store.add_incident(vault, Incident(title, parse_when("2026-05-03 10:00")))
    for query in [
        "threat",
        "THREATx",
        "threatxxxxxxxxxxxxxxxxxxxxxxx",
        "caf",
        "café",
        "слеж",
        "no",
    ]:
        prefix = search.match_expression(query)
        rows = vault.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", (prefix,)
        ).fetchall()
        assert sorted(search.search(vault, query, limit=100)) == sorted(r[0] for r in rows), query
    spelt = search.expanded_expression(vault, "search_index", "threatxxxxxxxxxxxxxxxxxxxxxx")
    assert spelt is not None and "*" not in spelt  # few words: spelt out
    assert search.expanded_expression(vault, "search_index", "threat") == '"threat"*'  # too many
    assert len(search.search(vault, "threat", limit=100)) == 27


def test_the_newest_matches_are_ranked_and_paged(vault):
    ids = [
        store.add_incident(
            vault, Incident(f"Seen {n}", parse_when("2026-05-03 10:00"), narrative="car " * n)
        ).id
        for n in range(1, 8)
    ]
    best = search.search(vault, "car", limit=7)
    assert sorted(best) == sorted(ids) and best[0] == ids[-1]  # most mentions first
    assert search.search(vault, "car", limit=3, offset=3) == best[3:6]
