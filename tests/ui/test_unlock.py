"""Later starts: the unlock screen, a calm answer to a wrong passphrase, one window per vault."""

from __future__ import annotations

from safelog.errors import VaultInUse
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_wrong_then_right_passphrase(qtbot, open_window, make_vault, dialog_log):
    window = open_window(make_vault(3))
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    assert not window.toolbar.isVisible() and not window.new_action.isEnabled()

    page.submit()  # nothing typed: a hint, no key derivation
    assert page.task is None and "Type your passphrase" in page.message.text()

    page.field.setText("not the passphrase at all")
    page.button.click()
    assert page.busy.isVisible()  # the key is derived off the GUI thread
    qtbot.waitUntil(
        lambda: page.task is None and "doesn't open" in page.message.text(), timeout=20_000
    )
    assert "try again" in page.message.text()
    assert dialog_log.calls == []  # answered in place, no pop-up
    assert window.session is None

    for _ in range(3):  # no lock-out however often the owner mistypes
        page.field.setText("still wrong passphrase")
        page.button.click()
        qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    unlock(qtbot, window)
    assert window.session is not None and window.workspace is not None
    assert window.toolbar.isVisible() and window.new_action.isEnabled()
    assert page.field.text() == ""


def test_recovery_key_opens_the_vault(qtbot, open_window, vault_path, dialog_log):
    vault, key = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    window = open_window(vault_path)
    page = window.unlock_page
    page.switch.click()
    assert page.using_recovery and "recovery key" in page.heading.text()
    page.field.setText(key.lower().replace("-", " "))
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        page.button.click()
    from ui.access.passphrase_dialog import (
        ChangePassphraseDialog,  # led straight to a new passphrase
    )

    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible() and dialog.after_recovery


def test_second_window_is_refused(qtbot, open_window, make_vault, dialog_log):
    path = make_vault(1)
    first = open_window(path)
    unlock(qtbot, first)
    second = open_window(path)
    page = second.unlock_page
    page.field.setText(PASSPHRASE)
    page.button.click()
    qtbot.waitUntil(lambda: bool(dialog_log.of("error")), timeout=20_000)
    assert dialog_log.of("error") == [VaultInUse.message]
    assert page.message.text() == VaultInUse.message
    assert second.session is None

    first.lock()  # once the first window locks, the second may open the vault
    unlock(qtbot, second)
    assert second.session is not None
