"""Closing an incident's History (two versions, the newest chosen) reports no error."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

import ui.app
from tests.ui.conftest import type_text, unlock


def test_closing_history_of_an_edited_incident_reports_nothing(
    qtbot: Any, qapp: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(2))
    unlock(qtbot, window)
    timeline = window.workspace.timeline
    timeline.view.select_first()
    editor = window.open_editor(timeline.current_incident())
    editor.form.title.setText("A second version of the title")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    view = timeline.detail
    previous = ui.app.install_excepthook(qapp)  # the app's own reporter, as in the real app
    try:
        view.history_button.click()
        history = view.history
        assert history is not None and history.list.count() == 2
        assert history.list.currentRow() == 0
        history.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
        assert not history.isVisible() and history.list.count() == 0
        view.history_button.click()  # again, then lock with it open
        assert window.lock_action.isEnabled()
        window.lock()
    finally:
        sys.excepthook = previous
    assert dialog_log.of("error") == []
    assert window.stack.currentWidget() is window.unlock_page


def test_history_shows_the_words_before_and_after_an_edit(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_window(make_vault(1))
    unlock(qtbot, window)
    timeline = window.workspace.timeline
    timeline.view.select_first()
    editor = window.open_editor(timeline.current_incident())
    assert editor.form.location.text() == ""  # the sample incident names no place
    editor.form.location.selectAll()
    type_text(editor.form.location, "بیرون از خانه‌ام")  # typed, right to left
    editor.form.title.setFocus()
    QTest.keyClick(editor.form.title, Qt.Key.Key_End)
    QTest.keyClicks(editor.form.title, " again")
    title = editor.form.title.text()
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    view = timeline.detail
    view.history_button.click()
    history = view.history
    assert history is not None and history.list.count() == 2
    newest = history.list.item(0).text()
    assert newest.startswith("Version 2") and "owner" not in newest
    text = history.text.toPlainText()
    changes = text.split("—" * 20)[0]
    assert "What changed in this version:" in changes
    assert "Before: (empty)" in changes and "After: بیرون از خانه‌ام" in changes
    assert f"After: {title}" in changes
    assert "what happened:" not in changes  # an unchanged field is not listed as changed
    history.list.setCurrentRow(1)  # the first version: its text alone
    assert "What changed" not in history.text.toPlainText()
    assert "place:" not in history.text.toPlainText()
    assert "title: Zebracanary incident 0000" in history.text.toPlainText()
