"""About SafeLog: name, icon, version, licence, and where the data lives.

"Where is my data?" is a question frightened people ask, so the vault's folder is shown in
full, and the answer says plainly that nothing leaves the computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import safelog
from safelog import i18n
from ui.common.dates import isolate
from ui.common.icons import app_icon

# The languages' English names, for the reader's own language (lupdate reads these).
ENGLISH_NAMES: dict[str, str] = {
    "fa": str(QT_TRANSLATE_NOOP("AboutDialog", "Persian")),
    "ar": str(QT_TRANSLATE_NOOP("AboutDialog", "Arabic")),
    "ur": str(QT_TRANSLATE_NOOP("AboutDialog", "Urdu")),
    "zh_CN": str(QT_TRANSLATE_NOOP("AboutDialog", "Chinese (Simplified)")),
    "zh_TW": str(QT_TRANSLATE_NOOP("AboutDialog", "Chinese (Traditional)")),
    "ru": str(QT_TRANSLATE_NOOP("AboutDialog", "Russian")),
    "tr": str(QT_TRANSLATE_NOOP("AboutDialog", "Turkish")),
    "ti": str(QT_TRANSLATE_NOOP("AboutDialog", "Tigrinya")),
}


def language_lines() -> list[str]:
    """Each language in its own script, with whether a native speaker has checked it yet."""
    lines = []
    for language in i18n.LANGUAGES.values():
        if language.code == i18n.DEFAULT:
            continue
        state = (
            QCoreApplication.translate("AboutDialog", "checked by a native speaker")
            if language.reviewed
            else QCoreApplication.translate(
                "AboutDialog", "machine-drafted, not yet checked by a native speaker"
            )
        )
        name = QCoreApplication.translate(
            "AboutDialog", ENGLISH_NAMES.get(language.code, language.english_name)
        )
        lines.append(f"{isolate(language.native_name)} ({name}): {state}")
    return lines


class AboutDialog(QDialog):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SafeLog"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("SafeLog"))
        name = QLabel(f"{safelog.APP_NAME} {safelog.__version__}", self)
        name.setObjectName("heading")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setText(
            self.tr(
                "A private, encrypted log of harassment, stalking and transnational repression, "
                "and the evidence for it.\n\n"
                "Your log stays on this computer. SafeLog sends nothing anywhere.\n\n"
                "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                "You may share and change SafeLog under its terms.\n\n"
                "Your vault is kept in this folder:"
            )
        )
        where = QLabel(str(vault_path), self)
        where.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        where.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        where.setWordWrap(True)
        where.setAccessibleName(self.tr("Vault folder"))
        where.setObjectName("calmMessage")
        self.languages = QLabel(self)
        self.languages.setWordWrap(True)
        self.languages.setObjectName("hint")
        self.languages.setText(
            self.tr(
                'Languages. Corrections from native speakers are welcome: see "Translations" '
                "in SafeLog's README."
            )
            + "\n"
            + "\n".join(language_lines())
        )
        self.languages.setAccessibleName(self.tr("Languages and their review state"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(name, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.text)
        layout.addWidget(where)
        layout.addWidget(self.languages)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
