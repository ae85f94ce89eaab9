"""The incident editor: every field saved, edits become revisions, drafts survive a crash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from safelog import drafts
from safelog.incidents import people, store
from safelog.incidents.model import Person
from tests.ui.conftest import Answers
from ui.common.session import Session
from ui.editor.window import IncidentEditor
from ui.incident.history import HistoryDialog

PERSIAN = "مردی با ماشین خاکستری جلوی خانه‌ام ایستاده بود"
CHINESE = "有人在我家门口拍照"


def show_active(widget: Any, qtbot: Any) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def fill_everything(editor: IncidentEditor, qtbot: Any) -> None:
    form = editor.form
    qtbot.keyClicks(form.title, "Grey car outside my flat again")
    form.category.setCurrentIndex(form.category.findData("surveillance"))
    form.when.precision.setCurrentIndex(form.when.precision.findData("exact"))
    form.when.start.setDateTime(QDateTime(QDate(2026, 5, 3), QTime(15, 30)))
    form.when.has_end.setChecked(True)
    form.when.end.setDateTime(QDateTime(QDate(2026, 5, 3), QTime(16, 45)))
    form.when.zone.setCurrentText("Europe/London")
    form.location.setText("Outside 12 Acacia Road, London")
    form.coordinates.setText("51.5074, -0.1278")
    form.narrative.setPlainText(
        "He sat in the car for an hour and photographed the door.\n" + PERSIAN + "\n" + CHINESE
    )
    form.impact.setPlainText("I did not go to work.")
    form.private_notes.setPlainText("I think my cousin told them where I live.")
    form.tags.setText("car, home")
    # One person already recorded, one described inline.
    section = editor.people
    section.existing.setCurrentIndex(section.existing.findText("Reza K."))
    section.add_existing.click()
    section.new_button.click()
    section.new_form.name.setText("Man in grey Toyota")
    section.new_form.kind.setCurrentIndex(section.new_form.kind.findData("perpetrator_unknown"))
    section.new_form.description.setPlainText("About 40, dark jacket")
    section.new_form.vehicle.setText("Grey Toyota, AB12 CDE")
    section.new_form.state_link.setCurrentIndex(section.new_form.state_link.findData("suspected"))
    section.new_form.contact.setText("")
    add = next(
        b
        for b in section.new_box.findChildren(type(section.new_button))
        if b.text() == "Add to this incident"
    )
    add.click()
    card = editor.reports.add_card()
    card.route.setCurrentIndex(card.route.findData("101"))
    card.date.setDate(QDate(2026, 5, 4))
    card.reference.setText("CAD 1234/04MAY")
    card.spoken_to.setText("PC Smith 4567")
    card.outcome.setText("Told to keep a diary")
    card.referred_to.setText("Counter Terrorism Policing")


def test_add_with_every_field(qtbot: Any, session: Session, answers: Answers) -> None:
    vault = session.require()
    witness = people.add_person(
        vault, Person(name="Reza K.", kind="witness", contact="07700 900123")
    )
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "New incident"
    show_active(editor, qtbot)
    fill_everything(editor, qtbot)
    with qtbot.waitSignal(editor.saved) as saved, qtbot.waitSignal(session.incidents_changed):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    incident = store.get_incident(vault, saved.args[0])
    assert incident.title == "Grey car outside my flat again"
    assert incident.category == "surveillance"
    assert incident.when.precision == "exact"
    assert incident.when.tz == "Europe/London"
    assert incident.when.start.isoformat() == "2026-05-03T15:30:00+01:00"
    assert incident.when.end is not None and incident.when.end.hour == 16
    assert incident.location == "Outside 12 Acacia Road, London"
    assert incident.coordinates == (51.5074, -0.1278)
    assert PERSIAN in incident.narrative and CHINESE in incident.narrative
    assert incident.impact == "I did not go to work."
    assert incident.private_notes.startswith("I think my cousin")
    assert incident.tags == ["car", "home"]
    assert len(incident.people) == 2
    roles = {people.get_person(vault, link.person_id).name: link.role for link in incident.people}
    assert roles["Man in grey Toyota"] == "perpetrator"
    assert incident.people[0].person_id == witness.id
    new_person = people.get_person(vault, incident.people[1].person_id)
    assert new_person.vehicle == "Grey Toyota, AB12 CDE" and new_person.state_link == "suspected"
    (report,) = incident.reports
    assert (
        report.route,
        report.date,
        report.reference,
        report.spoken_to,
        report.outcome,
        report.referred_to,
    ) == (
        "101",
        "2026-05-04",
        "CAD 1234/04MAY",
        "PC Smith 4567",
        "Told to keep a diary",
        "Counter Terrorism Policing",
    )
    assert drafts.load_draft(vault, "incident:new") is None
    assert not editor.isVisible()


def test_validation_shows_sentences_next_to_fields(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.coordinates.setText("somewhere")
    editor.save_button.click()
    assert editor.form.title_error.isVisible()
    assert "short title" in editor.form.title_error.text()
    assert editor.form.coordinates_error.isVisible()
    assert store.count_incidents(session.require()) == 0
    assert not any(kind == "error" for kind, _ in answers.asked)  # no pop-up for typing


def test_defaults_are_now_and_approximate(qtbot: Any, session: Session) -> None:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    when = editor.form.when
    assert when.precision.currentData() == "approximate"
    assert abs(when.start.dateTime().secsTo(QDateTime.currentDateTime())) < 120
    assert when.zone.currentText()


def test_edit_makes_two_revisions_in_history(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    editor.form.title.setText("Phone call from unknown number")
    editor.form.narrative.setPlainText("They said they know where my mother lives.")
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    incident_id = saved.args[0]

    second = IncidentEditor(session, incident_id)
    qtbot.addWidget(second)
    assert second.windowTitle() == "Edit incident"
    assert second.form.title.text() == "Phone call from unknown number"
    second.form.title.setText("Threatening phone call")
    second.form.category.setCurrentIndex(second.form.category.findData("threats_to_family"))
    with qtbot.waitSignal(second.saved):
        second.save_button.click()

    history = HistoryDialog(session, incident_id)
    qtbot.addWidget(history)
    assert history.list.count() == 2
    newest = history.list.item(0).text()
    assert "Version 2" in newest and "title" in newest and "category" in newest
    assert "Threatening phone call" in history.text.toPlainText()
    history.list.setCurrentRow(1)
    assert "Phone call from unknown number" in history.text.toPlainText()
    assert "Version 1" in history.list.item(1).text()


def test_draft_survives_a_crash_and_is_offered_back(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    vault = session.require()
    editor = IncidentEditor(session)
    editor.form.title.setText("Followed from the station")
    editor.form.narrative.setPlainText(PERSIAN)
    editor.reports.add_card().reference.setText("REF-77")
    qtbot.waitUntil(lambda: drafts.load_draft(vault, "incident:new") is not None, timeout=5000)
    # A crash: the window goes away without any close or save.
    editor.session.locking.disconnect(editor._on_locking)
    editor.deleteLater()
    qtbot.waitUntil(lambda: not _alive(editor))

    restored = IncidentEditor(session)
    qtbot.addWidget(restored)
    assert any(
        kind == "confirm" and "Continue where you left off" in text for kind, text in answers.asked
    )
    assert restored.form.title.text() == "Followed from the station"
    assert restored.form.narrative.toPlainText() == PERSIAN
    assert restored.reports.reports()[0].reference == "REF-77"
    assert store.count_incidents(vault) == 0  # a draft is not an incident


def test_esc_keeps_draft_and_discard_removes_it(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    vault = session.require()
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    show_active(editor, qtbot)
    editor.form.title.setText("Car again")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # closes at once and keeps the words
    assert not editor.isVisible()
    assert drafts.load_draft(vault, "incident:new")["form"]["title"] == "Car again"

    again = IncidentEditor(session)  # answers "yes, continue"
    qtbot.addWidget(again)
    assert again.form.title.text() == "Car again"
    again.discard()  # asks, then throws the draft away
    assert answers.asked[-1][0] == "confirm"
    assert drafts.load_draft(vault, "incident:new") is None


def test_declining_the_draft_discards_it(qtbot: Any, session: Session, answers: Answers) -> None:
    vault = session.require()
    drafts.save_draft(vault, "incident:new", {"version": 1, "form": {"title": "Old words"}})
    answers.answers["confirm"] = False
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    assert editor.form.title.text() == ""
    assert drafts.load_draft(vault, "incident:new") is None


def test_save_first_then_evidence_tab_opens(qtbot: Any, session: Session, answers: Answers) -> None:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    assert editor.evidence is None
    editor.form.title.setText("Threat by email")
    with qtbot.waitSignal(editor.saved):
        editor._save_for_evidence()
    assert editor.evidence is not None and editor.evidence.incident_id == editor.incident_id
    assert editor.draft_key == f"incident:{editor.incident_id}"
    assert editor.windowTitle() == "Edit incident"


def test_lock_keeps_draft_and_clears_editor(qtbot: Any, session: Session, answers: Answers) -> None:
    vault_path = session.require().path
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.title.setText("Secret canary title")
    editor.form.narrative.setPlainText("canary narrative")
    session.lock()
    assert not editor.isVisible()
    assert editor.form.title.text() == "" and editor.form.narrative.toPlainText() == ""
    from safelog.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(vault_path, PASSPHRASE) as reopened:
        draft = drafts.load_draft(reopened, "incident:new")
    assert draft is not None and draft["form"]["title"] == "Secret canary title"


def _alive(widget: Any) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
