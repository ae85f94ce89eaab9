"""The incident log: every field kept, revisions appended, precision kept, people linked."""

from __future__ import annotations

import pytest

from safelog import custody
from safelog.errors import InvalidInput, NotFound
from safelog.incidents import people, store
from safelog.incidents.model import Incident, Person, PersonLink, Report
from safelog.incidents.when import parse_when


def full_incident(person_id: int) -> Incident:
    return Incident(
        title="Followed from Holborn station",
        when=parse_when("about 2026-05-03 15:00", tz="Europe/London", end="2026-05-03 15:40"),
        category="following",
        location="Holborn, London",
        coordinates=(51.5174, -0.1200),
        narrative="A man in a grey car followed me from the station to my door.",
        impact="I no longer walk home alone.",
        private_notes="I think it is the same man as in March.",
        tags=["car", "evening"],
        reports=[
            Report(
                route="101",
                date="2026-05-04",
                reference="CAD 4411",
                spoken_to="PC Smith 1234",
                outcome="Logged, advised to keep a diary",
                referred_to="Counter Terrorism Policing",
            )
        ],
        people=[PersonLink(person_id, "perpetrator")],
    )


def test_every_field_round_trips(vault):
    person = people.add_person(
        vault,
        Person(
            "Man in grey Toyota",
            "perpetrator_unknown",
            vehicle="grey Toyota",
            state_link="suspected",
        ),
    )
    saved = store.add_incident(vault, full_incident(person.id))
    again = store.get_incident(vault, saved.id)
    assert again.to_doc() == full_incident(person.id).to_doc()
    assert again.revision == 1 and again.created_at == again.updated_at
    assert again.reported


def test_precision_is_kept_and_shown(vault):
    approx = store.add_incident(
        vault, Incident("a", parse_when("about 2026-05-03 15:00", tz="Europe/London"))
    )
    day = store.add_incident(vault, Incident("b", parse_when("2026-05-03", tz="Europe/London")))
    assert store.get_incident(vault, approx.id).when.describe().startswith("about 15:00 on 3 May")
    assert store.get_incident(vault, day.id).when.describe() == "3 May 2026 (time not recorded)"
    stored = store.get_incident(vault, approx.id).when
    assert stored.start_utc == "2026-05-03T14:00:00Z"
    assert stored.start.utcoffset().total_seconds() == 3600


def test_edit_appends_a_revision_and_keeps_the_old_one(vault):
    incident = store.add_incident(vault, Incident("First words", parse_when("2026-05-03 10:00")))
    incident.narrative = "Added later"
    store.update_incident(vault, incident.id, incident, expected_revision=1)
    incident.title = "Better title"
    store.update_incident(vault, incident.id, incident, expected_revision=2)
    revisions = store.history(vault, incident.id)
    assert [r.rev for r in revisions] == [1, 2, 3]
    assert revisions[0].doc["title"] == "First words"
    assert revisions[1].changed == ["narrative"]
    assert revisions[2].changed == ["title"]
    actions = [e.action for e in custody.entries(vault.conn)]
    assert actions.count("incident.edit") == 2


def test_saving_the_same_content_adds_no_revision(vault):
    incident = store.add_incident(vault, Incident("Same", parse_when("2026-05-03 10:00")))
    store.update_incident(vault, incident.id, incident)
    assert len(store.history(vault, incident.id)) == 1


def test_stale_edit_is_refused(vault):
    incident = store.add_incident(vault, Incident("x", parse_when("2026-05-03 10:00")))
    incident.title = "y"
    store.update_incident(vault, incident.id, incident, expected_revision=1)
    incident.title = "z"
    with pytest.raises(InvalidInput, match="changed elsewhere"):
        store.update_incident(vault, incident.id, incident, expected_revision=1)


