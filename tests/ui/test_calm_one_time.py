"""One time everywhere, and hidden direction controls shown, in the timeline, the detail pane,
the history, the editor and the CLI."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from safelog.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from ui.timeline.model import TimeRole, ZoneRole

SPOOF = "Invoice \u202egpj.exe"


@pytest.fixture
def in_london(monkeypatch: pytest.MonkeyPatch) -> Any:
    """This computer is in London; the incident happened in Tehran."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def tehran_vault(vault_path: Any, in_london: Any) -> Any:
    vault, _ = Vault.create(vault_path, PASSPHRASE, owner_name="Amira Haddad")
    try:
        store.insert_incident(
            vault,
            Incident(
                title=SPOOF,
                category="threats",
                when=parse_when("2026-11-23 14:21", tz="Asia/Tehran", precision="exact"),
            ),
        )
    finally:
        vault.close()
    return vault_path


def test_timeline_detail_editor_and_history_show_the_same_time(
    qtbot: Any, open_window: Any, tehran_vault: Any, dialog_log: Any
) -> None:
    window = open_window(tehran_vault)
    unlock(qtbot, window)
    timeline = window.workspace.timeline
    model = timeline.model
    row = next(r for r in range(model.rowCount()) if model.incident_id(r) is not None)
    index = model.index(row, 0)
    # the time keeps its narrow column; the place of the clock goes on the category's line,
    # where it is not cut to "Te…"
    assert (index.data(TimeRole), index.data(ZoneRole)) == ("14:21", "Tehran")
    assert "14:21, Tehran" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    timeline.show_incident(model.incident_id(row))
    detail = timeline.detail
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in detail.findChildren(QLabel)]
    assert "23 Nov 2026, 14:21 (Tehran time)" in texts
    assert not any("10:51" in text for text in texts)
    editor = window.open_editor(model.incident_id(row))
    assert editor is not None
    when = editor.form.when
    assert when.start.line.text().endswith("14:21")
    assert when.zone.currentText() == "Asia/Tehran"
    editor.reject()


def test_bidi_override_is_shown_not_obeyed_in_the_app(
    qtbot: Any, open_window: Any, tehran_vault: Any, dialog_log: Any
) -> None:
    window = open_window(tehran_vault)
    unlock(qtbot, window)
    timeline = window.workspace.timeline
    model = timeline.model
    row = next(r for r in range(model.rowCount()) if model.incident_id(r) is not None)
    shown = model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    assert shown == "Invoice [U+202E]gpj.exe"
    timeline.show_incident(model.incident_id(row))
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in timeline.detail.findChildren(QLabel)]
    assert "Invoice [U+202E]gpj.exe" in texts
    assert not any("\u202e" in text for text in texts)


def test_cli_list_and_show_use_the_same_time_and_markers(cli: Any, tehran_vault: Any) -> None:
    listed = cli("list", "--passphrase-stdin")
    assert listed.code == 0
    assert "23 Nov 2026, 14:21 (Tehran time)" in listed.out
    assert "Invoice [U+202E]gpj.exe" in listed.out and "\u202e" not in listed.out
    shown = cli("show", "1", "--passphrase-stdin")
    assert shown.code == 0
    assert "When:      23 Nov 2026, 14:21 (Tehran time)" in shown.out
    assert "#1  Invoice [U+202E]gpj.exe" in shown.out and "\u202e" not in shown.out
    raw = cli("list", "--passphrase-stdin", "--json")  # data for programs stays as typed
    assert raw.code == 0
    assert json.loads(raw.out)[0]["title"] == SPOOF
