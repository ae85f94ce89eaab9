"""Fixtures for the shell's pytest-qt tests: vaults with incidents, answered dialogs, a clock.

Nothing here is autouse, so the other UI tests in this folder are not affected. Dialogs are
answered through ``ui.common.dialogs.set_responder``; no test ever waits on a real modal dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE


def pytest_configure(config: pytest.Config) -> None:
    """pytest-qt builds its QApplication (session scope) before the per-test fixtures set
    QT_QPA_PLATFORM, so choose the offscreen platform here, unless a display was asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


CANARY = "Zebracanary"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
CATEGORY_CYCLE = ["surveillance", "following", "online_harassment", "threats", "other"]


class DialogLog:
    """Records every dialog the app asked for and answers it from ``answers``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answers: dict[str, Any] = {}

    def __call__(self, kind: str, text: str) -> Any:
        self.calls.append((kind, text))
        answer = self.answers.get(kind)
        return answer(text) if callable(answer) else answer

    def of(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]


@pytest.fixture
def dialog_log() -> Iterator[DialogLog]:
    from ui.common import dialogs

    log = DialogLog()
    dialogs.set_responder(log)
    try:
        yield log
    finally:
        dialogs.set_responder(None)


@pytest.fixture
def fake_clock():
    from safelog.clock import FakeClock

    return FakeClock(NOW)


def incident_start(i: int) -> datetime:
    """Incident i happened 17 hours before incident i-1: 1,000 of them span about 2 years."""
    return NOW - timedelta(hours=17 * i + 1)


def add_incidents(vault: Any, count: int) -> None:
    """``count`` incidents in one transaction; every 3rd reported, every 4th with evidence,
    every 5th linked to the person "Grey car man"."""
    from safelog.incidents.model import Incident, Person, PersonLink, Report
    from safelog.incidents.people import add_person
    from safelog.incidents.store import insert_incident
    from safelog.incidents.when import When

    person = add_person(vault, Person(name="Grey car man", kind="perpetrator_unknown"))
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO blobs (id, sha256, size, chunk_count, content_type,"
            " complete) VALUES (1, 'ab', 0, 0, 'image/png', 1)"
        )
        for i in range(count):
            incident = Incident(
                title=f"{CANARY} incident {i:04d}",
                when=When(incident_start(i), "exact"),
                category=CATEGORY_CYCLE[i % len(CATEGORY_CYCLE)],
                narrative=f"Narrative {i} mentions the word lantern"
                if i % 10 == 0
                else f"Narrative {i}",
                reports=[Report(route="101")] if i % 3 == 0 else [],
                people=[PersonLink(person.id or 0, "perpetrator")] if i % 5 == 0 else [],
            )
            incident_id = insert_incident(vault, incident)
            if i % 4 == 0:
                vault.conn.execute(
                    "INSERT INTO exhibits (ref, incident_id, blob_id, original_name, imported_at)"
                    " VALUES (?, ?, 1, 'x.png', ?)",
                    (f"AH{i}", incident_id, vault.now()),
                )


@pytest.fixture
def make_vault(vault_path: Path) -> Callable[[int], Path]:
    """Create a closed vault at ``vault_path`` holding ``n`` incidents; returns its path."""
    from safelog.vault import Vault

    def make(count: int = 0) -> Path:
        vault, _ = Vault.create(vault_path, PASSPHRASE, owner_name="Amira Haddad")
        try:
            if count:
                add_incidents(vault, count)
        finally:
            vault.close()
        return vault_path

    return make


@pytest.fixture
def open_window(qtbot, fake_clock):
    """A shown MainWindow for a path; closed (and so locked) at the end of the test."""
    from ui.common.app_settings import AppSettings
    from ui.shell.main_window import MainWindow

    def make(path: Path, minutes: int = 5) -> MainWindow:
        window = MainWindow(path, AppSettings(autolock_minutes=minutes), fake_clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.first_paint.settled)  # keys and names attached
        return window

    return make


def unlock(qtbot, window: Any, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    page.field.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        page.button.click()


def visible_texts(root: Any = None) -> list[str]:
    """Every piece of text any widget of the app still holds (for the after-lock checks)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.statusTip(),
            widget.whatsThis(),
        ]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # list models hide columnCount in PySide
                columns = 1
            for row in range(min(model.rowCount(root), 500)):
                for column in range(columns):
                    value = model.index(row, column).data()
                    texts.append(str(value) if value is not None else "")
    return texts


class Answers:
    """Scripted answers for ui.common.dialogs, with a record of what was asked."""

    def __init__(self, **answers: Any) -> None:
        self.answers = answers
        self.asked: list[tuple[str, str]] = []

    def __call__(self, kind: str, text: str) -> Any:
        self.asked.append((kind, text))
        answer = self.answers.get(kind)
        return answer(text) if callable(answer) else answer


@pytest.fixture
def answers() -> Iterator[Answers]:
    from ui.common import dialogs

    script = Answers(confirm=True)
    dialogs.set_responder(script)
    yield script
    dialogs.set_responder(None)


@pytest.fixture
def session(vault: Any) -> Any:
    from ui.common.session import Session

    return Session(vault)


@pytest.fixture
def persian(qapp):
    """The app in Persian (right to left, Solar Hijri dates) for one test; English after."""
    from PySide6.QtCore import QLocale

    from ui.common.i18n import install_language, remove_translators

    translators = install_language(qapp, "fa")
    try:
        yield translators
    finally:
        remove_translators(qapp, translators)
        install_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def type_text(widget: Any, text: str) -> None:
    """Real key presses; characters outside ASCII (Persian digits and letters) as key events
    with text, which is what a Persian keyboard layout delivers."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )
