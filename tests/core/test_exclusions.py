"""The dossier dialog's live counts: what each "leave out" choice would remove."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from safelog.dossier import DossierOptions
from safelog.evidence import import_files
from safelog.exclusions import exclusion_counts
from safelog.incidents.model import Incident, Person, PersonLink
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident
from safelog.incidents.when import When


def gps_jpeg(path: Path) -> Path:
    """A small photo whose EXIF carries a GPS position and the camera's make."""
    from PIL import Image

    image = Image.new("RGB", (64, 48), (200, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "Acme Phones"  # Make
    exif[0x0110] = "Model 7"  # Model
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}  # GPSInfo
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path


def test_counts_follow_the_selected_incidents(vault, tmp_path: Path) -> None:
    witness = add_person(
        vault, Person(name="Neighbour", kind="witness", contact="07700 900123", notes="lives at 4")
    )
    first = add_incident(
        vault,
        Incident(
            title="Car outside",
            when=When(datetime(2026, 10, 1, 9, 0, tzinfo=UTC), "exact"),
            category="following",
            private_notes="I was scared",
            coordinates=(51.5, -0.12),
            impact="Could not sleep",
            people=[PersonLink(witness.id or 0, "witness")],
        ),
    )
    second = add_incident(
        vault,
        Incident(
            title="Message",
            when=When(datetime(2026, 11, 1, 9, 0, tzinfo=UTC), "exact"),
            category="threats",
        ),
    )
    import_files(vault, first.id or 0, [gps_jpeg(tmp_path / "photo.jpg")])
    everything = exclusion_counts(vault, DossierOptions())
    assert everything.incidents == 2 and everything.files == 1
    assert everything.gps_files == 1 and everything.device_files == 1
    assert everything.notes_incidents == 1 and everything.notes_people == 1
    assert everything.contacts == 1 and everything.impact == 1 and everything.coordinates == 1
    assert everything.affected("exact-locations") == 2
    only_second = exclusion_counts(vault, DossierOptions(incident_ids=[second.id or 0]))
    assert only_second.incidents == 1
    assert all(
        only_second.affected(k) == 0
        for k in (
            "private-notes",
            "exact-locations",
            "device-metadata",
            "people-contacts",
            "impact",
            "exhibit-files",
        )
    )
