"""Settings: how soon SafeLog locks itself, the language, and the backup reminder.

These are the only settings kept outside the vault (see ``ui.common.app_settings``), so the dialog
shows nothing else. The vault's location is shown, not edited: moving a vault is a job for a
backup and restore, not a text field.

A new language is used the next time SafeLog starts (OK), or at once with "Lock and switch now":
the window locks and shows the unlock screen in the new language, so no open page has to be
rebuilt with the vault's contents on it (``ui.common.language_switch``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safelog import i18n
from ui.common.app_settings import MAX_AUTOLOCK_MINUTES, MIN_AUTOLOCK_MINUTES, AppSettings
from ui.common.i18n import LANGUAGE_NAMES, resolve_language


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        vault_path: str,
        parent: QWidget | None = None,
        *,
        locks: bool = True,
    ) -> None:
        """``locks``: switching the language now locks the vault (it is open)."""
        super().__init__(parent)
        self.switch_now = False  # True when closed with "Lock and switch now"
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES)
        self.minutes.setValue(settings.autolock_minutes)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(
            self.tr("Lock automatically after this many minutes without use")
        )
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The same as this computer"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.backup_reminder = QCheckBox(
            self.tr("Remind me when my last backup is more than 30 days old"), self
        )
        self.backup_reminder.setChecked(settings.backup_reminder)
        self.backup_reminder.setAccessibleName(self.backup_reminder.text())
        location = QLabel(vault_path, self)
        location.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        location.setWordWrap(True)
        location.setAccessibleName(self.tr("Where your vault is kept"))
        note = QLabel(self.tr("A new language is used the next time SafeLog starts."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.switch_button = QPushButton(
            self.tr("Lock and switch now") if locks else self.tr("Switch now"), self
        )
        self.switch_button.setAccessibleName(self.switch_button.text())
        self.switch_button.clicked.connect(self._switch_now)
        self.switch_note = QLabel(
            self.tr("SafeLog locks first; then you type your passphrase again.") if locks else "",
            self,
        )
        self.switch_note.setObjectName("hint")
        self.switch_note.setWordWrap(True)
        self.switch_row = QWidget(self)
        switch_layout = QHBoxLayout(self.switch_row)
        switch_layout.setContentsMargins(0, 0, 0, 0)
        switch_layout.addWidget(self.switch_button)
        switch_layout.addWidget(self.switch_note, 1)
        self.language.currentIndexChanged.connect(self._offer_switch)
        self._offer_switch()

        form = QFormLayout()
        form.addRow(self.tr("Lock automatically after"), self.minutes)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        form.addRow("", self.switch_row)
        form.addRow(self.tr("Backups"), self.backup_reminder)
        form.addRow(self.tr("Your vault is kept in"), location)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _offer_switch(self) -> None:
        """ "Switch now" only when the chosen language is not the one on screen."""
        choice = str(self.language.currentData() or "")
        self.switch_row.setVisible(resolve_language(choice) != i18n.current_language())

    def _switch_now(self) -> None:
        self.switch_now = True
        self.accept()

    def chosen(self) -> AppSettings:
        return AppSettings(
            language=str(self.language.currentData() or ""),
            vault_path=self.original.vault_path,
            autolock_minutes=self.minutes.value(),
            backup_reminder=self.backup_reminder.isChecked(),
        )
