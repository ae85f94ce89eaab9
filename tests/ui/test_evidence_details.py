"""The details of an exhibit in plain words, the technical record folded away until asked for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from safelog import evidence
from safelog.evidence.importer import import_files
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.conftest import CORPUS
from ui.common.palette import format_size
from ui.common.session import Session
from ui.evidence.details import ExhibitDetails
from ui.evidence.viewer import ExhibitViewer

PHOTO = CORPUS / "photos" / "jpg_gps_DSCN0010.jpg"


def _add(session: Session) -> str:
    vault = session.require()
    incident_id = store.insert_incident(
        vault, Incident(title="Car", when=parse_when("2026-05-03 15:00", tz="Europe/London"))
    )
    (result,) = import_files(vault, incident_id, [PHOTO])
    return result.exhibit.ref


def test_photo_details_in_plain_words(qtbot: Any, session: Session, answers: Any) -> None:
    ref = _add(session)
    evidence.set_provenance(
        session.require(), ref, obtained="I took this photo or recording myself"
    )
    exhibit = evidence.get_exhibit(session.require(), ref)
    viewer = ExhibitViewer(session, ref)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    details = viewer.details
    assert isinstance(details, ExhibitDetails)
    assert details.value("Reference") == ref
    assert details.value("Type") == "Picture"
    assert details.value("Size") == format_size(exhibit.size) == "157.92 KiB"
    assert details.value("Added")
    assert details.value("Taken") == "22 Oct 2008, 16:28"  # as the camera wrote it
    assert details.value("Camera") == "NIKON COOLPIX P6000"
    assert details.value("Location in the file") == "43.467448, 11.885127"
    assert details.value("Please note") == (
        "Anyone you give the original file to can see this location."
    )
    assert details.value("How you got it") == "I took this photo or recording myself"
    assert details.value("SHA-256 fingerprint") == f"{exhibit.sha256[:8]} {exhibit.sha256[8:16]} …"
    shown = [label for label in details.values.values() if label.isVisibleTo(viewer)]
    assert len(shown) == len(details.values)  # every plain row is on screen

    # The full fingerprint and the file's own record are folded away until asked for.
    full = " ".join(exhibit.sha256[i : i + 8] for i in range(0, 64, 8))
    assert not details.technical.isVisibleTo(viewer)
    assert full in details.text()
    QTest.mouseClick(details.technical_button, Qt.MouseButton.LeftButton)
    assert details.technical.isVisibleTo(viewer)
    assert "Nikon Transfer 1.1 W" in details.text()  # the software, from the metadata
    QTest.mouseClick(details.technical_button, Qt.MouseButton.LeftButton)
    assert not details.technical.isVisibleTo(viewer)


def test_not_said_yet_points_to_the_button(qtbot: Any, session: Session, answers: Any) -> None:
    ref = _add(session)
    details = ExhibitDetails(evidence.get_exhibit(session.require(), ref))
    qtbot.addWidget(details)
    assert details.value("How you got it") == (
        "Not said yet. “How you got it…” in the list adds it."
    )
    assert details.value("Where the original is kept") == ""  # no empty row
