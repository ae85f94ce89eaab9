"""The person's profile: one record in the vault, revisioned, read by the dossier and the app."""

from __future__ import annotations

import pytest

from safelog import profile
from safelog.errors import InvalidInput
from safelog.profile import Profile


def test_a_new_vault_has_the_name_and_initials_given_at_creation(vault):
    p = profile.load(vault)
    assert (p.name, p.initials, p.safe_contact, p.interpreter) == ("Amira Haddad", "AH", "", "")


def test_save_keeps_every_field_and_records_a_revision_and_custody_entry(vault):
    saved = profile.save(
        vault,
        Profile(
            name="مریم رضایی",
            initials="mr",
            safe_contact="Text first, never leave voicemail",
            language="Persian (Farsi)",
            interpreter="Yes",
        ),
    )
    assert saved.initials == "MR" and saved.interpreter == "yes"
    assert profile.load(vault) == saved
    revs = vault.conn.execute("SELECT rev FROM revisions WHERE entity = 'profile'").fetchall()
    assert [r[0] for r in revs] == [1]
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM custody")]
    assert actions[-1] == "profile.update"


def test_saving_the_same_profile_twice_adds_nothing(vault):
    p = Profile(name="Amira Haddad", initials="AH", safe_contact="Email only")
    profile.save(vault, p)
    profile.save(vault, p)
    assert (
        vault.conn.execute("SELECT count(*) FROM revisions WHERE entity = 'profile'").fetchone()[0]
        == 1
    )


def test_new_initials_label_new_exhibits_only(vault):
    with vault.transaction():
        first = vault.next_exhibit_ref()
    profile.save(vault, Profile(name="Maryam Rezaei", initials="MR"))
    with vault.transaction():
        second = vault.next_exhibit_ref()
    assert (first, second) == ("AH1", "MR2")


@pytest.mark.parametrize(
    "bad",
    [
        Profile(name="x" * 201),
        Profile(name="A", initials="ABCDE"),
        Profile(name="A", initials="م"),
        Profile(name="A", interpreter="maybe"),
        Profile(name="A", safe_contact="x" * 1001),
    ],
)
def test_bad_values_are_refused_with_one_sentence_and_nothing_changes(vault, bad):
    with pytest.raises(InvalidInput) as info:
        profile.save(vault, bad)
    assert info.value.sentence.endswith(".")
    assert profile.load(vault).name == "Amira Haddad"
