"""Passphrase rules and the printable recovery key.

Passphrases are normalised to Unicode NFC so the same words typed on another keyboard or OS
(which may send decomposed accents) still open the vault. The recovery key is 160 random bits in
Crockford base32 with a check group: formatting (case, spaces, dashes, O for 0) is forgiven,
a typo is caught before any key derivation runs.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata

from .errors import InvalidInput, WeakPassphrase
from .i18n import _

MAX_PASSPHRASE_CHARS = 1024
MIN_PASSPHRASE_CHARS = 10
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_BODY_CHARS = 32  # 160 bits
_CHECK_CHARS = 4


def normalise_passphrase(passphrase: str) -> bytes:
    """Check bounds and return the NFC-normalised UTF-8 bytes fed to the KDF."""
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise InvalidInput(
            _("A passphrase can be at most {MAX_PASSPHRASE_CHARS} characters long.").format(
                MAX_PASSPHRASE_CHARS=MAX_PASSPHRASE_CHARS
            )
        )
    if not passphrase.strip():
        raise InvalidInput(_("The passphrase is empty."))
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput(_("The passphrase contains characters that cannot be used.")) from exc


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is too weak, in one sentence, or None if it is good enough."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return f"Use at least {MIN_PASSPHRASE_CHARS} characters; several unrelated words work well."
    from zxcvbn import zxcvbn  # imported late: its dictionaries take a moment to load

    result = zxcvbn(passphrase[:100])
    if result["score"] >= 3:
        return None
    feedback = result.get("feedback") or {}
    reason = feedback.get("warning") or ""
    hint = " ".join(feedback.get("suggestions") or [])
    text = (reason + " " + hint).strip() or "It would be easy to guess."
    return f"That passphrase is too easy to guess. {text}"


def check_new_passphrase(passphrase: str) -> bytes:
    """Normalise a passphrase being set, refusing a weak one with the reason."""
    secret = normalise_passphrase(passphrase)
    problem = passphrase_problem(passphrase)
    if problem:
        raise WeakPassphrase(problem)
    return secret


def _check_group(body: str) -> str:
    digest = hashlib.sha256(b"safelog-recovery:" + body.encode()).digest()
    value = int.from_bytes(digest[:3], "big")
    return "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in range(_CHECK_CHARS))


def new_recovery_key() -> str:
    """A fresh key, printed as nine groups of four: ``XXXX-XXXX-…``."""
    value = int.from_bytes(os.urandom(20), "big")
    body = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in range(_BODY_CHARS))
    full = body + _check_group(body)
    return "-".join(full[i : i + 4] for i in range(0, len(full), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept any case, spacing and dashes; refuse a typo with a plain sentence."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    if len(cleaned) != _BODY_CHARS + _CHECK_CHARS or any(ch not in _DECODE for ch in cleaned):
        raise InvalidInput(_("That is not a SafeLog recovery key; check it against your copy."))
    canonical = "".join(_ALPHABET[_DECODE[ch]] for ch in cleaned)
    body, check = canonical[:_BODY_CHARS], canonical[_BODY_CHARS:]
    if _check_group(body) != check:
        raise InvalidInput(_("That recovery key has a typo; check it against your copy."))
    return body.encode("ascii")
