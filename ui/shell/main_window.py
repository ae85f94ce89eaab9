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
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QWidget,
)

from safelog.clock import Clock, SystemClock
from ui.access.unlock import UnlockPage
from ui.common import app_settings, clipboard, dialogs, theme
from ui.common.icons import app_icon, themed_icon
from ui.common.palette import AccessibleNames, WheelGuard
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
        self._built: list[QAction] = []  # every action _action made (rebuilt on a new language)
        self.commands = VaultCommands(self)
        self._build_actions()
        self.first_paint.then(self._draw_icons)

        if looks_like_vault(self.vault_path):
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.welcome = self.make_welcome()
            self.stack.addWidget(self.welcome)
            self.stack.setCurrentWidget(self.welcome)
        self._update_actions()

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
        self._rebuild_actions()
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

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, icon: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            self._icons.append((action, icon))  # drawn by _draw_icons
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work whatever page is shown
        self._built.append(action)
        return action

    def _rebuild_actions(self) -> None:
        """Menus, toolbar and shortcuts made again in the language just installed."""
        for action in self._built:
            self.removeAction(action)
            action.deleteLater()
        self._built, self._icons = [], []
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self._build_actions()
        self._update_actions()
        if self.first_paint.painted:
            self._draw_icons()

    def _draw_icons(self) -> None:
        """Give the actions their icons, after the first paint: the locked window shows none.

        The toolbar is hidden while locked and the menus cannot open before the first frame,
        so drawing these SVGs (four sizes each) waited for no reason. Tinted once, as before.
        """
        colour = theme.muted_colour()
        for action, name in self._icons:
            action.setIcon(themed_icon(name, colour))

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("New incident"), self.new_incident, "Ctrl+N", "new")
        self.edit_action = self._action(self.tr("Edit"), self.edit_incident, "Ctrl+E", "edit")
        self.find_action = self._action(self.tr("Search"), self.focus_search, "Ctrl+F")
        self.legal_action = self._action(self.tr("Orders and risk assessments…"), self.open_legal)
        self.lock_action = self._action(self.tr("Lock"), self.lock, "Ctrl+L", "lock")
        self.hide_action = self._action(
            self.tr("Quick hide"), self.quick_hide, "Ctrl+Shift+H", "hide"
        )
        self.hide_action.setToolTip(
            self.tr("Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window")
        )
        self.verify_action = self._action(
            self.tr("Check the vault for damage…"), self.verify, None, "verify"
        )
        self.dossier_action = self._action(
            self.tr("Make a dossier…"), self.commands.make_dossier, "Ctrl+D", "dossier"
        )
        self.dossier_action.setToolTip(
            self.tr(
                "A PDF report with your evidence, to give to the "
                "police, a lawyer or a support service (Ctrl+D)"
            )
        )
        self.dossier_action.setIconText(self.tr("Dossier"))
        self.backup_action = self._action(self.tr("Back up my log…"), self.commands.backup)
        self.restore_action = self._action(self.tr("Restore from a backup…"), self.commands.restore)
        self.passphrase_action = self._action(
            self.tr("Change my passphrase…"), self.commands.change_passphrase
        )
        self.recovery_action = self._action(
            self.tr("Make a new recovery key…"), self.commands.new_recovery_key
        )
        self.profile_action = self._action(self.tr("Your details…"), self.commands.edit_profile)
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self.about_action = self._action(self.tr("About SafeLog"), self.about)
        self.keys_action = self._action(self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.quit_action = self._action(self.tr("Quit"), self.close, "Ctrl+Q")
        self.page_actions = [
            self._action(title, lambda i=i: self.show_page(i), f"Ctrl+{i + 1}")
            for i, title in enumerate(
                (self.tr("Timeline"), self.tr("People"), self.tr("Pattern"), self.tr("Checklists"))
            )
        ]

        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&SafeLog"))
        for item in (
            self.dossier_action,
            None,
            self.lock_action,
            self.hide_action,
            None,
            self.backup_action,
            self.restore_action,
            self.verify_action,
            None,
            self.profile_action,
            self.passphrase_action,
            self.recovery_action,
            self.settings_action,
            None,
            self.quit_action,
        ):
            app_menu.addSeparator() if item is None else app_menu.addAction(item)
        self.incident_menu = incident_menu = bar.addMenu(self.tr("&Incident"))
        for item in (self.new_action, self.edit_action, self.find_action, self.legal_action):
            incident_menu.addAction(item)
        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        for item in self.page_actions:
            view_menu.addAction(item)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Main actions"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.toggleViewAction().setVisible(False)
        for item in (
            self.new_action,
            self.edit_action,
            None,
            self.dossier_action,
            None,
            self.lock_action,
            self.hide_action,
        ):
            self.toolbar.addSeparator() if item is None else self.toolbar.addAction(item)
        self.addToolBar(self.toolbar)

    def _update_actions(self) -> None:
        is_open = self.session is not None and self.workspace is not None
        for action in (
            self.new_action,
            self.edit_action,
            self.find_action,
            self.lock_action,
            self.verify_action,
            self.legal_action,
            self.dossier_action,
            self.backup_action,
            self.passphrase_action,
            self.recovery_action,
            self.profile_action,
            *self.page_actions,
        ):
            action.setEnabled(is_open)
        self.toolbar.setVisible(is_open)
        for menu in (self.incident_menu, self.view_menu):  # no greyed-out clutter when locked
            menu.menuAction().setVisible(is_open)

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
        self._update_actions()
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
        self._update_actions()
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
        self._update_actions()

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
