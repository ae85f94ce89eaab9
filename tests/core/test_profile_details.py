"""The name in Latin letters and the safe contact in English: stored, checked, set from the CLI,
and printed where the officer looks (page 1 and the contents page)."""

from __future__ import annotations

import json
import unicodedata

import pytest

from safelog import profile
from safelog.dossier import DossierOptions, build_dossier
from safelog.errors import InvalidInput
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from safelog.profile import Profile
from tests.core.dossier_case import pdftotext


def test_new_details_round_trip_with_a_revision(vault):
    saved = profile.save(
        vault,
        Profile(
            name="مریم رحیمی",
            initials="MR",
            name_latin="  Maryam   Rahimi ",
            safe_contact_en="Text first.\nNever leave a voicemail.",
        ),
    )
    assert saved.name_latin == "Maryam Rahimi"
    assert saved.safe_contact_en == "Text first.\nNever leave a voicemail."
    assert profile.load(vault) == saved
    assert vault.setting("profile_name_latin") == "Maryam Rahimi"
    [doc] = vault.conn.execute("SELECT doc FROM revisions WHERE entity = 'profile'").fetchone()
    assert json.loads(doc)["name_latin"] == "Maryam Rahimi"


def test_a_vault_without_them_loads_them_empty(vault):
    loaded = profile.load(vault)
    assert (loaded.name_latin, loaded.safe_contact_en) == ("", "")


@pytest.mark.parametrize("name", ["Zoë Ó Súilleabháin-Nguyễn", "Li Wei", "O'Neil, J."])
def test_latin_names_with_accents_are_accepted(vault, name):
    assert profile.save(vault, Profile(name="x", name_latin=name)).name_latin == name


@pytest.mark.parametrize(
    "bad",
    [
        Profile(name="x", name_latin="مریم رحیمی"),
        Profile(name="x", name_latin="李伟"),
        Profile(name="x", name_latin="x" * 201),
        Profile(name="x", safe_contact_en="x" * 1001),
    ],
)
def test_bad_new_details_are_refused_with_a_sentence(vault, bad):
    with pytest.raises(InvalidInput):
        profile.save(vault, bad)


def test_cli_sets_shows_and_clears_the_new_details(vault, cli):
    vault.close()
    r = cli(
        "profile",
        "set",
        "--passphrase-stdin",
        "--name-latin",
        "Maryam Rahimi",
        "--safe-contact-en",
        "Text first; never leave a voicemail",
    )
    assert r.code == 0, r.err
    data = json.loads(cli("profile", "show", "--passphrase-stdin", "--json").out)
    assert data["name_latin"] == "Maryam Rahimi"
    assert data["safe_contact_en"] == "Text first; never leave a voicemail"
    shown = cli("profile", "show", "--passphrase-stdin").out
    assert "Name (Latin):    Maryam Rahimi" in shown
    assert "  in English:    Text first; never leave a voicemail" in shown
    r = cli("profile", "set", "--passphrase-stdin", "--name-latin", "مریم")
    assert r.code != 0 and "Latin letters" in r.err
    assert cli("profile", "set", "--passphrase-stdin", "--safe-contact-en", "").code == 0
    data = json.loads(cli("profile", "show", "--passphrase-stdin", "--json").out)
    assert data["safe_contact_en"] == "" and data["name_latin"] == "Maryam Rahimi"


def test_the_dossier_prints_both_where_the_officer_looks(vault, tmp_path):
    profile.save(
        vault,
        Profile(
            name="Amira Haddad",
            name_latin="Amira Haddad",  # the same: printed once
            safe_contact_en="Email only: amira@example.org",
        ),
    )
    add_incident(
        vault,
        Incident(
            title="Followed",
            when=parse_when("2026-05-03 15:00", tz="Europe/London"),
            category="following",
        ),
    )
    result = build_dossier(vault, tmp_path / "b", DossierOptions())
    first = " ".join(unicodedata.normalize("NFKC", pdftotext(result.pdf_path, "-l", "1")).split())
    assert "Safe way to contact (in English) Email only: amira@example.org" in first
    assert "Latin letters" not in first
    assert "Not recorded: ask the person" not in first  # the English advice is the contact
