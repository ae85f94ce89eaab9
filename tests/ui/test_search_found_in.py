"""A search that matches only inside an exhibit says which exhibit, beside the incident."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock

DATA = Path(__file__).parents[1] / "data" / "evidence"
pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def vault_with_email(make_vault):
    from safelog.evidence import import_files
    from safelog.incidents import store
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    path = make_vault(0)
    vault = Vault.open(path, PASSPHRASE)
    try:
        store.add_incident(
            vault, Incident("Shouting in the street", parse_when("2026-11-20 09:00"))
        )
        target = store.add_incident(
            vault, Incident("Messages from an unknown address", parse_when("2026-11-22 10:00"))
        ).id
        [result] = import_files(vault, target, [DATA / "threat.eml"])
    finally:
        vault.close()
    return path, result.exhibit.ref


def _search(qtbot, timeline, words: str) -> None:
    field = timeline.filters.search
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, words)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_exhibit_that_matched_is_named(qtbot, open_window, vault_with_email):
    path, ref = vault_with_email
    window = open_window(path)
    unlock(qtbot, window)
    timeline = window.workspace.timeline
    assert timeline.found_in.isHidden()

    _search(qtbot, timeline, "journalists")
    qtbot.waitUntil(lambda: timeline.model.total == 1, timeout=5_000)
    qtbot.waitUntil(lambda: not timeline.found_in.isHidden(), timeout=5_000)
    text = timeline.found_in.text()
    assert ref in text and "threat.eml" in text
    assert "journalists" in text

    _search(qtbot, timeline, "unknown address")  # in the title: no exhibit to name
    qtbot.waitUntil(lambda: timeline.found_in.isHidden(), timeout=5_000)

    _search(qtbot, timeline, "journalists")
    qtbot.waitUntil(lambda: not timeline.found_in.isHidden(), timeout=5_000)
    window.lock()  # nothing of the search stays on screen after locking
    assert timeline.found_in.text() == "" or window.workspace is None
