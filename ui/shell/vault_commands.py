"""The window's commands for the whole log: dossier, backup and restore, keys, your details.

Each command opens its own dialog module, imported when first used: they pull in the dossier
(ReportLab) and the crypto stack, which the window must not wait for at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from ui.common import dialogs

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class VaultCommands(QObject):
    """Started from the menus; each finds the open session (if any) on the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running: QObject | None = None  # the journey under way, kept alive here
        self.backup_task: QObject | None = None
        self.reminder: QObject | None = None

    def _session_ready(self) -> bool:
        return self.window.session is not None and self.window.session.open

    # ----- dossier ------------------------------------------------------------------------

    def make_dossier(self) -> None:
        if not self._session_ready() or self.window.workspace is None or self.running is not None:
            return  # one journey at a time: its dialog or progress is already on screen
        from ui.export.dossier_export import (  # the unlocked side: not before the first paint
            DossierExport,
            TimelineChoice,
        )

        session = self.window.session
        assert session is not None
        timeline = self.window.workspace.timeline
        shown = None
        if timeline.filters.is_filtering():
            from safelog.incidents import store

            shown = [s.id for s in store.list_summaries(session.require(), timeline.model.filters)]
        chosen = None
        current = timeline.current_incident()
        if current is not None:
            row = timeline.model.row_of(current)
            title = timeline.model.index(row, 0).data() if row is not None else ""
            chosen = (current, str(title or ""))
        today = self.window.clock.now().astimezone().date()
        self.running = DossierExport(session, today, TimelineChoice(shown, chosen), self.window)
        self.running.destroyed.connect(self._forget)
        self.running.start()

    def _forget(self) -> None:
        self.running = None

    # ----- your details -------------------------------------------------------------------

    def edit_profile(self) -> None:
        if not self._session_ready():
            return
        from ui.shell.profile_dialog import ProfileDialog

        assert self.window.session is not None
        dialog = ProfileDialog(self.window.session.require(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    # ----- passphrase and recovery key ----------------------------------------------------

    def change_passphrase(self, after_recovery: bool = False) -> None:
        if not self._session_ready():
            return
        from ui.access.passphrase_dialog import ChangePassphraseDialog

        assert self.window.session is not None
        dialog = ChangePassphraseDialog(self.window.session, after_recovery, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def new_recovery_key(self) -> None:
        if not self._session_ready():
            return
        from ui.access.passphrase_dialog import NewRecoveryKeyDialog

        assert self.window.session is not None
        dialog = NewRecoveryKeyDialog(self.window.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    # ----- backup and restore -------------------------------------------------------------

    def backup(self) -> None:
        if not self._session_ready():
            return
        from ui.export.backup_dialog import start_backup

        assert self.window.session is not None
        self.backup_task = start_backup(self.window.session, self.window.clock, self.window)

    def remind_backup(self) -> None:
        """After an unlock: a quiet line when the last backup is a month old (or missing)."""
        session = self.window.session
        if session is None or not session.open or not self.window.settings.backup_reminder:
            return
        from safelog.reminders import backup_due, last_backup_at
        from ui.export.backup_dialog import BackupReminder

        vault = session.require()
        if not backup_due(vault, self.window.clock.now()):
            return
        reminder = BackupReminder(last_backup_at(vault), self.window)
        bar = self.window.statusBar()
        bar.addWidget(reminder, 1)
        bar.show()
        self.reminder = reminder
        session.locking.connect(reminder.dismiss)

    def restore(self) -> None:
        from ui.export.backup_dialog import RestoreJourney

        if self.running is not None:
            return
        if self._session_ready() and not dialogs.confirm(
            self.window,
            self.tr(
                "Restoring puts the log from a backup in place of the log you have open now. "
                "The log you have now is not deleted: it is kept, moved aside, in the same "
                "folder. SafeLog will lock first. Go on?"
            ),
        ):
            return
        self.running = RestoreJourney(self.window)
        self.running.destroyed.connect(self._forget)
        self.running.start()
