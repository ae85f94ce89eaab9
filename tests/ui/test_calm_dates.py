"""Typing a date and time in the incident editor: real key presses, English and Persian.

Each test types into whatever widget has the keyboard focus after focusing "When it started",
as a person does, then saves with Ctrl+S and reads the incident back from the vault.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.ui.conftest import Answers, type_text
from ui.common.session import Session
from ui.editor.window import IncidentEditor


def open_editor(qtbot: Any, session: Session) -> IncidentEditor:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.form.title, "Car outside")
    return editor


def focus_start(qtbot: Any, editor: IncidentEditor) -> Any:
    editor.form.when.start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    return target


def save(qtbot: Any, editor: IncidentEditor, session: Session) -> Incident:
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    return store.get_incident(session.require(), saved.args[0])


def choose_exact_in_london(editor: IncidentEditor) -> None:
    when = editor.form.when
    when.precision.setCurrentIndex(when.precision.findData("exact"))
    when.zone.setCurrentText("Europe/London")


@pytest.mark.parametrize(
    "typed", ["1 Dec 2026 18:30", "01/12/2026 18:30", "1 December 2026, 18:30", "2026-12-01 18:30"]
)
def test_typed_date_is_saved_exactly(
    qtbot: Any, session: Session, answers: Answers, typed: str
) -> None:
    editor = open_editor(qtbot, session)
    choose_exact_in_london(editor)
    target = focus_start(qtbot, editor)
    for count, char in enumerate(typed, start=1):
        QTest.keyClicks(target, char)
        assert target.text() == typed[:count]  # nothing rewritten while typing
        assert target.cursorPosition() == count  # the cursor never jumps
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.when.precision  # Tab: the next field
    incident = save(qtbot, editor, session)
    assert incident.when.start.isoformat() == "2026-12-01T18:30:00+00:00"
    assert incident.when.tz == "Europe/London"


def test_a_time_alone_means_today(qtbot: Any, session: Session, answers: Answers) -> None:
    editor = open_editor(qtbot, session)
    choose_exact_in_london(editor)
    target = focus_start(qtbot, editor)
    QTest.keyClicks(target, "07:05")
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    incident = save(qtbot, editor, session)
    start = incident.when.start.astimezone(ZoneInfo("Europe/London"))
    assert (start.date(), start.hour, start.minute) == (date.today(), 7, 5)


def test_future_days_cannot_be_typed_stepped_or_picked(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    editor = open_editor(qtbot, session)
    target = focus_start(qtbot, editor)
    tomorrow = date.today() + timedelta(days=1)
    QTest.keyClicks(target, f"{tomorrow:%d/%m/%Y} 10:00")
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible()
    assert store.count_incidents(session.require()) == 0
    assert "not come yet" in editor.form.when_error.text()
    # Back to today: Up on the day does not go past it, and the calendar ends today.
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(target, f"{date.today():%d/%m/%Y} 10:00")
    target.setCursorPosition(0)
    qtbot.keyClick(target, Qt.Key.Key_Up)
    assert editor.form.when.start.dateTime().date().toPython() == date.today()
    qtbot.keyClick(target, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.form.when.start.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.maximumDate().toPython() == date.today()


def test_arrows_step_the_part_under_the_cursor_and_the_calendar_picks(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    editor = open_editor(qtbot, session)
    choose_exact_in_london(editor)
    target = focus_start(qtbot, editor)
    QTest.keyClicks(target, "3 Nov 2026 09:59")
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    target.setFocus()
    text = target.text()
    target.setCursorPosition(len(text))  # in the minutes
    qtbot.keyClick(target, Qt.Key.Key_Up)
    assert editor.form.when.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-03 10:00"
    assert target.cursorPosition() == len(text)  # the cursor stays put
    target.setCursorPosition(1)  # in the day
    qtbot.keyClick(target, Qt.Key.Key_Down)
    assert editor.form.when.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-02 10:00"
    qtbot.keyClick(target, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.form.when.start.calendar
    qtbot.waitUntil(calendar.isVisible)
    grid = calendar.focusProxy() or calendar  # the calendar's day grid takes the keys
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # the day before, in the calendar
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert editor.form.when.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-01 10:00"
    incident = save(qtbot, editor, session)
    assert incident.when.start.isoformat() == "2026-11-01T10:00:00+00:00"


def test_zone_found_by_place_and_recent_zone_first(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    vault = session.require()
    store.insert_incident(
        vault, Incident(title="Earlier", when=parse_when("2026-10-01 12:00", tz="Asia/Hong_Kong"))
    )
    editor = open_editor(qtbot, session)
    zone: QComboBox = editor.form.when.zone
    assert zone.itemText(0) == "Asia/Hong_Kong"  # recently used comes first
    choose_exact_in_london(editor)
    target = focus_start(qtbot, editor)
    QTest.keyClicks(target, "1 Dec 2026 18:30")
    zone.setFocus(Qt.FocusReason.TabFocusReason)
    zone.lineEdit().selectAll()
    QTest.keyClicks(zone.lineEdit(), "Tehran")
    qtbot.keyClick(zone.lineEdit(), Qt.Key.Key_Tab)
    assert editor.form.when.zone_name() == "Asia/Tehran"
    incident = save(qtbot, editor, session)
    assert incident.when.tz == "Asia/Tehran"
    assert incident.when.start.isoformat() == "2026-12-01T18:30:00+03:30"


@pytest.mark.parametrize("typed", ["۱/۱۲/۲۰۲۶ ۱۸:۳۰", "1 Dec 2026 18:30"])
def test_typing_in_persian(
    qtbot: Any, persian: Any, session: Session, answers: Answers, typed: str
) -> None:
    editor = open_editor(qtbot, session)
    assert editor.isRightToLeft()
    choose_exact_in_london(editor)
    target = focus_start(qtbot, editor)
    month = QLocale().monthName(12)  # the month in Persian, as a Persian speaker types it
    for count, char in enumerate(typed, start=1):
        type_text(target, char)
        assert target.cursorPosition() == count
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.when.precision
    shown = target.text()
    assert shown  # tidied into the language's own digits and month name
    incident = save(qtbot, editor, session)
    assert incident.when.start.isoformat() == "2026-12-01T18:30:00+00:00"
    # the Persian month name is understood too
    editor = open_editor(qtbot, session)
    choose_exact_in_london(editor)
    target = focus_start(qtbot, editor)
    type_text(target, f"2 {month} 2026 07:15")
    incident = save(qtbot, editor, session)
    assert incident.when.start.replace(tzinfo=None) == datetime(2026, 12, 2, 7, 15)


def test_zone_found_by_its_name_in_persian(
    qtbot: Any, session: Session, answers: Answers, persian: Any
) -> None:
    """A Persian reader types the country in Persian script; the completer offers Qt's Persian
    name of the zone and leaving the field settles on the zone."""
    editor = open_editor(qtbot, session)
    zone: QComboBox = editor.form.when.zone
    offered = zone.completer().model().stringList()
    assert any(label.endswith(" — Asia/Tehran") and "ایران" in label for label in offered)
    zone.setFocus(Qt.FocusReason.TabFocusReason)
    zone.lineEdit().selectAll()
    type_text(zone.lineEdit(), "ایران")
    assert editor.form.when.zone_name() == "Asia/Tehran"
    qtbot.keyClick(zone.lineEdit(), Qt.Key.Key_Tab)
    incident = save(qtbot, editor, session)
    assert incident.when.tz == "Asia/Tehran"
