"""Under a pseudo-translation that changes every string, no window shows plain English.

Every window and page is opened with every app string (fresh from the code) wrapped in ⟦ ⟧ and
the core's sentences likewise; an English word left outside ⟦ ⟧ that is not the person's own
data (or a checklist's, translated by its own files) is a string no translator can reach.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from safelog import i18n
from safelog.checklists import load_catalog
from tests.ui.conftest import unlock
from tests.ui.pseudo_walk import (
    PseudoCore,
    build_pseudo_qm,
    english_left,
    every_tab_texts,
    widget_texts,
)
from tests.ui.test_calm_lock import open_editor, open_settings, open_viewer, open_walkthrough
from ui.shell.main_window import MainWindow


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    monkeypatch.setattr(i18n, "_catalogue", lambda code: PseudoCore())
    i18n.set_language("ru")  # any language but English, so the core asks its catalogue
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        i18n.set_language(i18n.DEFAULT)


def checklist_words() -> set[str]:
    words: set[str] = set()
    for checklist in load_catalog(language="en"):
        words |= {checklist.title, checklist.summary}
        for item in checklist.items:
            words |= {item.title, item.why, *item.help, *(s.title for s in item.sources)}
    return words


def person_data(window: MainWindow) -> set[str]:
    """What the test vault holds: the person's own words are never translated."""
    from safelog.incidents import people, store

    vault = window.session.require() if window.session else None
    data = {"Amira Haddad", str(window.vault_path), "Messages", "messages.txt"}
    data |= {"You will regret this."}
    if vault is not None:
        for summary in store.list_summaries(vault, store.Filters()):
            incident = store.get_incident(vault, summary.id)
            data |= {incident.title, incident.narrative, incident.location, incident.impact}
            data |= set(incident.tags)
        for row in people.list_people(vault):
            data |= {row.person.name, row.person.description, row.person.vehicle}
    return {d for d in data if d}


def _dialog(window: MainWindow, kind: type) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, kind.__name__
    return found[-1]


def open_about(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.shell.about import AboutDialog

    window.about()
    return _dialog(window, AboutDialog)


def open_profile(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.shell.profile_dialog import ProfileDialog

    window.commands.edit_profile()
    return _dialog(window, ProfileDialog)


def open_passphrase(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.access.passphrase_dialog import ChangePassphraseDialog

    window.commands.change_passphrase()
    return _dialog(window, ChangePassphraseDialog)


def open_recovery(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.access.passphrase_dialog import NewRecoveryKeyDialog

    window.commands.new_recovery_key()
    return _dialog(window, NewRecoveryKeyDialog)


def open_legal(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.legal.window import LegalWindow

    window.open_legal()
    dialog = _dialog(window, LegalWindow)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
    return dialog


def open_dossier(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.export.dossier_dialog import DossierDialog

    window.commands.make_dossier()
    return _dialog(window, DossierDialog)


def open_history(window: MainWindow, _tmp: Path) -> QWidget:
    from ui.incident.history import HistoryDialog

    window.workspace.timeline.view.select_first()
    view = window.workspace.findChild(QWidget, "incidentView") or window.workspace
    HistoryDialog(window.session, window.workspace.timeline.current_incident(), view).open()
    return _dialog(window, HistoryDialog)


def open_editor_tabs(window: MainWindow, _tmp: Path) -> QWidget:
    editor = open_editor(window)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
    editor.people.new_button.click()
    editor.reports.add_card()
    return editor


def open_page(index: int) -> Callable[[MainWindow, Path], QWidget]:
    def show(window: MainWindow, _tmp: Path) -> QWidget:
        window.show_page(index)
        if index == 0:
            window.workspace.timeline.view.select_first()
        return window

    return show


OPENERS: dict[str, Callable[[MainWindow, Path], QWidget]] = {
    "timeline": open_page(0),
    "people": open_page(1),
    "pattern": open_page(2),
    "checklists": open_page(3),
    "editor": open_editor_tabs,
    "viewer": open_viewer,
    "walk-through": lambda window, _tmp: open_walkthrough(window),
    "settings": lambda window, _tmp: open_settings(window),
    "about": open_about,
    "your details": open_profile,
    "passphrase": open_passphrase,
    "recovery key": open_recovery,
    "orders and risk": open_legal,
    "dossier": open_dossier,
    "history": open_history,
}


@pytest.mark.parametrize("where", list(OPENERS))
def test_no_english_left_in_a_window(
    qtbot: Any,
    pseudo: None,
    open_window: Any,
    make_vault: Any,
    dialog_log: Any,
    tmp_path: Path,
    where: str,
) -> None:
    window = open_window(make_vault(4))
    unlock(qtbot, window)
    shown = OPENERS[where](window, tmp_path)
    top = shown.window()
    qtbot.waitExposed(top)
    data = person_data(window) | checklist_words()
    left = english_left(every_tab_texts(top), data)
    assert left == [], "\n".join(f"{where}: {text!r}" for where, text in left)


def test_no_english_left_before_unlock(
    qtbot: Any, pseudo: None, open_window: Any, make_vault: Any, tmp_path: Path
) -> None:
    window = open_window(make_vault(0))
    assert english_left(widget_texts(window), {str(window.vault_path)}) == []


def test_no_english_left_on_the_welcome_pages(
    qtbot: Any, pseudo: None, open_window: Any, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "new-vault")
    texts = widget_texts(window)
    flow = window.welcome
    for page in (flow.create_page, flow.recovery_page):
        flow.setCurrentWidget(page)
        texts += widget_texts(window)
    assert english_left(texts, {str(tmp_path / "new-vault")}) == []


def test_the_walk_finds_english(qtbot: Any, pseudo: None) -> None:
    """The check itself: a label set without tr() is caught, a translated one is not."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Save these details", root))
    layout.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Lock"), root))
    root.show()
    left = english_left(widget_texts(root), set())
    assert [text for _where, text in left] == ["Save these details"]
