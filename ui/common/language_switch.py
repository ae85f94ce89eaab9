"""Changing the language while SafeLog runs: the chooser on the first screens, and the switch.

A person whose computer is set to English but who reads Persian must be able to pick Persian
on the very first screen and read it at once, before any vault exists or is unlocked. The
chooser lists each language in its own script, so anyone can find theirs whatever the screen
says. Choosing saves the language in the settings file (the same key as Settings), installs the
new translators (``ui.common.i18n.reinstall_language``: Qt's strings, the core's sentences, the
layout direction) and tells the window, which builds its locked page again in the new language.
Only locked pages are rebuilt: nothing secret is on them, and a typed passphrase is never kept.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QWidget

from safelog import i18n
from ui.common import app_settings
from ui.common.i18n import LANGUAGE_NAMES, reinstall_language

log = logging.getLogger(__name__)


class LanguageChooser(QWidget):
    """ "Language: [فارسی ▾]": a small row for the welcome and unlock screens.

    Emits ``chosen(code)`` when the person picks a language other than the one shown, by mouse
    or by keyboard (arrow keys on the closed box switch at once, as a preview would).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The word already translated for Settings, so it reads in the current language now.
        word = QCoreApplication.translate("SettingsDialog", "Language")
        self.label = QLabel(word, self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(word)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, name in LANGUAGE_NAMES.items():  # each in its own script: anyone finds theirs
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.current_language())))
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self._activated)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.label)
        row.addWidget(self.combo)

    def _activated(self, index: int) -> None:
        code = str(self.combo.itemData(index) or "")
        if code and code != i18n.current_language():
            self.chosen.emit(code)


def switch_language(
    settings: app_settings.AppSettings, choice: str
) -> tuple[app_settings.AppSettings, bool]:
    """Save ``choice`` as the person's language and use it from now on.

    Returns the new settings and whether they were saved (a full disk or a read-only home only
    means the language lasts until SafeLog closes; the caller says so). The core's sentences,
    Qt's own buttons and the layout direction switch with the translators.
    """
    chosen = dataclasses.replace(settings, language=choice)
    saved = True
    if choice != settings.language:  # Settings has saved it already when it asks to switch
        try:
            app_settings.save(chosen)
        except OSError:
            log.warning("settings file not saved")
            saved = False
    app = QApplication.instance()
    if app is not None:
        reinstall_language(app, chosen.language)
    return chosen, saved


def saving_failed_sentence() -> str:
    """The sentence Settings already shows when the file cannot be written."""
    return QCoreApplication.translate(
        "MainWindow", "The settings could not be saved; they apply until SafeLog is closed."
    )
