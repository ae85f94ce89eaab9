"""Back up and restore from the window, the backup reminder, and your details on page 1."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safelog import profile
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import When
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import NOW, unlock
from tests.ui.journey_helpers import custody_actions, find, make_evidence_vault


def activate(qtbot, dialog, focus) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def test_backup_then_restore_from_the_app(qtbot, open_window, make_vault, tmp_path, dialog_log):
    from ui.export.backup_dialog import RestoreSecretDialog

    path = make_vault(4)
    window = open_window(path)
    unlock(qtbot, window)
    target = tmp_path / "usb" / "my backup"
    target.parent.mkdir()
    dialog_log.answers["save_file"] = str(target)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(dialog_log.of("info") or dialog_log.of("error")), timeout=30_000)
    assert not dialog_log.of("error")
    saved = target.with_name("my backup.safelog-backup")
    assert saved.is_file() and str(saved) in dialog_log.of("info")[-1]
    later = Incident(title="After the backup", category="other", when=When(NOW, "exact"))
    add_incident(window.session.require(), later)  # written after the backup: restore drops it
    assert store.count_incidents(window.session.require()) == 5

    dialog_log.answers["confirm"] = True
    dialog_log.answers["open_file"] = str(saved)
    window.restore_action.trigger()
    assert "kept, moved aside" in dialog_log.of("confirm")[-1]
    secret = find(window, RestoreSecretDialog)
    activate(qtbot, secret, secret.field)
    qtbot.keyClicks(secret.field, "a wrong passphrase here")
    qtbot.keyClick(secret.field, Qt.Key.Key_Return)
    assert window.session is None  # locked before the vault is swapped
    qtbot.waitUntil(lambda: find(window, RestoreSecretDialog) not in (None, secret), timeout=30_000)
    again = find(window, RestoreSecretDialog)
    assert "does not open this backup" in again.explain.text()
    activate(qtbot, again, again.field)
    qtbot.keyClicks(again.field, PASSPHRASE)
    qtbot.keyClick(again.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("restored" in t for t in dialog_log.of("info")), timeout=30_000)
    assert window.stack.currentWidget() is window.unlock_page
    kept = [p for p in path.parent.iterdir() if p.name.startswith("vault.before-restore")]
    assert len(kept) == 1 and str(kept[0]) in dialog_log.of("info")[-1]
    unlock(qtbot, window)
    assert store.count_incidents(window.session.require()) == 4
    window.lock()
    assert custody_actions(path)[-1] == "vault.restore"


def test_restore_on_a_new_computer_from_the_welcome(
    qtbot, open_window, make_vault, tmp_path, vault_path, dialog_log
):
    make_vault(3)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        from safelog.backup import backup

        saved = backup(vault, tmp_path / "old.safelog-backup")
    fresh = tmp_path / "new computer" / "vault"
    window = open_window(fresh)
    assert window.welcome is not None
    dialog_log.answers["open_file"] = str(saved)
    window.welcome.intro_page.restore_button.click()
    from ui.export.backup_dialog import RestoreSecretDialog

    secret = find(window, RestoreSecretDialog)
    activate(qtbot, secret, secret.field)
    qtbot.keyClicks(secret.field, PASSPHRASE)
    qtbot.keyClick(secret.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("restored" in t for t in dialog_log.of("info")), timeout=30_000)
    assert window.welcome is None and window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window)
    assert store.count_incidents(window.session.require()) == 3


def test_backup_reminder_and_its_setting(qtbot, open_window, make_vault, dialog_log):
    from ui.common.app_settings import AppSettings
    from ui.export.backup_dialog import BackupReminder

    path = make_vault(2)
    window = open_window(path)
    unlock(qtbot, window)
    reminder = find(window, BackupReminder)
    assert reminder is not None and "not made a backup" in reminder.label.text()
    qtbot.keyClick(reminder.later_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: find(window, BackupReminder) is None)
    window.lock()
    window.apply_settings(AppSettings(backup_reminder=False))
    unlock(qtbot, window)
    assert find(window, BackupReminder) is None


def test_your_details_reach_the_vault_and_page_one(
    qtbot, open_window, vault_path, tmp_path, dialog_log
):
    from ui.export.dossier_export import DossierDone
    from ui.shell.profile_dialog import ProfileDialog

    make_evidence_vault(vault_path, tmp_path / "work")
    window = open_window(vault_path)
    unlock(qtbot, window)
    window.profile_action.trigger()
    dialog = find(window, ProfileDialog)
    activate(qtbot, dialog, dialog.name)
    assert dialog.name.text() == "Amira Haddad"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Amira B. Haddad")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "ABH")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.safe_contact
    qtbot.keyClicks(dialog.safe_contact, "Call 07700 900123 only on weekdays")
    qtbot.keyClick(dialog.safe_contact, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Persian")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = profile.load(window.session.require())
    assert (saved.name, saved.safe_contact, saved.language) == (
        "Amira B. Haddad",
        "Call 07700 900123 only on weekdays",
        "Persian",
    )
    assert saved.initials.startswith("AB")

    out = tmp_path / "out"
    out.mkdir()
    dialog_log.answers["directory"] = str(out)
    window.dossier_action.trigger()
    from ui.export.dossier_dialog import DossierDialog

    maker = find(window, DossierDialog)
    activate(qtbot, maker, maker.period)
    qtbot.keyClick(maker.period, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, DossierDone) is not None, timeout=60_000)
    [bundle] = list(out.iterdir())
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(bundle / "dossier.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Amira B. Haddad" in first_page  # the safe contact is the dossier part's to print


def test_bad_details_are_said_in_place(qtbot, open_window, make_vault, dialog_log):
    from ui.shell.profile_dialog import ProfileDialog

    window = open_window(make_vault(0))
    unlock(qtbot, window)
    window.profile_action.trigger()
    dialog = find(window, ProfileDialog)
    dialog.initials.setText("12")
    dialog.save_button.click()
    assert dialog.isVisible() and "Initials" in dialog.problem.text()


def test_a_backup_of_another_log_is_asked_about_twice(
    qtbot, open_window, make_vault, tmp_path, dialog_log
):
    from safelog.backup import backup
    from ui.export.backup_dialog import RestoreSecretDialog

    other_path = tmp_path / "other vault"
    other, _key = Vault.create(other_path, PASSPHRASE)
    with other:
        saved = backup(other, tmp_path / "other.safelog-backup")
    path = make_vault(3)
    window = open_window(path)
    unlock(qtbot, window)
    answers = [True, False]  # yes, restore; then no to "a different log"
    dialog_log.answers["confirm"] = lambda _text: answers.pop(0)
    dialog_log.answers["open_file"] = str(saved)
    window.restore_action.trigger()
    secret = find(window, RestoreSecretDialog)
    activate(qtbot, secret, secret.field)
    qtbot.keyClicks(secret.field, PASSPHRASE)
    qtbot.keyClick(secret.field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any("Nothing was changed" in t for t in dialog_log.of("info")), timeout=30_000
    )
    assert "different log" in dialog_log.of("confirm")[-1]
    unlock(qtbot, window)
    assert store.count_incidents(window.session.require()) == 3  # untouched
    window.lock()

    answers[:] = [True, True]
    window.restore_action.trigger()
    secret = find(window, RestoreSecretDialog)
    activate(qtbot, secret, secret.field)
    qtbot.keyClicks(secret.field, PASSPHRASE)
    qtbot.keyClick(secret.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("restored" in t for t in dialog_log.of("info")), timeout=30_000)
    unlock(qtbot, window)
    assert store.count_incidents(window.session.require()) == 0  # the other log is here now
    assert any(p.name.startswith("vault.before-restore") for p in path.parent.iterdir())


def test_locking_stops_a_backup_and_leaves_nothing(
    qtbot, open_window, make_vault, tmp_path, dialog_log
):
    path = make_vault(300)
    window = open_window(path)
    unlock(qtbot, window)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog_log.answers["save_file"] = str(folder / "backup")
    window.backup_action.trigger()
    task = window.commands.backup_task
    assert task is not None
    window.lock()
    assert task.token.cancelled
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert list(folder.iterdir()) == []
    assert not any("cancel" in t.lower() for t in dialog_log.of("error"))
