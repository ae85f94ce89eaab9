"""Copied text is cleared after 30 seconds, on lock and on quit, if SafeLog still owns it."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QGuiApplication

from ui.common import clipboard


def test_copied_text_is_cleared_when_the_timer_runs_out(qtbot):
    guard = clipboard.guard()
    assert guard.clear_after_ms == 30_000
    guard.clear_after_ms = 20  # the real delay is 30 s; the behaviour is the same
    try:
        clipboard.copy_text("the officer's badge number 4471")
        board = QGuiApplication.clipboard()
        assert board.text() == "the officer's badge number 4471"
        assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
        qtbot.waitUntil(lambda: board.text() == "")
        assert not guard.pending
    finally:
        guard.clear_after_ms = clipboard.CLEAR_AFTER_MS


def test_text_copied_elsewhere_afterwards_is_left_alone(qtbot):
    """Needs a real display and another program (xclip): run with QT_QPA_PLATFORM=xcb."""
    if QGuiApplication.platformName() != "xcb" or shutil.which("xclip") is None:
        pytest.skip("another program's copy needs X11 and xclip (offscreen has one process)")
    board = QGuiApplication.clipboard()
    clipboard.copy_text("reference 12/345")
    qtbot.waitUntil(lambda: board.ownsClipboard())
    subprocess.run(
        ["xclip", "-selection", "clipboard"], input=b"from another program", check=True, timeout=10
    )
    qtbot.waitUntil(lambda: not board.ownsClipboard())
    clipboard.clear_if_ours()
    out = subprocess.run(
        ["xclip", "-selection", "clipboard", "-o"], capture_output=True, check=True, timeout=10
    )
    assert out.stdout == b"from another program"


def test_quitting_clears_it(qtbot):
    clipboard.copy_text("narrative line")
    QGuiApplication.instance().aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
