"""First start asks for the name (which may be skipped); the recovery key file is discreet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from safelog import profile
from tests.conftest import PASSPHRASE


def create_by_keyboard(qtbot, window, name: str) -> None:
    flow = window.welcome
    flow.intro_page.button.click()
    create = flow.create_page
    window.activateWindow()  # the offscreen platform does not activate windows itself
    qtbot.waitUntil(window.isActiveWindow)
    create.first.setFocus()
    qtbot.keyClicks(create.first, PASSPHRASE)
    qtbot.keyClick(create.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(create.second, PASSPHRASE)
    qtbot.keyClick(create.second, Qt.Key.Key_Tab)
    assert create.name.hasFocus()
    qtbot.keyClicks(create.name, name)
    create.check()
    with qtbot.waitSignal(create.created, timeout=30_000):
        create.create_button.click()
    page = flow.recovery_page
    page.kept.setChecked(True)
    with qtbot.waitSignal(window.unlocked):
        page.continue_button.click()


def test_first_start_asks_for_the_name(qtbot, open_window, vault_path, dialog_log):
    window = open_window(vault_path)
    create_by_keyboard(qtbot, window, "Amira Haddad")
    details = profile.load(window.session.require())
    assert (details.name, details.initials) == ("Amira Haddad", "AH")


def test_the_name_may_be_skipped(qtbot, open_window, vault_path, dialog_log):
    window = open_window(vault_path)
    create_by_keyboard(qtbot, window, "")
    assert profile.load(window.session.require()).name == ""


def test_recovery_key_file_name_says_nothing() -> None:
    from ui.access import recovery_key

    assert recovery_key.suggested_key_file() == Path("note.txt")
    assert recovery_key.removable_drive_of(Path.home() / "note.txt") is None
