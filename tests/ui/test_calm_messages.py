"""Messages that do not alarm: plural counts, a PDF that names no creator is no problem and is
said once, and sound or video on a computer without a sound system gets one plain sentence."""

from __future__ import annotations

import sys
import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from safelog.evidence.importer import import_files
from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.ui.conftest import unlock
from ui.common.session import Session
from ui.evidence.viewer import ExhibitViewer, is_quiet_note

DATA = Path(__file__).resolve().parent.parent / "data"


def add_file(session: Session, path: Path) -> str:
    vault = session.require()
    incident_id = store.insert_incident(
        vault, Incident(title="Letter", when=parse_when("2026-05-03 15:00", tz="Europe/London"))
    )
    (result,) = import_files(vault, incident_id, [path])
    return result.exhibit.ref


def visible_texts(widget: Any) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and label.text()
    ]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 incidents in your log"), (1, "1 incident in your log"), (2, "2 incidents in your log")],
)
def test_counts_use_plural_forms(
    qtbot: Any, open_window: Any, make_vault: Any, dialog_log: Any, count: int, expected: str
) -> None:
    window = open_window(make_vault(count))
    unlock(qtbot, window)
    assert window.workspace.timeline.count_label.text() == expected


def test_pdf_without_creator_is_not_a_problem_and_said_once(
    qtbot: Any, session: Session, answers: Any
) -> None:
    ref = add_file(session, DATA / "calm_no_creator.pdf")
    exhibit_note = (
        session.require()
        .conn.execute("SELECT metadata_note FROM exhibits WHERE ref = ?", (ref,))
        .fetchone()[0]
    )
    assert is_quiet_note(exhibit_note)  # so no pop-up after the import
    viewer = ExhibitViewer(session, ref)
    qtbot.addWidget(viewer)
    texts = visible_texts(viewer)
    assert "Problems" not in texts
    assert not any("could not be read" in text for text in texts)
    sentences = [t for t in texts if t.endswith(".") and len(t) > 20]
    assert len(sentences) == len(set(sentences))  # no sentence twice
    assert any("does not say which program made it" in t for t in texts)


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    path = tmp_path / "voicemail.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 8000)
    return path


def test_no_sound_system_gets_one_sentence_and_save_a_copy(
    qtbot: Any, session: Session, answers: Any, recording: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import now fails
    ref = add_file(session, recording)
    viewer = ExhibitViewer(session, ref)
    qtbot.addWidget(viewer)
    assert viewer.kind == "media"
    assert viewer.stack.currentWidget() is viewer.nothing
    assert viewer.nothing.text() == (
        "This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play "
        "it with another program."
    )
    assert not viewer.message.isVisibleTo(viewer)  # said once, not twice
    assert viewer.export_button.text() == "Save a copy…" and viewer.export_button.isEnabled()


def test_playback_is_set_up_where_the_sound_system_is_present(
    qtbot: Any, session: Session, answers: Any, recording: Path
) -> None:
    pytest.importorskip("PySide6.QtMultimedia", reason="this computer has no sound system")
    ref = add_file(session, recording)
    viewer = ExhibitViewer(session, ref)
    qtbot.addWidget(viewer)
    assert viewer.stack.currentWidget() is viewer.media
    assert viewer.media.player is not None and viewer.media.play.isEnabled()
    viewer.forget()
