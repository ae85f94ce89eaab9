"""The Checklists page and the walk-through: percentages, keyboard-only use, resuming, locking.

A small catalog written into tmp_path keeps the numbers exact whatever the shipped content says;
one test uses the shipped content to check that every checklist is listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from safelog.checklists import (
    Catalog,
    history,
    item_states,
    load_catalog,
    resume_point,
    set_status,
)
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import visible_texts
from ui.checklists.page import ID_ROLE, PERCENT_ROLE, ChecklistsPage
from ui.checklists.parts import NEXT, PROGRESS, TITLE
from ui.checklists.walkthrough import MARKED_BY_PROPERTY, Walkthrough
from ui.common.session import Session

ALT = Qt.KeyboardModifier.AltModifier
CANARY = "Zebracanary told the helpline"
ALPHA = [("a1", "high"), ("a2", "medium"), ("a3", "low"), ("a4", "high")]
BETA = [("b1", "high"), ("b2", "low"), ("b3", "medium")]


def write_checklist(
    folder: Path, checklist_id: str, order: int, items: list[tuple[str, str]]
) -> None:
    lines = [
        f'id = "{checklist_id}"',
        "version = 1",
        f"order = {order}",
        'language = "en"',
        f'title = "The {checklist_id} list"',
        f'summary = "What {checklist_id} is for."',
        "",
        "[sources]",
        'SRC = { title = "Test advice", url = "https://example.org/a" }',
        "",
    ]
    for item_id, priority in items:
        lines += [
            "[[items]]",
            f'id = "{item_id}"',
            f'title = "Step {item_id}"',
            f'why = "Why {item_id} matters."',
            f'priority = "{priority}"',
            'help = ["A helpline"]',
            'sources = ["SRC"]',
            "",
        ]
    (folder / f"{checklist_id}.toml").write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    folder = tmp_path / "checklists"
    folder.mkdir()
    write_checklist(folder, "alpha", 1, ALPHA)
    write_checklist(folder, "beta", 2, BETA)
    return load_catalog(folder)


@pytest.fixture
def session(vault: Any) -> Session:
    return Session(vault)


def shown_page(qtbot: Any, session: Session, catalog: Catalog | None = None) -> ChecklistsPage:
    page = ChecklistsPage(session, catalog=catalog)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def row_of(page: ChecklistsPage, checklist_id: str) -> int:
    return [row.checklist_id for row in page.rows].index(checklist_id)


def cell(page: ChecklistsPage, row: int, column: int) -> QTableWidgetItem:
    item = page.table.item(row, column)
    assert item is not None
    return item


def percent(page: ChecklistsPage, checklist_id: str) -> int:
    return int(cell(page, row_of(page, checklist_id), PROGRESS).data(PERCENT_ROLE))


def open_by_enter(qtbot: Any, page: ChecklistsPage, checklist_id: str) -> Walkthrough:
    page.table.setFocus()
    page.table.setCurrentCell(row_of(page, checklist_id), TITLE)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.walkthrough is not None
    assert page.stack.currentWidget() is page.walkthrough
    return page.walkthrough


def test_overview_lists_every_shipped_checklist(qtbot: Any, session: Session) -> None:
    page = shown_page(qtbot, session)
    shipped = load_catalog(strict=False)
    assert page.table.rowCount() == len(shipped) > 0
    listed = [cell(page, n, TITLE).data(ID_ROLE) for n in range(page.table.rowCount())]
    assert listed == shipped.ids
    assert all(percent(page, cid) == 0 for cid in shipped.ids)
    assert set(page.open_buttons) == set(shipped.ids)
    assert page.open_buttons[shipped.ids[0]].text() == "Start"


def test_overview_percentages_follow_the_saved_statuses(
    qtbot: Any, vault: Any, session: Session, catalog: Catalog
) -> None:
    alpha, beta = catalog.get("alpha"), catalog.get("beta")
    set_status(vault, alpha, "a1", "done")
    set_status(vault, alpha, "a2", "not_applicable")
    set_status(vault, alpha, "a3", "need_help")
    for item_id, _priority in BETA:
        set_status(vault, beta, item_id, "done")
    page = shown_page(qtbot, session, catalog)

    assert page.table.rowCount() == 2
    assert percent(page, "alpha") == 33  # 1 done of the 3 that apply
    assert percent(page, "beta") == 100
    alpha_row = row_of(page, "alpha")
    assert cell(page, alpha_row, PROGRESS).text() == "33%"
    assert cell(page, alpha_row, NEXT).text() == "Step a4"  # high priority before a3
    assert cell(page, row_of(page, "beta"), NEXT).text() == "Nothing left to do here"
    assert page.open_buttons["alpha"].text() == "Continue"
    assert page.open_buttons["beta"].text() == "Look again"

    set_status(vault, alpha, "a4", "done")
    session.checklists_changed.emit()
    assert percent(page, "alpha") == 66
    assert cell(page, row_of(page, "alpha"), NEXT).text() == "Step a3"  # waiting for help


def test_walkthrough_is_driven_by_keyboard_and_resumes(
    qtbot: Any, vault: Any, session: Session, catalog: Catalog
) -> None:
    page = shown_page(qtbot, session, catalog)
    walk = open_by_enter(qtbot, page, "alpha")
    alpha = catalog.get("alpha")
    assert walk.position_label.text() == "Item 1 of 4"

    with qtbot.waitSignal(session.checklists_changed):
        qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_2)
    assert item_states(vault, alpha)[0].status == "done"
    assert walk.status_buttons["done"].isChecked()

    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_N, ALT)  # "&Note"
    assert walk.note.hasFocus()
    qtbot.keyClicks(walk.note, "Called 2 helplines")  # digits type, they do not mark
    assert item_states(vault, alpha)[0].status == "done"
    qtbot.keyClick(walk.note, Qt.Key.Key_4, ALT)
    first = item_states(vault, alpha)[0]
    assert (first.status, first.note, first.marked_by) == ("need_help", "Called 2 helplines", "")

    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_B, ALT)  # "Marked &by"
    assert walk.by_field.hasFocus()
    qtbot.keyClicks(walk.by_field, "Sam Ortiz")
    qtbot.keyClick(walk.by_field, Qt.Key.Key_PageDown)
    assert walk.position_label.text() == "Item 2 of 4"
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_3, ALT)
    second = item_states(vault, alpha)[1]
    assert (second.status, second.marked_by) == ("not_applicable", "Sam Ortiz")

    walk.next_button.setFocus()
    qtbot.keyClick(walk.next_button, Qt.Key.Key_Right, ALT)
    assert walk.position_label.text() == "Item 3 of 4"
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_Left, ALT)
    assert walk.position_label.text() == "Item 2 of 4"
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_PageUp)
    assert walk.position_label.text() == "Item 1 of 4"
    assert walk.note.toPlainText() == "Called 2 helplines"
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_PageDown)
    assert walk.position_label.text() == "Item 3 of 4"
    assert [h.status for h in history(vault, alpha, "a1")] == ["done", "need_help"]

    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_Up, ALT)  # back to the list
    assert page.walkthrough is None
    assert page.stack.currentWidget() is page.overview_panel
    assert page.table.hasFocus()
    assert percent(page, "alpha") == 0  # nothing done yet; a2 does not apply
    point = resume_point(vault, alpha)
    assert (point.item_id, point.stored) == ("a3", True)

    again = open_by_enter(qtbot, page, "alpha")
    assert again.position_label.text() == "Item 3 of 4"
    assert again.by_field.text() == "Sam Ortiz"  # remembered for this session


def test_walkthrough_end_and_reopen(
    qtbot: Any, vault: Any, session: Session, catalog: Catalog
) -> None:
    page = shown_page(qtbot, session, catalog)
    walk = open_by_enter(qtbot, page, "beta")
    for _ in BETA:
        qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_2)
        qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_PageDown)
    assert walk.finished
    assert walk.pages.currentIndex() == 1
    assert walk.done_list_button.hasFocus()
    assert resume_point(vault, catalog.get("beta")).item_id is None
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_PageUp)
    assert walk.position_label.text() == "Item 3 of 3"
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_1)  # back to "to do"
    walk.close_walkthrough()
    assert percent(page, "beta") == 66
    assert open_by_enter(qtbot, page, "beta").position_label.text() == "Item 3 of 3"


def test_right_to_left_moves_forward_with_alt_left(
    qtbot: Any, session: Session, catalog: Catalog
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        walk = Walkthrough(session, "alpha", catalog=catalog)
        qtbot.addWidget(walk)
        walk.show()
        qtbot.waitExposed(walk)
        walk.activateWindow()
        qtbot.waitUntil(walk.isActiveWindow)
        walk.focus_start()
        qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_Left, ALT)
        assert walk.position_label.text() == "Item 2 of 4"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_lock_saves_the_note_then_leaves_no_text(
    qtbot: Any, vault_path: Path, session: Session, catalog: Catalog
) -> None:
    page = shown_page(qtbot, session, catalog)
    walk = open_by_enter(qtbot, page, "alpha")
    qtbot.keyClick(walk.focusWidget(), Qt.Key.Key_N, ALT)
    qtbot.keyClicks(walk.note, CANARY)
    assert any(CANARY in text for text in visible_texts())

    session.lock()

    assert not any("Zebracanary" in text for text in visible_texts())
    assert page.table.rowCount() == 0 and page.rows == []
    assert walk.note.toPlainText() == ""
    assert not walk.note.document().isUndoAvailable()  # no way to bring the text back
    assert walk.by_field.text() == "" and not walk.by_field.isUndoAvailable()
    assert session.property(MARKED_BY_PROPERTY) is None
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert item_states(reopened, catalog.get("alpha"))[0].note == CANARY
    finally:
        reopened.close()


def test_print_summary_saves_the_dossiers_checklist_summary(
    qtbot: Any, tmp_path: Path, session: Session, catalog: Catalog, dialog_log: Any
) -> None:
    import subprocess

    dialog_log.answers["save_file"] = str(tmp_path / "summary")
    page = shown_page(qtbot, session, catalog)
    assert not page.print_button.isHidden()
    page.print_button.setFocus()
    qtbot.keyClick(page.print_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(dialog_log.of("info") or dialog_log.of("error")), timeout=20_000)
    assert not dialog_log.of("error")
    saved = tmp_path / "summary.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "checklist" in text.lower()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
