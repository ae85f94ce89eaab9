"""The vault's bundle-signing key: Ed25519, made at the first export, private half in the vault.

Every bundle carries ``signing-key.pub`` (the public key, PEM) and ``SHA256SUMS.sig`` (a raw
Ed25519 signature of ``SHA256SUMS``, which fingerprints every other file). The dossier prints the
key's fingerprint. What this proves, and all it proves: bundles with the same fingerprint were
made by the same SafeLog vault, and a bundle whose signature checks was not changed after it was
made. It says nothing about who the person is; a forger can make a key of their own, but not one
with this vault's fingerprint.

The private key lives only in the encrypted settings table. It is stored in the same transaction
as the export's custody entry, so an export that fails leaves the vault exactly as it was (the
next export makes a new key).

Check by hand: ``openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin -in SHA256SUMS
-sigfile SHA256SUMS.sig``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import ExportFailed
from ..fsutil import create_private, disk_errors
from ..i18n import N_, _
from ..vault import Vault

SETTING = "bundle_signing_key_ed25519"
PUBLIC_KEY_FILE = "signing-key.pub"
SIGNATURE_FILE = "SHA256SUMS.sig"
MAX_PUBLIC_KEY_BYTES = 4096
# Marked for translation: ``verify-bundle`` says it in the person's language; the dossier prints
# it as it is, in English, for the police.
PLAIN_WORDS = N_(
    "The signature shows that bundles with the same key fingerprint were made by the "
    "same SafeLog vault, and that a bundle whose signature checks was not changed "
    "after it was made. It does not show who the person is."
)


def fingerprint(public: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, in hex: what the dossier prints."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def grouped(fp: str) -> str:
    """``1a2b 3c4d …``: easier to read out and compare by eye."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_public(pem: bytes) -> Ed25519PublicKey | None:
    """The public key in a bundle, or None if it is not one SafeLog could have written."""
    if len(pem) > MAX_PUBLIC_KEY_BYTES:
        return None
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def signature_valid(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def _write(path: Path, data: bytes) -> None:
    with disk_errors(), create_private(path) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@dataclass
class BundleSigner:
    """The vault's key for one export: sign the bundle, then keep the key with the export."""

    key: Ed25519PrivateKey
    new: bool

    @classmethod
    def for_vault(cls, vault: Vault) -> BundleSigner:
        stored = vault.setting(SETTING)
        if stored:
            return cls(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored)), False)
        return cls(Ed25519PrivateKey.generate(), True)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key.public_key())

    def write_public_key(self, staging: Path) -> tuple[str, str, int]:
        """Write ``signing-key.pub``; returns (name, sha256, size) for the manifests."""
        pem = public_pem(self.key.public_key())
        _write(staging / PUBLIC_KEY_FILE, pem)
        return PUBLIC_KEY_FILE, hashlib.sha256(pem).hexdigest(), len(pem)

    def sign(self, staging: Path, sums_name: str) -> None:
        """Sign the checksum list as written; it must be the last list written."""
        signature = self.key.sign((staging / sums_name).read_bytes())
        _write(staging / SIGNATURE_FILE, signature)

    def custody_detail(self) -> dict[str, object]:
        """For the export's custody entry: the key it was signed with, and if it is new."""
        return {"signing_key": self.fingerprint, "signing_key_new": self.new}

    def keep(self, vault: Vault) -> None:
        """Store a new key, inside the export's transaction (its custody entry says so)."""
        if not self.new:
            return
        stored = vault.setting(SETTING)
        if stored:
            raise ExportFailed(
                _(
                    "Another export made this vault's signing key at the same time; "
                    "nothing was exported. Export again."
                )
            )
        raw = self.key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        vault.set_setting(SETTING, raw.hex())
        self.new = False


def guidance_paragraph(fp: str) -> tuple[str, str]:
    """(title, text) for the dossier's "How to read and check" page."""
    shown = grouped(fp)
    half = len(shown) // 2 + 1
    mono = "<font face='SafeLogMono'>" + shown[:half].rstrip() + "<br/>" + shown[half:] + "</font>"
    return (
        "The bundle's signature",
        "The evidence bundle is signed with a key kept inside the person's encrypted SafeLog "
        f"vault. The key's fingerprint is:<br/>{mono}<br/>"
        "<font face='SafeLogMono'>safelog-cli verify-bundle FOLDER</font> checks the "
        "signature (<i>SHA256SUMS.sig</i>, with the key in <i>signing-key.pub</i>) and "
        "compares every file with the list of fingerprints attached inside this PDF (the "
        "attachment <i>manifest.json</i>), so a file cannot be swapped without changing "
        "this PDF too. " + PLAIN_WORDS + " Another dossier from the same vault prints the "
        "same fingerprint; <font face='SafeLogMono'>safelog-cli verify-bundle A "
        "--same-vault-as B</font> compares two bundles.",
    )
