""" "How did you get this file?": asked in the panel after adding files, stored for the police.

A person adds files with the real "Add files…" button, answers with real clicks and key
presses (Persian typed as a Persian keyboard delivers it), and the answer reaches the vault and
the dossier. Skip stores nothing; "How you got it…" edits one exhibit, filled with its answer.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton

from safelog import evidence
from safelog.dossier.collect import DossierOptions, collect
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.conftest import CORPUS
from tests.ui.conftest import Answers, type_text
from ui.common.session import Session
from ui.evidence.obtained import compose, split
from ui.evidence.panel import EvidencePanel

PHOTO = CORPUS / "photos" / "jpg_Canon_40D.jpg"
LETTER = CORPUS / "evidence" / "letter.pdf"
PERSIAN = "پسر عمویم در واتساپ فرستاد"  # "my cousin sent it on WhatsApp"


@pytest.fixture
def panel(qtbot: Any, session: Session, answers: Answers) -> EvidencePanel:
    incident = store.add_incident(
        session.require(),
        Incident(
            title="Threat sent to my phone",
            when=parse_when("2026-05-03 15:00", tz="Europe/London"),
            category="threats",
        ),
    )
    widget = EvidencePanel(session)
    qtbot.addWidget(widget)
    widget.set_incident(incident.id)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_with_button(qtbot: Any, panel: EvidencePanel, answers: Answers, paths: list[Path]) -> list:
    answers.answers["open_files"] = [str(p) for p in paths]
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def click(widget: Any) -> None:
    """A click where a person clicks: on a choice's circle, or in the middle of anything else."""
    if isinstance(widget, QRadioButton):
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        assert widget.isChecked()
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_question_appears_after_adding_and_the_answer_reaches_the_dossier(
    qtbot: Any, panel: EvidencePanel, answers: Answers, tmp_path: Path
) -> None:
    question = panel.obtained
    assert not question.isVisibleTo(panel)  # nothing asked before anything is added
    refs = add_with_button(qtbot, panel, answers, [PHOTO, LETTER])
    assert len(refs) == 2
    assert question.isVisibleTo(panel) and question.form.isVisibleTo(panel)
    assert question.heading.text() == "How did you get these files?"
    assert all(ref in question.which.text() for ref in refs)
    texts = [b.text() for b in question.choices.values()]
    assert texts == [
        "I took this photo or recording myself",
        "Someone sent it to me",
        "I saved it from a website or app",
        "Something else",
    ]
    assert not any(k == "question" or k == "confirm" for k, _ in answers.asked)  # not a modal
    assert not question.save_button.isEnabled()  # nothing to save yet

    click(question.choices["sent"])
    click(question.more)
    type_text(question.more, PERSIAN)
    click(question.kept)
    QTest.keyClicks(question.kept, "On my phone")
    assert question.more.text() == PERSIAN
    click(question.save_button)

    vault = panel.session.require()
    for ref in refs:
        exhibit = evidence.get_exhibit(vault, ref)
        assert exhibit.obtained == f"Someone sent it to me: {PERSIAN}"
        assert exhibit.original_kept == "On my phone"
    assert not question.form.isVisibleTo(panel)
    assert question.done.isVisibleTo(panel) and refs[0] in question.done.text()
    data = collect(vault, DossierOptions())
    views = {e.ref: e for e in data.exhibits}
    assert views[refs[0]].obtained == f"Someone sent it to me: {PERSIAN}"
    assert views[refs[0]].original_kept == "On my phone"
    actions = [
        r[0]
        for r in vault.conn.execute(
            "SELECT action FROM custody WHERE entity_id = ?", (refs[0],)
        ).fetchall()
    ]
    assert "exhibit.provenance" in actions  # the answer is itself on the record


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_answer_is_printed_in_the_dossier_pdf(
    qtbot: Any, panel: EvidencePanel, answers: Answers, tmp_path: Path
) -> None:
    from safelog.dossier import build_dossier

    add_with_button(qtbot, panel, answers, [PHOTO])
    click(panel.obtained.choices["self"])
    click(panel.obtained.save_button)
    out = tmp_path / "dossier"
    build_dossier(panel.session.require(), out, DossierOptions())
    text = subprocess.run(
        ["pdftotext", str(out / "dossier.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "I took this photo or recording myself" in " ".join(text.split())


def test_skip_stores_nothing(qtbot: Any, panel: EvidencePanel, answers: Answers) -> None:
    (ref,) = add_with_button(qtbot, panel, answers, [PHOTO])
    question = panel.obtained
    assert question.heading.text() == "How did you get this file?"
    assert question.which.text() == f"Exhibit {ref} ({PHOTO.name})"
    vault = panel.session.require()
    log_before = vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0]
    click(question.choices["self"])
    click(question.more)
    QTest.keyClicks(question.more, "on my phone")
    click(question.skip_button)
    assert not question.isVisibleTo(panel)
    exhibit = evidence.get_exhibit(vault, ref)
    assert (exhibit.obtained, exhibit.original_kept) == ("", "")
    assert vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0] == log_before
    assert question.more.text() == ""  # the typed words are gone too


def test_button_edits_one_exhibit_prefilled(
    qtbot: Any, panel: EvidencePanel, answers: Answers
) -> None:
    first, second = add_with_button(qtbot, panel, answers, [PHOTO, LETTER])
    vault = panel.session.require()
    evidence.set_provenance(
        vault, first, obtained="I saved it from a website or app: Instagram story"
    )
    evidence.set_provenance(vault, second, obtained="Someone sent it to me")
    click(panel.obtained.skip_button)
    panel.refresh()
    panel.table.clearSelection()
    assert not panel.obtained_button.isEnabled()  # nothing selected
    panel.select_ref(first)
    assert panel.obtained_button.isEnabled()
    click(panel.obtained_button)
    question = panel.obtained
    assert question.isVisibleTo(panel)
    assert question.refs == [first]
    assert question.choices["saved"].isChecked()
    assert question.more.text() == "Instagram story"
    question.more.selectAll()
    QTest.keyClicks(question.more, "Instagram story, 2 May, account @watcher_42")
    click(question.kept)
    QTest.keyClicks(question.kept, "Screenshot on my laptop")
    click(question.save_button)
    assert evidence.get_exhibit(vault, first).obtained == (
        "I saved it from a website or app: Instagram story, 2 May, account @watcher_42"
    )
    assert evidence.get_exhibit(vault, first).original_kept == "Screenshot on my laptop"
    assert evidence.get_exhibit(vault, second).obtained == "Someone sent it to me"  # untouched


def test_question_is_forgotten_on_lock(qtbot: Any, panel: EvidencePanel, answers: Answers) -> None:
    add_with_button(qtbot, panel, answers, [PHOTO])
    click(panel.obtained.more)
    QTest.keyClicks(panel.obtained.more, "Zebracanary")
    panel.session.lock()
    assert not panel.obtained.isVisibleTo(panel)
    assert panel.obtained.more.text() == "" and panel.obtained.refs == []


def test_compose_and_split_round_trip() -> None:
    assert compose("sent", "  my   cousin ") == "Someone sent it to me: my cousin"
    assert compose("other", "found under the door") == "found under the door"
    assert compose("other", "") == "Something else"
    assert compose(None, PERSIAN) == PERSIAN
    for stored in ("Someone sent it to me: x", "pasted from the clipboard", "Something else"):
        choice, more = split(stored)
        assert compose(choice, more) == stored


def test_saved_answer_stays_said_in_the_incident_view(
    qtbot: Any, session: Session, answers: Answers
) -> None:
    """In the app the panel sits in the incident view, which reloads after every change."""
    from ui.incident.view import IncidentView

    incident = store.add_incident(
        session.require(),
        Incident(title="Letter", when=parse_when("2026-05-03 15:00", tz="Europe/London")),
    )
    view = IncidentView(session)
    qtbot.addWidget(view)
    view.show_incident(incident.id)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    panel = view.evidence
    (ref,) = add_with_button(qtbot, panel, answers, [LETTER])
    question = panel.obtained
    assert question.isVisibleTo(view) and question.refs == [ref]
    click(question.choices["other"])
    click(question.more)
    QTest.keyClicks(question.more, "It came through my letterbox")
    click(question.save_button)
    assert evidence.get_exhibit(session.require(), ref).obtained == "It came through my letterbox"
    assert question.done.isVisibleTo(view)  # the reload after saving did not wipe it
    assert panel.selected_ref() == ref  # and the file stays selected
