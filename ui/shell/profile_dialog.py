"""Your details: the name, initials and safe contact the dossier prints on its first page.

Stored inside the vault through ``safelog.profile`` (a revision and a custody entry for each
change), never in the settings file. Every field may stay empty; the dialog says why each one
helps, so nobody feels made to give more than they want to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from safelog import profile
from safelog.errors import SafeLogError
from safelog.vault import Vault
from ui.access.unlock import add_primary
from ui.common import dialogs


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class ProfileDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Your details"))
        self.setMinimumWidth(560)
        current = profile.load(vault)
        heading = QLabel(self.tr("Your details"), self)
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "These details are printed on the first page of your dossier, so that the police "
                "know who made the record and how to reach you safely. They stay inside your "
                "locked log. You can leave any of them empty."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(current.name, self)
        self.name.setMaxLength(profile.MAX_NAME)
        self.name.setAccessibleName(self.tr("Your name"))
        self.initials = QLineEdit(current.initials, self)
        self.initials.setMaxLength(4)
        self.initials.setAccessibleName(self.tr("Your initials, to label evidence"))
        self.safe_contact = QPlainTextEdit(current.safe_contact, self)
        self.safe_contact.setTabChangesFocus(True)
        self.safe_contact.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.safe_contact.setPlaceholderText(
            self.tr(
                "For example: call my mobile only between 9 and 5; never leave a voicemail; or "
                "contact me through my support worker."
            )
        )
        self.safe_contact.setAccessibleName(self.tr("How the police may contact you safely"))
        self.language = QLineEdit(current.language, self)
        self.language.setMaxLength(profile.MAX_LANGUAGE)
        self.language.setPlaceholderText(self.tr("For example: Persian (Farsi)"))
        self.language.setAccessibleName(self.tr("The language you prefer to speak"))
        self.interpreter = QComboBox(self)
        self.interpreter.setAccessibleName(self.tr("Do you need an interpreter?"))
        for text, value in (
            (self.tr("Not said"), ""),
            (self.tr("Yes"), "yes"),
            (self.tr("No"), "no"),
        ):
            self.interpreter.addItem(text, value)
        self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(current.interpreter)))
        # After the interpreter question, so the earlier fields keep their tab order.
        self.name_latin = QLineEdit(current.name_latin, self)
        self.name_latin.setMaxLength(profile.MAX_NAME)
        self.name_latin.setPlaceholderText(self.tr("For example: Maryam Rahimi"))
        self.name_latin.setAccessibleName(
            self.tr("Your name in Latin letters, as on your passport")
        )
        self.safe_contact_en = QPlainTextEdit(current.safe_contact_en, self)
        self.safe_contact_en.setTabChangesFocus(True)
        self.safe_contact_en.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.safe_contact_en.setPlaceholderText(
            self.tr("For example: text first; never leave a voicemail, the phone is shared.")
        )
        self.safe_contact_en.setAccessibleName(
            self.tr("How the police may contact you safely, in English")
        )
        self.problem = QLabel(self)
        self.problem.setObjectName("calmMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Initials"), self.initials)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "New evidence is numbered with them, the way the police do (AB1, AB2, …). "
                    "Evidence you already have keeps its numbers."
                ),
                self,
            ),
        )
        form.addRow(self.tr("How to contact you safely"), self.safe_contact)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Interpreter needed"), self.interpreter)
        form.addRow(self.tr("Name in Latin letters"), self.name_latin)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "Your name in Latin letters, as on your passport. If your name is written in "
                    "another script, such as Arabic, Persian or Chinese, this lets police systems "
                    "record it."
                ),
                self,
            ),
        )
        form.addRow(self.tr("Safe contact, in English"), self.safe_contact_en)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "If you wrote how to contact you in another language, say it here in English "
                    "for the officer."
                ),
                self,
            ),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = add_primary(buttons, self.tr("Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> profile.Profile:
        return profile.Profile(
            name=self.name.text(),
            initials=self.initials.text(),
            safe_contact=self.safe_contact.toPlainText(),
            language=self.language.text(),
            interpreter=str(self.interpreter.currentData() or ""),
            name_latin=self.name_latin.text(),
            safe_contact_en=self.safe_contact_en.toPlainText(),
        )

    def save(self) -> None:
        """Save through the core; a problem is said in place and the dialog stays open."""
        try:
            profile.save(self.vault, self.chosen())
        except SafeLogError as exc:
            self.problem.setText(exc.sentence)
            self.problem.show()
            return
        except Exception as exc:  # a disk or database failure: one sentence, never a trace
            from ui.common.worker import sentence_for

            dialogs.error(self, sentence_for(exc))
            return
        self.accept()
