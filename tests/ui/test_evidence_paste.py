"""Ctrl+V, browser drops and screen capture on the evidence panel: straight from memory into
the vault, with the online fields offered afterwards."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest

from safelog import evidence
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.ui.conftest import Answers
from ui.common.session import Session
from ui.evidence.capture import unavailable_sentence
from ui.evidence.panel import EvidencePanel

DATA = Path(__file__).parents[1] / "data" / "evidence"
PNG = (DATA / "red.png").read_bytes()


@pytest.fixture
def panel(qtbot: Any, session: Session) -> EvidencePanel:
    incident = store.add_incident(
        session.require(),
        Incident(
            "A post about me",
            parse_when("2026-11-22 10:00", tz="Europe/London"),
            category="online_harassment",
        ),
    )
    widget = EvidencePanel(session)
    qtbot.addWidget(widget)
    widget.set_incident(incident.id)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def _paste(qtbot: Any, panel: EvidencePanel) -> str:
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        QTest.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (ref,) = done.args[0]
    return ref


def test_ctrl_v_adds_the_copied_screenshot(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    mime = QMimeData()
    mime.setData("image/png", PNG)
    QGuiApplication.clipboard().setMimeData(mime)
    ref = _paste(qtbot, panel)
    exhibit = evidence.get_exhibit(panel.session.require(), ref)
    assert exhibit.sha256 == hashlib.sha256(PNG).hexdigest()  # the copied bytes, exactly
    assert exhibit.content_type == "image/png"
    assert exhibit.metadata["obtained"] == "pasted from the clipboard"
    assert exhibit.original_name.startswith("Pasted image ")
    assert panel.refs == [ref] and panel.thumbnail_count() == 1
    # The online fields are offered right after, and saved to the pasted exhibit.
    assert panel.online_box.isChecked() and panel.paste.save_details.isVisible()
    assert ref in panel.paste.save_details.text()
    panel.platform.setCurrentText("Instagram")
    QTest.keyClicks(panel.url, "https://instagram.com/p/abc")
    QTest.keyClicks(panel.account, "@fake_amira_h")
    QTest.mouseClick(panel.paste.save_details, Qt.MouseButton.LeftButton)
    saved = evidence.get_exhibit(panel.session.require(), ref)
    assert saved.online == {
        "platform": "Instagram",
        "url": "https://instagram.com/p/abc",
        "account": "@fake_amira_h",
    }
    assert not panel.paste.save_details.isVisible()


def test_pixels_only_clipboard_becomes_a_png(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    QGuiApplication.clipboard().setImage(image)
    ref = _paste(qtbot, panel)
    exhibit = evidence.get_exhibit(panel.session.require(), ref)
    assert exhibit.content_type == "image/png"
    assert (exhibit.metadata["width"], exhibit.metadata["height"]) == (40, 30)


def test_an_image_marked_secret_on_the_clipboard_still_pastes(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    from ui.common import clipboard

    clipboard.watch()  # as the app does: every copy SafeLog owns gets the secret hints
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    QGuiApplication.clipboard().setImage(image)
    qtbot.waitUntil(lambda: clipboard.is_marked(QGuiApplication.clipboard().mimeData()))
    ref = _paste(qtbot, panel)
    exhibit = evidence.get_exhibit(panel.session.require(), ref)
    assert (exhibit.metadata["width"], exhibit.metadata["height"]) == (24, 16)


def test_ctrl_v_with_text_adds_a_text_exhibit(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    QGuiApplication.clipboard().setText("You will regret this — we know your address")
    ref = _paste(qtbot, panel)
    vault = panel.session.require()
    exhibit = evidence.get_exhibit(vault, ref)
    assert exhibit.content_type == "text/plain"
    assert (
        b"".join(evidence.iter_exhibit_bytes(vault, ref)).decode()
        == "You will regret this — we know your address"
    )
    assert exhibit.metadata["text_excerpt"].startswith("You will regret this")


def test_image_dropped_from_a_browser_keeps_its_page(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    mime = QMimeData()
    mime.setData("image/png", PNG)
    mime.setUrls([QUrl("https://x.example/fake_amira_h/status/1861")])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        panel.dropEvent(event)
    exhibit = evidence.get_exhibit(panel.session.require(), done.args[0][0])
    assert exhibit.online["url"] == "https://x.example/fake_amira_h/status/1861"
    assert exhibit.metadata["obtained"] == "dragged from a web page"


def test_a_dropped_link_fills_the_address(panel: EvidencePanel, answers: Answers) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://t.me/somechannel/42")])
    panel.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert panel.online_box.isChecked() and panel.url.text() == "https://t.me/somechannel/42"
    assert panel.refs == []


def test_screen_capture_goes_into_the_vault_or_says_why_not(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    window = panel.window()
    with qtbot.waitSignal(panel.imported, timeout=60_000, raising=False) as done:
        panel.capture_button.capture("screen", 0)
        assert not window.isVisible()  # SafeLog hides itself while it captures
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    if done.signal_triggered:
        exhibit = evidence.get_exhibit(panel.session.require(), done.args[0][0])
        capture = exhibit.metadata["capture"]
        assert capture["mode"] == "screen" and capture["screen_width"] > 0
        assert exhibit.metadata["obtained"] == "captured from the screen by SafeLog"
    else:
        assert ("error", unavailable_sentence(panel)) in answers.asked


def test_a_region_drawn_with_the_mouse(qtbot: Any, panel: EvidencePanel, answers: Answers) -> None:
    from PySide6.QtCore import QPoint

    window = panel.window()
    panel.capture_button.capture("region", 0)
    qtbot.waitUntil(
        lambda: panel.capture_button.picker is not None and panel.capture_button.picker.isVisible(),
        timeout=10_000,
    )
    picker = panel.capture_button.picker
    assert not window.isVisible()
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        QTest.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
        QTest.mouseMove(picker, QPoint(110, 70))
        QTest.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(110, 70))
    assert window.isVisible()
    exhibit = evidence.get_exhibit(panel.session.require(), done.args[0][0])
    capture = exhibit.metadata["capture"]
    assert capture["mode"] == "region" and capture["region"][2:] == [
        exhibit.metadata["width"],
        exhibit.metadata["height"],
    ]


def test_ctrl_v_anywhere_on_the_incident_but_text_fields_keep_it(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

    incident = store.add_incident(
        session.require(),
        Incident("A post about me", parse_when("2026-11-22 10:00", tz="Europe/London")),
    )
    page = QWidget()
    qtbot.addWidget(page)
    field, button, panel = QLineEdit(), QPushButton("Edit"), EvidencePanel(session)
    layout = QVBoxLayout(page)
    for widget in (field, button, panel):
        layout.addWidget(widget)
    panel.set_incident(incident.id)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    QGuiApplication.clipboard().setText("threat text")
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "threat text" and panel.refs == []
    button.setFocus()
    with qtbot.waitSignal(panel.imported, timeout=20_000):
        QTest.keyClick(button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.refs) == 1


def test_window_capture_where_the_desktop_cannot_say_which(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    from ui.evidence.capture import window_unavailable_sentence

    window = panel.window()
    panel.capture_button.capture("window", 0)
    qtbot.waitUntil(
        lambda: ("error", window_unavailable_sentence(panel)) in answers.asked, timeout=10_000
    )
    assert window.isVisible() and panel.refs == []
