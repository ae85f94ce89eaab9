"""Online details set after a paste or capture; an incident made from chosen chat messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safelog.errors import InvalidInput
from safelog.evidence import (
    import_data,
    import_files,
    incident_from_messages,
    set_online_details,
)
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.search import search
from safelog.incidents.when import parse_when

pytestmark = pytest.mark.timeout(60)
DATA = Path(__file__).parents[1] / "data" / "evidence"


@pytest.fixture
def incident_id(vault) -> int:
    return store.add_incident(vault, Incident("Posts about me", parse_when("2026-11-22 10:00"))).id


def test_pasted_bytes_then_online_details(vault, incident_id):
    png = (DATA / "red.png").read_bytes()
    result = import_data(
        vault, incident_id, png, "pasted.png", obtained="pasted from the clipboard"
    )
    ex = result.exhibit
    assert ex.sha256 and ex.content_type == "image/png" and ex.file_times == {}
    assert ex.metadata["obtained"] == "pasted from the clipboard"
    assert ex.metadata["width"] == 4
    updated = set_online_details(
        vault,
        ex.ref,
        {"platform": "Instagram", "url": "https://instagram.com/p/xyz", "account": "@fake_amira_h"},
    )
    assert updated.online == {
        "platform": "Instagram",
        "url": "https://instagram.com/p/xyz",
        "account": "@fake_amira_h",
    }
    detail = json.loads(
        vault.conn.execute("SELECT detail FROM custody WHERE action = 'exhibit.online'").fetchone()[
            0
        ]
    )
    assert detail == {"before": {}, "after": updated.online}
    assert search(vault, "fake_amira_h") == [incident_id]
    with pytest.raises(InvalidInput):
        set_online_details(vault, ex.ref, {"url": "two\nlines"})


def test_incident_from_chosen_messages(vault, incident_id):
    [chat] = import_files(vault, incident_id, [DATA / "whatsapp_android.txt"])
    made = incident_from_messages(vault, chat.exhibit.ref, [2, 1], tz="Europe/London")
    assert made.id != incident_id
    assert made.when.start.isoformat().startswith("2026-11-22T09:16:00")
    assert made.title == "WhatsApp messages from Amira"
    assert made.narrative.splitlines()[2:] == [
        "[2026-11-22 09:16:00] Amira: Please stop contacting me",
        "[2026-11-22 09:20:00] Unknown +44 7700 900123: We know where your family lives\n"
        "and we know which bus your brother takes".splitlines()[0],
        "and we know which bus your brother takes",
    ]
    assert chat.exhibit.ref in made.narrative.splitlines()[0]
    with pytest.raises(InvalidInput):
        incident_from_messages(vault, chat.exhibit.ref, [])


def test_cli_online_and_incident_from_messages(cli, vault, incident_id):
    [chat] = import_files(vault, incident_id, [DATA / "telegram_result.json"])
    out = cli(
        "online",
        chat.exhibit.ref,
        "--platform",
        "Telegram",
        "--account",
        "@officer_q",
        "--passphrase-stdin",
    )
    assert out.code == 0, out.err
    assert "platform Telegram" in out.out and "account @officer_q" in out.out
    made = cli(
        "incident-from-messages", chat.exhibit.ref, "--pick", "2", "--json", "--passphrase-stdin"
    )
    assert made.code == 0, made.err
    doc = json.loads(made.out)
    assert "You will regret talking to the BBC." in doc["narrative"]
