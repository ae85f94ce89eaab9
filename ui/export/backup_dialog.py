"""Back up, restore, and a gentle reminder, with the same checks as ``safelog-cli``.

Both run the core's own functions (``safelog.backup.backup`` and ``restore``) on the worker
thread with progress and Cancel. A backup is written from a second database connection, so the
window stays usable. A restore checks the whole file and the passphrase before it replaces
anything, and the log that was there is moved aside, never deleted; the window locks first,
because the vault is about to be swapped under it.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safelog.backup import RestoreResult, backup, restore
from safelog.clock import Clock
from safelog.errors import OtherVaultBackup, WrongPassphrase, WrongRecoveryKey
from safelog.reminders import BACKUP_REMINDER_DAYS
from ui.access.unlock import PassphraseEdit, add_primary
from ui.common import dialogs
from ui.common.session import Session
from ui.common.worker import TaskHandle, run_with_progress

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

SUFFIX = ".safelog-backup"


def start_backup(session: Session, clock: Clock, window: QWidget) -> TaskHandle | None:
    """Ask where, then write the backup; returns the running task, or None if not started."""
    vault = session.require()
    today = clock.now().astimezone().date().isoformat()
    chosen = dialogs.save_file(
        window,
        QCoreApplication.translate("BackupDialog", "Save a backup of your log"),
        f"SafeLog backup {today}{SUFFIX}",
        QCoreApplication.translate("BackupDialog", "SafeLog backups (*%1)").replace("%1", SUFFIX),
    )
    if not chosen:
        return None
    target = Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def work(progress: Any, cancel: Any) -> Path:
        with vault.second_connection() as other:
            return backup(other, target, progress=progress, cancel=cancel)

    def done(path: Path) -> None:
        if session.open:
            dialogs.info(
                window,
                QCoreApplication.translate(
                    "BackupDialog",
                    "Your backup is saved as %1. It is encrypted: only your passphrase or your "
                    "recovery key opens it. Keep a copy away from this computer, for example on a "
                    "USB stick in a safe place.",
                ).replace("%1", str(path)),
            )

    def failed(sentence: str, cancelled: bool) -> None:
        if session.open and not cancelled:
            dialogs.error(window, sentence)

    handle = run_with_progress(
        window,
        QCoreApplication.translate("BackupDialog", "Backing up your log…"),
        work,
        on_done=done,
        on_error=failed,
    )
    session.locking.connect(handle.cancel)  # locking stops the backup; nothing is left behind

    def let_go() -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            session.locking.disconnect(handle.cancel)

    handle.finished.connect(let_go)
    return handle


class RestoreSecretDialog(QDialog):
    """The passphrase the backup had when it was made (or the recovery key of that time)."""

    def __init__(self, backup_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.using_recovery = False
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(500)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.backup_name = backup_name
        self.field = PassphraseEdit(self.tr("Passphrase of the backup"), self)
        self.switch = QPushButton(self)
        self.switch.setFlat(True)
        self.switch.clicked.connect(lambda: self.set_recovery(not self.using_recovery))
        buttons = QDialogButtonBox(self)
        self.restore_button = add_primary(buttons, self.tr("Restore"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_typed)
        buttons.rejected.connect(self.reject)
        self.field.returnPressed.connect(self._accept_if_typed)
        heading = QLabel(self.tr("Restore from a backup"), self)
        heading.setObjectName("heading")
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.field)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(buttons)
        self.set_recovery(False)

    def set_recovery(self, recovery: bool) -> None:
        self.using_recovery = recovery
        self.field.wipe()
        if recovery:
            self.explain.setText(
                self.tr(
                    "Type the recovery key that belonged to your log when the backup “%1” was made."
                ).replace("%1", self.backup_name)
            )
            self.field.setAccessibleName(self.tr("Recovery key of the backup"))
            self.field.setPlaceholderText(self.tr("Recovery key of the backup"))
            self.switch.setText(self.tr("Use the passphrase instead"))
        else:
            self.explain.setText(
                self.tr(
                    "Type the passphrase your log had when the backup “%1” was made. The backup is "
                    "checked completely before anything is replaced."
                ).replace("%1", self.backup_name)
            )
            self.field.setAccessibleName(self.tr("Passphrase of the backup"))
            self.field.setPlaceholderText(self.tr("Passphrase of the backup"))
            self.switch.setText(self.tr("I only have the recovery key"))
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept_if_typed(self) -> None:
        if self.field.text().strip():
            self.accept()

    def secret(self) -> dict[str, str]:
        key = "recovery_key" if self.using_recovery else "passphrase"
        return {key: self.field.text()}

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.field.wipe()
        super().done(result)


class _Refused:
    """The backup's passphrase or key was wrong: ask again, nothing was changed."""


