"""The new dialogs in Persian: mirrored, with paths and codes kept left to right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import unlock
from tests.ui.journey_helpers import find, make_evidence_vault


def test_dossier_journey_in_persian(qtbot, persian, open_window, vault_path, tmp_path, dialog_log):
    from ui.export.dossier_dialog import DossierDialog
    from ui.export.dossier_export import DossierDone

    make_evidence_vault(vault_path, tmp_path / "work")
    window = open_window(vault_path)
    unlock(qtbot, window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.dossier_action.trigger()
    dialog = find(window, DossierDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft() and dialog.period.isRightToLeft()
    # the choices sit on the right, their counts on the left, as a Persian reader expects
    box, count = dialog.leave_out["exact-locations"], dialog.count_labels["exact-locations"]
    assert (
        box.mapTo(dialog, box.rect().topLeft()).x()
        > count.mapTo(dialog, count.rect().topLeft()).x()
    )
    dialog.grab()
    out = tmp_path / "out"
    out.mkdir()
    dialog_log.answers["directory"] = str(out)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.period)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, DossierDone) is not None, timeout=60_000)
    done = find(window, DossierDone)
    assert done.isRightToLeft()
    for label in (done.where, done.document_id, done.check_line):
        assert label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    done.grab()
