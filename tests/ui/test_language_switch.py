"""Choosing a language on the first screens, and from Settings, takes effect at once.

A person whose computer is set to English but who reads Persian picks فارسی on the welcome or
unlock screen with the keyboard and reads it straight away, mirrored right to left; the choice
is kept for the next start; the passphrase field is never carried over; Settings can lock and
switch now, and unlocking afterwards works in the new language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from safelog import i18n
from safelog.errors import WrongPassphrase
from tests.conftest import PASSPHRASE
from tests.ui.conftest import visible_texts
from ui.common import app_settings
from ui.common.i18n import reinstall_language

WELCOME_FA = "به SafeLog خوش آمدید"


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    """Whatever a test chose, the next one starts in English, left to right."""
    yield
    reinstall_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def pick(qtbot: Any, combo: QComboBox, code: str) -> None:
    """Move through the closed box with the arrow keys until ``code`` is chosen, as a person
    would; each step switches at once and the page is new, so the box is found afresh (the
    keyboard stays on the new one)."""
    assert QApplication.focusWidget() is combo
    for _ in range(combo.count()):
        current = QApplication.focusWidget()
        assert isinstance(current, QComboBox)
        here, target = current.findData(i18n.current_language()), current.findData(code)
        if here == target:
            return
        QTest.keyClick(current, Qt.Key.Key_Down if target > here else Qt.Key.Key_Up)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    raise AssertionError(f"{code} not reached")


def focus_chooser(qtbot: Any, combo: QComboBox) -> None:
    combo.window().activateWindow()
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)


def heading_text(window: Any) -> str:
    return window.welcome.intro_page.heading.text()


def test_choosing_persian_on_the_welcome_screen_switches_at_once(
    qtbot: Any, open_window: Any, vault_path: Path, dialog_log: Any
) -> None:
    window = open_window(vault_path)
    assert heading_text(window) == "Welcome to SafeLog"
    assert not window.isRightToLeft()
    chooser = window.welcome.intro_page.language
    assert chooser.combo.currentText() == "English"
    assert chooser.label.text() == "Language"
    names = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert {"فارسی", "العربية", "English", "简体中文", "ትግርኛ"} <= set(names)

    focus_chooser(qtbot, chooser.combo)
    pick(qtbot, chooser.combo, "fa")

    assert heading_text(window) == WELCOME_FA
    assert window.isRightToLeft() and window.welcome.intro_page.isRightToLeft()
    # the paragraph that opens with "SafeLog" still reads right to left, full stop at the end
    assert window.welcome.intro_page.body.text().startswith("\u200f")
    new_chooser = window.welcome.intro_page.language
    assert new_chooser.combo.currentText() == "فارسی"
    assert new_chooser.label.text() != "Language"  # the word itself reads in Persian
    assert window.welcome.intro_page.button.text() != "Create my private log"
    assert QApplication.focusWidget() is new_chooser.combo  # the keyboard stays on it
    assert window.settings_action.text() != "Settings…"  # the menus speak Persian too
    assert WrongPassphrase().sentence != WrongPassphrase.message  # and the core's sentences
    assert app_settings.load().language == "fa"  # kept for the next start
    assert dialog_log.calls == []

    pick(qtbot, new_chooser.combo, "en")
    assert heading_text(window) == "Welcome to SafeLog"
    assert window.welcome.intro_page.body.text().startswith("SafeLog")
    assert not window.isRightToLeft()
    assert window.settings_action.text() == "Settings…"
    assert app_settings.load().language == "en"


def test_the_choice_is_there_after_a_restart(
    qtbot: Any, qapp: QApplication, tmp_path: Path, dialog_log: Any
) -> None:
    from ui import app

    new_vault = str(tmp_path / "new")
    _app, window, finish = app.start(["safelog", "--vault", new_vault])
    try:
        qtbot.waitUntil(lambda: window.first_paint.settled)
        focus_chooser(qtbot, window.welcome.intro_page.language.combo)
        pick(qtbot, window.welcome.intro_page.language.combo, "fa")
        assert heading_text(window) == WELCOME_FA
    finally:
        finish()
    reinstall_language(qapp, "en")  # as a fresh process would start: English until settings
    assert QCoreApplication.translate("IntroPage", "Welcome to SafeLog") == "Welcome to SafeLog"

    _app, window, finish = app.start(["safelog", "--vault", new_vault])
    try:
        assert heading_text(window) == WELCOME_FA
        assert window.isRightToLeft()
        assert window.welcome.intro_page.language.combo.currentText() == "فارسی"
    finally:
        finish()


def test_switching_on_the_unlock_screen_drops_the_passphrase_and_still_unlocks(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(2))
    old = window.unlock_page
    QTest.keyClicks(old.field, "half a passphrase")
    assert old.field.text() == "half a passphrase"
    focus_chooser(qtbot, old.language.combo)
    pick(qtbot, old.language.combo, "fa")

    page = window.unlock_page
    assert page is not old and window.stack.currentWidget() is page
    assert page.field.text() == ""
    assert not shiboken6.isValid(old) or old.field.text() == ""
    assert "half a passphrase" not in visible_texts()
    assert page.button.text() == QCoreApplication.translate("UnlockPage", "Unlock") != "Unlock"
    assert page.heading.text() != "SafeLog is locked"
    assert window.isRightToLeft() and page.field.isRightToLeft()
    assert app_settings.load().language == "fa"

    QTest.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        QTest.keyClick(page.field, Qt.Key.Key_Return)
    tab = QCoreApplication.translate("Workspace", "Timeline")
    assert window.workspace.tabText(0) == tab != "Timeline"
    assert window.workspace.isRightToLeft()


def test_back_to_english_on_the_unlock_screen(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(0))
    focus_chooser(qtbot, window.unlock_page.language.combo)
    pick(qtbot, window.unlock_page.language.combo, "ar")
    assert window.isRightToLeft()
    pick(qtbot, window.unlock_page.language.combo, "en")
    page = window.unlock_page
    assert page.button.text() == "Unlock" and page.heading.text() == "SafeLog is locked"
    assert not window.isRightToLeft() and not page.field.isRightToLeft()


def test_the_chooser_waits_while_an_unlock_is_running(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(0))
    page = window.unlock_page
    QTest.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        QTest.keyClick(page.field, Qt.Key.Key_Return)
        assert not page.language.isEnabled()  # the unlock finishes on this page
    window.choose_language("fa")  # never while the vault is open
    assert i18n.current_language() == "en" and window.session is not None


def _open_settings(qtbot: Any, window: Any) -> Any:
    from ui.shell.settings_dialog import SettingsDialog

    window.settings_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _choose_in_settings(qtbot: Any, dialog: Any, code: str) -> None:
    combo = dialog.language
    dialog.activateWindow()
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    while combo.currentData() != code:
        QTest.keyClick(combo, Qt.Key.Key_Down)


def test_settings_locks_and_switches_now(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    from tests.ui.conftest import unlock

    window = open_window(make_vault(2))
    unlock(qtbot, window)
    dialog = _open_settings(qtbot, window)
    assert not dialog.switch_button.isVisible()  # the language on screen: nothing to switch
    _choose_in_settings(qtbot, dialog, "fa")
    assert dialog.switch_button.isVisible()
    assert dialog.switch_button.text() == "Lock and switch now"
    with qtbot.waitSignal(window.locked):
        QTest.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)

    assert window.session is None and window.workspace is None
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    assert page.button.text() == QCoreApplication.translate("UnlockPage", "Unlock") != "Unlock"
    assert window.isRightToLeft()
    assert app_settings.load().language == "fa"
    assert window.focusWidget() is page.field  # the keyboard goes to the passphrase

    QTest.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        QTest.keyClick(page.field, Qt.Key.Key_Return)
    assert window.workspace.tabText(0) != "Timeline"


def test_settings_later_keeps_the_vault_open_until_the_next_start(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.conftest import unlock

    window = open_window(make_vault(1))
    unlock(qtbot, window)
    dialog = _open_settings(qtbot, window)
    _choose_in_settings(qtbot, dialog, "ru")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.session is not None  # still open, still English
    assert i18n.current_language() == "en" and window.workspace.tabText(0) == "Timeline"
    assert app_settings.load().language == "ru"


def test_settings_while_locked_switches_without_locking_words(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(0))
    dialog = _open_settings(qtbot, window)
    _choose_in_settings(qtbot, dialog, "zh_CN")
    assert dialog.switch_button.text() == "Switch now"
    QTest.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert window.unlock_page.button.text() == QCoreApplication.translate("UnlockPage", "Unlock")
    assert window.unlock_page.button.text() != "Unlock" and not window.isRightToLeft()