def test_validation(vault):
    with pytest.raises(InvalidInput):
        store.add_incident(vault, Incident("  ", parse_when("2026-05-03 10:00")))
    with pytest.raises(InvalidInput):
        store.add_incident(
            vault, Incident("x", parse_when("2026-05-03 10:00"), coordinates=(95.0, 0.0))
        )
    with pytest.raises(NotFound):
        store.add_incident(
            vault, Incident("x", parse_when("2026-05-03 10:00"), people=[PersonLink(42, "witness")])
        )
    with pytest.raises(InvalidInput):
        parse_when("2026-05-03 10:00", end="2026-05-02 10:00")
    with pytest.raises(NotFound):
        store.get_incident(vault, 999)
    assert store.count_incidents(vault) == 0  # nothing half-saved


def test_filters_and_order(vault):
    person = people.add_person(vault, Person("Witness W", "witness"))
    for day, cat, reported in (
        ("01", "threats", True),
        ("02", "following", False),
        ("03", "threats", False),
    ):
        store.add_incident(
            vault,
            Incident(
                f"day {day}",
                parse_when(f"2026-05-{day} 12:00", tz="UTC"),
                cat,
                reports=[Report(route="999")] if reported else [],
                people=[PersonLink(person.id, "witness")] if day == "02" else [],
            ),
        )
    titles = [s.title for s in store.list_summaries(vault)]
    assert titles == ["day 03", "day 02", "day 01"]
    assert [
        s.title for s in store.list_summaries(vault, store.Filters(categories=["threats"]))
    ] == ["day 03", "day 01"]
    assert [s.title for s in store.list_summaries(vault, store.Filters(reported=True))] == [
        "day 01"
    ]
    assert [s.title for s in store.list_summaries(vault, store.Filters(person_id=person.id))] == [
        "day 02"
    ]
    assert [
        s.title
        for s in store.list_summaries(
            vault, store.Filters(start_utc="2026-05-02T00:00:00Z", end_utc="2026-05-03T00:00:00Z")
        )
    ] == ["day 02"]
    assert [s.title for s in store.list_summaries(vault, limit=1, offset=1)] == ["day 02"]
    assert store.count_incidents(vault, store.Filters(has_evidence=True)) == 0


def test_people_counts_and_first_last_seen(vault):
    person = people.add_person(vault, Person("Man in grey Toyota", "perpetrator_unknown"))
    for day in ("03", "01", "02"):
        store.add_incident(
            vault,
            Incident(
                f"d{day}",
                parse_when(f"2026-05-{day} 12:00", tz="UTC"),
                people=[PersonLink(person.id, "perpetrator")],
            ),
        )
    summary = people.list_people(vault)[0]
    assert summary.incident_count == 3
    assert summary.first_seen == "2026-05-01T12:00:00Z"
    assert summary.last_seen == "2026-05-03T12:00:00Z"
    person.vehicle = "grey Toyota AB12 CDE"
    people.update_person(vault, person.id, person)
    assert people.get_person(vault, person.id).revision == 2


def test_custody_chain_detects_tampering(vault):
    store.add_incident(vault, Incident("x", parse_when("2026-05-03 10:00")))
    store.add_incident(vault, Incident("y", parse_when("2026-05-03 11:00")))
    report = custody.verify_chain(vault.conn)
    assert report.ok and report.length == 3
    vault.conn.execute("UPDATE custody SET actor = 'someone' WHERE seq = 2")
    report = custody.verify_chain(vault.conn, against=[report.head])
    assert not report.ok
    assert any("entry 2" in p for p in report.problems)


def test_daily_counts_group_by_local_day_and_category(vault):
    for day, cat in (("01", "threats"), ("01", "threats"), ("01", "following"), ("03", "threats")):
        store.add_incident(vault, Incident("x", parse_when(f"2026-05-{day} 12:00", tz="UTC"), cat))
    counts = store.daily_counts(vault)
    assert sum(c for _, _, c in counts) == 4
    assert ("2026-05-01", "threats", 2) in counts
    assert store.daily_counts(vault, store.Filters(categories=["following"])) == [
        ("2026-05-01", "following", 1)
    ]
