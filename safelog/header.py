"""The vault header: the only file read before the key is known.

It holds the format version, the database cipher settings and one wrapped copy of the master key
per unlock method (passphrase, recovery key). Each wrap is AES-256-GCM with the format, the slot
kind and its KDF parameters as associated data, so an edited parameter fails the unwrap. A
SHA-256 checksum over the body tells accidental damage ("damaged header") apart from a wrong
passphrase. The header names no person, incident or file and gives no counts.

Anyone with the laptop can edit this file and recompute the checksum, so two more checks tell a
deliberate edit apart from a wrong passphrase (THREATS 12, issue 16 item 6):

- each slot carries a *verifier*, an HMAC of its associated data under the key the passphrase
  derives: a right passphrase whose wrapped key no longer opens is "damaged", not "wrong";
- format version 2 adds a *MAC* over the whole body under a key derived (HKDF) from the master
  key, checked right after unlocking: any change SafeLog did not make (page size, HMAC setting,
  another slot's KDF parameters, a verifier) is reported as a change made outside SafeLog.

A version 1 header (SafeLog before header authentication) has neither; it is still opened, and
:class:`safelog.vault.Vault` rewrites it as version 2 on the first unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import (
    HeaderChanged,
    HeaderDamaged,
    HeaderMissing,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from .fsutil import atomic_write
from .i18n import _
from .kdf import KdfParams

FORMAT = "safelog-vault"
FORMAT_VERSION = 2
KNOWN_VERSIONS = (1, 2)  # every version SafeLog has written; anything lower is refused
SLOT_AAD_VERSION = 1  # part of each slot's associated data since version 1; never changes
MAX_HEADER_BYTES = 64 * 1024
PAGE_SIZE = 65536
HMAC_ALGORITHM = "HMAC_SHA256"
_VERIFIER_LABEL = b"safelog slot verifier\x00"
_MAC_INFO = b"safelog header mac v2"


def header_mac_key(master_key: bytes) -> bytes:
    """The key that authenticates the header: HKDF-SHA256 of the master key, its own label."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(master_key)


@dataclass
class Slot:
    kind: str  # "passphrase" or "recovery"
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes
    verifier: bytes | None = None  # None in slots written before version 2
    # Set when the slot is sealed with the master key, so a header holding it can be
    # authenticated when written; never stored.
    mac_key: bytes | None = field(default=None, repr=False, compare=False)

    def aad(self) -> bytes:
        return _canonical(
            {
                "format": FORMAT,
                "version": SLOT_AAD_VERSION,
                "kind": self.kind,
                "kdf": self.kdf.to_json(),
            }
        )

    def _verifier(self, kek: bytes) -> bytes:
        return hmac.new(kek, _VERIFIER_LABEL + self.aad(), hashlib.sha256).digest()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind,
            "kdf": self.kdf.to_json(),
            "nonce": self.nonce.hex(),
            "wrapped": self.wrapped.hex(),
        }
        if self.verifier is not None:
            data["verifier"] = self.verifier.hex()
        return data

    @classmethod
    def seal(cls, kind: str, kdf: KdfParams, secret: bytes, master_key: bytes) -> Slot:
        slot = cls(kind, kdf, os.urandom(12), b"")
        kek = kdf.derive(secret)
        slot.wrapped = AESGCM(kek).encrypt(slot.nonce, master_key, slot.aad())
        slot.verifier = slot._verifier(kek)
        slot.mac_key = header_mac_key(master_key)
        return slot

    def open(self, secret: bytes) -> bytes | None:
        """The master key, or None when the secret is wrong.

        Raises :class:`HeaderDamaged` when the verifier shows the secret is right but the
        wrapped key does not open: the key file was damaged or edited.
        """
        kek = self.kdf.derive(secret)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped, self.aad())
        except InvalidTag:
            pass
        else:
            if self.verifier is None:  # a slot from before verifiers: give it one now
                self.verifier = self._verifier(kek)
            return key
        if self.verifier is not None and hmac.compare_digest(self._verifier(kek), self.verifier):
            what = "passphrase" if self.kind == "passphrase" else "recovery key"
            raise HeaderDamaged(
                _(
                    "The {what} is right, but the vault's key file is damaged, so the "
                    "vault cannot be unlocked with it; restore the vault from a backup."
                ).format(what=what)
            )
        return None


