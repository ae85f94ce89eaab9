"""Reading exhibits back: listing, original bytes, in-app viewing and thumbnails.

Original bytes are served a chunk at a time from the vault, so nothing decrypted is ever written
to disk and memory does not depend on the file's size. Viewing an exhibit's contents is itself an
event in the custody log, like importing and exporting; listing and thumbnails are not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from ..db import Connection, mapped_errors
from ..errors import DatabaseDamaged, EvidenceRefused, NotFound
from ..i18n import _
from ..vault import Vault
from . import derived, store
from .model import EXHIBIT_COLUMNS, EXHIBIT_FROM, Derived, Exhibit, exhibit_from_row, human_size


def list_exhibits(vault: Vault, incident_id: int | None = None) -> list[Exhibit]:
    """Every exhibit (or one incident's), in the order they were imported."""
    sql = f"SELECT {EXHIBIT_COLUMNS} FROM {EXHIBIT_FROM}"
    params: tuple[int, ...] = ()
    if incident_id is not None:
        sql += " WHERE e.incident_id = ?"
        params = (int(incident_id),)
    with mapped_errors():
        return [exhibit_from_row(r) for r in vault.conn.execute(sql + " ORDER BY e.id", params)]


def get_exhibit(vault: Vault, ref: str) -> Exhibit:
    with mapped_errors():
        row = vault.conn.execute(
            f"SELECT {EXHIBIT_COLUMNS} FROM {EXHIBIT_FROM} WHERE e.ref = ?", (_normal_ref(ref),)
        ).fetchone()
    if row is None:
        raise NotFound(_("There is no exhibit {value}.").format(value=_shown_ref(ref)))
    return exhibit_from_row(row)


def blob_of(conn: Connection, ref: str) -> int:
    with mapped_errors():
        row = conn.execute(
            "SELECT blob_id FROM exhibits WHERE ref = ?", (_normal_ref(ref),)
        ).fetchone()
    if row is None:
        raise NotFound(_("There is no exhibit {value}.").format(value=_shown_ref(ref)))
    return int(row[0])


def iter_exhibit_bytes(vault: Vault, ref: str) -> Iterator[bytes]:
    """The original bytes, in order, a chunk at a time (NotFound at once for a bad ref)."""
    return _chunks(vault.conn, blob_of(vault.conn, ref), _normal_ref(ref))


def _chunks(conn: Connection, blob_id: int, ref: str) -> Iterator[bytes]:
    try:
        with mapped_errors():
            yield from store.iter_blob(conn, blob_id)
    except store.MissingChunk:
        raise DatabaseDamaged(
            _("Part of exhibit {ref} is missing from the vault.").format(ref=ref)
        ) from None


def read_exhibit_bytes(vault: Vault, ref: str, max_bytes: int) -> bytes:
    """The whole original in memory, for viewing inside SafeLog; the view is logged."""
    exhibit = get_exhibit(vault, ref)
    if exhibit.size > max_bytes:
        raise EvidenceRefused(
            _(
                "Exhibit {ref} is too large to view inside SafeLog ({value}); export it instead."
            ).format(ref=exhibit.ref, value=human_size(exhibit.size))
        )
    data = b"".join(iter_exhibit_bytes(vault, exhibit.ref))
    if hashlib.sha256(data).hexdigest() != exhibit.sha256:
        raise DatabaseDamaged(
            _("Exhibit {ref} does not match its SHA-256; run verify.").format(ref=exhibit.ref)
        )
    record_view(vault, exhibit.ref)
    return data


def record_view(vault: Vault, ref: str) -> None:
    """Log that a person looked at an exhibit shown from its preview, without its bytes."""
    exhibit = get_exhibit(vault, ref)
    with vault.transaction():
        vault.record("exhibit.view", "exhibit", exhibit.ref, {"sha256": exhibit.sha256})


def thumbnail(vault: Vault, ref: str) -> Derived | None:
    """The upright JPEG thumbnail (at most 512 px), or None if none could be made."""
    with mapped_errors():
        return derived.load(vault.conn, blob_of(vault.conn, ref), "thumbnail")


def preview(vault: Vault, ref: str) -> Derived | None:
    """The upright JPEG preview (at most 1600 px); falls back to the thumbnail."""
    with mapped_errors():
        blob_id = blob_of(vault.conn, ref)
        return derived.load(vault.conn, blob_id, "preview") or derived.load(
            vault.conn, blob_id, "thumbnail"
        )


def _normal_ref(ref: str) -> str:
    return str(ref).strip().upper()


def _shown_ref(ref: str) -> str:
    from .model import safe_text

    return safe_text(str(ref), 20)
