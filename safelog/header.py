"""The vault header: the only file read before the key is known.

It holds the format version, the database cipher settings and one wrapped copy of the master key
per unlock method (passphrase, recovery key). Each wrap is AES-256-GCM with the format, the slot
kind and its KDF parameters as associated data, so an edited parameter fails the unwrap. A
SHA-256 checksum over the body tells accidental damage ("damaged header") apart from a wrong
passphrase. The header names no person, incident or file and gives no counts.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import HeaderDamaged, HeaderMissing, VaultTooNew, WrongPassphrase
from .fsutil import atomic_write
from .kdf import KdfParams

FORMAT = "safelog-vault"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
PAGE_SIZE = 65536
HMAC_ALGORITHM = "HMAC_SHA256"


@dataclass
class Slot:
    kind: str  # "passphrase" or "recovery"
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        return _canonical({"format": FORMAT, "version": FORMAT_VERSION, "kind": self.kind,
                           "kdf": self.kdf.to_json()})

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "kdf": self.kdf.to_json(), "nonce": self.nonce.hex(),
                "wrapped": self.wrapped.hex()}

    @classmethod
    def seal(cls, kind: str, kdf: KdfParams, secret: bytes, master_key: bytes) -> Slot:
        slot = cls(kind, kdf, os.urandom(12), b"")
        slot.wrapped = AESGCM(kdf.derive(secret)).encrypt(slot.nonce, master_key, slot.aad())
        return slot

    def open(self, secret: bytes) -> bytes | None:
        """The master key, or None when the secret is wrong."""
        try:
            return AESGCM(self.kdf.derive(secret)).decrypt(self.nonce, self.wrapped, self.aad())
        except InvalidTag:
            return None


@dataclass
class Header:
    slots: list[Slot] = field(default_factory=list)
    page_size: int = PAGE_SIZE
    hmac_algorithm: str = HMAC_ALGORITHM

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def replace_slot(self, new: Slot) -> None:
        self.slots = [s for s in self.slots if s.kind != new.kind] + [new]

    def unwrap(self, kind: str, secret: bytes) -> bytes:
        slot = self.slot(kind)
        if slot is None:
            raise HeaderDamaged()
        key = slot.open(secret)
        if key is None:
            raise WrongPassphrase() if kind == "passphrase" else _wrong_recovery()
        if len(key) != 32:
            raise HeaderDamaged()
        return key

    def body(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database": {"cipher_page_size": self.page_size,
                         "cipher_hmac_algorithm": self.hmac_algorithm},
            "slots": [s.to_json() for s in self.slots],
        }

    def to_bytes(self) -> bytes:
        body = self.body()
        document = dict(body, checksum=hashlib.sha256(_canonical(body)).hexdigest())
        return json.dumps(document, indent=1, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
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
        try:
            database = document["database"]
            page_size = database["cipher_page_size"]
            hmac = database["cipher_hmac_algorithm"]
            slots = [
                Slot(s["kind"], KdfParams.from_json(s["kdf"]), bytes.fromhex(s["nonce"]),
                     bytes.fromhex(s["wrapped"]))
                for s in document["slots"]
            ]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise HeaderDamaged() from exc
        if page_size not in (4096, 8192, 16384, 32768, 65536):
            raise HeaderDamaged()
        if hmac not in ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"):
            raise HeaderDamaged()
        if any(s.kind not in ("passphrase", "recovery") or len(s.nonce) != 12 for s in slots):
            raise HeaderDamaged()
        return cls(slots, page_size, hmac)


def _wrong_recovery() -> WrongPassphrase:
    from .errors import WrongRecoveryKey

    return WrongRecoveryKey()


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
