"""Ctrl+L and Ctrl+Shift+H lock from every SafeLog window and dialog; Escape never locks.

Each key is pressed twice over: at the window (as the window system delivers it) and at the
focused widget (as QTest delivers it), on the main window, the incident editor, the exhibit
viewer, the checklist walk-through, the settings, a message box (shown, and run in its own
event loop) and SafeLog's file chooser.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from safelog.evidence.importer import import_files
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.ui.conftest import unlock
from ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any) -> MainWindow:
    shown = open_window(make_vault(3))
    unlock(qtbot, shown)
    shown.activateWindow()
    qtbot.waitActive(shown)
    return shown


def gone(widget: QWidget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def is_locked(window: MainWindow) -> bool:
    return (
        window.session is None
        and window.workspace is None
        and window.stack.currentWidget() is window.unlock_page
    )


def open_editor(window: MainWindow) -> QWidget:
    editor = window.open_editor(None)
    assert editor is not None
    return editor


def open_viewer(window: MainWindow, tmp_path: Path) -> QWidget:
    from ui.evidence.viewer import ExhibitViewer

    assert window.session is not None
    vault = window.session.require()
    incident_id = store.insert_incident(
        vault, Incident(title="Messages", when=parse_when("2026-05-03 15:00", tz="Europe/London"))
    )
    note = tmp_path / "messages.txt"
    note.write_text("You will regret this.\n", encoding="utf-8")
    (result,) = import_files(vault, incident_id, [note])
    viewer = ExhibitViewer(window.session, result.exhibit.ref, window)
    viewer.open()
    return viewer


def open_walkthrough(window: MainWindow) -> QWidget:
    from ui.checklists.page import TITLE, ChecklistsPage

    window.show_page(3)
    page = window.findChild(ChecklistsPage)
    assert page is not None
    page.table.setFocus()
    page.table.setCurrentCell(0, TITLE)
    walkthrough = page.open_walkthrough(page.rows[0].checklist_id)
    assert walkthrough is not None
    walkthrough.focus_start()
    return walkthrough


def open_settings(window: MainWindow) -> QWidget:
    from ui.shell.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    return dialog


def open_message_box(window: MainWindow) -> QWidget:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "SafeLog",
        "Throw away what you changed?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.open()
    return box


def open_file_chooser(window: MainWindow) -> QWidget:
    chooser = QFileDialog(window, "Choose files")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    chooser.open()
    return chooser


OPENERS: dict[str, Callable[..., QWidget]] = {
    "main window": lambda window, _tmp: window,
    "editor": lambda window, _tmp: open_editor(window),
    "viewer": open_viewer,
    "walk-through": lambda window, _tmp: open_walkthrough(window),
    "settings": lambda window, _tmp: open_settings(window),
    "message box": lambda window, _tmp: open_message_box(window),
    "file chooser": lambda window, _tmp: open_file_chooser(window),
}


def focus_of(qtbot: Any, widget: QWidget) -> QWidget:
    top = widget.window()
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    return QApplication.focusWidget() or top


@pytest.mark.parametrize("where", list(OPENERS))
@pytest.mark.parametrize("delivered_to", ["widget", "window"])
def test_ctrl_l_locks_from_every_window(
    qtbot: Any, window: MainWindow, tmp_path: Path, where: str, delivered_to: str
) -> None:
    shown = OPENERS[where](window, tmp_path)
    target = focus_of(qtbot, shown)
    top = shown.window()
    if delivered_to == "window":
        qtbot.keyClick(top.windowHandle(), Qt.Key.Key_L, CTRL)
    else:
        qtbot.keyClick(target, Qt.Key.Key_L, CTRL)
    assert is_locked(window)
    assert top is window or gone(top)
    assert not window.isMinimized()


@pytest.mark.parametrize("where", ["editor", "viewer", "message box", "file chooser"])
def test_quick_hide_from_dialogs(
    qtbot: Any, window: MainWindow, tmp_path: Path, where: str
) -> None:
    shown = OPENERS[where](window, tmp_path)
    qtbot.keyClick(focus_of(qtbot, shown), Qt.Key.Key_H, CTRL | SHIFT)
    assert is_locked(window)
    assert window.isMinimized()
    assert gone(shown)


def test_ctrl_l_inside_a_message_box_run_in_its_own_loop(qtbot: Any, window: MainWindow) -> None:
    """dialogs.confirm() runs QMessageBox.question: the lock must still get through."""
    from ui.common import dialogs

    dialogs.set_responder(None)
    pressed: list[bool] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_L, CTRL)
        pressed.append(True)

    QTimer.singleShot(50, press)
    assert dialogs.confirm(window, "Throw away what you changed?") is False
    assert pressed and is_locked(window)


def test_escape_twice_does_not_lock(qtbot: Any, window: MainWindow) -> None:
    handle = window.windowHandle()
    for _ in range(3):
        qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert not is_locked(window)


def test_viewer_turns_the_photo_with_other_keys(qtbot: Any) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    from ui.evidence.panes import ImagePane

    pane = ImagePane()
    qtbot.addWidget(pane)
    keys = {s.key().toString() for s in pane.findChildren(QShortcut)}
    assert QKeySequence("Ctrl+L").toString() not in keys
    assert {"Ctrl+Shift+Left", "Ctrl+Shift+Right"} <= keys


def test_shortcut_list_names_the_lock_keys_and_no_escape(
    window: MainWindow, dialog_log: Any
) -> None:
    window.show_shortcuts()
    text = dialog_log.of("info")[-1]
    assert "Ctrl+L" in text and "Ctrl+Shift+H" in text and "Escape" not in text
