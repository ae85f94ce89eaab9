"""An older vault: the evidence search tables are added by a migration, and exhibits added
before are read again (``reexamine``) so search and the dossier reach inside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safelog import schema
from safelog.evidence import import_files, reexamine_exhibits
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.search import search
from safelog.incidents.when import parse_when
from safelog.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.timeout(90)
DATA = Path(__file__).parents[1] / "data" / "evidence"


def test_an_older_vault_gets_the_evidence_index(vault_path, monkeypatch):
    first = schema.MIGRATIONS[:1]
    monkeypatch.setattr(schema, "MIGRATIONS", first)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert schema.current_version(vault.conn) == schema.SCHEMA_VERSION
        incident = store.add_incident(vault, Incident("Chat", parse_when("2026-11-22 10:00")))
        import_files(vault, incident.id, [DATA / "telegram_result.json"])
        assert search(vault, "BBC") == [incident.id]


def test_exhibits_added_before_are_read_again(vault, cli):
    incident = store.add_incident(vault, Incident("Chat", parse_when("2026-11-22 10:00")))
    [result] = import_files(
        vault, incident.id, [DATA / "whatsapp_android.txt"], note="sent to me by my cousin"
    )
    ref = result.exhibit.ref
    with vault.transaction() as conn:  # as an older SafeLog left it: no messages, no words
        old = {"kind": "chat", "app": "WhatsApp", "message_count": 5}
        conn.execute(
            "UPDATE exhibits SET metadata = ?, metadata_note = ? WHERE ref = ?",
            (json.dumps(old), "Its name ends in .txt but it contains a zip archive.", ref),
        )
        conn.execute("DELETE FROM evidence_index")
        conn.execute("DELETE FROM evidence_text")
    assert search(vault, "bus") == []
    assert reexamine_exhibits(vault) == [ref]
    md = json.loads(vault.conn.execute("SELECT metadata FROM exhibits").fetchone()[0])
    assert md["messages"][2]["sender"] == "Unknown +44 7700 900123"
    note = vault.conn.execute("SELECT metadata_note FROM exhibits").fetchone()[0]
    assert note == "Its name ends in .txt but it contains a zip archive."
    assert search(vault, "bus") == [incident.id]
    assert search(vault, "cousin") == [incident.id]
    assert (
        vault.conn.execute(
            "SELECT count(*) FROM custody WHERE action = 'exhibit.reexamine'"
        ).fetchone()[0]
        == 1
    )
    assert reexamine_exhibits(vault) == []  # nothing left to do
    again = cli("reexamine", "--passphrase-stdin")
    assert again.code == 0 and "Every exhibit is up to date." in again.out
