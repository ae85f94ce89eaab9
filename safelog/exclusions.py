"""How much each "leave out" choice of a dossier would remove, for the Export dialog's counts.

A person deciding whether to leave out GPS positions needs to know that three of their photos
carry one; "exact locations" alone means little. The counts are taken over exactly the incidents
the dossier would hold (``safelog.dossier.collect.select``), with the dossier's own rule for
which exhibit metadata counts as device details.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dossier import DossierOptions
from .dossier.collect import ALWAYS_SHOWN_METADATA, select
from .evidence.access import list_exhibits
from .incidents.people import get_person
from .vault import Vault


@dataclass(frozen=True)
class ExclusionCounts:
    incidents: int = 0
    notes_incidents: int = 0  # incidents with private notes
    notes_people: int = 0  # people (in these incidents) with private notes
    coordinates: int = 0  # incidents with map coordinates
    gps_files: int = 0  # exhibit files that carry a GPS position
    device_files: int = 0  # exhibit files with camera, phone or software details
    contacts: int = 0  # people (in these incidents) with contact details
    impact: int = 0  # incidents with an impact statement
    files: int = 0  # exhibit files
    file_bytes: int = 0

    def affected(self, key: str) -> int:
        """How many things the exclusion ``key`` (a key of EXCLUSIONS) would leave out."""
        return {
            "private-notes": self.notes_incidents + self.notes_people,
            "exact-locations": self.coordinates + self.gps_files,
            "device-metadata": self.device_files,
            "people-contacts": self.contacts,
            "impact": self.impact,
            "original-names": self.files,
            "exhibit-files": self.files,
        }.get(key, 0)


def exclusion_counts(vault: Vault, options: DossierOptions) -> ExclusionCounts:
    """Count, over the incidents ``options`` select, what each exclusion would remove."""
    incidents = select(vault, options)
    ids = {i.id for i in incidents}
    person_ids = {link.person_id for i in incidents for link in i.people}
    people = [get_person(vault, pid) for pid in sorted(person_ids)]
    exhibits = [e for e in list_exhibits(vault) if e.incident_id in ids]
    shown = set(ALWAYS_SHOWN_METADATA) | {"gps"}
    return ExclusionCounts(
        incidents=len(incidents),
        notes_incidents=sum(1 for i in incidents if i.private_notes.strip()),
        notes_people=sum(1 for p in people if p.notes.strip()),
        coordinates=sum(1 for i in incidents if i.coordinates is not None),
        gps_files=sum(1 for e in exhibits if isinstance((e.metadata or {}).get("gps"), dict)),
        device_files=sum(
            1
            for e in exhibits
            if any(
                k not in shown and v not in (None, "", [], {})
                for k, v in (e.metadata or {}).items()
            )
        ),
        contacts=sum(1 for p in people if p.contact.strip()),
        impact=sum(1 for i in incidents if i.impact.strip()),
        files=len(exhibits),
        file_bytes=sum(int(e.size) for e in exhibits),
    )
