"""Evidence panel and viewer: import through the worker, thumbnails, viewing from memory,
exporting exact bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from safelog import evidence
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.conftest import CORPUS
from tests.ui.conftest import Answers
from ui.common.palette import format_day
from ui.common.session import Session
from ui.evidence.panel import EvidencePanel
from ui.evidence.viewer import ExhibitViewer, decode_text

PHOTO = CORPUS / "photos" / "jpg_gps_DSCN0010.jpg"


@pytest.fixture
def incident_id(session: Session) -> int:
    incident = store.add_incident(
        session.require(),
        Incident(
            title="Photos of my door posted online",
            when=parse_when("2026-05-03 15:00", tz="Europe/London"),
            category="smear_doxxing",
        ),
    )
    assert incident.id is not None
    return incident.id


def import_and_wait(panel: EvidencePanel, qtbot: Any, paths: list[str]) -> list[str]:
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        panel.import_paths(paths)
    return done.args[0]


def test_import_photo_through_worker_shows_thumbnail(
    qtbot: Any, session: Session, incident_id: int, answers: Answers
) -> None:
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    answers.answers["open_files"] = [str(PHOTO)]
    with (
        qtbot.waitSignal(panel.imported, timeout=60_000) as done,
        qtbot.waitSignal(session.incidents_changed, timeout=60_000),
    ):
        panel.add_button.click()
    (ref,) = done.args[0]
    assert panel.refs == [ref]
    assert panel.thumbnail_count() == 1
    assert panel.table.item(0, 1).text() == PHOTO.name
    assert panel.task is None and panel.add_button.isEnabled()

    # The same photo again: not stored twice, and the person is told, in one whole sentence,
    # which exhibit already holds it, by name and day.
    (again,) = import_and_wait(panel, qtbot, [str(PHOTO)])
    infos = [text for kind, text in answers.asked if kind == "info"]
    day = format_day(evidence.get_exhibit(session.require(), ref).imported_at)
    assert infos == [
        f"This file is already in your log as exhibit {ref} ({PHOTO.name}), added on {day}; "
        f"SafeLog keeps one copy of it, now listed as both {ref} and {again}."
    ]
    assert day and day[-4:].isdigit()  # "5 Dec 2026"


def test_online_details_are_stored(
    qtbot: Any, session: Session, incident_id: int, answers: Answers, tmp_path: Path
) -> None:
    shot = tmp_path / "screenshot.png"
    shot.write_bytes((CORPUS / "photos" / "jpg_Canon_40D.jpg").read_bytes())
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    panel.online_box.setChecked(True)
    panel.platform.setCurrentText("Telegram")
    panel.url.setText("https://t.me/example/123")
    panel.account.setText("@watcher_42")
    panel.shown_time.setText("14:32")
    (ref,) = import_and_wait(panel, qtbot, [str(shot)])
    exhibit = evidence.get_exhibit(session.require(), ref)
    assert exhibit.online == {
        "platform": "Telegram",
        "url": "https://t.me/example/123",
        "account": "@watcher_42",
        "shown_time": "14:32",
    }


def test_drop_files_imports_them(
    qtbot: Any, session: Session, incident_id: int, answers: Answers
) -> None:
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(PHOTO))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.imported, timeout=60_000):
        panel.event(event)  # Qt's own dispatch (sendEvent needs a real drag in progress)
    assert len(panel.refs) == 1


def test_viewer_shows_image_with_gps_and_logs_the_view(
    qtbot: Any, session: Session, incident_id: int, answers: Answers
) -> None:
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    (ref,) = import_and_wait(panel, qtbot, [str(PHOTO)])
    vault = session.require()
    views_before = _views(vault)
    viewer = ExhibitViewer(session, ref)
    qtbot.addWidget(viewer)
    assert viewer.kind == "image"
    assert viewer.stack.currentWidget() is viewer.image
    assert not viewer.image.image().isNull()
    viewer.image.zoom_in()
    viewer.image.turn(90)
    viewer.image.fit()
    details = viewer.details_text()
    assert "43.46" in details and "11.88" in details  # the photo's GPS position
    assert _views(vault) == views_before + 1


def test_viewer_shows_text_from_memory(
    qtbot: Any, session: Session, incident_id: int, answers: Answers, tmp_path: Path
) -> None:
    note = tmp_path / "messages.txt"
    note.write_text(
        "پیام تهدید آمیز\n他们知道你住在哪里\nYou will regret this.\n", encoding="utf-8"
    )
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    (ref,) = import_and_wait(panel, qtbot, [str(note)])
    viewer = ExhibitViewer(session, ref)
    qtbot.addWidget(viewer)
    assert viewer.kind == "text"
    assert "他们知道你住在哪里" in viewer.text.toPlainText()
    assert "پیام تهدید آمیز" in viewer.text.toPlainText()
    session.lock()
    assert viewer.text.toPlainText() == "" and "messages.txt" not in viewer.details_text()


def test_decode_text_is_safe() -> None:
    assert decode_text(b"a\x00b\xffc\r\nd") == "a\ufffdb\ufffdc\nd"
    assert decode_text("hé".encode("utf-16")) == "hé"


def test_export_writes_identical_bytes(
    qtbot: Any, session: Session, incident_id: int, answers: Answers, tmp_path: Path
) -> None:
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    (ref,) = import_and_wait(panel, qtbot, [str(PHOTO)])
    out = tmp_path / "out" / "copy.jpg"
    out.parent.mkdir()
    answers.answers["save_file"] = str(out)
    panel.select_ref(ref)
    panel.export_button.click()
    qtbot.waitUntil(
        lambda: any(k == "info" and "Saved an exact copy" in t for k, t in answers.asked),
        timeout=30_000,
    )
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(PHOTO.read_bytes()).digest()
    warning = next(t for k, t in answers.asked if k == "confirm")
    assert "NOT be encrypted" in warning


def test_export_declined_writes_nothing(
    qtbot: Any, session: Session, incident_id: int, answers: Answers, tmp_path: Path
) -> None:
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    (ref,) = import_and_wait(panel, qtbot, [str(PHOTO)])
    answers.answers["confirm"] = False
    answers.answers["save_file"] = str(tmp_path / "never.jpg")
    panel.select_ref(ref)
    panel.export_selected()
    assert not (tmp_path / "never.jpg").exists()
    assert not any(kind == "save_file" for kind, _ in answers.asked)


def test_panel_forgets_everything_on_lock(
    qtbot: Any, session: Session, incident_id: int, answers: Answers
) -> None:
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.set_incident(incident_id)
    import_and_wait(panel, qtbot, [str(PHOTO)])
    session.lock()
    assert panel.table.rowCount() == 0 and panel.refs == [] and panel.incident_id is None
    assert not panel.add_button.isEnabled()


def _views(vault: Any) -> int:
    return int(
        vault.conn.execute("SELECT count(*) FROM custody WHERE action = 'exhibit.view'").fetchone()[
            0
        ]
    )
