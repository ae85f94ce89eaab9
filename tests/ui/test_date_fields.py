"""Every date SafeLog asks for is typed the same way: orders, risk assessments, reports made
and the dossier's dates, in English and in Persian (right to left, Solar Hijri beside).

These fields were ``QDateEdit``s: an ISO "2026-11-03" in every language, section-by-section
typing, no Persian digits. Each test types with real key presses into the field that has the
keyboard focus and reads what was saved back from the vault.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt

from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from safelog.legal import orders, risk
from tests.ui.conftest import Answers, type_text
from ui.common.datefield import DateTimeField
from ui.common.session import Session
from ui.editor.window import IncidentEditor
from ui.export.dossier_dialog import CUSTOM, DossierDialog
from ui.legal.window import LegalWindow

PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


def show_active(widget: Any, qtbot: Any) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def retype(qtbot: Any, field: DateTimeField, text: str) -> None:
    """Click into the field, select what is there and type over it, then leave the field."""
    field.setFocus()
    qtbot.waitUntil(field.line.hasFocus)
    field.line.selectAll()
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    type_text(field.line, text)
    field.line.editingFinished.emit()  # what leaving the field with Tab does


def open_orders(qtbot: Any, session: Session) -> Any:
    window = LegalWindow(session)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    return window


def test_order_dates_are_typed_and_an_expiry_may_lie_ahead(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    window = open_orders(qtbot, session)  # kept: the tab lives as long as its window
    tab = window.orders
    ahead = date.today() + timedelta(days=400)
    retype(qtbot, tab.made, "3 Nov 2025")
    assert tab.made.line.text() == "3 Nov 2025" and not tab.made.problem()
    tab.has_expiry.setChecked(True)
    retype(qtbot, tab.expires, ahead.strftime("%d/%m/%Y"))
    assert not tab.expires.problem()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [order] = orders.list_orders(session.require())
    assert (order.made, order.expires) == ("2025-11-03", ahead.isoformat())
    assert not [text for kind, text in answers.asked if kind == "error"]


def test_an_order_made_tomorrow_or_an_unreadable_date_is_refused(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    window = open_orders(qtbot, session)  # kept: the tab lives as long as its window
    tab = window.orders
    tomorrow = date.today() + timedelta(days=1)
    retype(qtbot, tab.made, tomorrow.strftime("%d/%m/%Y"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    retype(qtbot, tab.made, "31 Foo 2025")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    errors = [text for kind, text in answers.asked if kind == "error"]
    assert len(errors) == 2 and "not come yet" in errors[0]
    assert orders.list_orders(session.require()) == []


def test_order_and_risk_dates_read_and_typed_in_persian(
    qtbot: Any, session: Session, answers: Answers, persian: Any
) -> None:
    window = open_orders(qtbot, session)
    tab = window.orders
    tab.made.setDate(QDate(2025, 11, 3))
    shown = tab.made.line.text()
    assert PERSIAN_DIGITS & set(shown) and not any(c.isascii() and c.isdigit() for c in shown)
    assert "2025-11-03" not in shown and "۲۰۲۵" in shown
    assert tab.made.solar_hijri.isVisible() and "۱۴۰۴" in tab.made.solar_hijri.text()
    retype(qtbot, tab.made, "۱۲/۱۰/۲۰۲۵")  # 12 October 2025, day first, Persian digits
    assert "۱۴۰۴" in tab.made.solar_hijri.text() and not tab.made.problem()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [order] = orders.list_orders(session.require())
    assert order.made == "2025-10-12"

    window.tabs.setCurrentWidget(window.risks)
    retype(qtbot, window.risks.date, "۱/۱۲/۲۰۲۵")
    qtbot.mouseClick(window.risks.add_button, Qt.MouseButton.LeftButton)
    assert risk.latest(session.require()).date == "2025-12-01"
    assert not [text for kind, text in answers.asked if kind == "error"]


def test_a_report_date_can_be_not_known_typed_or_refused(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    vault = session.require()
    saved = store.add_incident(vault, Incident("Threat by phone", parse_when("2025-11-02 10:00")))
    editor = IncidentEditor(session, saved.id)
    qtbot.addWidget(editor)
    show_active(editor, qtbot)
    editor.tabs.setCurrentWidget(editor._reports_tab)
    card = editor.reports.add_card()
    assert card.date.date() == QDate.currentDate()  # a new report was made today

    retype(qtbot, card.date, "")  # the day is not known
    assert not card.date.date().isValid() and not card.date.problem()
    assert card.date.line.placeholderText() == "Not known"  # what an empty date saves
    assert editor.save()
    assert store.get_incident(vault, saved.id).reports[0].date == ""

    retype(qtbot, card.date, "2 Dec 2025")
    assert editor.save()
    assert store.get_incident(vault, saved.id).reports[0].date == "2025-12-02"

    editor.tabs.setCurrentIndex(0)
    retype(qtbot, card.date, "2 Dex 2025")
    assert not editor.save()
    assert editor.tabs.currentWidget() is editor._reports_tab
    assert [kind for kind, _text in answers.asked] == ["error"]
    assert store.get_incident(vault, saved.id).reports[0].date == "2025-12-02"


def test_the_dossier_period_is_typed_and_an_unreadable_day_stops_the_save(
    qtbot: Any, session: Session
) -> None:
    store.add_incident(session.require(), Incident("Followed home", parse_when("2025-02-10 18:00")))
    dialog = DossierDialog(session.require(), date.today())
    qtbot.addWidget(dialog)
    show_active(dialog, qtbot)
    dialog.period.setCurrentIndex(CUSTOM)
    assert dialog.start.isVisible()
    retype(qtbot, dialog.start, "1 Jan 2025")
    retype(qtbot, dialog.end, "31/03/2025")
    options = dialog.options()
    assert (options.start, options.end) == (date(2025, 1, 1), date(2025, 3, 31))
    dialog.update_counts()
    assert dialog.save_button.isEnabled()  # one incident in that period

    retype(qtbot, dialog.end, "31 Mar 20x5")
    dialog.update_counts()
    assert not dialog.save_button.isEnabled()
    assert dialog.summary.text() == dialog.end.problem() != ""
