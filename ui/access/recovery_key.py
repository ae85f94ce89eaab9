"""Showing the recovery key once, with Print, Save and "I have written it down".

The recovery key is the only way back into a log whose passphrase is forgotten, so the page
will not go on until the person confirms they kept it. Save first says why a file on this
computer defeats the purpose and suggests a USB stick (the first one plugged in, under a name
that does not say what it is), and writes a plain text file only where the person chose. Print
goes through Qt's print dialog (or a PDF the person names there). The key is not put on the
clipboard, where other programs can read it. When the page is left the key is removed from every
widget.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safelog.filemodes import NOFOLLOW
from ui.access.unlock import centred
from ui.common import dialogs

log = logging.getLogger(__name__)


def print_text(parent: QWidget, title: str, html: str) -> bool:
    """Print ``html`` through the print dialog; True if it was sent.

    Tests answer ``("print", title)`` through the dialogs responder with a PDF path (or None
    to cancel), so no modal print dialog ever blocks them.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QTextDocument()
    document.setHtml(html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    responder = dialogs._responder
    if responder is not None:
        target = responder("print", title)
        if not target:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        document.print_(printer)
        return True
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


KEY_FILE_NAME = "note.txt"  # says nothing about what it holds to someone browsing the folder


def removable_drives() -> list[Path]:
    """Mounted USB sticks and other removable media, where Linux desktops mount them."""
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    roots = [Path("/media") / user, Path("/run/media") / user] if user else []
    found: list[Path] = []
    for root in roots:
        try:
            found += sorted(p for p in root.iterdir() if p.is_dir() and os.path.ismount(p))
        except OSError:
            continue
    return found


def removable_drive_of(path: Path) -> Path | None:
    for drive in removable_drives():
        if drive == path or drive in path.parents:
            return drive
    return None


def suggested_key_file() -> Path:
    """On the first USB stick if one is plugged in; else a plain name and no folder."""
    drives = removable_drives()
    return drives[0] / KEY_FILE_NAME if drives else Path(KEY_FILE_NAME)


def _write_private(path: Path, text: str) -> None:
    """Write a new file readable by this user only; replaces a file the person chose."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


class RecoveryKeyPage(QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.heading = heading = QLabel(self.tr("Your recovery key"), self)
        heading.setObjectName("heading")
        self.explain = explain = QLabel(
            self.tr(
                "If you ever forget your passphrase, this key is the only other way to open your "
                "log. Nobody can make a new one for you. It is shown only this once.\n\n"
                "Write it on paper or print it, and keep it somewhere safe: away from this "
                "computer, and away from anyone who might want to read your log."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self.tr("Save to a file…"), self)
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.clicked.connect(self.save_key)
        self.kept = QCheckBox(
            self.tr("I have written down, printed or saved my recovery key."), self
        )
        self.kept.setAccessibleName(self.kept.text())
        self.continue_button = QPushButton(self.tr("Open my log"), self)
        self.continue_button.setObjectName("primary")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._finish)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        finish = QHBoxLayout()
        finish.addStretch(1)
        finish.addWidget(self.continue_button)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addWidget(self.key_label)
        column.addLayout(actions)
        column.addWidget(self.status)
        column.addSpacing(8)
        column.addWidget(self.kept)
        column.addLayout(finish)
        centred(self, column, 640)

    def show_key(self, key: str) -> None:
        self._key = key
        groups = key.split("-")
        self.key_label.setText(
            "\n".join("-".join(groups[i : i + 3]) for i in range(0, len(groups), 3))
        )
        self.key_label.setAccessibleName(self.tr("Recovery key: %1").replace("%1", " ".join(key)))
        self.kept.setChecked(False)
        self.status.clear()
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_file(self) -> str:
        return "\n".join(
            [
                self.tr("SafeLog recovery key"),
                "",
                self._key,
                "",
                self.tr("This key opens your SafeLog log if you forget your passphrase."),
                self.tr("Keep it somewhere safe, away from the computer."),
                "",
            ]
        )

    def save_key(self) -> None:
        """Say first why a file on this computer defeats the purpose; suggest a USB stick."""
        if not dialogs.confirm(
            self,
            self.tr(
                "A recovery key in a file on this computer is no safer than the computer: "
                "anyone who gets into it can find the key, and if the computer is lost or "
                "broken, the key is lost with it. Paper, or a USB stick kept somewhere else, "
                "is much safer.\n\nPlug in a USB stick now if you have one, then choose it "
                "in the next window. Save the key to a file?"
            ),
        ):
            return
        target = dialogs.save_file(
            self,
            self.tr("Save the recovery key (choose a USB stick)"),
            str(suggested_key_file()),
            self.tr("Text files (*.txt)"),
        )
        if not target:
            return
        try:
            _write_private(Path(target), self._text_file())
        except OSError as exc:
            from ui.common.worker import sentence_for

            dialogs.error(
                self,
                sentence_for(exc)
                if exc.errno == 28
                else self.tr(
                    "The recovery key could not be saved there. Choose another place, "
                    "such as a USB stick."
                ),
            )
            return
        if removable_drive_of(Path(target)) is None:
            self.status.setText(
                self.tr(
                    "Saved. That file is on this computer: move it to a "
                    "safe place of its own, such as a USB stick, and then "
                    "delete it here."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Saved on the USB stick. Keep the stick somewhere "
                    "safe, away from this computer."
                )
            )

    def print_key(self) -> None:
        title = self.tr("SafeLog recovery key")
        html = (
            f"<h2>{title}</h2><p style='font-family:monospace; font-size:18pt'>"
            f"{self._key}</p><p>"
            + self.tr(
                "This key opens your SafeLog log if you forget your passphrase. "
                "Keep this page somewhere safe, away from the computer."
            )
            + "</p>"
        )
        try:
            sent = print_text(self, title, html)
        except Exception as exc:  # a printer problem is one sentence, never a traceback
            log.warning("printing failed: %s", type(exc).__name__)
            dialogs.error(
                self,
                self.tr("The recovery key could not be printed. Write it down by hand instead."),
            )
            return
        if sent:
            self.status.setText(
                self.tr(
                    "Sent to the printer. Check that the page came out "
                    "and that every character is readable."
                )
            )

    def _finish(self) -> None:
        self.wipe()
        self.finished.emit()

    def wipe(self) -> None:
        """Remove the key from every widget and from memory we control."""
        self._key = ""
        self.key_label.clear()
        self.key_label.setAccessibleName("")
        self.status.clear()
        self.kept.setChecked(False)
