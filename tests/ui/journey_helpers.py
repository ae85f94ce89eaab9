"""Shared by the journey tests: a vault with real evidence (a photo with a GPS position)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

from safelog.evidence import import_files
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import When
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import NOW


def gps_photo(path: Path) -> Path:
    """A small JPEG whose EXIF carries a GPS position and a camera make."""
    from PIL import Image

    image = Image.new("RGB", (64, 48), (200, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "Acme Phones"
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path


def make_evidence_vault(path: Path, work: Path, incidents: int = 3) -> str:
    """A closed vault with ``incidents`` incidents, the newest with one photo; returns the
    recovery key."""
    vault, key = Vault.create(path, PASSPHRASE, owner_name="Amira Haddad")
    with vault:
        first = None
        for i in range(incidents):
            made = add_incident(
                vault,
                Incident(
                    title=f"Grey car outside the house {i}",
                    category="following",
                    when=When(NOW - timedelta(days=3 * i + 1), "exact"),
                    narrative="The same grey car waited outside for an hour.",
                    private_notes="I was too scared to go out" if i == 0 else "",
                ),
            )
            first = first or made
        assert first is not None and first.id is not None
        work.mkdir(parents=True, exist_ok=True)
        import_files(vault, first.id, [gps_photo(work / "photo.jpg")])
    return key


def custody_actions(path: Path) -> list[str]:
    from safelog import custody

    with Vault.open(path, PASSPHRASE) as vault:
        return [e.action for e in custody.entries(vault.conn)]


def find(window: Any, kind: type) -> Any:
    """The visible top-level dialog of ``kind`` the window opened (newest first)."""
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    return found[-1] if found else None
