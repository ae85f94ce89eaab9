"""Exhibit provenance (core, migration, CLI) and the profile commands."""

from __future__ import annotations

import json

import pytest

from safelog import custody, schema
from safelog.errors import InvalidInput
from safelog.evidence import get_exhibit, import_files, set_provenance
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.evidence_helpers import add_incident, jpeg_bytes


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg_bytes(64, 48))
    return path


def _actions(vault) -> list[str]:
    return [e.action for e in custody.entries(vault.conn, since=0, limit=1000)]


def test_provenance_is_set_cleared_and_logged(vault, photo):
    add_incident(vault)
    ref = import_files(vault, 1, [photo])[0].exhibit.ref
    ex = set_provenance(
        vault,
        ref,
        obtained="Photo taken on my phone, 3 May 2026",
        original_kept="Phone kept switched off in a drawer",
    )
    assert (ex.obtained, ex.original_kept) == (
        "Photo taken on my phone, 3 May 2026",
        "Phone kept switched off in a drawer",
    )
    set_provenance(vault, ref, obtained="Photo taken on my phone, 3 May 2026")  # no change
    assert _actions(vault).count("exhibit.provenance") == 1
    ex = set_provenance(vault, ref, original_kept="")
    assert ex.obtained and ex.original_kept == ""
    assert _actions(vault).count("exhibit.provenance") == 2
    with pytest.raises(InvalidInput):
        set_provenance(vault, ref, obtained="x" * 5000)
    assert get_exhibit(vault, ref).original_kept == ""


def test_migration_adds_provenance_to_a_vault_made_before_it(vault_path, monkeypatch):
    step = schema.MIGRATIONS.index(schema.PROVENANCE_SQL)
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:step])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", step)
    old, _ = Vault.create(vault_path, PASSPHRASE)
    with old:
        add_incident(old)
        old.conn.execute(
            "INSERT INTO blobs (id, sha256, size, chunk_count, content_type, "
            "complete) VALUES (1, 'ab', 0, 0, 'text/plain', 1)"
        )
        old.conn.execute(
            "INSERT INTO exhibits (ref, incident_id, blob_id, original_name, "
            "imported_at) VALUES ('SL1', 1, 1, 'a.txt', 'x')"
        )
        assert schema.current_version(old.conn) == step
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert schema.current_version(vault.conn) == schema.SCHEMA_VERSION
        ex = get_exhibit(vault, "SL1")
        assert (ex.obtained, ex.original_kept) == ("", "")
        assert set_provenance(vault, "SL1", obtained="sent by email").obtained == "sent by email"


def test_cli_import_and_exhibit_edit_set_provenance(vault, cli, photo):
    add_incident(vault)
    vault.close()
    r = cli(
        "import",
        "--passphrase-stdin",
        "--incident",
        "1",
        str(photo),
        "--obtained",
        "Screenshot of a post",
        "--original-kept",
        "On my old phone",
        "--json",
    )
    assert r.code == 0, r.err
    ref = json.loads(r.out)[0]["exhibit"]["ref"]
    assert json.loads(r.out)[0]["exhibit"]["obtained"] == "Screenshot of a post"
    r = cli(
        "exhibit-edit", "--passphrase-stdin", ref, "--obtained", "Screenshot taken on 4 May 2026"
    )
    assert r.code == 0 and "Screenshot taken on 4 May 2026" in r.out
    r = cli("exhibit-edit", "--passphrase-stdin", ref)
    assert r.code != 0 and "--obtained" in r.err
    r = cli("exhibits", "--passphrase-stdin", "--json")
    shown = json.loads(r.out)[0]
    assert shown["obtained"] == "Screenshot taken on 4 May 2026"
    assert shown["original_kept"] == "On my old phone"
    listing = cli("exhibits", "--passphrase-stdin").out
    assert "obtained: Screenshot taken on 4 May 2026" in listing
    assert "original kept: On my old phone" in listing


def test_cli_profile_set_and_show(vault, cli):
    vault.close()
    r = cli(
        "profile",
        "set",
        "--passphrase-stdin",
        "--name",
        "Maryam Rahimi",
        "--safe-contact",
        "Text first, never leave voicemail",
        "--language",
        "Persian (Farsi)",
        "--interpreter",
        "yes",
    )
    assert r.code == 0, r.err
    r = cli("profile", "show", "--passphrase-stdin", "--json")
    data = json.loads(r.out)
    assert (
        data["name"] == "Maryam Rahimi" and data["initials"] == "AH"
    )  # exhibits keep their initials
    assert data["safe_contact"] == "Text first, never leave voicemail"
    assert data["interpreter"] == "yes" and data["language"] == "Persian (Farsi)"
    r = cli("profile", "set", "--passphrase-stdin", "--language", "")
    assert r.code == 0
    r = cli("profile", "show", "--passphrase-stdin")
    assert "Language:        (not recorded)" in r.out and "Interpreter:     needed" in r.out
    assert cli("profile", "set", "--passphrase-stdin").code != 0
    assert cli("profile", "set", "--passphrase-stdin", "--initials", "12").code != 0
