"""About SafeLog: name, icon, version, licence, and where the data lives.

"Where is my data?" is a question frightened people ask, so the vault's folder is shown in
full, and the answer says plainly that nothing leaves the computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import safelog
from ui.common.icons import app_icon


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
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
