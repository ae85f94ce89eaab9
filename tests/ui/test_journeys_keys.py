"""Passphrase and recovery key from the window: change, renew, and lead on after a recovery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safelog.errors import WrongPassphrase, WrongRecoveryKey
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.journey_helpers import find

NEW = "violet harbour lantern quietly sings"


def activate(qtbot, dialog, focus) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def type_and_return(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def made(vault_path):
    vault, key = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    return key


def test_change_passphrase_then_unlock_with_the_new_one(
    qtbot, open_window, vault_path, made, dialog_log
):
    from ui.access.passphrase_dialog import ChangePassphraseDialog

    window = open_window(vault_path)
    unlock(qtbot, window)
    window.passphrase_action.trigger()
    dialog = find(window, ChangePassphraseDialog)
    activate(qtbot, dialog, dialog.current)
    type_and_return(qtbot, "not my passphrase at all")  # Return moves on to the new one
    type_and_return(qtbot, NEW)
    assert dialog.reason.text() == "Strong. Make sure you will remember it."
    type_and_return(qtbot, NEW)  # Return on the repeat changes it
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.task is None, timeout=20_000)
    assert "not the passphrase you use now" in dialog.message.text()
    dialog.current.setFocus()
    dialog.current.clear()
    type_and_return(qtbot, PASSPHRASE)
    dialog.second.setFocus()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog_log.of("info")), timeout=20_000)
    assert "only the new one opens your log" in dialog_log.of("info")[-1]
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE).close()
    unlock(qtbot, window, NEW)
    assert window.session is not None and window.session.open


def test_a_weak_new_passphrase_is_explained_and_refused(
    qtbot, open_window, vault_path, made, dialog_log
):
    from ui.access.passphrase_dialog import ChangePassphraseDialog

    window = open_window(vault_path)
    unlock(qtbot, window)
    window.passphrase_action.trigger()
    dialog = find(window, ChangePassphraseDialog)
    activate(qtbot, dialog, dialog.current)
    type_and_return(qtbot, PASSPHRASE)
    type_and_return(qtbot, "password1")
    type_and_return(qtbot, "password1")
    assert dialog.reason.text() and not dialog.change_button.isEnabled()
    assert dialog.task is None and not dialog_log.of("info")


def test_new_recovery_key_old_refused_new_opens(qtbot, open_window, vault_path, made, dialog_log):
    from ui.access.passphrase_dialog import NewRecoveryKeyDialog

    old = made
    window = open_window(vault_path)
    unlock(qtbot, window)
    window.recovery_action.trigger()
    dialog = find(window, NewRecoveryKeyDialog)
    activate(qtbot, dialog, dialog.passphrase)
    type_and_return(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.key_page, timeout=20_000)
    new = dialog.key_page._key
    assert new and new != old and new.split("-")[0] in dialog.key_page.key_label.text()
    assert not dialog.key_page.continue_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing now would lose the key: asked first
    assert "will not be shown again" in dialog_log.of("confirm")[-1] and dialog.isVisible()
    dialog.key_page.kept.setFocus()
    qtbot.keyClick(dialog.key_page.kept, Qt.Key.Key_Space)
    dialog.key_page.continue_button.setFocus()
    qtbot.keyClick(dialog.key_page.continue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.open(vault_path, recovery_key=old).close()
    page = window.unlock_page
    page.switch.click()
    page.field.setText(new)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        page.button.click()


def test_after_a_recovery_unlock_a_new_passphrase_is_chosen(
    qtbot, open_window, vault_path, made, dialog_log
):
    from ui.access.passphrase_dialog import ChangePassphraseDialog

    window = open_window(vault_path)
    page = window.unlock_page
    page.switch.click()
    qtbot.keyClicks(page.field, made)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)
    dialog = find(window, ChangePassphraseDialog)
    assert dialog is not None and dialog.after_recovery and dialog.current.isHidden()
    activate(qtbot, dialog, dialog.first)
    type_and_return(qtbot, NEW)
    type_and_return(qtbot, NEW)
    qtbot.waitUntil(lambda: bool(dialog_log.of("info")), timeout=20_000)
    window.lock()
    unlock(qtbot, window, NEW)
