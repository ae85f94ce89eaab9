"""Copied text is cleared after 30 seconds, on lock and on quit, if SafeLog still owns it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ui import clipboard


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
    board = QGuiApplication.clipboard()
    clipboard.copy_text("reference 12/345")
    board.setText("something the person copied from another program")
    clipboard.clear_if_ours()
    assert board.text() == "something the person copied from another program"
    board.clear()


def test_quitting_clears_it(qtbot):
    clipboard.copy_text("narrative line")
    QGuiApplication.instance().aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
