"""Thumbnails and previews: encoded here from the worker's raw pixels, stored encrypted.

The worker returns plain RGB pixels whose size has been checked, so the vault process only ever
*encodes* (Pillow's JPEG encoder on a buffer of known length) and never decodes anything a sender
chose. The app can build its images from these JPEGs, or from pixels, without handing untrusted
bytes to Qt's image plugins. Derived records belong to the stored content (blob), not to one
exhibit, so a duplicate import shares them.
"""

from __future__ import annotations

import io

from ..db import Connection
from .metadata import Pixels
from .model import Derived

KINDS = ("thumbnail", "preview")
JPEG_QUALITY = {"thumbnail": 85, "preview": 82}


def encode(pixels: Pixels) -> Derived:
    from PIL import Image

    image = Image.frombytes("RGB", (pixels.width, pixels.height), pixels.data)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY.get(pixels.kind, 85), optimize=True)
    return Derived("image/jpeg", pixels.width, pixels.height, out.getvalue())


def store(conn: Connection, blob_id: int, kind: str, derived: Derived) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO derived (blob_id, kind, mime, width, height, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (blob_id, kind, derived.mime, derived.width, derived.height, derived.data),
    )


def load(conn: Connection, blob_id: int, kind: str) -> Derived | None:
    row = conn.execute(
        "SELECT mime, width, height, data FROM derived WHERE blob_id = ? AND kind = ?",
        (blob_id, kind),
    ).fetchone()
    return Derived(row[0], int(row[1]), int(row[2]), bytes(row[3])) if row else None
