"""The unlock screen: passphrase (or recovery key), a busy indicator, calm words on failure.

Key derivation takes about a second by design, so it runs on the worker thread while a busy
bar moves. A wrong passphrase is answered in place, without a pop-up, without blame, and
without any lock-out: the person can try as often as they need, because a lock-out would only
ever stop the owner (an attacker copies the vault and guesses offline). Every other failure
(vault open in another window, damaged files) is one plain sentence in a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safelog.clock import Clock
from safelog.errors import WrongPassphrase
from ui.common import dialogs, theme
from ui.common.icons import app_icon, themed_icon
from ui.common.language_switch import LanguageChooser

if TYPE_CHECKING:
    from safelog.vault import Vault
    from ui.common.worker import TaskHandle

LOCK_WAIT_SECONDS = 0.5


class PassphraseEdit(QLineEdit):
    """A password field with a "show" toggle, so a long passphrase can be checked by eye."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMaxLength(1024)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.toggle = QAction(themed_icon("hide", theme.muted_colour()), self.tr("Show"), self)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or hide what you typed"))
        self.toggle.toggled.connect(self._reveal)
        self.addAction(self.toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _reveal(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def wipe(self) -> None:
        self.toggle.setChecked(False)
        self.clear()


def centred(parent: QWidget, inner: QVBoxLayout, width: int = 600) -> None:
    """Lay ``inner`` out in a column of at most ``width`` pixels in the middle of ``parent``.

    Stretches on both sides (not an alignment flag) keep word-wrapped labels measuring their
    height for the real width, so no sentence is cut off.
    """
    box = QWidget(parent)
    box.setLayout(inner)
    box.setMaximumWidth(width)
    box.setMinimumWidth(min(width, 420))
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box, 100)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


@dataclass(frozen=True)
class _Refused:
    sentence: str


def add_primary(
    buttons: QDialogButtonBox,
    text: str,
    role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.AcceptRole,
) -> QPushButton:
    """The dialog's main button, named before it is polished so the theme colours it."""
    button = QPushButton(text, buttons)
    button.setObjectName("primary")
    button.setDefault(True)
    buttons.addButton(button, role)
    return button


def calm_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("calmMessage")
    label.setWordWrap(True)
    label.hide()
    return label


class UnlockPage(QWidget):
    unlocked = Signal(object, bool)  # the open Vault, True if the recovery key was used

    def __init__(self, vault_path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.clock = clock
        self.task: TaskHandle | None = None
        self.using_recovery = False

        self.language = LanguageChooser(self)  # the window rebuilds this page in the new one
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName(self.tr("SafeLog"))
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = PassphraseEdit(self.tr("Passphrase"), self)
        self.field.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.clicked.connect(self.submit)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Unlocking, please wait"))
        self.busy.hide()
        self.message = calm_label(self)
        self.switch = QPushButton(self)
        self.switch.setFlat(True)
        self.switch.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch.clicked.connect(lambda: self.set_recovery_mode(not self.using_recovery))

        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.button)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.language)
        column.addWidget(icon)
        column.addWidget(self.heading)
        column.addWidget(self.explain)
        column.addSpacing(6)
        column.addLayout(entry)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignCenter)
        centred(self, column, 520)
        self.set_recovery_mode(False)

    def set_recovery_mode(self, recovery: bool) -> None:
        self.using_recovery = recovery
        self.field.wipe()
        self.message.hide()
        if recovery:
            self.heading.setText(self.tr("Open with your recovery key"))
            self.explain.setText(
                self.tr(
                    "Type the recovery key you wrote down when you created your log. Spaces, "
                    "dashes and small or capital letters don't matter."
                )
            )
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.field.setPlaceholderText(self.tr("Recovery key"))
            self.switch.setText(self.tr("Use my passphrase instead"))
        else:
            self.heading.setText(self.tr("SafeLog is locked"))
            self.explain.setText(self.tr("Enter your passphrase to open your log."))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setPlaceholderText(self.tr("Passphrase"))
            self.switch.setText(self.tr("I forgot my passphrase"))
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Back to a fresh passphrase prompt (shown after every lock)."""
        self.set_recovery_mode(False)
        self._set_busy(False)

    def submit(self) -> None:
        secret = self.field.text()
        if self.task is not None and not self.task.done:
            return
        if not secret.strip():
            self._say(
                self.tr("Type your recovery key first.")
                if self.using_recovery
                else self.tr("Type your passphrase first.")
            )
            return
        recovery = self.using_recovery
        path, clock = self.vault_path, self.clock

        from safelog.vault import Vault
        from ui.common.worker import run_task

        def work(_progress: object, _cancel: object) -> Vault | _Refused:
            try:
                if recovery:
                    return Vault.open(
                        path,
                        recovery_key=secret,
                        exclusive=True,
                        wait=LOCK_WAIT_SECONDS,
                        clock=clock,
                    )
                return Vault.open(path, secret, exclusive=True, wait=LOCK_WAIT_SECONDS, clock=clock)
            except WrongPassphrase as exc:
                return _Refused(exc.sentence)

        self._set_busy(True)
        self.task = run_task(self, work, on_done=self._done, on_error=self._failed)

    def _done(self, result: Vault | _Refused) -> None:
        self.task = None
        self._set_busy(False)
        if isinstance(result, _Refused):
            self._say(
                self.tr(
                    "That recovery key doesn't open this log. Check it against your copy and "
                    "try again."
                )
                if self.using_recovery
                else self.tr(
                    "That passphrase doesn't open this log. Check that Caps Lock is off and the "
                    "keyboard language is right, then try again. You can try as often as you "
                    "need."
                )
            )
            self.field.selectAll()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        recovery = self.using_recovery
        self.field.wipe()
        self.message.hide()
        self.unlocked.emit(result, recovery)

    def _failed(self, sentence: str, _cancelled: bool) -> None:
        self.task = None
        self._set_busy(False)
        self._say(sentence)
        dialogs.error(self, sentence)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setAccessibleName(sentence)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.switch.setEnabled(not busy)
        self.language.setEnabled(not busy)  # an unlock under way finishes in this page
        if busy:
            self.message.setText(self.tr("Unlocking… this takes a moment."))
            self.message.show()
        else:
            self.message.hide()
