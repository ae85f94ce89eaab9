"""The timeline: newest first, month headers, pages fetched on scroll, search and filters."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.ui.conftest import CANARY, unlock


@pytest.fixture
def timeline(qtbot, open_window, make_vault):
    window = open_window(make_vault(1000))
    unlock(qtbot, window)
    return window.workspace.timeline


def _incident_rows(model):
    from ui.timeline.model import IdRole, KindRole

    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rows.append((index.data(KindRole), index.data(IdRole), index.data()))
    return rows


def test_newest_first_grouped_by_month_and_fetched_on_scroll(qtbot, timeline):
    from ui.timeline.model import MONTH, PAGE_SIZE

    model = timeline.model
    assert model.total == 1000
    assert model.loaded == PAGE_SIZE
    rows = _incident_rows(model)
    assert rows[0][0] == MONTH  # the list opens with a month header
    titles = [title for kind, _id, title in rows if kind != MONTH]
    assert titles[0] == f"{CANARY} incident 0000"  # the newest
    assert titles == sorted(titles)  # numbers grow as time goes back
    months = [title for kind, _id, title in rows if kind == MONTH]
    assert len(months) == len(set(months)) > 3
    local = datetime(2026, 11, 23, 11, 0).astimezone()
    assert months[0].endswith(str(local.year))
    assert "1,000" in timeline.count_label.text() or "1000" in timeline.count_label.text()
    assert timeline.view.current_incident() is not None  # the first incident is chosen

    view = timeline.view
    view.resize(600, 400)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.loaded > PAGE_SIZE)
    while model.canFetchMore():  # each scroll to the end brings the next page
        previous = model.loaded
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # the view has laid out the page
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda previous=previous: model.loaded > previous)
    assert model.loaded == 1000
    titles = [t for kind, _i, t in _incident_rows(model) if kind != MONTH]
    assert len(titles) == 1000 and len(set(titles)) == 1000


def test_month_headers_are_skipped_by_the_keyboard(qtbot, timeline):
    from PySide6.QtCore import Qt

    from ui.timeline.model import MONTH, KindRole

    view = timeline.view
    view.setFocus()
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.currentIndex().data(KindRole) != MONTH


def _wait_total(qtbot, timeline, predicate):
    qtbot.waitUntil(lambda: predicate(timeline.model.total), timeout=5_000)
    return timeline.model.total


def test_search_and_each_filter_narrow_the_list(qtbot, timeline, dialog_log):
    bar = timeline.filters
    with qtbot.waitSignal(bar.filters_changed):
        bar.search.setText("lantern")
    assert timeline.model.total == 100
    assert "match" in timeline.count_label.text()
    bar.reset()
    assert timeline.model.total == 1000

    bar.period.setCurrentIndex(bar.period.findData("30d"))
    recent = timeline.model.total
    assert 0 < recent < 1000 and recent == pytest.approx(30 * 24 / 17, abs=2)
    bar.reset()

    bar.category.setCurrentIndex(bar.category.findData("threats"))
    assert timeline.model.total == 200
    bar.reset()

    person = next(i for i in range(bar.person.count()) if bar.person.itemText(i) == "Grey car man")
    bar.person.setCurrentIndex(person)
    assert timeline.model.total == 200
    bar.reset()

    bar.evidence.setCurrentIndex(bar.evidence.findData(True))
    assert timeline.model.total == 250
    bar.evidence.setCurrentIndex(bar.evidence.findData(False))
    assert timeline.model.total == 750
    bar.reset()

    bar.reported.setCurrentIndex(bar.reported.findData(True))
    assert timeline.model.total == 334
    bar.reported.setCurrentIndex(bar.reported.findData(False))
    assert timeline.model.total == 666

    bar.category.setCurrentIndex(bar.category.findData("surveillance"))
    assert timeline.model.total == len([i for i in range(1000) if i % 3 and i % 5 == 0])
    bar.search.setText("no such words anywhere")
    bar.search.returnPressed.emit()
    assert timeline.model.total == 0
    assert timeline.stack.currentWidget() is timeline.empty
    assert "Show everything" in timeline.empty.text()
    bar.reset_button.click()
    assert timeline.model.total == 1000
    assert timeline.stack.currentWidget() is timeline.view
    assert dialog_log.calls == []
