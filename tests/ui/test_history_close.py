"""Closing an incident's History (two versions, the newest chosen) reports no error."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

import ui.app
from tests.ui.conftest import unlock


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
