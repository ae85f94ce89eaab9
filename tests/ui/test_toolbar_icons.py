"""The toolbar and menu icons are drawn after the unlock window's first paint, not before.

The locked window shows no toolbar, so its SVG icons wait for the first frame; they must be
there by the time the window has settled, and stay through unlock and lock.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from tests.ui.conftest import unlock

NAMED = ("new_action", "edit_action", "dossier_action", "lock_action", "hide_action")


def _toolbar_actions(window) -> list[QAction]:
    return [a for a in window.toolbar.actions() if not a.isSeparator()]


def test_no_icon_is_drawn_before_the_first_paint(qtbot, fake_clock, make_vault):
    from ui.common.app_settings import AppSettings
    from ui.shell.main_window import MainWindow

    window = MainWindow(make_vault(0), AppSettings(), fake_clock)
    qtbot.addWidget(window)
    assert all(a.icon().isNull() for a in _toolbar_actions(window))
    window.show()
    qtbot.waitUntil(lambda: window.first_paint.settled)
    assert all(not a.icon().isNull() for a in _toolbar_actions(window))


def test_toolbar_and_menu_icons_are_there_once_settled_and_after_unlock(
    qtbot, open_window, make_vault
):
    window = open_window(make_vault(1))
    actions = _toolbar_actions(window)
    assert {a.text() for a in actions} >= {getattr(window, n).text() for n in NAMED}
    assert all(not a.icon().isNull() for a in actions)
    assert not window.verify_action.icon().isNull()  # in the SafeLog menu, not the toolbar
    unlock(qtbot, window)
    assert window.toolbar.isVisible()
    assert all(not a.icon().isNull() for a in _toolbar_actions(window))
    window.lock()
    assert all(not a.icon().isNull() for a in _toolbar_actions(window))
