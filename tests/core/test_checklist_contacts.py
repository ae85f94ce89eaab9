"""The number or address of each organisation under "Who can help", in every language."""

from __future__ import annotations

import pytest

from safelog.checklists import load_catalog
from safelog.checklists.contacts import CONTACTS
from safelog.i18n import LANGUAGES


def _helpers(catalog) -> dict[str, str]:
    return {
        name: contact
        for checklist in catalog.checklists
        for item in checklist.items
        for name, contact in zip(item.help, item.contacts, strict=True)
    }


def test_every_listed_organisation_is_named_in_the_shipped_checklists():
    english = _helpers(load_catalog(language="en"))
    assert set(CONTACTS) <= set(english)  # no detail kept for a name no checklist uses
    assert english["National Stalking Helpline"] == "0808 802 0300"
    assert english["Your support worker"] == ""


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_a_translated_checklist_keeps_the_details(code):
    english = load_catalog(language="en")
    translated = load_catalog(language=code)
    pairs = {
        (checklist.id, item.id): item.contacts
        for checklist in english.checklists
        for item in checklist.items
    }
    for checklist in translated.checklists:
        for item in checklist.items:
            assert item.contacts == pairs[(checklist.id, item.id)]
            assert len(item.contacts) == len(item.help)


def test_the_command_line_prints_the_details_too(cli, vault):
    vault.close()
    result = cli("checklist", "show", "accounts", "--passphrase-stdin")
    assert result.code == 0, result.err
    assert "Access Now Digital Security Helpline (accessnow.org/help)" in " ".join(
        result.out.split()
    )
