"""Whatever SafeLog copied, from a Copy button or with Ctrl+C in any field or exhibit, is
marked secret for clipboard managers and is gone after a lock or quick hide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication

from tests.ui.conftest import unlock
from tests.ui.test_calm_lock import is_locked, open_viewer
from ui.common import clipboard

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any) -> Any:
    QGuiApplication.clipboard().clear()
    shown = open_window(make_vault(1))
    unlock(qtbot, shown)
    return shown


def copy_from_editor(qtbot: Any, window: Any) -> Any:
    editor = window.open_editor(None)
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.form.title, "Reza followed me to the mosque")
    qtbot.keyClick(editor.form.title, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor.form.title, Qt.Key.Key_C, CTRL)
    return editor.form.title


@pytest.mark.parametrize("keys", ["lock", "quick hide"])
def test_ctrl_c_from_the_editor_is_cleared_on_lock(qtbot: Any, window: Any, keys: str) -> None:
    focus = copy_from_editor(qtbot, window)
    board = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: board.text() == "Reza followed me to the mosque")
    assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    if keys == "lock":
        qtbot.keyClick(focus, Qt.Key.Key_L, CTRL)
    else:
        qtbot.keyClick(focus, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert is_locked(window)
    assert board.text() == ""
    mime = board.mimeData()
    assert mime is None or not mime.formats()


def test_ctrl_c_from_an_exhibit_is_cleared_on_lock(qtbot: Any, window: Any, tmp_path: Path) -> None:
    viewer = open_viewer(window, tmp_path)
    qtbot.waitExposed(viewer)
    viewer.text.setFocus()
    qtbot.keyClick(viewer.text, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(viewer.text, Qt.Key.Key_C, CTRL)
    board = QGuiApplication.clipboard()
    assert "You will regret this." in board.text()
    assert clipboard.is_marked(board.mimeData())
    window.lock()
    assert board.text() == ""


def test_copy_button_text_is_marked_and_cleared(qtbot: Any, window: Any) -> None:
    clipboard.copy_text("exhibit reference EX-3")
    board = QGuiApplication.clipboard()
    assert clipboard.is_marked(board.mimeData())
    window.lock()
    assert board.text() == ""


def test_the_hints_for_every_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    assert clipboard.secret_hints()["x-kde-passwordManagerHint"] == b"secret"
    monkeypatch.setattr(sys, "platform", "win32")
    hints = clipboard.secret_hints()
    assert (
        hints['application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"']
        == b"1"
    )
    assert (
        hints['application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"']
        == b"\x00\x00\x00\x00"
    )
    monkeypatch.setattr(sys, "platform", "darwin")
    assert "application/x-nspasteboard-concealed-type" in clipboard.secret_hints()


def test_the_selection_is_cleared_where_there_is_one(qtbot: Any, window: Any) -> None:
    board = QGuiApplication.clipboard()
    if not board.supportsSelection():
        pytest.skip("this display has no X11 selection (offscreen); checked under Xvfb")
    board.setText("selected words", QClipboard.Mode.Selection)
    assert clipboard.is_marked(board.mimeData(QClipboard.Mode.Selection))
    window.lock()
    assert board.text(QClipboard.Mode.Selection) == ""