class _OtherVault:
    """The backup is of a different log than the one here: ask before replacing it."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence


class RestoreJourney(QObject):
    """Choose the file, type its passphrase, lock, restore, and come back to the unlock page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.secret_dialog: RestoreSecretDialog | None = None
        self.task: TaskHandle | None = None
        self._secret: dict[str, str] = {}

    def start(self) -> None:
        chosen = dialogs.open_file(
            self.window,
            self.tr("Choose the backup to restore"),
            self.tr("SafeLog backups (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if not chosen:
            self.deleteLater()
            return
        self.path = Path(chosen)
        self.ask_secret()

    def ask_secret(self, problem: str = "") -> None:
        assert self.path is not None
        dialog = RestoreSecretDialog(self.path.name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if problem:
            dialog.explain.setText(problem + "\n\n" + dialog.explain.text())
        dialog.accepted.connect(lambda: self.run(dialog.secret()))
        dialog.rejected.connect(self.deleteLater)
        self.secret_dialog = dialog
        dialog.open()

    def run(self, secret: dict[str, str], replace_other_vault: bool = False) -> None:
        assert self.path is not None
        self.secret_dialog = None
        self._secret = secret  # kept only until this restore ends, for the second question
        self.window.lock()  # the vault is about to be moved aside: nothing may hold it
        path, target = self.path, self.window.vault_path

        def work(progress: Any, cancel: Any) -> RestoreResult | _Refused | _OtherVault:
            try:
                return restore(
                    path,
                    target,
                    progress=progress,
                    cancel=cancel,
                    replace_other_vault=replace_other_vault,
                    **secret,
                )
            except (WrongPassphrase, WrongRecoveryKey):
                return _Refused()
            except OtherVaultBackup as exc:
                return _OtherVault(exc.sentence)

        self.task = run_with_progress(
            self.window,
            self.tr("Checking and restoring the backup…"),
            work,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: RestoreResult | _Refused | _OtherVault) -> None:
        self.task = None
        secret, self._secret = self._secret, {}
        if isinstance(result, _OtherVault):
            if dialogs.confirm(
                self.window,
                self.tr(
                    "This backup is of a different log, not of the one on this computer now. "
                    "If you go on, the log here now is moved aside (kept, not deleted) and the "
                    "log from the backup takes its place. Put the backup's log in place of "
                    "this one?"
                ),
            ):
                self.run(secret, replace_other_vault=True)
            else:
                dialogs.info(
                    self.window,
                    self.tr("Nothing was changed. Your log is as it was; unlock it as usual."),
                )
                self.deleteLater()
            return
        if isinstance(result, _Refused):
            self.ask_secret(
                self.tr("That passphrase or key does not open this backup. Nothing was changed.")
            )
            return
        self.window.show_unlock_page()
        text = self.tr(
            "Your log is restored from the backup. Unlock it with the passphrase "
            "it had when the backup was made."
        )
        if result.previous is not None:
            text += " " + self.tr(
                "The log that was here before is kept, untouched, in %1."
            ).replace("%1", str(result.previous))
        dialogs.info(self.window, text)
        self.deleteLater()

    def _failed(self, sentence: str, cancelled: bool) -> None:
        self.task = None
        self._secret = {}
        if cancelled:
            dialogs.info(self.window, self.tr("The restore was stopped. Nothing was changed."))
        else:
            dialogs.error(self.window, sentence)
        self.deleteLater()


class BackupReminder(QWidget):
    """A quiet line at the bottom of the window: no pop-up, easy to put off."""

    def __init__(self, last: datetime | None, window: MainWindow) -> None:
        super().__init__(window)
        if last is None:
            text = self.tr(
                "You have not made a backup of your log yet. If this computer is "
                "lost or broken, a backup is the only way to get your log back."
            )
        else:
            day = QLocale().toString(last.astimezone().date(), QLocale.FormatType.LongFormat)
            text = (
                self.tr("Your last backup was made on %1, more than %2 days ago.")
                .replace("%1", day)
                .replace("%2", str(BACKUP_REMINDER_DAYS))
            )
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now…"), self)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.now_button.clicked.connect(window.commands.backup)
        self.now_button.clicked.connect(self.dismiss)
        self.later_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.now_button)
        row.addWidget(self.later_button)
        self.setAccessibleName(text)

    def dismiss(self) -> None:
        bar = self.parentWidget()
        self.hide()
        self.deleteLater()
        if bar is not None:
            bar.hide()
