"""Your details: a Persian name, its passport spelling and the safe contact in English, typed
into the dialog, reach the vault and page 1 of the dossier."""

from __future__ import annotations

import subprocess
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safelog import profile
from tests.ui.conftest import type_text, unlock
from tests.ui.journey_helpers import find, make_evidence_vault

PERSIAN_NAME = "مریم رحیمی"


def _activate(qtbot, dialog, focus) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def test_new_details_come_after_the_interpreter_in_tab_order(qtbot, open_window, make_vault):
    from ui.shell.profile_dialog import ProfileDialog

    window = open_window(make_vault(0))
    unlock(qtbot, window)
    window.profile_action.trigger()
    dialog = find(window, ProfileDialog)
    _activate(qtbot, dialog, dialog.name)
    order = [dialog.name]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:7] == [
        dialog.name,
        dialog.initials,
        dialog.safe_contact,
        dialog.language,
        dialog.interpreter,
        dialog.name_latin,
        dialog.safe_contact_en,
    ]
    dialog.reject()


def test_persian_name_latin_spelling_and_english_contact_reach_vault_and_dossier(
    qtbot, open_window, vault_path, tmp_path, dialog_log
):
    from ui.export.dossier_dialog import DossierDialog
    from ui.export.dossier_export import DossierDone
    from ui.shell.profile_dialog import ProfileDialog

    make_evidence_vault(vault_path, tmp_path / "work")
    window = open_window(vault_path)
    unlock(qtbot, window)
    window.profile_action.trigger()
    dialog = find(window, ProfileDialog)
    _activate(qtbot, dialog, dialog.name)
    dialog.name.selectAll()
    type_text(dialog.name, PERSIAN_NAME)  # key events with text, as a Persian layout sends
    assert dialog.name.text() == PERSIAN_NAME
    dialog.name_latin.setFocus()
    qtbot.keyClicks(dialog.name_latin, "Maryam Rahimi")
    qtbot.keyClick(dialog.name_latin, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.safe_contact_en
    qtbot.keyClicks(dialog.safe_contact_en, "Text first; never leave a voicemail")
    qtbot.keyClick(dialog.safe_contact_en, Qt.Key.Key_Tab)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = profile.load(window.session.require())
    assert (saved.name, saved.name_latin, saved.safe_contact_en) == (
        PERSIAN_NAME,
        "Maryam Rahimi",
        "Text first; never leave a voicemail",
    )

    out = tmp_path / "out"
    out.mkdir()
    dialog_log.answers["directory"] = str(out)
    window.dossier_action.trigger()
    maker = find(window, DossierDialog)
    _activate(qtbot, maker, maker.period)
    qtbot.keyClick(maker.period, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, DossierDone) is not None, timeout=60_000)
    [bundle] = list(out.iterdir())
    first_page = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(bundle / "dossier.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(unicodedata.normalize("NFKC", first_page).split())
    assert "Maryam Rahimi (in Latin letters, as on the passport)" in flat
    assert "Safe way to contact (in English) Text first; never leave a voicemail" in flat
    assert all(word in flat for word in PERSIAN_NAME.split())


def test_a_name_in_persian_script_is_refused_as_the_latin_spelling(qtbot, open_window, make_vault):
    from ui.shell.profile_dialog import ProfileDialog

    window = open_window(make_vault(0))
    unlock(qtbot, window)
    window.profile_action.trigger()
    dialog = find(window, ProfileDialog)
    _activate(qtbot, dialog, dialog.name)
    dialog.name_latin.setFocus()
    type_text(dialog.name_latin, PERSIAN_NAME)
    dialog.save_button.click()
    assert dialog.isVisible() and "Latin letters" in dialog.problem.text()
    assert profile.load(window.session.require()).name_latin == ""
    dialog.reject()
