"""Migrations: applied in order at open, each in its own transaction, on an older vault."""

from __future__ import annotations

import pytest

from safelog import schema
from safelog.errors import DatabaseDamaged
from safelog.incidents import search, store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from safelog.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def v1_vault(vault_path):
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault:
        store.add_incident(vault, Incident("before the upgrade", parse_when("2026-05-03 10:00")))
    return vault_path


def test_next_version_migrates_an_existing_vault(v1_vault, monkeypatch):
    version = schema.SCHEMA_VERSION
    monkeypatch.setattr(
        schema,
        "MIGRATIONS",
        [*schema.MIGRATIONS, "ALTER TABLE incidents ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm';"],
    )
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version + 1)
    with Vault.open(v1_vault, PASSPHRASE) as vault:
        assert schema.current_version(vault.conn) == version + 1
        assert vault.conn.execute("SELECT title, mood FROM incidents").fetchall() == [
            ("before the upgrade", "calm")
        ]


def test_a_failing_migration_leaves_the_vault_at_its_old_version(v1_vault, monkeypatch):
    version = schema.SCHEMA_VERSION
    monkeypatch.setattr(
        schema,
        "MIGRATIONS",
        [*schema.MIGRATIONS, "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);"],
    )
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version + 1)
    with pytest.raises(DatabaseDamaged, match="could not update"):
        Vault.open(v1_vault, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(v1_vault, PASSPHRASE) as vault:
        assert schema.current_version(vault.conn) == version
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert store.count_incidents(vault) == 1


def test_a_vault_from_before_the_word_lists_gets_them_and_searches(vault_path, monkeypatch):
    """Migration 5 (issue 18) adds the fts5vocab word lists to a vault made without them."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault:
        store.add_incident(vault, Incident("Threats by phone", parse_when("2026-05-03 10:00")))
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "search_vocab" not in tables
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert schema.current_version(vault.conn) == schema.SCHEMA_VERSION >= 5
        assert vault.conn.execute("SELECT term FROM search_vocab WHERE term >= 'thr'").fetchall()
        assert vault.conn.execute("SELECT count(*) FROM evidence_vocab").fetchone() == (0,)
        assert search.search(vault, "threat") == [1]
