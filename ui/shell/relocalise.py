"""The window's locked pages built again after a language switch (``ui.common.language_switch``).

Widgets here set their texts once, when built, so a new language means new pages. Only the
pages shown while locked are rebuilt, and only when nothing is under way on them: no unlock
running, no vault being created, no recovery key on screen. The old unlock page's passphrase
field is wiped before the page is thrown away; the new one starts empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def can_switch(window: MainWindow) -> bool:
    """Locked, and nothing is being unlocked, created or shown only once."""
    if window.session is not None:
        return False
    task = window.unlock_page.task
    if task is not None and not task.done:
        return False
    welcome = window.welcome
    return welcome is None or (
        not welcome.create_page.working and welcome.currentWidget() is not welcome.recovery_page
    )


def _replace(window: MainWindow, old: QWidget, new: QWidget) -> None:
    """Put ``new`` where ``old`` was in the window's stack (shown if it was) and drop ``old``."""
    stack = window.stack
    shown = stack.currentWidget() is old
    stack.insertWidget(stack.indexOf(old), new)
    if shown:
        stack.setCurrentWidget(new)
    stack.removeWidget(old)
    old.hide()
    old.deleteLater()


def rebuild_locked_pages(window: MainWindow, focus_chooser: bool = True) -> None:
    """The unlock page (and the welcome, for a new vault) in the language now installed.

    ``focus_chooser``: the person chose on the page itself, so the keyboard stays on the new
    chooser (arrow keys go on through the languages); otherwise the passphrase field has it.
    """
    old_page = window.unlock_page
    old_page.field.wipe()  # never kept, never carried over
    window.unlock_page = window.make_unlock_page()
    _replace(window, old_page, window.unlock_page)
    chooser = window.unlock_page.language
    if window.welcome is not None:
        old_welcome = window.welcome
        old_welcome.abandon()
        window.welcome = window.make_welcome()
        _replace(window, old_welcome, window.welcome)
        chooser = window.welcome.intro_page.language
    if focus_chooser:
        chooser.combo.setFocus(Qt.FocusReason.OtherFocusReason)
    elif window.stack.currentWidget() is window.unlock_page:
        window.unlock_page.field.setFocus(Qt.FocusReason.OtherFocusReason)
