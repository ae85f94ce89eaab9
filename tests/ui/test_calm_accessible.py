"""Every control in every SafeLog window has a name a screen reader can read, and the date
field's focus order is the visual order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.a11y_walk import unnamed
from tests.ui.conftest import unlock
from tests.ui.test_calm_lock import OPENERS


@pytest.fixture
def window(qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any) -> Any:
    shown = open_window(make_vault(5))
    unlock(qtbot, shown)
    workspace = shown.workspace
    for index in range(workspace.count()):  # build every page (some are built on first view)
        workspace.setCurrentIndex(index)
    workspace.setCurrentIndex(0)
    workspace.timeline.view.select_first()
    return shown


@pytest.mark.parametrize("where", list(OPENERS))
def test_every_control_has_a_name(qtbot: Any, window: Any, tmp_path: Path, where: str) -> None:
    shown = OPENERS[where](window, tmp_path)
    top = shown.window()
    qtbot.waitExposed(top)
    assert unnamed(top) == []


def test_the_editor_in_full(qtbot: Any, window: Any) -> None:
    editor = window.open_editor(None)
    qtbot.waitExposed(editor)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
    editor.people.new_button.click()
    editor.reports.add_card()
    assert unnamed(editor) == []


def test_focus_follows_the_form_in_the_editor(qtbot: Any, window: Any) -> None:
    editor = window.open_editor(None)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    form = editor.form
    order = [
        form.title,
        form.category,
        form.when.start.line,
        form.when.precision,
        form.when.has_end,
    ]
    form.title.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
