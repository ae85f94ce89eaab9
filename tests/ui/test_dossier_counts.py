"""The dossier dialog's counts: one plural string each, so every language can say "3 incidents"
its own way (Arabic has six forms), in its own digits."""

from __future__ import annotations

from datetime import date
from typing import Any

from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from ui.export.dossier_dialog import DossierDialog


def _add(session: Any, count: int) -> None:
    for i in range(count):
        incident = Incident(f"Followed home {i}", parse_when(f"2025-02-1{i} 18:00"))
        incident.private_notes = "a private note"
        store.add_incident(session.require(), incident)


def _dialog(qtbot: Any, session: Any) -> DossierDialog:
    dialog = DossierDialog(session.require(), date(2026, 1, 1))
    qtbot.addWidget(dialog)
    dialog.update_counts()
    return dialog


def test_one_incident_and_three_incidents(qtbot: Any, session: Any) -> None:
    _add(session, 1)
    dialog = _dialog(qtbot, session)
    assert dialog.summary.text() == "The dossier will hold 1 incident."
    assert dialog.count_labels["private-notes"].text() == "1 private note"
    _add(session, 2)
    dialog = _dialog(qtbot, session)
    assert dialog.summary.text() == "The dossier will hold 3 incidents."
    assert dialog.count_labels["private-notes"].text() == "3 private notes"
    assert "(s)" not in " ".join(label.text() for label in dialog.count_labels.values())


def test_counts_use_the_languages_digits(qtbot: Any, persian: Any, session: Any) -> None:
    _add(session, 3)
    dialog = _dialog(qtbot, session)
    assert "۳" in dialog.summary.text() and "3" not in dialog.summary.text()
    assert "۳" in dialog.count_labels["private-notes"].text()
