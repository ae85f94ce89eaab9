"""The main window's actions, menus and toolbar: built, rebuilt in a new language, enabled.

Every action is added to the window itself, so its shortcut works whatever page is shown; the
same list is thrown away and built again when the language changes while locked. The texts keep
the ``MainWindow`` translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from ui.common import theme
from ui.common.icons import themed_icon

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


def _action(
    window: MainWindow,
    text: str,
    slot: Any,
    shortcut: QKeySequence | str | None = None,
    icon: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if icon:
        window._icons.append((action, icon))  # drawn by draw_icons
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work whatever page is shown
    window._built.append(action)
    return action


def rebuild(window: MainWindow) -> None:
    """Menus, toolbar and shortcuts made again in the language just installed."""
    for action in window._built:
        window.removeAction(action)
        action.deleteLater()
    window._built, window._icons = [], []
    window.menuBar().clear()
    window.removeToolBar(window.toolbar)
    window.toolbar.deleteLater()
    build(window)
    update(window)
    if window.first_paint.painted:
        draw_icons(window)


def draw_icons(window: MainWindow) -> None:
    """Give the actions their icons, after the first paint: the locked window shows none.

    The toolbar is hidden while locked and the menus cannot open before the first frame,
    so drawing these SVGs (four sizes each) waited for no reason. Tinted once, as before.
    """
    colour = theme.muted_colour()
    for action, name in window._icons:
        action.setIcon(themed_icon(name, colour))


def build(window: MainWindow) -> None:
    window.new_action = _action(
        window, translate("MainWindow", "New incident"), window.new_incident, "Ctrl+N", "new"
    )
    window.edit_action = _action(
        window, translate("MainWindow", "Edit"), window.edit_incident, "Ctrl+E", "edit"
    )
    window.find_action = _action(
        window, translate("MainWindow", "Search"), window.focus_search, "Ctrl+F"
    )
    window.legal_action = _action(
        window, translate("MainWindow", "Orders and risk assessments…"), window.open_legal
    )
    window.lock_action = _action(
        window, translate("MainWindow", "Lock"), window.lock, "Ctrl+L", "lock"
    )
    window.hide_action = _action(
        window, translate("MainWindow", "Quick hide"), window.quick_hide, "Ctrl+Shift+H", "hide"
    )
    window.hide_action.setToolTip(
        translate("MainWindow", "Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window")
    )
    window.verify_action = _action(
        window,
        translate("MainWindow", "Check the vault for damage…"),
        window.verify,
        None,
        "verify",
    )
    window.dossier_action = _action(
        window,
        translate("MainWindow", "Make a dossier…"),
        window.commands.make_dossier,
        "Ctrl+D",
        "dossier",
    )
    window.dossier_action.setToolTip(
        translate(
            "MainWindow",
            "A PDF report with your evidence, to give to the "
            "police, a lawyer or a support service (Ctrl+D)",
        )
    )
    window.dossier_action.setIconText(translate("MainWindow", "Dossier"))
    window.backup_action = _action(
        window, translate("MainWindow", "Back up my log…"), window.commands.backup
    )
    window.restore_action = _action(
        window, translate("MainWindow", "Restore from a backup…"), window.commands.restore
    )
    window.passphrase_action = _action(
        window, translate("MainWindow", "Change my passphrase…"), window.commands.change_passphrase
    )
    window.recovery_action = _action(
        window,
        translate("MainWindow", "Make a new recovery key…"),
        window.commands.new_recovery_key,
    )
    window.profile_action = _action(
        window, translate("MainWindow", "Your details…"), window.commands.edit_profile
    )
    window.settings_action = _action(
        window, translate("MainWindow", "Settings…"), window.open_settings, "Ctrl+,"
    )
    window.about_action = _action(window, translate("MainWindow", "About SafeLog"), window.about)
    window.keys_action = _action(
        window, translate("MainWindow", "Keyboard shortcuts"), window.show_shortcuts, "F1"
    )
    window.quit_action = _action(window, translate("MainWindow", "Quit"), window.close, "Ctrl+Q")
    window.page_actions = [
        _action(window, title, lambda i=i: window.show_page(i), f"Ctrl+{i + 1}")
        for i, title in enumerate(
            (
                translate("MainWindow", "Timeline"),
                translate("MainWindow", "People"),
                translate("MainWindow", "Pattern"),
                translate("MainWindow", "Checklists"),
            )
        )
    ]

    bar = window.menuBar()
    app_menu = bar.addMenu(translate("MainWindow", "&SafeLog"))
    for item in (
        window.dossier_action,
        None,
        window.lock_action,
        window.hide_action,
        None,
        window.backup_action,
        window.restore_action,
        window.verify_action,
        None,
        window.profile_action,
        window.passphrase_action,
        window.recovery_action,
        window.settings_action,
        None,
        window.quit_action,
    ):
        app_menu.addSeparator() if item is None else app_menu.addAction(item)
    window.incident_menu = incident_menu = bar.addMenu(translate("MainWindow", "&Incident"))
    for item in (window.new_action, window.edit_action, window.find_action, window.legal_action):
        incident_menu.addAction(item)
    window.view_menu = view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for item in window.page_actions:
        view_menu.addAction(item)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.keys_action)
    help_menu.addAction(window.about_action)

    window.toolbar = QToolBar(translate("MainWindow", "Main actions"), window)
    window.toolbar.setObjectName("mainToolbar")
    window.toolbar.setMovable(False)
    window.toolbar.setFloatable(False)
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.toolbar.toggleViewAction().setVisible(False)
    for item in (
        window.new_action,
        window.edit_action,
        None,
        window.dossier_action,
        None,
        window.lock_action,
        window.hide_action,
    ):
        window.toolbar.addSeparator() if item is None else window.toolbar.addAction(item)
    window.addToolBar(window.toolbar)


def update(window: MainWindow) -> None:
    is_open = window.session is not None and window.workspace is not None
    for action in (
        window.new_action,
        window.edit_action,
        window.find_action,
        window.lock_action,
        window.verify_action,
        window.legal_action,
        window.dossier_action,
        window.backup_action,
        window.passphrase_action,
        window.recovery_action,
        window.profile_action,
        *window.page_actions,
    ):
        action.setEnabled(is_open)
    window.toolbar.setVisible(is_open)
    for menu in (window.incident_menu, window.view_menu):  # no greyed-out clutter when locked
        menu.menuAction().setVisible(is_open)
