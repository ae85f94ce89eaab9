"""Incident view, people view, pattern chart, history; and that locking empties them all."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from safelog.incidents import people, store
from safelog.incidents.model import Incident, Person, PersonLink, Report
from safelog.incidents.when import parse_when
from ui.common import dialogs
from ui.common.palette import CATEGORY_COLOURS, is_rtl, safe_name
from ui.common.session import Session
from ui.incident.view import IncidentView
from ui.pattern.chart import PatternChart
from ui.people.view import PeopleView

CANARY = "CANARY-7f3a"


@pytest.fixture
def answers() -> Any:
    asked: list[tuple[str, str]] = []

    def respond(kind: str, text: str) -> Any:
        asked.append((kind, text))
        return True

    dialogs.set_responder(respond)
    yield asked
    dialogs.set_responder(None)


@pytest.fixture
def session(vault: Any) -> Session:
    return Session(vault)


def add(
    session: Session, title: str, when: str, category: str = "surveillance", **fields: Any
) -> int:
    incident = store.add_incident(
        session.require(),
        Incident(
            title=title, when=parse_when(when, tz="Europe/London"), category=category, **fields
        ),
    )
    assert incident.id is not None
    return incident.id


def visible_text(root: QWidget) -> str:
    """Every piece of text a widget tree holds, for checking what remains after a lock."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QTableWidget):
            parts += [
                widget.item(r, c).text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if widget.item(r, c)
            ]
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            parts += [widget.topLevelItem(i).text(0) for i in range(widget.topLevelItemCount())]
        parts.append(widget.toolTip())
        parts.append(widget.accessibleDescription())
    return "\n".join(parts)


def test_incident_view_shows_every_field(qtbot: Any, session: Session, answers: Any) -> None:
    vault = session.require()
    man = people.add_person(
        vault,
        Person(
            name="Man in grey Toyota",
            kind="perpetrator_unknown",
            vehicle="AB12 CDE",
            state_link="suspected",
        ),
    )
    incident_id = add(
        session,
        "Car outside the flat",
        "about 2026-05-03 15:00",
        location="Acacia Road",
        coordinates=(51.5, -0.12),
        narrative="He photographed the door.",
        impact="I could not sleep.",
        private_notes="My cousin may have told them.",
        tags=["car"],
        behaviours=["watching", "loitering"],
        effects=["fear-of-violence"],
        source="My sister, by phone on 4 May",
        attribution="He was seen at the embassy",
        people=[PersonLink(int(man.id or 0), "perpetrator")],
        reports=[
            Report(
                route="101",
                date="2026-05-04",
                reference="CAD 77",
                spoken_to="PC Smith 4567",
                outcome="Diary advised",
                referred_to="CTP",
            )
        ],
    )
    view = IncidentView(session)
    qtbot.addWidget(view)
    view.show_incident(incident_id)
    text = visible_text(view)
    for expected in (
        "Car outside the flat",
        "Surveillance",
        "3 May 2026, about 15:00",
        "Acacia Road",
        "51.500000, -0.120000",
        "He photographed the door.",
        "I could not sleep.",
        "My cousin may have told them.",
        "Private notes",
        "Man in grey Toyota",
        "Perpetrator",
        "AB12 CDE",
        "suspected",
        "101 (police, non-emergency)",
        "CAD 77",
        "PC Smith 4567",
        "Diary advised",
        "CTP",
        "Legal",
        "Watching or spying on me",
        "Loitering near me, my home or work",
        "I feared violence would be used against me",
        "My sister, by phone on 4 May",
        "He was seen at the embassy",
        "First recorded",
    ):
        assert expected in text, expected
    with qtbot.waitSignal(view.edit_requested) as edit:
        view.edit_button.click()
    assert edit.args == [incident_id]
    view.history_button.click()
    assert view.history is not None and view.history.list.count() == 1
    view.show_incident(None)
    assert "Car outside the flat" not in visible_text(view)


def test_people_view_counts_and_edits(qtbot: Any, session: Session, answers: Any) -> None:
    vault = session.require()
    car = people.add_person(vault, Person(name="Man in grey Toyota", kind="perpetrator_unknown"))
    witness = people.add_person(vault, Person(name="مریم (همسایه)", kind="witness"))
    links = [PersonLink(int(car.id or 0), "perpetrator")]
    add(session, "One", "2026-03-01 10:00", people=links)
    add(
        session,
        "Two",
        "2026-04-01 10:00",
        people=[*links, PersonLink(int(witness.id or 0), "witness")],
    )
    add(session, "Three", "2026-05-01 10:00", people=links)
    view = PeopleView(session)
    qtbot.addWidget(view)
    assert dict(view.rows()) == {"Man in grey Toyota": 3, "مریم (همسایه)": 1}
    view.select_person(int(car.id or 0))
    assert view.incidents.count() == 3
    assert view.incidents.item(0).text().endswith("One")
    with qtbot.waitSignal(view.incident_activated) as opened:
        view.incidents.itemActivated.emit(view.incidents.item(1))
    assert store.get_incident(vault, opened.args[0]).title == "Two"

    view.form.vehicle.setText("Grey Toyota, AB12 CDE")
    view.save_button.click()
    assert people.get_person(vault, int(car.id or 0)).vehicle == "Grey Toyota, AB12 CDE"

    view.add_button.click()
    view.form.name.setText("Official from the embassy")
    view.form.kind.setCurrentIndex(view.form.kind.findData("perpetrator_known"))
    with qtbot.waitSignal(session.people_changed):
        view.save_button.click()
    assert ("Official from the embassy", 0) in view.rows()

    view.add_button.click()
    view.save_button.click()  # no name: a sentence next to the field, nothing saved
    assert not view.form.error.isHidden()
    assert len(people.list_people(vault)) == 3


