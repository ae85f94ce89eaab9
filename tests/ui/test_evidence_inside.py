"""Inside an exhibit, in the app: an incident from chosen chat messages; attachments added as
linked exhibits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from safelog import evidence
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.ui.conftest import Answers
from ui.common.session import Session
from ui.evidence.panel import EvidencePanel

DATA = Path(__file__).parents[1] / "data" / "evidence"


@pytest.fixture
def panel(qtbot: Any, session: Session) -> EvidencePanel:
    incident = store.add_incident(
        session.require(),
        Incident(
            "Messages from an unknown number", parse_when("2026-11-22 09:00", tz="Europe/London")
        ),
    )
    widget = EvidencePanel(session)
    qtbot.addWidget(widget)
    widget.set_incident(incident.id)
    widget.show()
    return widget


def _add(qtbot: Any, panel: EvidencePanel, name: str) -> str:
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        panel.import_paths([str(DATA / name)])
    (ref,) = done.args[0]
    panel.select_ref(ref)
    return ref


def _tick(widget: Any, rows: list[int]) -> None:
    widget.setFocus()
    for row in rows:
        widget.setCurrentRow(row)
        QTest.keyClick(widget, Qt.Key.Key_Space)


def test_an_incident_from_chosen_messages(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    ref = _add(qtbot, panel, "whatsapp_android.txt")
    assert panel.inside_button.isEnabled()
    QTest.mouseClick(panel.inside_button, Qt.MouseButton.LeftButton)
    window = panel.inside_button.inside_window
    assert window is not None and window.messages.count() == 5
    assert "We know where your family lives" in window.messages.item(2).text()
    _tick(window.messages, [1, 2])
    with qtbot.waitSignal(window.incident_made) as made:
        QTest.mouseClick(window.make_incident, Qt.MouseButton.LeftButton)
    incident = store.get_incident(panel.session.require(), made.args[0])
    assert incident.title == "WhatsApp messages from Amira"
    assert (
        "[2026-11-22 09:20:00] Unknown +44 7700 900123: We know where your family lives"
        in incident.narrative
        and ref in incident.narrative
    )
    assert any("dated at the first message" in text for kind, text in answers.asked)


def test_attachments_added_as_linked_exhibits(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    ref = _add(qtbot, panel, "threat.eml")
    QTest.mouseClick(panel.inside_button, Qt.MouseButton.LeftButton)
    window = panel.inside_button.inside_window
    assert window is not None and window.files.item(0).text() == "car.png"
    assert window.messages.count() == 0
    _tick(window.files, [0])
    with qtbot.waitSignal(window.extracted, timeout=60_000) as done:
        QTest.mouseClick(window.take_out, Qt.MouseButton.LeftButton)
    (new_ref,) = done.args[0]
    qtbot.waitUntil(lambda: new_ref in panel.refs)
    taken = evidence.get_exhibit(panel.session.require(), new_ref)
    assert taken.metadata["extracted_from"]["exhibit"] == ref


def test_a_photo_has_nothing_inside(qtbot: Any, panel: EvidencePanel, answers: Answers) -> None:
    _add(qtbot, panel, "red.png")
    assert not panel.inside_button.isEnabled()


def test_every_photo_of_a_chat_zip_at_once(
    qtbot: Any, panel: EvidencePanel, answers: Answers, tmp_path: Path
) -> None:
    from tests.core.evidence_helpers import chat_zip

    png = (DATA / "red.png").read_bytes()
    path = tmp_path / "WhatsApp Chat with Unknown.zip"
    path.write_bytes(
        chat_zip(
            {
                "WhatsApp Chat with Unknown.txt": (DATA / "whatsapp_android.txt").read_bytes(),
                "IMG-1.jpg": png,
                "IMG-2.png": png + b"2",
            }
        )
    )
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        panel.import_paths([str(path)])
    panel.select_ref(done.args[0][0])
    QTest.mouseClick(panel.inside_button, Qt.MouseButton.LeftButton)
    window = panel.inside_button.inside_window
    assert window is not None and window.messages.count() == 5 and window.files.count() == 2
    QTest.mouseClick(window.tick_all, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.extracted, timeout=60_000) as taken:
        QTest.mouseClick(window.take_out, Qt.MouseButton.LeftButton)
    assert len(taken.args[0]) == 2
    qtbot.waitUntil(lambda: len(panel.refs) == 3)


def test_the_viewer_does_not_dump_the_kept_messages(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    from ui.evidence.viewer import ExhibitViewer

    ref = _add(qtbot, panel, "threat.eml")
    viewer = ExhibitViewer(panel.session, ref, panel)
    qtbot.addWidget(viewer)
    details = viewer.details_text()
    assert "We know where your brother studies" in details  # the body text, readable
    assert "{'" not in details and "'sha256':" not in details  # no raw lists of records


@pytest.mark.parametrize(
    "name, shown",
    [
        (
            "capture.warc.gz",
            [
                "https://x.example/fake_amira_h/status/1861",
                "2026-11-22T10:31:07Z",
                "Your flat in Holborn is not safe.",
            ],
        ),
        (
            "capture.wacz",
            ["https://x.example/fake_amira_h/status/1861", "Your flat in Holborn is not safe."],
        ),
        (
            "profile.mhtml",
            ["https://www.instagram.com/fake_amira_h/", "here is where she lives: Holborn"],
        ),
        ("telegram_result.json", ["Officer Q"]),
        ("threat.msg", ["Your mother was seen at the embassy yesterday."]),
    ],
)
def test_each_export_in_the_app(
    qtbot: Any, panel: EvidencePanel, answers: Answers, name: str, shown: list[str]
) -> None:
    from ui.evidence.viewer import ExhibitViewer

    ref = _add(qtbot, panel, name)
    viewer = ExhibitViewer(panel.session, ref, panel)
    qtbot.addWidget(viewer)
    details = viewer.details_text()
    for text in shown:
        assert text in details