@dataclass
class Header:
    slots: list[Slot] = field(default_factory=list)
    page_size: int = PAGE_SIZE
    hmac_algorithm: str = HMAC_ALGORITHM
    version: int = FORMAT_VERSION  # as read; a header is always written as FORMAT_VERSION
    mac: bytes | None = None  # as read; None in a version 1 header
    signed: bytes = field(default=b"", repr=False, compare=False)  # the bytes the MAC covers
    gained_verifier: bool = field(default=False, repr=False, compare=False)
    mac_key: bytes | None = field(default=None, repr=False, compare=False)

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def replace_slot(self, new: Slot) -> None:
        self.slots = [s for s in self.slots if s.kind != new.kind] + [new]

    def unwrap(self, kind: str, secret: bytes) -> bytes:
        slot = self.slot(kind)
        if slot is None:
            raise HeaderDamaged()
        had_verifier = slot.verifier is not None
        key = slot.open(secret)
        if key is None:
            raise WrongPassphrase() if kind == "passphrase" else WrongRecoveryKey()
        if len(key) != 32:
            raise HeaderDamaged()
        self.gained_verifier = self.gained_verifier or not had_verifier
        return key

    # ----- authentication -----------------------------------------------------------------

    def authenticate(self, master_key: bytes) -> None:
        """Check the MAC of a version 2 header with the unwrapped master key; keep the key.

        A version 1 header has no MAC: it is accepted here, and the caller upgrades it.
        """
        key = header_mac_key(master_key)
        if self.version >= 2 or self.mac is not None:
            if self.mac is None or not hmac.compare_digest(self._mac(key), self.mac):
                raise HeaderChanged()
        self.mac_key = key

    def forget_key(self) -> None:
        self.mac_key = None
        for slot in self.slots:
            slot.mac_key = None

    def _mac(self, key: bytes) -> bytes:
        signed = self.signed or _canonical(self.body(self.version))
        return hmac.new(key, signed, hashlib.sha256).digest()

    def _key_for_writing(self) -> bytes:
        key = self.mac_key or next((s.mac_key for s in self.slots if s.mac_key), None)
        if key is None:
            raise ValueError("a header is written only by a SafeLog that holds the master key")
        return key

    def body(self, version: int = FORMAT_VERSION) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": version,
            "database": {
                "cipher_page_size": self.page_size,
                "cipher_hmac_algorithm": self.hmac_algorithm,
            },
            "slots": [s.to_json() for s in self.slots],
        }

    def to_bytes(self) -> bytes:
        """The header as SafeLog writes it: version 2, with its MAC and checksum."""
        key = self._key_for_writing()
        body = self.body()
        mac = hmac.new(key, _canonical(body), hashlib.sha256).digest()
        document = dict(body, mac=mac.hex())
        document["checksum"] = hashlib.sha256(_canonical(document)).hexdigest()
        return json.dumps(document, indent=1, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise HeaderDamaged() from exc
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise HeaderDamaged()
        version = document.get("version")
        if type(version) is not int:
            raise HeaderDamaged()
        if version > FORMAT_VERSION:
            raise VaultTooNew()
        checksum = document.pop("checksum", None)
        if checksum != hashlib.sha256(_canonical(document)).hexdigest():
            raise HeaderDamaged()
        if version not in KNOWN_VERSIONS:
            raise HeaderChanged(
                _(
                    "The vault's key file gives a format version SafeLog never wrote, so "
                    "it was changed outside SafeLog; the vault was not unlocked."
                )
            )
        try:
            database = document["database"]
            page_size = database["cipher_page_size"]
            hmac_name = database["cipher_hmac_algorithm"]
            slots = [
                Slot(
                    s["kind"],
                    KdfParams.from_json(s["kdf"]),
                    bytes.fromhex(s["nonce"]),
                    bytes.fromhex(s["wrapped"]),
                    bytes.fromhex(s["verifier"]) if "verifier" in s else None,
                )
                for s in document["slots"]
            ]
            mac = bytes.fromhex(document.pop("mac")) if "mac" in document else None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise HeaderDamaged() from exc
        if page_size not in (4096, 8192, 16384, 32768, 65536):
            raise HeaderDamaged()
        if hmac_name not in ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"):
            raise HeaderDamaged()
        if any(s.kind not in ("passphrase", "recovery") or len(s.nonce) != 12 for s in slots):
            raise HeaderDamaged()
        if (version >= 2) != (mac is not None):  # version 1 never had a MAC, 2 always has
            raise HeaderChanged()
        return cls(slots, page_size, hmac_name, version, mac, _canonical(document))


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def read_header(path: Path) -> Header:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise HeaderMissing() from exc
    except OSError as exc:
        raise HeaderDamaged() from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderDamaged()
    return Header.from_bytes(raw)


def write_header(path: Path, header: Header) -> None:
    """Replace the header atomically: a crash leaves the old or the new one, never a mix."""
    atomic_write(path, header.to_bytes())
