"""Locking: by idle time (with suspend), by Ctrl+L, by quick hide; nothing is left behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QPixmapCache

from tests.ui.conftest import CANARY, unlock, visible_texts


@pytest.fixture
def unlocked(qtbot, open_window, make_vault):
    window = open_window(make_vault(30))
    unlock(qtbot, window)
    return window


def _is_locked(window) -> bool:
    return (
        window.session is None
        and window.workspace is None
        and window.stack.currentWidget() is window.unlock_page
    )


def test_idle_time_locks(unlocked, fake_clock):
    window = unlocked
    autolock = window.autolock
    assert autolock.active
    fake_clock.advance(minutes=4)
    assert not autolock.check()
    autolock.note_activity()  # the person did something: the count starts again
    fake_clock.advance(minutes=4, seconds=59)
    assert not autolock.check() and window.session is not None
    fake_clock.advance(seconds=1)
    assert autolock.check()
    assert _is_locked(window)
    assert not autolock.active


def test_input_after_a_long_sleep_locks_instead_of_counting_as_activity(
    qtbot, unlocked, fake_clock
):
    window = unlocked
    window.activateWindow()
    qtbot.waitActive(window)
    fake_clock.advance(hours=2)  # the lid was closed; no timer ran meanwhile
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Down)
    assert _is_locked(window)


def test_returning_to_the_app_after_the_limit_locks(unlocked, fake_clock):
    fake_clock.advance(minutes=6)
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert _is_locked(unlocked)


def test_setting_the_minutes(unlocked, fake_clock, dialog_log):
    from ui.common.app_settings import AppSettings, load

    unlocked.apply_settings(AppSettings(autolock_minutes=30))
    assert load().autolock_minutes == 30
    fake_clock.advance(minutes=29)
    assert not unlocked.autolock.check()
    fake_clock.advance(minutes=1)
    assert unlocked.autolock.check()


def test_ctrl_l_locks(qtbot, unlocked):
    window = unlocked
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(
        window.workspace.timeline.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert _is_locked(window)
    assert not window.lock_action.isEnabled() and not window.toolbar.isVisible()


def test_quick_hide_locks_and_minimises(qtbot, unlocked):
    window = unlocked
    window.activateWindow()
    qtbot.waitActive(window)
    handle = window.windowHandle()
    qtbot.keyClick(
        handle,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _is_locked(window)
    assert window.isMinimized()
    window.showNormal()
    assert window.stack.currentWidget() is window.unlock_page  # it comes back locked


def test_quick_hide_works_over_a_modal_dialog(qtbot, unlocked):
    from PySide6.QtWidgets import QDialog

    window = unlocked
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(
        dialog.windowHandle(),
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _is_locked(window)
    assert not dialog.isVisible()


def _lock_leaves_nothing(qtbot, window):
    from ui.common import clipboard

    workspace = window.workspace
    for index in range(workspace.count()):  # build every page (People, Pattern are lazy)
        workspace.setCurrentIndex(index)
    workspace.setCurrentIndex(0)
    timeline = workspace.timeline
    model = timeline.model
    timeline.view.select_first()
    timeline.filters.search.setText(CANARY)
    clipboard.copy_text(f"{CANARY} copied narrative")
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.red)
    assert QPixmapCache.insert("safelog-test-thumbnail", pixmap)
    assert any(CANARY in text for text in visible_texts())

    window.lock()
    # Checked before the event loop runs: every widget must have cleared itself on `locking`,
    # not merely be scheduled for deletion.
    leftovers = [text for text in visible_texts() if CANARY in text]
    assert leftovers == []
    assert model.rowCount() == 0 and model.titles() == []
    assert QPixmapCache.find("safelog-test-thumbnail") is None
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not any(CANARY in text for text in visible_texts()))


def test_after_lock_no_incident_text_remains(qtbot, unlocked):
    _lock_leaves_nothing(qtbot, unlocked)


def test_after_lock_no_incident_text_remains_with_the_record_views(qtbot, open_window, make_vault):
    window = open_window(make_vault(30))
    unlock(qtbot, window)
    assert type(window.workspace.timeline.detail).__name__ == "IncidentView"
    _lock_leaves_nothing(qtbot, window)


def test_the_computer_going_to_sleep_locks(qtbot, unlocked):
    """The suspend watcher is set up just after the window first paints (issue 18); logind's
    PrepareForSleep(true) then locks, PrepareForSleep(false) (waking) does nothing more."""
    window = unlocked
    qtbot.waitUntil(lambda: window.sleep_watcher is not None)
    window.sleep_watcher.prepare_for_sleep(False)
    assert window.session is not None
    window.sleep_watcher.prepare_for_sleep(True)
    assert _is_locked(window)
