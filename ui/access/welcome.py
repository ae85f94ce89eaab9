"""First start: a calm welcome, then choosing a passphrase, then the recovery key.

The welcome says in plain words what SafeLog keeps, that it stays on this computer, encrypted,
and what happens if the passphrase is lost, before asking for anything. The passphrase form
explains *why* a passphrase is weak (the core's ``passphrase_problem``), not just that it is.
Creating the vault (key calibration and derivation, a few seconds) runs on the worker thread
with a moving bar; the vault is then reopened exclusively, so no second window can use it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safelog.clock import Clock
from safelog.secrets import passphrase_problem
from ui.access.recovery_key import RecoveryKeyPage
from ui.access.unlock import PassphraseEdit, calm_label, centred
from ui.common import dialogs
from ui.common.icons import app_icon
from ui.common.language_switch import LanguageChooser

if TYPE_CHECKING:
    from safelog.vault import Vault
    from ui.common.worker import TaskHandle

_INITIALS = re.compile(r"[A-Za-z]{0,4}")
_METER_STYLE = "QProgressBar::chunk { background: %s; border-radius: 3px; }"


def strength_widgets(parent: QWidget) -> tuple[QProgressBar, QLabel, QLabel]:
    """The strength meter and its two hints (why it is weak; whether the two copies match),
    filled by :func:`show_strength`; the welcome page and the passphrase dialog share them."""
    meter = QProgressBar(parent)
    meter.setRange(0, 4)
    meter.setTextVisible(False)
    meter.setMaximumHeight(8)
    meter.setAccessibleName(QCoreApplication.translate("CreatePage", "Passphrase strength"))
    reason = QLabel(parent)
    reason.setObjectName("hint")
    reason.setWordWrap(True)
    match = QLabel(parent)
    match.setObjectName("hint")
    return meter, reason, match


def show_strength(
    meter: QProgressBar, reason_label: QLabel, match_label: QLabel, text: str, again: str
) -> str | None:
    """Fill a strength meter and its two hints; returns the core's problem, if any.

    Shared by the welcome page and "Change my passphrase", so both judge alike.
    """
    problem = passphrase_problem(text) if text else None
    if not text:
        level, colour, reason = 0, "#9aa0a6", ""
    elif len(text) < 10:
        level, colour, reason = 1, "#c0543e", problem or ""
    elif problem:
        level, colour, reason = 2, "#c08b2c", problem
    else:
        level, colour = 4, "#3a8f5c"
        reason = QCoreApplication.translate("CreatePage", "Strong. Make sure you will remember it.")
    meter.setValue(level)
    meter.setStyleSheet(_METER_STYLE % colour)
    reason_label.setText(reason)
    meter.setAccessibleDescription(reason)
    if again and again != text:
        match_label.setText(
            QCoreApplication.translate("CreatePage", "The two passphrases are not the same yet.")
        )
    elif again and again == text:
        match_label.setText(QCoreApplication.translate("CreatePage", "Both passphrases match."))
    else:
        match_label.setText("")
    return problem


class IntroPage(QWidget):
    start = Signal()
    restore = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageChooser(self)  # the window switches at once (language_switch)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAccessibleName(self.tr("SafeLog"))
        heading = QLabel(self.tr("Welcome to SafeLog"), self)
        heading.setObjectName("heading")
        self.heading = heading
        body = QLabel(
            self.tr(  # opens with "SafeLog": i18n.ReadingOrderTranslator keeps it right to left
                "SafeLog is a private notebook for writing down what is happening to you: "
                "being followed or watched, threats, online abuse, or pressure on you or your "
                "family. It keeps the dates, places, people and evidence together, so that "
                "when you are ready you can show a clear record to the police, a lawyer or a "
                "support service."
            ),
            self,
        )
        body.setWordWrap(True)
        self.body = body
        points = [
            QLabel(text, self)
            for text in (
                self.tr("<b>It stays on this computer.</b> Nothing is sent anywhere."),
                self.tr("<b>It is encrypted.</b> Without your passphrase nobody can read it."),
                self.tr(
                    "<b>If you forget your passphrase,</b> only your recovery key can open it. "
                    "Nobody else can, not even the people who make SafeLog. You will see the "
                    "recovery key in a moment: write it down and keep it safe."
                ),
            )
        ]
        for point in points:
            point.setTextFormat(Qt.TextFormat.RichText)
            point.setWordWrap(True)
        button = QPushButton(self.tr("Create my private log"), self)
        button.setObjectName("primary")
        button.setDefault(True)
        button.setAccessibleName(button.text())
        button.clicked.connect(self.start)
        self.button = button
        self.restore_button = QPushButton(self.tr("I have a backup: restore it…"), self)
        self.restore_button.setFlat(True)
        self.restore_button.setAccessibleName(self.restore_button.text())
        self.restore_button.clicked.connect(self.restore)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(button)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.language)
        title_row = QHBoxLayout()
        title_row.addWidget(icon)
        title_row.addWidget(heading, 1)
        column.addLayout(title_row)
        column.addWidget(body)
        for point in points:
            column.addWidget(point)
        column.addLayout(row)
        centred(self, column)


class CreatePage(QWidget):
    back = Signal()
    created = Signal(object, str)  # the open Vault, the recovery key

    def __init__(self, vault_path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.clock = clock
        self.task: TaskHandle | None = None
        heading = QLabel(self.tr("Choose a passphrase"), self)
        heading.setObjectName("heading")
        explain = QLabel(
            self.tr(
                "A passphrase is like a password, but longer. Four or five unrelated words with "
                "spaces between them are easy to remember and very hard to guess. Don't use one "
                "you use anywhere else, and don't tell it to anyone."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.first = PassphraseEdit(self.tr("New passphrase"), self)
        self.second = PassphraseEdit(self.tr("Type the passphrase again"), self)
        self.meter, self.reason, self.match = strength_widgets(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("optional"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name_hint = QLabel(
            self.tr(
                "Printed on your dossier, so the police know who made the record. You can add "
                "it or change it later under “Your details”."
            ),
            self,
        )
        self.name_hint.setObjectName("hint")
        self.name_hint.setWordWrap(True)
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(4)
        self.initials.setPlaceholderText(self.tr("optional, e.g. AB"))
        self.initials.setAccessibleName(self.tr("Your initials, to label evidence"))
        self.initials_hint = QLabel(
            self.tr("Used to number your evidence the way the police do (AB1, AB2, …)."), self
        )
        self.initials_hint.setObjectName("hint")
        self.initials_hint.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.reason)
        form.addRow(self.tr("Again"), self.second)
        form.addRow("", self.match)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow("", self.name_hint)
        form.addRow(self.tr("Your initials"), self.initials)
        form.addRow("", self.initials_hint)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Setting up encryption, please wait"))
        self.busy.hide()
        self.message = calm_label(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        self.create_button = QPushButton(self.tr("Create my log"), self)
        self.create_button.setObjectName("primary")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addLayout(form)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addLayout(buttons)
        centred(self, column)

        self._check_later = QTimer(self)
        self._check_later.setSingleShot(True)
        self._check_later.setInterval(200)
        self._check_later.timeout.connect(self.check)
        self.first.textChanged.connect(lambda _t: self._check_later.start())
        self.second.textChanged.connect(lambda _t: self._check_later.start())
        self.initials.textChanged.connect(lambda _t: self._check_later.start())
        self.first.returnPressed.connect(self.second.setFocus)
        QWidget.setTabOrder(self.first, self.second)
        QWidget.setTabOrder(self.second, self.name)
        QWidget.setTabOrder(self.name, self.initials)
        QWidget.setTabOrder(self.initials, self.create_button)
        QWidget.setTabOrder(self.create_button, self.back_button)
        self.second.returnPressed.connect(self.submit)
        self.check()

    def check(self) -> bool:
        """Update the meter and the two hints; True when the form can be submitted."""
        self._check_later.stop()
        text, again = self.first.text(), self.second.text()
        problem = show_strength(self.meter, self.reason, self.match, text, again)
        initials_ok = bool(_INITIALS.fullmatch(self.initials.text().strip()))
        self.initials_hint.setText(
            self.tr("Used to number your evidence the way the police do (AB1, AB2, …).")
            if initials_ok
            else self.tr("Use one to four letters A to Z, or leave it empty.")
        )
        ready = bool(text) and problem is None and again == text and initials_ok
        self.create_button.setEnabled(ready and not self.working)
        return ready

    @property
    def working(self) -> bool:
        return self.task is not None and not self.task.done

    def submit(self) -> None:
        if self.working or not self.check():
            return
        passphrase = self.first.text()
        initials = self.initials.text().strip().upper() or None
        name = " ".join(self.name.text().split())
        path, clock = self.vault_path, self.clock
        from safelog.vault import Vault
        from ui.common.worker import run_task

        def work(_progress: object, _cancel: object) -> tuple[Vault, str]:
            vault, key = Vault.create(
                path, passphrase, owner_name=name, initials=initials, clock=clock
            )
            vault.close()  # reopen exclusively: this window alone holds the vault
            return Vault.open(path, passphrase, exclusive=True, clock=clock), key

        self._set_busy(True)
        self.task = run_task(self, work, on_done=self._done, on_error=self._failed)

    def _done(self, result: tuple[Vault, str]) -> None:
        self.task = None
        self._set_busy(False)
        self.first.wipe()
        self.second.wipe()
        self.created.emit(*result)

    def _failed(self, sentence: str, _cancelled: bool) -> None:
        self.task = None
        self._set_busy(False)
        dialogs.error(self, sentence)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.first, self.second, self.name, self.initials, self.back_button):
            widget.setEnabled(not busy)
        self.message.setText(self.tr("Setting up encryption. This takes a few seconds…"))
        self.message.setVisible(busy)
        if busy:
            self.create_button.setEnabled(False)
        else:
            self.check()


class WelcomeFlow(QStackedWidget):
    """Intro → passphrase → recovery key; emits ``ready(vault)`` when the log can open."""

    ready = Signal(object)

    def __init__(self, vault_path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro_page = IntroPage(self)
        self.create_page = CreatePage(vault_path, clock, self)
        self.recovery_page = RecoveryKeyPage(self)
        for page in (self.intro_page, self.create_page, self.recovery_page):
            self.addWidget(page)
        self._vault: Vault | None = None
        self.intro_page.start.connect(self._to_create)
        self.create_page.back.connect(lambda: self.setCurrentWidget(self.intro_page))
        self.create_page.created.connect(self._created)
        self.recovery_page.finished.connect(self._finished)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentWidget() is self.intro_page:
            self.intro_page.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _to_create(self) -> None:
        self.setCurrentWidget(self.create_page)
        self.create_page.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _created(self, vault: Vault, key: str) -> None:
        self._vault = vault
        self.recovery_page.show_key(key)
        self.setCurrentWidget(self.recovery_page)

    def _finished(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            self.ready.emit(vault)

    def abandon(self) -> Vault | None:
        """On quick hide during set-up: wipe the key from the screen, hand back the vault."""
        self.recovery_page.wipe()
        vault, self._vault = self._vault, None
        return vault
