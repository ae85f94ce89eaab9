"""Change my passphrase, and make a new recovery key.

Both ask for the passphrase in use first (not after an unlock with the recovery key: then the
person has just proved who they are, and has probably forgotten it). Key derivation takes about
a second by design, so the work runs on the worker thread with a busy bar. A new recovery key
replaces the old one at once (``Vault.replace_recovery_key``) and is shown once, on the same
page as at first start, to print or write down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safelog.errors import WrongPassphrase
from safelog.secrets import normalise_passphrase
from safelog.vault import Vault
from ui.access.recovery_key import RecoveryKeyPage
from ui.access.unlock import PassphraseEdit, add_primary, calm_label
from ui.access.welcome import show_strength, strength_widgets
from ui.common import dialogs
from ui.common.session import Session
from ui.common.worker import TaskHandle, run_task


def _check_current(vault: Vault, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` is the one that opens the vault now."""
    vault.header.unwrap("passphrase", normalise_passphrase(passphrase))


def close_on_lock(session: Session, dialog: QDialog, close: Callable[[], Any]) -> None:
    """Close ``dialog`` when the session locks; forget the session once the dialog is done."""
    session.locking.connect(close)
    dialog.finished.connect(lambda _code: session.locking.disconnect(close))


def _busy_bar(parent: QWidget, name: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(name)
    bar.hide()
    return bar


class ChangePassphraseDialog(QDialog):
    def __init__(
        self, session: Session, after_recovery: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.after_recovery = after_recovery
        self.task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("Choose a new passphrase")
            if after_recovery
            else self.tr("Change my passphrase"),
            self,
        )
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "You opened your log with your recovery key. Choose a new passphrase now, one you "
                "will remember. Your recovery key keeps working."
            )
            if after_recovery
            else self.tr(
                "Choose a new passphrase. Four or five unrelated words with spaces between them "
                "are easy to remember and very hard to guess. From then on, only the new one "
                "opens your log; your recovery key keeps working."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = PassphraseEdit(self.tr("Your passphrase now"), self)
        self.first = PassphraseEdit(self.tr("New passphrase"), self)
        self.second = PassphraseEdit(self.tr("Type the new passphrase again"), self)
        self.meter, self.reason, self.match = strength_widgets(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if not after_recovery:
            form.addRow(self.tr("Your passphrase now"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.reason)
        form.addRow(self.tr("Again"), self.second)
        form.addRow("", self.match)
        self.busy = _busy_bar(self, self.tr("Changing the passphrase, please wait"))
        self.message = calm_label(self)
        buttons = QDialogButtonBox(self)
        self.change_button = add_primary(buttons, self.tr("Change my passphrase"))
        self.cancel_button = buttons.addButton(
            self.tr("Later") if after_recovery else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for edit in (self.first, self.second):
            edit.textChanged.connect(lambda _t: self.check())
        self.current.returnPressed.connect(lambda: self.first.setFocus())
        self.first.returnPressed.connect(lambda: self.second.setFocus())
        self.second.returnPressed.connect(self.submit)
        close_on_lock(session, self, self.reject)
        (self.first if after_recovery else self.current).setFocus(Qt.FocusReason.OtherFocusReason)
        self.check()

    def check(self) -> bool:
        text, again = self.first.text(), self.second.text()
        problem = show_strength(self.meter, self.reason, self.match, text, again)
        ready = bool(text) and problem is None and again == text
        self.change_button.setEnabled(ready and self.task is None)
        return ready

    def submit(self) -> None:
        if self.task is not None or not self.check():
            return
        if not self.after_recovery and not self.current.text():
            self._say(self.tr("Type the passphrase you use now first."))
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        vault = self.session.require()
        current, new = self.current.text(), self.first.text()
        check_current = not self.after_recovery

        def work(_progress: Any, _cancel: Any) -> bool:
            if check_current:
                try:
                    _check_current(vault, current)
                except WrongPassphrase:
                    return False
            vault.change_passphrase(new)
            return True

        self._set_busy(True)
        self.task = run_task(self, work, on_done=self._done, on_error=self._failed)

    def _done(self, changed: bool) -> None:
        self.task = None
        self._set_busy(False)
        if not changed:
            self._say(
                self.tr(
                    "That is not the passphrase you use now. Check that Caps Lock is "
                    "off, then try again."
                )
            )
            self.current.selectAll()
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for edit in (self.current, self.first, self.second):
            edit.wipe()
        self.accept()
        dialogs.info(
            self.parentWidget(),
            self.tr("Your passphrase is changed. From now on, only the new one opens your log."),
        )

    def _failed(self, sentence: str, _cancelled: bool) -> None:
        self.task = None
        self._set_busy(False)
        self._say(sentence)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setAccessibleName(sentence)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.current, self.first, self.second, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.change_button.setEnabled(False)
            self.message.hide()
        else:
            self.check()

    def reject(self) -> None:
        for edit in (self.current, self.first, self.second):
            edit.wipe()
        super().reject()


class NewRecoveryKeyDialog(QDialog):
    """Explain, ask the passphrase, replace the key, then show the new one once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Make a new recovery key"))
        self.setMinimumWidth(600)
        self.stack = QStackedWidget(self)
        ask = QWidget(self.stack)
        heading = QLabel(self.tr("Make a new recovery key"), ask)
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Make a new recovery key if yours was lost, or if someone else may have seen it. "
                "The key you have now stops working at once, on this computer and in every "
                "backup you make from now on. Backups you made before still open with the old "
                "key.\n\nTo go on, type your passphrase."
            ),
            ask,
        )
        intro.setWordWrap(True)
        self.passphrase = PassphraseEdit(self.tr("Your passphrase"), ask)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.busy = _busy_bar(ask, self.tr("Making a new recovery key, please wait"))
        self.message = calm_label(ask)
        buttons = QDialogButtonBox(ask)
        self.make_button = add_primary(buttons, self.tr("Make a new key"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(ask)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.passphrase)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addStretch(1)
        column.addWidget(buttons)
        self.key_page = RecoveryKeyPage(self.stack)
        self.key_page.heading.setText(self.tr("Your new recovery key"))
        self.key_page.explain.setText(
            self.tr(
                "Your old recovery key no longer opens your log. This new one is the only other "
                "way in if you forget your passphrase, and it is shown only this once.\n\n"
                "Write it on paper or print it, and keep it somewhere safe: away from this "
                "computer, and away from anyone who might want to read your log."
            )
        )
        self.key_page.continue_button.setText(self.tr("Done"))
        self.key_page.kept.setText(self.tr("I have written down or printed my new recovery key."))
        self.key_page.finished.connect(self.accept)
        self.stack.addWidget(ask)
        self.stack.addWidget(self.key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        close_on_lock(session, self, lambda: QDialog.reject(self))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.task is not None:
            return
        if not self.passphrase.text():
            self._say(self.tr("Type your passphrase first."))
            return
        vault, passphrase = self.session.require(), self.passphrase.text()

        def work(_progress: Any, _cancel: Any) -> str | None:
            try:
                _check_current(vault, passphrase)
            except WrongPassphrase:
                return None
            return vault.replace_recovery_key()

        self.busy.show()
        self.make_button.setEnabled(False)
        self.message.hide()
        self.task = run_task(self, work, on_done=self._done, on_error=self._failed)

    def _done(self, key: str | None) -> None:
        self.task = None
        self.busy.hide()
        self.make_button.setEnabled(True)
        if key is None:
            self._say(
                self.tr(
                    "That is not your passphrase. Check that Caps Lock is off, then "
                    "try again. Nothing was changed."
                )
            )
            self.passphrase.selectAll()
            return
        self.passphrase.wipe()
        self.stack.setCurrentWidget(self.key_page)
        self.key_page.show_key(key)
        # the page's wrapped text measures short in a dialog: give it the room it has at first start
        self.setMinimumSize(max(self.width(), 700), max(self.height(), 600))

    def _failed(self, sentence: str, _cancelled: bool) -> None:
        self.task = None
        self.busy.hide()
        self.make_button.setEnabled(True)
        self._say(sentence)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setAccessibleName(sentence)
        self.message.show()

    def reject(self) -> None:
        """Closing before the new key is kept would lose it: ask first."""
        if self.stack.currentWidget() is self.key_page and not dialogs.confirm(
            self,
            self.tr(
                "Your new recovery key will not be shown again, and the old one no longer "
                "works. Have you written it down or printed it?"
            ),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        """However the dialog ends, no key is left in a widget."""
        self.passphrase.wipe()
        self.key_page.wipe()
        super().done(result)
