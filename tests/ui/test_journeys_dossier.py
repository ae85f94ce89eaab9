"""Make a dossier from the window, by keyboard only: menu shortcut, Return, a folder, Return.

The bundle must pass ``sha256sum -c`` and ``safelog-cli verify-bundle`` exactly as the CLI's
does; a cancelled run leaves nothing behind; synced folders and the Desktop are questioned.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import unlock
from tests.ui.journey_helpers import custody_actions, find, make_evidence_vault


@pytest.fixture
def unlocked(qtbot, open_window, vault_path, tmp_path):
    make_evidence_vault(vault_path, tmp_path / "work")
    window = open_window(vault_path)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def open_dossier_dialog(qtbot, window):
    from ui.export.dossier_dialog import DossierDialog

    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: find(window, DossierDialog) is not None)
    dialog = find(window, DossierDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.period)
    return dialog


def press_return(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_keyboard_only_dossier_passes_sha256sum_and_verify_bundle(
    qtbot, unlocked, tmp_path, dialog_log
):
    from safelog.cli.main import main
    from ui.export.dossier_export import CHECK_LINE, DossierDone

    window = unlocked
    assert window.dossier_action in window.toolbar.actions()
    assert "dossier" in window.menuBar().actions()[0].menu().actions()[0].text().lower()
    dialog = open_dossier_dialog(qtbot, window)
    counts = dialog.count_labels
    assert counts["exact-locations"].text() == "1 photo with a GPS position"
    assert counts["private-notes"].text() == "1 private note"
    assert dialog.leave_out["private-notes"].isChecked()  # left out unless chosen
    assert "3 incidents and 1 evidence file" in dialog.summary.text()

    out = tmp_path / "for the police"
    out.mkdir()
    dialog_log.answers["directory"] = str(out)
    press_return(qtbot)  # accepts every default, then the folder chooser answers
    assert dialog_log.of("directory")
    qtbot.waitUntil(lambda: find(window, DossierDone) is not None, timeout=60_000)
    done = find(window, DossierDone)
    [bundle] = list(out.iterdir())
    assert done.where.text() == str(bundle) and bundle.name.startswith("SafeLog dossier")
    assert done.check_line.text() == CHECK_LINE == "sha256sum -c SHA256SUMS"
    manifest = json.loads((bundle / "manifest.json").read_text())
    assert done.document_id.text() == manifest["document_id"]

    checked = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "FAILED" not in checked.stdout and checked.stdout.count(": OK") >= 4
    stdout, stderr = io.StringIO(), io.StringIO()
    assert main(["verify-bundle", str(bundle)], stdout=stdout, stderr=stderr) == 0, (
        stderr.getvalue()
    )
    text = subprocess.run(
        ["pdftotext", str(bundle / "dossier.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Grey car outside the house 0" in text
    assert "too scared" not in text  # private notes stayed out

    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        done.show_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(bundle)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Close is the default
    qtbot.waitUntil(lambda: find(window, DossierDone) is None)


def test_choices_change_the_counts_and_the_options(qtbot, unlocked, dialog_log):
    window = unlocked
    timeline = window.workspace.timeline
    newest = timeline.current_incident()
    assert newest is not None
    dialog = open_dossier_dialog(qtbot, window)
    assert dialog.chosen_button.isVisible() and not dialog.shown_button.isVisible()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # "The last 3 months"
    assert dialog.options().start is not None
    dialog.chosen_button.setFocus()
    qtbot.keyClick(dialog.chosen_button, Qt.Key.Key_Space)
    dialog.update_counts()
    assert dialog.options().incident_ids == [newest]
    assert "1 incident" in dialog.summary.text()
    qtbot.keyClick(dialog.leave_out["exhibit-files"], Qt.Key.Key_Space)
    dialog.update_counts()
    assert "exhibit-files" in dialog.options().exclude
    assert "evidence file" not in dialog.summary.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog_log.of("directory")


def test_cancel_leaves_nothing_behind(qtbot, open_window, vault_path, tmp_path, dialog_log):
    make_evidence_vault(vault_path, tmp_path / "work", incidents=120)  # takes a while to write
    window = open_window(vault_path)
    unlock(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    dialog_log.answers["directory"] = str(out)
    open_dossier_dialog(qtbot, window)
    press_return(qtbot)
    journey = window.commands.running
    assert journey is not None and journey.task is not None
    progress = journey.task.dialog
    progress.show()
    qtbot.waitExposed(progress)
    progress.activateWindow()
    qtbot.waitUntil(progress.isActiveWindow)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert journey.task.token.cancelled
    qtbot.waitUntil(lambda: bool(dialog_log.of("info") or dialog_log.of("error")), timeout=60_000)
    assert dialog_log.of("info")[-1] == "The dossier was not made; nothing was written."
    assert list(out.iterdir()) == []
    window.lock()
    assert "dossier.export" not in custody_actions(window.vault_path)


def test_a_synced_folder_and_the_desktop_are_questioned(qtbot, unlocked, tmp_path, dialog_log):
    window = unlocked
    synced = tmp_path / "Dropbox" / "case"
    synced.mkdir(parents=True)
    desktop = Path.home() / "Desktop"
    desktop.mkdir(exist_ok=True)
    folders = [str(synced), str(desktop), None]
    dialog_log.answers["directory"] = lambda _title: folders.pop(0)
    dialog_log.answers["confirm"] = False
    open_dossier_dialog(qtbot, window)
    press_return(qtbot)
    questions = dialog_log.of("confirm")
    assert "synced to Dropbox" in questions[0]
    assert "Desktop" in questions[1]
    assert len(dialog_log.of("directory")) == 3  # asked again after each No
    assert list(synced.iterdir()) == [] and list(desktop.iterdir()) == []
    assert window.commands.running is None or window.commands.running.task is None


def test_the_standard_folder_chooser_takes_a_typed_path(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from ui.common import dialogs

    target = tmp_path / "typed folder"
    target.mkdir()
    typed: list[str] = []

    def type_path() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(50, type_path)
            return
        edit = chooser.findChild(QLineEdit, "fileNameEdit")
        edit.setFocus()
        edit.clear()
        qtbot.keyClicks(edit, str(target))
        typed.append(edit.text())
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(50, type_path)
    chosen = dialogs.choose_directory(None, "Choose a folder for the dossier")
    assert typed == [str(target)]
    assert chosen == str(target)


def test_locking_closes_the_dossier_dialog_and_ends_the_journey(qtbot, unlocked, dialog_log):
    from ui.export.dossier_dialog import DossierDialog

    window = unlocked
    open_dossier_dialog(qtbot, window)
    assert window.commands.running is not None
    window.lock()  # as the idle timer does (Ctrl+L from dialogs is helper ui-calm's item 9)
    qtbot.waitUntil(lambda: window.commands.running is None)
    assert find(window, DossierDialog) is None and window.session is None
    assert not dialog_log.of("directory")


def test_the_draft_witness_statement_is_a_tick_box_away(qtbot, unlocked, tmp_path, dialog_log):
    window = unlocked
    dialog = open_dossier_dialog(qtbot, window)
    assert not dialog.statement.isChecked()  # only when asked for
    dialog.statement.setFocus()
    qtbot.keyClick(dialog.statement, Qt.Key.Key_Space)
    assert dialog.options().statement
    out = tmp_path / "for the solicitor"
    out.mkdir()
    dialog_log.answers["directory"] = str(out)
    qtbot.keyClick(dialog.statement, Qt.Key.Key_Return)
    from ui.export.dossier_export import DossierDone

    qtbot.waitUntil(lambda: find(window, DossierDone) is not None, timeout=60_000)
    [bundle] = list(out.iterdir())
    sums = (bundle / "SHA256SUMS").read_text()
    assert "draft-witness-statement.pdf" in sums and "draft-witness-statement.docx" in sums
    find(window, DossierDone).reject()
