"""The timeline's filters take a range of days typed by the person and several kinds at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import add_incidents, incident_start, unlock


@pytest.fixture
def timeline(qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any) -> Any:
    window = open_window(make_vault(60))
    unlock(qtbot, window)
    return window.workspace.timeline


def type_day(qtbot: Any, field: Any, text: str) -> None:
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def test_a_custom_range_of_days(qtbot: Any, timeline: Any) -> None:
    bar = timeline.filters
    assert not bar.date_from.isVisible()
    bar.period.setCurrentIndex(bar.period.findData("custom"))
    assert bar.date_from.isVisible() and bar.date_to.isVisible()
    # incidents 10..20 (17 hours apart): the days they fall on, in this computer's zone
    first = incident_start(20).astimezone().date()
    last = incident_start(10).astimezone().date()
    type_day(qtbot, bar.date_from, f"{first:%d/%m/%Y}")
    type_day(qtbot, bar.date_to, f"{last:%d/%m/%Y}")
    expected = sum(1 for i in range(60) if first <= incident_start(i).astimezone().date() <= last)
    qtbot.waitUntil(lambda: timeline.model.total == expected)
    assert 10 <= expected <= 14
    bar.reset()
    assert timeline.model.total == 60 and not bar.date_from.isVisible()


def test_several_kinds_at_once(qtbot: Any, timeline: Any) -> None:
    bar = timeline.filters
    bar.category.setCurrentIndex(bar.category.findData("several"))
    for i in range(bar.kinds.count()):
        if bar.kinds.item(i).data(Qt.ItemDataRole.UserRole) in ("threats", "following"):
            bar.kinds.item(i).setCheckState(Qt.CheckState.Checked)
    assert sorted(bar.current_filters().categories) == ["following", "threats"]
    qtbot.waitUntil(lambda: timeline.model.total == 24)  # 2 of the 5 kinds cycled over 60
    assert bar.category.currentText() == "2 kinds"
    assert add_incidents  # the cycle the counts above come from
