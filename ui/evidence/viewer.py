"""Look at an exhibit inside SafeLog, from memory only.

Nothing decrypted goes to a temporary file or another program (which would leave plaintext
and thumbnails behind). Photos are shown from the preview SafeLog made itself in a sandbox,
never by handing the untrusted original to Qt's image decoders. PDFs, text, sound and video
are read from the vault into memory (which records a custody entry) and shown from a buffer.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common import dialogs
from ui.common.palette import format_size, safe_name
from ui.common.session import Session
from ui.common.worker import run_with_progress, sentence_for
from ui.evidence.details import (  # noqa: F401 - older names, kept for their importers
    ExhibitDetails,
    describe_type,
    gentle_note,
    is_quiet_note,
    metadata_labels,
)
from ui.evidence.email_view import EmailPane
from ui.evidence.panes import (
    ImagePane,
    MediaPane,
    PdfPane,
    exhibit_kind,
    multimedia_available,
)

log = logging.getLogger(__name__)

TEXT_CAP = 4 * 1024 * 1024
IMAGE_LOG_CAP = 256 * 1024 * 1024
PDF_CAP = 64 * 1024 * 1024
MEDIA_CAP = 256 * 1024 * 1024
EMAIL_CAP = 32 * 1024 * 1024


def image_from_derived(derived: Any) -> QImage:
    """A QImage from a record SafeLog made itself: raw pixels, or PNG/JPEG it encoded."""
    mime = (derived.mime or "").lower()
    data = bytes(derived.data)
    if mime in ("image/x-raw-rgba", "image/rgba", "application/x-raw-rgba"):
        return QImage(
            data, derived.width, derived.height, derived.width * 4, QImage.Format.Format_RGBA8888
        ).copy()
    if mime in ("image/x-raw-rgb", "image/rgb", "application/x-raw-rgb"):
        return QImage(
            data, derived.width, derived.height, derived.width * 3, QImage.Format.Format_RGB888
        ).copy()
    fmt = {"image/png": "PNG", "image/jpeg": "JPEG"}.get(mime)
    return QImage.fromData(data, fmt) if fmt else QImage()  # type: ignore[arg-type]


def exhibit_name(exhibit: Any) -> str:
    """The original file name made safe to show (the core's rule where it has one)."""
    return getattr(exhibit, "display_name", None) or safe_name(exhibit.original_name)


def decode_text(data: bytes) -> str:
    """Text of unknown encoding shown safely: BOMs honoured, bad bytes replaced, controls
    (except tab and newline) made visible as a replacement mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8-sig", errors="replace")
    return "".join(c if c in "\t\n" or c >= " " or c == "\r" else "\ufffd" for c in text).replace(
        "\r\n", "\n"
    )


def export_with_warning(parent: QWidget, session: Session, ref: str, name: str) -> None:
    """Save one exhibit's exact original bytes to a file the person chooses, after saying
    plainly that the copy is not encrypted."""
    from safelog import evidence

    if not dialogs.confirm(
        parent,
        QCoreApplication.translate(
            "ExhibitViewer",
            "The copy you save will NOT be encrypted: anyone who can open that folder can see "
            "it. The original stays safely in SafeLog. Save a copy of {ref}?",
        ).format(ref=ref),
    ):
        return
    suffix = os.path.splitext(name)[1]
    suggested = ref + (suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,5}", suffix) else "")
    path = dialogs.save_file(
        parent,
        QCoreApplication.translate("ExhibitViewer", "Save a copy of {ref}").format(ref=ref),
        suggested,
    )
    if not path:
        return
    vault = session.require()

    def done(_result: object) -> None:
        dialogs.info(
            parent,
            QCoreApplication.translate(
                "ExhibitViewer",
                "Saved an exact copy of {ref}. Remember it is not "
                "encrypted; delete it when you no longer need it.",
            ).format(ref=ref),
        )

    def failed(sentence: str, cancelled: bool) -> None:
        if not cancelled:
            dialogs.error(parent, sentence)

    run_with_progress(
        parent,
        QCoreApplication.translate("ExhibitViewer", "Saving a copy of {ref}…").format(ref=ref),
        lambda progress, cancel: evidence.export_exhibit(
            vault, ref, path, progress=progress, cancel=cancel
        ),
        on_done=done,
        on_error=failed,
    )


class ExhibitViewer(QDialog):
    """One exhibit: the picture, document, text, sound or video, and what is known about it."""

    def __init__(self, session: Session, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from safelog import evidence

        self.session, self.ref = session, ref
        self.setWindowTitle(self.tr("Exhibit {ref}").format(ref=ref))
        self.exhibit = evidence.get_exhibit(session.require(), ref)
        self.kind = exhibit_kind(self.exhibit.content_type)
        self.name = exhibit_name(self.exhibit)

        header = QLabel(
            self.tr("{ref} · {name} · {size}").format(
                ref=ref, name=self.name, size=format_size(self.exhibit.size)
            )
        )
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setWordWrap(True)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()

        self.stack = QStackedWidget()
        self.image = ImagePane()
        self.text = QTextEdit()  # not QPlainTextEdit: Persian lines must run right to left
        self.text.setAcceptRichText(False)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the exhibit"))
        self.pdf = PdfPane()
        self.media = MediaPane()
        self.email = EmailPane()  # ui/evidence/email_view.py
        self.nothing = QLabel(
            self.tr(
                "SafeLog cannot show this kind of file inside the app. "
                "It is kept safely; you can save a copy to open it "
                "with another program."
            )
        )
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for pane in (self.image, self.text, self.pdf, self.media, self.email, self.nothing):
            self.stack.addWidget(pane)

        self.details = ExhibitDetails(self.exhibit)  # ui/evidence/details.py
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setWidget(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(details_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        details_scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.splitter = splitter
        self._sized = False

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = self.export_button = QPushButton(self.tr("Save a copy…"))
        export.setToolTip(self.tr("The saved copy is not encrypted."))
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(lambda: export_with_warning(self, session, ref, self.name))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        session.locking.connect(self.clear)
        self.finished.connect(self.forget)
        screen = QGuiApplication.primaryScreen().availableSize()
        self.resize(int(screen.width() * 0.7), int(screen.height() * 0.7))
        self._load()

    # ----- content ---------------------------------------------------------------------

    def _note(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _read(self, cap: int) -> bytes | None:
        """The original bytes into memory (recorded in the custody log), or None if too big."""
        from safelog import evidence

        if self.exhibit.size > cap:
            self._note(
                self.tr(
                    "This file is too large to open inside SafeLog. You can save a "
                    "copy to open it with another program."
                )
            )
            self.stack.setCurrentWidget(self.nothing)
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return evidence.read_exhibit_bytes(self.session.require(), self.ref, cap)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _load(self) -> None:
        try:
            getattr(self, f"_show_{self.kind}")()
        except Exception as exc:  # one sentence, never a traceback
            log.debug("viewer failed", exc_info=True)
            self._note(sentence_for(exc))
            self.stack.setCurrentWidget(self.nothing)

    def _show_image(self) -> None:
        from safelog import evidence

        vault = self.session.require()
        derived = evidence.preview(vault, self.ref)
        self._log_view()
        image = image_from_derived(derived) if derived else QImage()
        if image.isNull():
            self._note(
                self.tr(
                    "SafeLog could not make a safe preview of this picture. The "
                    "original is kept unchanged; you can save a copy."
                )
            )
            self.stack.setCurrentWidget(self.nothing)
            return
        if max(image.width(), image.height()) < 400:
            self._note(
                self.tr(
                    "This is a small preview SafeLog made safely. The original "
                    "is kept unchanged in the vault."
                )
            )
        self.image.set_image(image)
        self.stack.setCurrentWidget(self.image)

    def _log_view(self) -> None:
        """Seeing a picture is a view of the exhibit, so it goes into the custody log. Reading
        the original also checks it against its SHA-256; the bytes are then dropped."""
        from safelog import evidence

        record_view = getattr(evidence, "record_view", None)
        if record_view is not None:
            record_view(self.session.require(), self.ref)
        elif self.exhibit.size <= IMAGE_LOG_CAP:
            self._read(IMAGE_LOG_CAP)

    def _show_text(self) -> None:
        data = self._read(TEXT_CAP)
        if data is not None:
            self.text.setPlainText(decode_text(data))
            self.stack.setCurrentWidget(self.text)

    def _show_email(self) -> None:
        data = self._read(EMAIL_CAP)
        if data is not None:
            self.email.load(data)
            self.stack.setCurrentWidget(self.email)

    def _show_pdf(self) -> None:
        if not self.pdf.available:
            self.stack.setCurrentWidget(self.nothing)
            return
        data = self._read(PDF_CAP)
        if data is not None:
            self.pdf.load(data)
            self.stack.setCurrentWidget(self.pdf)

    def _show_media(self) -> None:
        if not multimedia_available():
            self.nothing.setText(
                self.tr(
                    "This computer cannot play sound or video inside SafeLog; use “Save a copy…” "
                    "to play it with another program."
                )
            )
            self.stack.setCurrentWidget(self.nothing)
            self.export_button.setFocus()
            return
        data = self._read(MEDIA_CAP)
        if data is not None:
            self.media.load(data, self.exhibit.content_type)
            self.stack.setCurrentWidget(self.media)

    def _show_other(self) -> None:
        self.stack.setCurrentWidget(self.nothing)

    # ----- details ---------------------------------------------------------------------

    def details_text(self) -> str:
        """Everything the details panel shows, as plain text (for checks)."""
        return self.details.text()

    def forget(self) -> None:
        """Drop every byte and picture (when closed, so a hidden viewer holds none)."""
        self.media.clear()
        self.pdf.clear()
        self.image.clear()
        self.text.clear()
        self.email.clear()
        self.details.forget()

    def clear(self) -> None:
        """The vault is locking: forget everything and close."""
        self.forget()
        if self.isVisible():
            self.reject()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:  # the picture's size must not squeeze the details away
            self._sized = True
            total = max(self.splitter.width(), 1)
            self.splitter.setSizes([int(total * 0.64), int(total * 0.36)])

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Close):
            self.reject()
            return
        super().keyPressEvent(event)
