"""The person's own details: who made the record and how the police may contact them safely.

The profile is one record inside the vault (rows of the ``settings`` table, so no migration is
needed and vaults made by the first release already have its name and initials). The app's
"Your details" dialog, ``safelog-cli profile`` and the dossier's first page all read and write it
through this module. Every change is a revision and a custody entry, like any other record.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, fields

from .errors import InvalidInput
from .i18n import _
from .revisions import append_revision
from .textutil import clean_text
from .vault import Vault, initials_of

MAX_NAME = 200
MAX_SAFE_CONTACT = 1000
MAX_LANGUAGE = 100
INTERPRETER_CHOICES = ("", "yes", "no")
_INITIALS = re.compile(r"[A-Z]{1,4}")

# Field name -> settings key. owner_name and owner_initials predate the profile.
_KEYS = {
    "name": "owner_name",
    "initials": "owner_initials",
    "safe_contact": "profile_safe_contact",
    "language": "profile_language",
    "interpreter": "profile_interpreter",
    "name_latin": "profile_name_latin",
    "safe_contact_en": "profile_safe_contact_en",
}


@dataclass(frozen=True)
class Profile:
    """What page 1 of the dossier says about the person reporting.

    ``interpreter`` is "yes", "no" or "" (not said). ``initials`` label new exhibits only:
    exhibits already made keep their references, as a court expects. ``name_latin`` is the name
    as the passport writes it in Latin letters, for a person whose name is in another script:
    police systems record names in Latin letters. ``safe_contact_en`` is the safe-contact
    advice written in English, for an officer who cannot read the person's own words.
    """

    name: str = ""
    initials: str = "SL"
    safe_contact: str = ""
    language: str = ""
    interpreter: str = ""
    name_latin: str = ""
    safe_contact_en: str = ""

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def load(vault: Vault) -> Profile:
    values = {f.name: vault.setting(_KEYS[f.name], "") for f in fields(Profile)}
    values["initials"] = values["initials"] or "SL"
    return Profile(**values)


def _single_line(value: str, limit: int, what: str) -> str:
    value = " ".join(clean_text(value).split())
    if len(value) > limit:
        raise InvalidInput(
            _("The {what} is too long (at most {limit} characters).").format(what=what, limit=limit)
        )
    return value


def _multi_line(value: str, what: str) -> str:
    value = clean_text(value).strip()
    if len(value) > MAX_SAFE_CONTACT:
        raise InvalidInput(
            _("The {what} is too long (at most {limit} characters).").format(
                what=what, limit=MAX_SAFE_CONTACT
            )
        )
    return value


def _latin_only(value: str) -> str:
    """The passport spelling: letters of the Latin script (with accents), never another script."""
    for ch in value:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            raise InvalidInput(
                _("Write the name in Latin letters (A to Z), as your passport spells it.")
            )
    return value


def validate(profile: Profile) -> Profile:
    """Return the profile as it will be saved, or raise InvalidInput with one sentence."""
    name = _single_line(profile.name, MAX_NAME, "name")
    initials = (profile.initials or "").strip().upper() or initials_of(name)
    if not _INITIALS.fullmatch(initials):
        raise InvalidInput(_("Initials must be one to four letters A to Z."))
    safe_contact = clean_text(profile.safe_contact).strip()
    if len(safe_contact) > MAX_SAFE_CONTACT:
        raise InvalidInput(
            _("The safe-contact text is too long (at most {MAX_SAFE_CONTACT} characters).").format(
                MAX_SAFE_CONTACT=MAX_SAFE_CONTACT
            )
        )
    name_latin = _latin_only(_single_line(profile.name_latin, MAX_NAME, "name in Latin letters"))
    safe_contact_en = _multi_line(profile.safe_contact_en, "safe-contact text in English")
    language = _single_line(profile.language, MAX_LANGUAGE, "language")
    interpreter = (profile.interpreter or "").strip().lower()
    if interpreter not in INTERPRETER_CHOICES:
        raise InvalidInput(_("Interpreter needed must be yes, no or left empty."))
    return Profile(name, initials, safe_contact, language, interpreter, name_latin, safe_contact_en)


def save(vault: Vault, profile: Profile) -> Profile:
    """Validate and store the profile in one transaction, with a revision and a custody entry."""
    profile = validate(profile)
    before = load(vault)
    if profile == before:
        return profile
    changed = [
        f.name for f in fields(Profile) if getattr(profile, f.name) != getattr(before, f.name)
    ]
    with vault.transaction():
        for name in changed:
            vault.set_setting(_KEYS[name], getattr(profile, name))
        rev = int(vault.setting("profile_revision", "0")) + 1
        vault.set_setting("profile_revision", str(rev))
        append_revision(
            vault,
            "profile",
            "owner",
            rev,
            vault.now(),
            json.dumps(profile.to_json(), ensure_ascii=False, sort_keys=True),
        )
        vault.record("profile.update", "profile", "owner", {"fields": changed})
    return profile
