"""The one SafeLog window: welcome or unlock screen while locked, the workspace while open.

Locking is the window's most important job. ``lock()`` closes any open dialog, lets every widget
clear itself (``Session.locking``), drops the key, throws the whole workspace away, empties Qt's
pixmap cache and the clipboard (if it still holds our text), and shows the unlock screen. Idle
time, system sleep, Ctrl+L and quick hide all end there. Quick hide (Ctrl+Shift+H) locks and
then minimises, so the screen shows nothing when the person looks away. Both keys work from every
SafeLog window and dialog (``ui.shell.autolock.LockKeys``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QWidget,
)

from safelog.clock import Clock, SystemClock
from ui.access.unlock import UnlockPage
from ui.common import app_settings, clipboard, dialogs
from ui.common.icons import app_icon
from ui.common.palette import AccessibleNames, WheelGuard
from ui.shell import actions
from ui.shell.autolock import AutoLock, LockKeys, SleepWatcher
from ui.shell.first_paint import FirstPaint
from ui.shell.vault_commands import VaultCommands

if TYPE_CHECKING:  # the unlocked side is imported on first unlock: the window opens sooner
    from safelog.vault import Vault
    from ui.access.welcome import WelcomeFlow
    from ui.common.session import Session
    from ui.common.worker import TaskHandle
    from ui.shell.workspace import Workspace

log = logging.getLogger(__name__)


def looks_like_vault(path: Path) -> bool:
    """``safelog.vault.is_vault`` without importing the crypto stack before the window shows.

    Kept equal to the core's rule by a test (tests/ui/test_app.py).
    """
    return (path / "vault.key").exists() or (path / "vault.db").exists()


def preload() -> None:
    """Import the unlocked side while the person types the passphrase."""
    import safelog.vault  # noqa: F401
    import ui.shell.workspace  # noqa: F401


def _discard(thing: QObject) -> None:
    """Delete what locking threw away once every modal loop has returned.

    Locking can run inside a message box's or file chooser's ``exec()`` (Ctrl+L works over
    them). Deleting the workspace there deleted a box parented inside it under its own loop,
    and the code after ``exec()`` then touched deleted widgets: a segmentation fault. It is
    hidden and cleared at once; only the deletion waits (``dialogs.after_modal_loops``).
    """

    def delete() -> None:
        if shiboken6.isValid(thing):
            thing.deleteLater()

    dialogs.after_modal_loops(delete)


class MainWindow(QMainWindow):
    unlocked = Signal(object)  # the new Session: later parts add their pages here
    locked = Signal()

    # Made by ui.shell.actions.build (again when the language changes while locked).
    about_action: QAction
    backup_action: QAction
    dossier_action: QAction
    edit_action: QAction
    find_action: QAction
    hide_action: QAction
    keys_action: QAction
    legal_action: QAction
    lock_action: QAction
    new_action: QAction
    passphrase_action: QAction
    profile_action: QAction
    quit_action: QAction
    recovery_action: QAction
    restore_action: QAction
    settings_action: QAction
    verify_action: QAction
    page_actions: list[QAction]
    incident_menu: QMenu
    view_menu: QMenu
    toolbar: QToolBar

    def __init__(
        self,
        vault_path: Path,
        settings: app_settings.AppSettings | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.settings = settings or app_settings.AppSettings()
        self.clock = clock or SystemClock()
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.welcome: WelcomeFlow | None = None
        self._verify: TaskHandle | None = None
        self.setWindowTitle("SafeLog")
        self.setWindowIcon(app_icon())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        screen = (
            QApplication.primaryScreen().availableSize() if QApplication.primaryScreen() else None
        )
        self.resize(
            min(1100, screen.width()) if screen else 1100,
            min(720, screen.height()) if screen else 720,
        )  # a small screen shows it all

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_page = self.make_unlock_page()
        self.stack.addWidget(self.unlock_page)

        self.autolock = AutoLock(self.clock, self.settings.autolock_minutes, self)
        self.autolock.idle.connect(self.lock)
        clipboard.watch()  # every copy SafeLog makes is marked secret and cleared on lock
        self.names = AccessibleNames(self)  # Qt's own buttons get names a screen reader reads
        self.wheel_guard = WheelGuard(self)  # scrolling a form never changes a list
        self.lock_keys = LockKeys(self)
        self.lock_keys.lock_requested.connect(self._lock_key)
        self.lock_keys.hide_requested.connect(self.quick_hide)
        self.sleep_watcher: SleepWatcher | None = None
        # What the unlock screen's first frame does not need waits for it: application-wide
        # event filters would see (and wrap in Python) every event of every new widget while
        # the window is built and shown, about 15 ms; the system bus costs about 5 ms.
        self.first_paint = FirstPaint(self)
        self.first_paint.then(self._watch)
        self._icons: list[tuple[QAction, str]] = []
        self._built: list[
            QAction
        ] = []  # every action actions.build made (rebuilt on a new language)
        self.commands = VaultCommands(self)
        actions.build(self)
        self.first_paint.then(lambda: actions.draw_icons(self))

        if looks_like_vault(self.vault_path):
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.welcome = self.make_welcome()
            self.stack.addWidget(self.welcome)
            self.stack.setCurrentWidget(self.welcome)
        actions.update(self)

    def make_unlock_page(self) -> UnlockPage:
        page = UnlockPage(self.vault_path, self.clock, self)
        page.unlocked.connect(self.open_session)
        page.language.chosen.connect(self.choose_language)
        return page

    def make_welcome(self) -> WelcomeFlow:
        from ui.access.welcome import WelcomeFlow  # only for a new vault: unlock opens sooner

        welcome = WelcomeFlow(self.vault_path, self.clock, self)
        welcome.ready.connect(lambda vault: self.open_session(vault, False))
        welcome.intro_page.restore.connect(self.commands.restore)
        welcome.intro_page.language.chosen.connect(self.choose_language)
        return welcome

    def choose_language(self, choice: str, focus_chooser: bool = True) -> None:
        """Use ``choice`` at once, while locked: saved, installed, the window built again in it
        (``ui.shell.relocalise``). With the vault open it waits: Settings locks first."""
        from ui.common.language_switch import saving_failed_sentence, switch_language
        from ui.shell.relocalise import can_switch, rebuild_locked_pages

        if not can_switch(self):
            return
        self.settings, saved = switch_language(self.settings, choice)
        actions.rebuild(self)
        rebuild_locked_pages(self, focus_chooser)
        if not saved:
            dialogs.error(self, saving_failed_sentence())

    def _watch(self) -> None:
        """Attach the keys, names, wheel guard and suspend watcher (after the first paint)."""
        self.names.attach(self)
        self.wheel_guard.attach()
        self.lock_keys.attach()
        if self.sleep_watcher is None:
            self.sleep_watcher = SleepWatcher(self)
            self.sleep_watcher.sleeping.connect(self.lock)

    # ----- actions ------------------------------------------------------------------------

    # ----- unlocking and locking ----------------------------------------------------------

    def open_session(self, vault: Vault, via_recovery: bool = False) -> None:
        """Show the workspace for a freshly unlocked vault."""
        if self.session is not None:  # never two sessions: keep the one already open
            vault.close()
            return
        from ui.common.session import Session
        from ui.shell.workspace import Workspace

        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        self.session = Session(vault, self)
        self.workspace = Workspace(self.session, self.clock, self)
        self.workspace.edit_requested.connect(self.open_editor)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.autolock.set_minutes(self.settings.autolock_minutes)
        self.autolock.start()
        actions.update(self)
        self.workspace.timeline.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unlocked.emit(self.session)
        if via_recovery:  # the passphrase is probably forgotten: choose a new one now
            self.commands.change_passphrase(after_recovery=True)
        else:
            self.commands.remind_backup()

    def lock(self) -> None:
        """Drop the key and every trace of the log from the window."""
        self._close_dialogs()
        if self._verify is not None:
            self._verify.cancel()
            self._verify = None
        if self.welcome is not None:
            vault = self.welcome.abandon()
            if vault is not None:  # quick hide during set-up: the vault exists now
                vault.close()
                self.stack.removeWidget(self.welcome)
                self.welcome.hide()
                _discard(self.welcome)
                self.welcome = None
        if self.session is not None:
            session, self.session = self.session, None
            try:
                session.lock()
            finally:
                _discard(session)
        if self.workspace is not None:
            workspace, self.workspace = self.workspace, None
            self.stack.removeWidget(workspace)
            workspace.hide()
            _discard(workspace)
        self.autolock.stop()
        QPixmapCache.clear()
        clipboard.clear_if_ours()
        QToolTip.hideText()
        if self.welcome is None:
            self.unlock_page.reset()
            self.stack.setCurrentWidget(self.unlock_page)
        actions.update(self)
        self.locked.emit()

    def show_unlock_page(self) -> None:
        """After a restore: the vault exists now, so leave the welcome for the unlock page."""
        if self.welcome is not None:
            self.welcome.abandon()
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self.unlock_page)
        actions.update(self)

    def _lock_key(self) -> None:
        if self.session is not None or self.welcome is not None:
            self.lock()

    def quick_hide(self) -> None:
        """Lock, clear and minimise in one keystroke."""
        self.lock()
        self.showMinimized()

    def _close_dialogs(self) -> None:
        """Every dialog goes, ours or a message box or file chooser, nested ones included."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        for _ in range(20):  # dialogs opened from dialogs close innermost first
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, QDialog) or not modal.isVisible():
                break
            modal.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.lock_keys.detach()
        event.accept()

    # ----- commands -----------------------------------------------------------------------

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a page to the open workspace (or replace the placeholder with that title).

        The workspace is rebuilt on every unlock: connect to ``unlocked`` and add the page
        there. Returns the page's index, or -1 while locked (the widget is then deleted).
        """
        if self.workspace is None:
            widget.deleteLater()
            return -1
        return self.workspace.add_page(title, widget)

    def show_page(self, index: int) -> None:
        if self.workspace is not None:
            self.workspace.setCurrentIndex(index)
            self.workspace.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.setCurrentWidget(self.workspace.timeline)
            self.workspace.timeline.focus_search()

    def new_incident(self) -> None:
        self.open_editor(None)

    def edit_incident(self) -> None:
        if self.workspace is None:
            return
        incident_id = self.workspace.timeline.current_incident()
        if incident_id is None:
            dialogs.info(self, self.tr("Choose an incident in the timeline first."))
            return
        self.open_editor(incident_id)

    def open_editor(self, incident_id: int | None) -> QDialog | None:
        if self.session is None:
            return None
        from ui.editor.window import IncidentEditor  # imported on first use: start-up stays quick

        editor = IncidentEditor(self.session, incident_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, incident_id: int) -> None:
        if self.workspace is not None:
            self.workspace.timeline.refresh()
            self.workspace.timeline.show_incident(int(incident_id))

    def verify(self) -> None:
        if self.session is None or self.session.vault is None:
            return
        from safelog.verify import verify_vault  # the crypto stack loads after the window shows

        vault, session = self.session.vault, self.session

        def work(progress: Any, cancel: Any) -> Any:
            return verify_vault(vault, progress=progress, cancel=cancel)

        def done(report: Any) -> None:
            self._verify = None
            if self.session is not session:
                return  # locked meanwhile: the result no longer matters
            if report.ok:
                dialogs.info(self, self.tr("Your vault passed every check. Nothing is damaged."))
            else:
                dialogs.error(self, " ".join(report.problems[:3]))

        def failed(sentence: str, cancelled: bool) -> None:
            self._verify = None
            if self.session is session and not cancelled:
                dialogs.error(self, sentence)

        from ui.common.worker import run_with_progress

        self._verify = run_with_progress(
            self, self.tr("Checking your vault…"), work, on_done=done, on_error=failed
        )

    def open_legal(self) -> None:
        if self.session is not None and self.session.open:
            from ui.legal.window import LegalWindow  # unlocked side: imported on first use

            window = LegalWindow(self.session, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.open()

    def open_settings(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, str(self.vault_path), self, locks=self.session is not None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen(), dialog.switch_now))
        dialog.open()

    def apply_settings(self, chosen: app_settings.AppSettings, switch_now: bool = False) -> None:
        """Keep and save ``chosen``; ``switch_now`` locks and shows the new language at once."""
        self.settings = chosen
        self.autolock.set_minutes(chosen.autolock_minutes)
        try:
            app_settings.save(chosen)
        except OSError:
            dialogs.error(
                self,
                self.tr("The settings could not be saved; they apply until SafeLog is closed."),
            )
        if switch_now:
            self.lock()
            self.choose_language(chosen.language, focus_chooser=False)

    def about(self) -> None:
        from ui.shell.about import AboutDialog

        dialog = AboutDialog(self.vault_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def show_shortcuts(self) -> None:
        lines = [
            (self.tr("Make a dossier"), "Ctrl+D"),
            (self.tr("New incident"), "Ctrl+N"),
            (self.tr("Edit the chosen incident"), "Ctrl+E"),
            (self.tr("Search"), "Ctrl+F"),
            (self.tr("Lock, from any SafeLog window"), "Ctrl+L"),
            (self.tr("Quick hide: lock and minimise"), "Ctrl+Shift+H"),
            (self.tr("Timeline, People, Pattern, Checklists"), "Ctrl+1 … Ctrl+4"),
            (self.tr("Settings"), "Ctrl+,"),
            (self.tr("Quit"), "Ctrl+Q"),
        ]
        dialogs.info(self, "\n".join(f"{keys}: {what}" for what, keys in lines))
