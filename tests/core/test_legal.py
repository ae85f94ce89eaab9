"""The legal layer (issue 13): behaviours, effects, source, attribution, orders, breaches, risk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from safelog import custody, schema
from safelog.errors import InvalidInput, NotFound
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.search import search
from safelog.incidents.when import parse_when
from safelog.legal import orders, risk
from safelog.logio.transfer import export_log, import_log
from safelog.vault import Vault
from tests.conftest import PASSPHRASE

RELEASE1 = Path(__file__).resolve().parents[1] / "data" / "legal" / "vault-release1"


def _incident(**kw) -> Incident:
    return Incident(kw.pop("title", "Man outside the flat"), parse_when("2026-05-03 10:00"), **kw)


def test_legal_fields_are_saved_revisioned_and_logged(vault):
    saved = store.add_incident(
        vault, _incident(behaviours=["watching", "following"], effects=["alarm-distress"])
    )
    assert saved.behaviours == ["following", "watching"]  # canonical order
    saved.source = "My brother, by phone on 4 May: officers questioned him in Tehran."
    saved.attribution = "They asked him about my articles for Radio Zamaneh."
    edited = store.update_incident(vault, saved.id, saved, expected_revision=1)
    assert edited.revision == 2 and edited.second_hand
    history = store.history(vault, saved.id)
    assert history[1].changed == ["attribution", "source"]
    assert history[0].doc["behaviours"] == ["following", "watching"]
    actions = [e.action for e in custody.entries(vault.conn)]
    assert actions.count("incident.edit") == 1
    # Clearing a field is a change too, and saving the same thing again adds nothing.
    edited.source = ""
    cleared = store.update_incident(vault, saved.id, edited)
    assert cleared.revision == 3 and "source" in store.history(vault, saved.id)[2].changed
    assert store.update_incident(vault, saved.id, cleared).revision == 3


def test_unknown_behaviour_is_refused(vault):
    with pytest.raises(InvalidInput, match="behaviour"):
        store.add_incident(vault, _incident(behaviours=["glaring"]))
    with pytest.raises(InvalidInput, match="effect"):
        store.add_incident(vault, _incident(effects=["upset"]))
    assert store.count_incidents(vault) == 0


def test_search_finds_source_and_attribution(vault):
    inc = store.add_incident(
        vault,
        _incident(source="my cousin Shirin told me", attribution="a ministry official called"),
    )
    assert search(vault, "Shirin") == [inc.id]
    assert search(vault, "ministry") == [inc.id]


def test_orders_breaches_and_in_force(vault):
    from datetime import date

    order = orders.add_order(
        vault,
        orders.Order(
            kind="spo",
            made="2026-03-01",
            court="Westminster Magistrates' Court",
            reference="SPO/26/114",
            terms="Must not contact the applicant",
            expires="2028-03-01",
        ),
    )
    assert order.in_force(date(2026, 6, 1)) and not order.in_force(date(2028, 3, 2))
    inc = store.add_incident(vault, _incident(breach_of=[order.id]))
    assert orders.get_order(vault, order.id).breaches == [inc.id]
    with pytest.raises(NotFound, match="no order"):
        store.add_incident(vault, _incident(breach_of=[999]))
    inc.breach_of = []
    store.update_incident(vault, inc.id, inc)
    assert orders.get_order(vault, order.id).breaches == []
    with pytest.raises(InvalidInput, match="expires before"):
        orders.add_order(
            vault, orders.Order(kind="injunction", made="2026-03-01", expires="2026-01-01")
        )
    with pytest.raises(InvalidInput, match="kind of order"):
        orders.add_order(vault, orders.Order(kind="curfew", made="2026-03-01"))
    edited = orders.update_order(
        vault,
        order.id,
        orders.Order(
            kind="spo",
            made="2026-03-01",
            court="Westminster Magistrates' Court",
            reference="SPO/26/114",
            terms="Must not contact or follow the applicant",
            expires="2028-03-01",
        ),
    )
    assert edited.revision == 2
    actions = [(e.action, e.entity) for e in custody.entries(vault.conn)]
    assert ("order.create", "order") in actions and ("order.edit", "order") in actions
    revs = vault.conn.execute("SELECT count(*) FROM revisions WHERE entity = 'order'").fetchone()
    assert revs[0] == 2


def test_risk_assessments_latest_and_validation(vault):
    risk.add_risk(
        vault,
        risk.RiskAssessment(
            date="2026-02-01",
            level="medium",
            tool="S-DASH",
            by="DC Jones 4411",
            reference="CAD 1234",
        ),
    )
    risk.add_risk(vault, risk.RiskAssessment(date="2026-04-10", level="high", tool="DASH"))
    assert risk.latest(vault).level == "high"
    with pytest.raises(InvalidInput, match="standard, medium or high"):
        risk.add_risk(vault, risk.RiskAssessment(date="2026-04-10", level="severe"))
    with pytest.raises(InvalidInput, match="not a date"):
        risk.add_risk(vault, risk.RiskAssessment(date="10/04/2026", level="high"))
    assert len(risk.list_risks(vault)) == 2


def test_migration_adds_the_legal_layer_to_a_vault_made_by_the_first_release(tmp_path):
    """tests/data/legal/vault-release1 was made by the first release (schema version 1)."""
    path = tmp_path / "old"
    shutil.copytree(RELEASE1, path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert schema.current_version(vault.conn) == schema.SCHEMA_VERSION
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert {"orders", "breaches", "risk_assessments"} <= tables
        before = vault.conn.execute("SELECT doc FROM incidents").fetchone()[0]
        [old] = store.list_incidents(vault)
        assert old.title == "Man outside the flat"
        assert old.behaviours == [] and old.source == "" and old.breach_of == []
        assert store.update_incident(vault, old.id, old).revision == 1  # nothing to save
        assert vault.conn.execute("SELECT doc FROM incidents").fetchone()[0] == before
        order = orders.add_order(vault, orders.Order(kind="injunction", made="2026-01-05"))
        old.behaviours = ["loitering", "watching"]
        old.breach_of = [order.id]
        saved = store.update_incident(vault, old.id, old)
        assert saved.revision == 2 and orders.get_order(vault, order.id).breaches == [old.id]
        assert search(vault, "Passat") == [old.id]
        assert custody.verify_chain(vault.conn).problems == []
    with Vault.open(path, PASSPHRASE) as vault:  # opening again migrates nothing more
        assert store.get_incident(vault, old.id).behaviours == ["loitering", "watching"]


def test_json_log_round_trips_the_legal_fields(vault, tmp_path):
    order = orders.add_order(
        vault,
        orders.Order(
            kind="restraining",
            made="2026-01-10",
            court="Snaresbrook Crown Court",
            reference="T2025/0456",
            terms="No contact",
        ),
    )
    risk.add_risk(vault, risk.RiskAssessment(date="2026-02-01", level="high", tool="S-DASH"))
    store.add_incident(
        vault,
        _incident(
            behaviours=["contacting", "publishing"],
            effects=["fear-of-violence"],
            source="از خواهرم شنیدم",
            attribution="Same account that posted the bounty",
            breach_of=[order.id],
        ),
    )
    written = export_log(vault, tmp_path / "log", formats=("json", "csv"))
    document = json.loads(written[0].read_text("utf-8"))
    assert document["orders"][0]["reference"] == "T2025/0456"
    csv_text = written[1].read_text("utf-8-sig")
    assert "contacting; publishing" in csv_text and "fear-of-violence" in csv_text
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    with other:
        result = import_log(other, written[0])
        copy = store.get_incident(other, result.created[0])
        assert copy.behaviours == ["contacting", "publishing"]
        assert copy.effects == ["fear-of-violence"]
        assert copy.source == "از خواهرم شنیدم"
        assert copy.attribution == "Same account that posted the bounty"
        [new_order] = orders.list_orders(other)
        assert copy.breach_of == [new_order.id] and new_order.court == "Snaresbrook Crown Court"
        assert new_order.breaches == [copy.id]
        assert risk.latest(other).level == "high"


def test_a_spreadsheet_diary_with_legal_columns_imports_them(vault, tmp_path):
    diary = tmp_path / "diary.csv"
    diary.write_text(
        "Date,What happened,Behaviours,Told by,Attribution\n"
        "03/05/2026,Car outside again,watching; loitering; staring,"
        "my neighbour on WhatsApp,Embassy car plates\n",
        encoding="utf-8",
    )
    [created] = import_log(vault, diary).created
    incident = store.get_incident(vault, created)
    assert incident.behaviours == ["loitering", "watching"]
    assert "Behaviours: staring" in incident.narrative  # nothing the person wrote is dropped
    assert incident.source == "my neighbour on WhatsApp"
    assert incident.attribution == "Embassy car plates"
