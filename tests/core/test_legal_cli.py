"""The legal layer from the terminal: incident options, ``order`` and ``risk``, with --json."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def initialised(cli):
    result = cli("init", "--passphrase-stdin", "--name", "Amira Haddad", "--json")
    assert result.code == 0, result.err


def test_order_risk_and_incident_legal_options(cli, initialised):
    made = cli(
        "order",
        "add",
        "--kind",
        "spo",
        "--made",
        "2026-03-01",
        "--court",
        "Westminster Magistrates' Court",
        "--reference",
        "SPO/26/114",
        "--terms",
        "Must not contact the applicant",
        "--passphrase-stdin",
        "--json",
    )
    assert made.code == 0, made.err
    order_id = json.loads(made.out)["id"]
    added = cli(
        "add",
        "--title",
        "Messages from a new account",
        "--when",
        "2026-05-03 21:10",
        "--behaviour",
        "contacting",
        "--behaviour",
        "monitoring",
        "--effect",
        "fear-of-violence",
        "--source",
        "",
        "--attribution",
        "The account quotes my family's address in Shiraz",
        "--breach-of",
        str(order_id),
        "--passphrase-stdin",
        "--json",
    )
    assert added.code == 0, added.err
    doc = json.loads(added.out)
    assert doc["behaviours"] == ["contacting", "monitoring"]
    assert doc["effects"] == ["fear-of-violence"] and doc["breach_of"] == [order_id]
    shown = cli("show", str(doc["id"]), "--passphrase-stdin")
    assert "Behaviours: contacting, or trying to contact, by any means; monitoring" in shown.out
    assert "Effect:    fear of violence" in shown.out
    assert "family's address in Shiraz" in shown.out
    assert f"Breach of order #{order_id}" in shown.out
    edited = cli(
        "edit",
        str(doc["id"]),
        "--no-behaviour",
        "monitoring",
        "--source",
        "My sister, by phone on 4 May",
        "--passphrase-stdin",
        "--json",
    )
    assert edited.code == 0, edited.err
    doc = json.loads(edited.out)
    assert doc["behaviours"] == ["contacting"] and doc["revision"] == 2
    assert (
        "Second-hand; I know it from: My sister"
        in cli("show", str(doc["id"]), "--passphrase-stdin").out
    )
    listed = cli("order", "list", "--passphrase-stdin")
    assert "Stalking Protection Order, made 2026-03-01" in listed.out
    assert "Breach: #1" in listed.out and "Messages from a new account" in listed.out
    assert json.loads(cli("order", "list", "--passphrase-stdin", "--json").out)[0]["breaches"] == [
        doc["id"]
    ]
    risk = cli(
        "risk",
        "add",
        "--date",
        "2026-04-02",
        "--tool",
        "S-DASH",
        "--by",
        "DC Jones 4411",
        "--reference",
        "CAD 5521",
        "--level",
        "high",
        "--passphrase-stdin",
        "--json",
    )
    assert risk.code == 0, risk.err
    assert json.loads(risk.out)["level"] == "high"
    assert (
        "2026-04-02: high risk (S-DASH), by DC Jones 4411, ref CAD 5521"
        in cli("risk", "list", "--passphrase-stdin").out
    )


def test_bad_legal_input_is_one_sentence(cli, initialised):
    bad = cli("add", "--title", "x", "--behaviour", "glaring", "--passphrase-stdin")
    assert bad.code != 0 and "Unknown behaviour 'glaring'" in bad.err
    assert "Traceback" not in bad.err
    bad = cli("add", "--title", "x", "--breach-of", "7", "--passphrase-stdin")
    assert bad.code != 0 and "no order with number 7" in bad.err
    bad = cli("order", "add", "--kind", "curfew", "--made", "2026-01-01", "--passphrase-stdin")
    assert bad.code != 0 and "Unknown kind of order" in bad.err
    assert "No incidents." in cli("list", "--passphrase-stdin").out
