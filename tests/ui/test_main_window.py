"""The window's commands: verify, settings, shortcuts, pages, the editor hook, add_page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import unlock
from ui.editor.window import IncidentEditor
from ui.pattern.chart import PatternChart


@pytest.mark.parametrize("incidents", [0, 8])
def test_verify_runs_in_the_background_and_reports_plain_sentences(
    qtbot, open_window, make_vault, dialog_log, incidents
):
    window = open_window(make_vault(incidents))  # the fixture's fake exhibits have no bytes
    unlock(qtbot, window)
    window.verify_action.trigger()
    assert window._verify is not None
    qtbot.waitUntil(lambda: bool(dialog_log.of("info") or dialog_log.of("error")), timeout=30_000)
    if incidents == 0:
        assert dialog_log.of("info") == ["Your vault passed every check. Nothing is damaged."]
    else:
        assert "does not match its SHA-256" in dialog_log.of("error")[0]
        assert "Traceback" not in dialog_log.of("error")[0]


def test_commands_need_an_open_vault_and_pages_switch_by_keyboard(
    qtbot, open_window, make_vault, dialog_log
):
    window = open_window(make_vault(5))
    assert not window.new_action.isEnabled() and not window.incident_menu.menuAction().isVisible()
    unlock(qtbot, window)
    workspace = window.workspace
    assert [workspace.tabText(i) for i in range(workspace.count())] == [
        "Timeline",
        "People",
        "Pattern",
        "Checklists",
    ]
    window.activateWindow()
    qtbot.waitActive(window)
    assert workspace.pattern.page is None  # built only when first shown
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert workspace.currentIndex() == 2
    assert isinstance(workspace.pattern.page, PatternChart)  # the real chart, built on demand
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.currentIndex() == 0 and workspace.timeline.filters.search.hasFocus()

    window.new_action.trigger()  # the real editor, for a new incident
    editors = window.findChildren(IncidentEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    editors[0].reject()
    workspace.timeline.view.clearSelection()
    workspace.timeline.view.setCurrentIndex(workspace.timeline.model.index(-1, 0))
    window.edit_action.trigger()
    assert dialog_log.of("info")[-1] == "Choose an incident in the timeline first."
    window.keys_action.trigger()
    assert "Ctrl+Shift+H: Quick hide" in dialog_log.of("info")[-1]

    page = QLabel("checklist screens")
    index = window.add_page("Checklists", page)
    assert index == 3 and workspace.widget(3) is page and workspace.count() == 4
    extra = QLabel("more")
    assert workspace.add_page("Extra", extra) == 4


def test_every_control_has_an_accessible_name(qtbot, open_window, make_vault):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    window = open_window(make_vault(3))
    unlock(qtbot, window)
    controls = [
        w for w in window.findChildren(QLineEdit) + window.findChildren(QComboBox) if w.isVisible()
    ]
    controls += [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and not b.text() and type(b).__name__ != "QToolButton"
    ]
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_settings_dialog_applies_the_autolock_minutes(qtbot, open_window, make_vault):
    from ui.shell.settings_dialog import SettingsDialog

    window = open_window(make_vault(0))
    dialog = SettingsDialog(window.settings, str(window.vault_path), window)
    qtbot.addWidget(dialog)
    dialog.minutes.setValue(12)
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    chosen = dialog.chosen()
    window.apply_settings(chosen)
    assert window.autolock.limit.total_seconds() == 12 * 60
    assert (chosen.language, chosen.autolock_minutes) == ("fa", 12)
