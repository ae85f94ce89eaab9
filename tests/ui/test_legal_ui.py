"""The app's legal parts: the editor's Legal tab and the orders and risk assessments window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from safelog import drafts
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from safelog.legal import orders, risk
from tests.ui.conftest import Answers
from ui.common.labels import order_kind_labels
from ui.common.session import Session
from ui.editor.window import IncidentEditor
from ui.legal.window import LegalWindow

SOURCE = "my sister, by phone on 4 May"  # keyClicks can only type Latin-1


def show_active(widget: Any, qtbot: Any) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def tick(qtbot: Any, box: Any) -> None:
    """Tick a check box from the keyboard, as a person tabbing through would."""
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_legal_tab_saves_every_field(qtbot: Any, session: Session, answers: Answers) -> None:
    vault = session.require()
    spo = orders.add_order(
        vault, orders.Order(kind="spo", made="2026-03-01", reference="SPO/26/114")
    )
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    show_active(editor, qtbot)
    qtbot.keyClicks(editor.form.title, "Officers questioned my father")
    editor.tabs.setCurrentWidget(editor.legal)
    legal = editor.legal
    assert legal.orders.count() == 1 and not legal.no_orders.isVisible()
    tick(qtbot, legal.behaviours["contacting"])
    tick(qtbot, legal.behaviours["watching"])
    tick(qtbot, legal.effects["alarm-distress"])
    legal.source.setFocus()
    qtbot.keyClicks(legal.source, SOURCE)
    legal.attribution.setFocus()
    qtbot.keyClicks(legal.attribution, "They asked about my articles")
    legal.orders.setFocus()
    legal.orders.setCurrentRow(0)
    qtbot.keyClick(legal.orders, Qt.Key.Key_Space)
    assert legal.orders.item(0).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    incident = store.get_incident(vault, saved.args[0])
    assert incident.behaviours == ["contacting", "watching"]
    assert incident.effects == ["alarm-distress"]
    assert incident.source == SOURCE
    assert incident.attribution == "They asked about my articles"
    assert incident.breach_of == [spo.id]
    assert orders.get_order(vault, spo.id).breaches == [incident.id]


def test_editing_other_fields_keeps_the_legal_ones(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    vault = session.require()
    saved = store.add_incident(
        vault,
        Incident(
            "Car outside",
            parse_when("2026-05-03 10:00"),
            behaviours=["loitering"],
            effects=["fear-of-violence"],
            source="my neighbour",
            attribution="embassy plates",
        ),
    )
    editor = IncidentEditor(session, saved.id)
    qtbot.addWidget(editor)
    show_active(editor, qtbot)
    assert editor.legal.behaviours["loitering"].isChecked()
    assert editor.legal.source.toPlainText() == "my neighbour"
    editor.form.title.setFocus()
    qtbot.keyClick(editor.form.title, Qt.Key.Key_End)
    qtbot.keyClicks(editor.form.title, " again")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = store.get_incident(vault, saved.id)
    assert after.title == "Car outside again" and after.revision == 2
    assert (after.behaviours, after.effects, after.source, after.attribution) == (
        ["loitering"],
        ["fear-of-violence"],
        "my neighbour",
        "embassy plates",
    )


def test_legal_tab_is_kept_in_the_draft(qtbot: Any, session: Session, answers: Answers) -> None:
    vault = session.require()
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    show_active(editor, qtbot)
    qtbot.keyClicks(editor.form.title, "Unfinished")
    tick(qtbot, editor.legal.behaviours["following"])
    editor.save_draft()
    assert drafts.load_draft(vault, "incident:new")["legal"]["behaviours"] == ["following"]
    editor.reject()
    again = IncidentEditor(session)  # answers.confirm is True: continue the draft
    qtbot.addWidget(again)
    assert again.legal.behaviours["following"].isChecked()


def test_orders_and_risk_window(qtbot: Any, session: Session, answers: Answers) -> None:
    vault = session.require()
    incident = store.add_incident(vault, Incident("Came to my door", parse_when("2026-05-03")))
    window = LegalWindow(session)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    tab = window.orders
    tab.kind.setCurrentIndex(tab.kind.findData("injunction"))
    tab.court.setFocus()
    qtbot.keyClicks(tab.court, "County Court at Central London")
    tab.reference.setFocus()
    qtbot.keyClicks(tab.reference, "K00CL123")
    tab.terms.setFocus()
    qtbot.keyClicks(tab.terms, "Must not come within 100 metres of her home")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "Harassment injunction"
    [order] = orders.list_orders(vault)
    assert order.court == "County Court at Central London" and order.reference == "K00CL123"
    # A breach marked on an incident shows under the chosen order.
    incident.breach_of = [order.id]
    store.update_incident(vault, incident.id, incident)
    tab.reload()
    tab.table.selectRow(0)
    assert "Came to my door" in tab.breaches.text()
    # An expiry before the date made is refused with one sentence; nothing is saved.
    tab.has_expiry.setChecked(True)
    tab.expires.setDate(tab.made.date().addDays(-1))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert any("expires before" in text for kind, text in answers.asked if kind == "error")
    assert orders.get_order(vault, order.id).revision == 1
    window.tabs.setCurrentWidget(window.risks)
    risks = window.risks
    risks.level.setCurrentIndex(risks.level.findData("high"))
    risks.tool.setFocus()
    qtbot.keyClicks(risks.tool, "S-DASH")
    risks.by.setFocus()
    qtbot.keyClicks(risks.by, "DC Price 4471")
    qtbot.mouseClick(risks.add_button, Qt.MouseButton.LeftButton)
    assert risks.table.rowCount() == 1 and risks.table.item(0, 1).text() == "High"
    assert risk.latest(vault).by == "DC Price 4471"


def test_window_forgets_everything_when_the_vault_locks(qtbot: Any, session: Session) -> None:
    orders.add_order(
        session.require(), orders.Order(kind="spo", made="2026-03-01", terms="secret terms")
    )
    window = LegalWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.orders.table.selectRow(0)
    assert window.orders.terms.toPlainText() == "secret terms"
    session.locking.emit()
    assert window.orders.table.rowCount() == 0 and window.orders.terms.toPlainText() == ""
    assert not window.isVisible()


def test_orders_and_breaches_read_in_the_persons_language(
    qtbot: Any, session: Session, persian: Any
) -> None:
    """The order list in the editor and the breaches under an order used the core's English
    ``describe()``; they are now put together from translated labels and dates."""
    vault = session.require()
    order = orders.add_order(
        vault,
        orders.Order(kind="injunction", made="2026-05-02", expires="2027-05-02", court="Court"),
    )
    title = "<b>Came</b> to my door"  # typed text: shown as typed, never as markup
    incident = store.add_incident(vault, Incident(title, parse_when("2026-05-03 10:00")))
    incident.breach_of = [order.id]
    store.update_incident(vault, incident.id, incident)

    editor = IncidentEditor(session, incident.id)
    qtbot.addWidget(editor)
    editor.legal.load_choices(vault)
    line = editor.legal.orders.item(0).text()
    assert order_kind_labels(short=True)["injunction"] in line
    assert "made" not in line and "until" not in line and "Harassment" not in line
    assert "۱۴۰۵" in line  # the Solar Hijri year of 2 May 2026, in Persian digits
    editor.close()

    window = LegalWindow(session)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    tab = window.orders
    cell = tab.table.visualRect(tab.table.model().index(0, 1)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as a person
    shown = tab.breaches.text()
    assert title in shown and tab.breaches.textFormat() == Qt.TextFormat.PlainText
    assert "about" not in shown.lower() and "۱۴۰۵" in shown
    assert "2026-05-02" not in tab.table.item(0, 2).text()  # the date made, as the reader reads
    assert "۱۴۰۵" in tab.table.item(0, 2).text()
