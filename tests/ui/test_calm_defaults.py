"""Safe defaults: Return or Escape never throws writing away; after adding a person the
keyboard is on that person, not on "Discard"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safelog import drafts
from ui.common import dialogs
from ui.common.session import Session
from ui.editor.window import IncidentEditor


def answer_box(qtbot: Any, key: Qt.Key, seen: dict[str, Any]) -> None:
    """When the next message box shows, note its default button and press ``key``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen["default"] = box.defaultButton().text() if box.defaultButton() else ""
        seen["text"] = box.text()
        qtbot.keyClick(box, key)

    QTimer.singleShot(20, press)


def shown_editor(qtbot: Any, session: Session) -> IncidentEditor:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_throw_away_question_defaults_to_no(qtbot: Any, session: Session) -> None:
    dialogs.set_responder(None)
    editor = shown_editor(qtbot, session)
    qtbot.keyClicks(editor.form.title, "Phone call at night")
    seen: dict[str, Any] = {}
    answer_box(qtbot, Qt.Key.Key_Return, seen)
    editor.discard_button.click()
    assert "Throw away" in seen["text"]
    assert seen["default"].replace("&", "") == "No"
    assert editor.isVisible()  # Return kept the writing
    assert editor.form.title.text() == "Phone call at night"


def test_draft_question_keeps_the_draft_on_return_and_escape(qtbot: Any, session: Session) -> None:
    dialogs.set_responder(None)
    editor = shown_editor(qtbot, session)
    qtbot.keyClicks(editor.form.title, "Unfinished entry")
    editor.save_draft()
    editor.reject()
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        seen: dict[str, Any] = {}
        answer_box(qtbot, key, seen)
        again = IncidentEditor(session)
        qtbot.addWidget(again)
        assert seen["default"] == "Continue writing"
        assert again.form.title.text() == "Unfinished entry"
        assert drafts.load_draft(session.require(), again.draft_key)
        again.reject()


def test_after_adding_a_person_the_keyboard_is_on_them(
    qtbot: Any, session: Session, answers: Any
) -> None:
    editor = shown_editor(qtbot, session)
    editor.tabs.setCurrentIndex(1)  # People
    section = editor.people
    section.new_button.click()
    qtbot.keyClicks(section.new_form.name, "Man in a grey Toyota with a long black coat")
    add = next(
        b
        for b in section.new_box.findChildren(type(section.new_button))
        if b.text() == "Add to this incident"
    )
    add.click()
    assert section.table.currentRow() == section.table.rowCount() - 1 == 0
    focus = QApplication.focusWidget()
    assert focus is section.table or section.table.isAncestorOf(focus)
    assert focus is not editor.discard_button