def test_chart_totals_match_incidents(qtbot: Any, session: Session) -> None:
    add(session, "a", "2026-01-05 10:00", "surveillance")
    add(session, "b", "2026-01-20 10:00", "threats")
    add(session, "c", "2026-03-02 10:00", "surveillance")
    add(session, "d", "2026-03-03 10:00", "online_harassment")
    chart = PatternChart(session)
    qtbot.addWidget(chart)
    assert chart.period == "month"
    assert [b.total for b in chart.buckets] == [2, 0, 2]  # February stays visible, empty
    assert chart.totals() == {"surveillance": 2, "threats": 1, "online_harassment": 1}
    assert sum(b.total for b in chart.buckets) == store.count_incidents(session.require())
    chart.week.setChecked(True)
    assert chart.period == "week"
    assert sum(b.total for b in chart.buckets) == 4
    assert len(chart.buckets) == 9  # 5 Jan to 2 Mar, Monday-based weeks
    with qtbot.waitSignal(session.incidents_changed):
        session.incidents_changed.emit()
    add(session, "e", "2026-03-04 10:00", "threats")
    session.incidents_changed.emit()
    assert chart.totals()["threats"] == 2
    chart.month.setChecked(True)
    chart.canvas.set_current(0)
    assert "2 in total" in chart.detail.text()
    assert "4 incidents" not in chart.summary.text() and "5 incidents" in chart.summary.text()
    chart.show()
    chart.canvas.repaint()  # paints without error, in both directions
    chart.setLayoutDirection(chart.layoutDirection().RightToLeft)
    chart.canvas.repaint()


def test_every_category_has_a_colour() -> None:
    from safelog.incidents.model import CATEGORIES

    assert set(CATEGORY_COLOURS) == set(CATEGORIES)
    assert len(set(CATEGORY_COLOURS.values())) == len(CATEGORY_COLOURS)


def test_text_helpers() -> None:
    assert safe_name("photo\u202egpj.exe") == "photo\ufffdgpj.exe"
    assert safe_name("a\nb") == "a\ufffdb"
    assert is_rtl("مرد با ماشین") and not is_rtl("Car") and not is_rtl("123")


def test_lock_leaves_no_incident_text(qtbot: Any, session: Session, answers: Any) -> None:
    vault = session.require()
    person = people.add_person(
        vault, Person(name=f"{CANARY} person", kind="witness", contact=f"{CANARY} phone")
    )
    incident_id = add(
        session,
        f"{CANARY} title",
        "2026-05-03 15:00",
        narrative=f"{CANARY} narrative",
        private_notes=f"{CANARY} private",
        location=f"{CANARY} place",
        people=[PersonLink(int(person.id or 0), "witness")],
        reports=[Report(route="999", reference=f"{CANARY} ref")],
    )
    view = IncidentView(session)
    people_view = PeopleView(session)
    chart = PatternChart(session)
    for widget in (view, people_view, chart):
        qtbot.addWidget(widget)
    view.show_incident(incident_id)
    view.open_history()
    people_view.select_person(int(person.id or 0))
    history = view.history
    assert history is not None
    assert CANARY in visible_text(view) and CANARY in visible_text(people_view)
    assert CANARY in history.text.toPlainText()
    session.lock()
    for widget in (view, people_view, chart):
        assert CANARY not in visible_text(widget)
    assert chart.buckets == [] and chart.totals() == {}
    assert history.list.count() == 0 and history.text.toPlainText() == ""


def test_pdf_pane_renders_from_memory(qtbot: Any) -> None:
    import io

    from reportlab.pdfgen import canvas

    from ui.evidence.panes import PdfPane

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "Letter from the embassy")
    pdf.showPage()
    pdf.drawString(72, 720, "Page two")
    pdf.save()
    pane = PdfPane()
    qtbot.addWidget(pane)
    if not pane.available:
        pytest.skip("the PySide6 PDF add-on (PySide6-Pdf) is not installed")
    pane.load(out.getvalue())
    qtbot.waitUntil(lambda: pane.page_count() == 2)
    pane.clear()
    assert pane.buffer is None


def test_media_pane_takes_sound_from_memory(qtbot: Any) -> None:
    """Playback itself needs an audio device; here: built, fed from a buffer, emptied."""
    import io
    import wave

    from ui.evidence.panes import MediaPane

    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 8000)
    pane = MediaPane()
    qtbot.addWidget(pane)
    pane.load(out.getvalue(), "audio/wav")
    assert pane.player is not None and pane.player.sourceDevice() is pane.buffer
    assert pane.play.isEnabled()
    pane.clear()
    assert pane.buffer is None and not pane.play.isEnabled()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_incident_fits_a_narrow_pane_in_long_languages(
    qtbot: Any, qapp: Any, session: Session, language: str
) -> None:
    """Nothing is cut off at the right: the content is never wider than the pane shows
    (there is no sideways scroll bar), so a long translated heading must wrap."""
    from PySide6.QtCore import QLocale

    from ui.common.i18n import install_language, remove_translators

    translators = install_language(qapp, language)
    try:
        incident_id = add(
            session,
            "Grey car outside the flat",
            "2026-05-03 15:30",
            narrative="I came home and saw the same grey Toyota parked opposite the flat.",
            private_notes="I think my cousin gave them my address.",
        )
        view = IncidentView(session)
        qtbot.addWidget(view)
        view.resize(560, 700)
        view.show()
        view.show_incident(incident_id)
        qapp.processEvents()  # the posted layout requests: the scroll area sizes its content
        holder = view.scroll_area.widget()
        assert holder.width() <= view.scroll_area.viewport().width()
    finally:
        remove_translators(qapp, translators)
        install_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
