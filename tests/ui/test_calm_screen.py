"""Fits the screen: nothing wider than the window, every editor tab scrolls, long names are
shortened with the full name on hover, and scrolling a form never changes a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.conftest import unlock


def test_window_and_editor_fit_a_small_screen(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(3))
    unlock(qtbot, window)
    screen = QGuiApplication.primaryScreen().availableSize()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    editor = window.open_editor(None)
    qtbot.waitExposed(editor)
    assert editor.width() <= screen.width() and editor.height() <= screen.height()
    for index in range(editor.tabs.count() - 1):  # the last tab is one text box
        assert isinstance(editor.tabs.widget(index), QScrollArea)
    view = window.workspace.timeline.detail
    assert view.scroll_area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # the When row is never cut: the date field is at least as wide as a long date
    line = editor.form.when.start.line
    assert line.width() >= line.fontMetrics().horizontalAdvance("28 Dec 2026  23:59")


def test_scrolling_over_a_list_does_not_change_it(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(1))
    unlock(qtbot, window)
    editor = window.open_editor(None)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    combo = editor.form.category
    before = combo.currentIndex()
    editor.form.title.setFocus()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(combo.rect().center())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before
    combo.setFocus()  # once chosen on purpose, the wheel works as usual
    qtbot.waitUntil(combo.hasFocus)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() != before


def test_long_evidence_names_keep_their_ending_and_show_in_full(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any
) -> None:
    window = open_window(make_vault(1))
    unlock(qtbot, window)
    panel = window.workspace.timeline.detail.evidence
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
