"""An e-mail exhibit as a person reads it: who, to whom, when, the subject, the words, the
names of the attachments; and, a click away, the original source the police may ask for.

The message is parsed in memory with the standard library (``email.policy.default``); nothing
is written to disk and nothing is fetched: an HTML body is reduced to its text (the same
reduction the sandboxed reader uses), so no remote picture or tracker is ever loaded. Headers
are read raw and cut short before they are decoded, the part walk is bounded
(``mime_leaves``), and any failure becomes one sentence: a hostile message never crashes the
viewer.
"""

from __future__ import annotations

import email.header
import email.message
import email.parser
import email.policy
import email.utils
import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.dates import Formatted, isolate
from ui.common.palette import is_rtl, safe_name, set_user_text, text_label

log = logging.getLogger(__name__)

HEADER_CHARS = 2000  # of each header shown; the source view shows every byte
BODY_CHARS = 500_000
SOURCE_CHARS = 2_000_000
MAX_ATTACHMENT_NAMES = 200
MAX_BOUNDARIES = 2000  # MIME boundary lines parsed; the parser is slow on many thousands
FIELDS = ("From", "To", "Cc", "Date", "Subject")
ADDRESS_FIELDS = ("From", "To", "Cc")


@dataclass
class EmailParts:
    """What the readable view shows; ``problem`` is one sentence, empty when all was read."""

    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    attachments: list[str] = field(default_factory=list)
    problem: str = ""


def _decoded(raw: str) -> str:
    """An RFC 2047 header (``=?utf-8?b?…?=``) as text; the raw text if it cannot be decoded."""
    raw = " ".join(raw[: HEADER_CHARS * 2].split())
    try:
        value = str(email.header.make_header(email.header.decode_header(raw)))
    except Exception:  # an unknown charset or a broken encoded word: show it as written
        value = raw
    return safe_name(value.strip() or raw, HEADER_CHARS)


def addresses(value: str) -> str:
    """ "مجهول <sender@evil.example>" with the name isolated, so a right-to-left name cannot
    turn the address around; the text as it is when it does not parse as addresses."""
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:  # a malformed list: shown as written
        return value
    if not pairs or not any(address for _name, address in pairs):
        return value
    shown = [
        f"{isolate(name) if is_rtl(name) else name} <{address}>"
        if name and address
        else (address or name)
        for name, address in pairs
    ]
    joined = ", ".join(shown)
    # A left-to-right mark first: Qt takes a line's direction from its first letter even
    # inside an isolate, and an address line reads left to right.
    return Formatted(("\u200e" if "\u2068" in joined else "") + joined)


def _bounded(data: bytes) -> tuple[bytes, bool]:
    """The message up to its MAX_BOUNDARIES-th boundary line, and whether it was cut there:
    a hostile message of a million tiny parts must not freeze the window."""
    position = 0
    for _ in range(MAX_BOUNDARIES):
        position = data.find(b"\n--", position + 1)
        if position < 0:
            return data, False
    return data[:position], True


def _part_text(part: email.message.Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    data = data[: BODY_CHARS * 4]
    try:
        charset = part.get_content_charset() or "utf-8"
        return data.decode(charset, "replace")
    except (LookupError, ValueError):  # a charset Python does not know
        return data.decode("utf-8", "replace")


def _clean(text: str) -> str:
    """Body text with controls other than tab and newline made visible."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c if c in "\t\n" or c >= " " else "\ufffd" for c in text)[:BODY_CHARS].strip()


def _body_and_attachments(message: email.message.Message) -> tuple[str, list[str], bool]:
    """(body text, attachment names, was anything cut short or damaged)."""
    from safelog.evidence.metadata import mail
    from safelog.evidence.metadata.chat import html_text

    leaves, cut = mail.mime_leaves(message)
    if any(p.defects for p in leaves):
        cut = cut or "damaged"
    body_part = mail.body_part(leaves)  # the same choice the dossier and search make
    body = _part_text(body_part) if body_part is not None else ""
    if body_part is not None and body_part.get_content_subtype() == "html":
        body = html_text(body)  # text only: no picture, link or script is ever loaded
    names = []
    for part in leaves:
        if part is body_part:
            continue
        try:
            name = part.get_filename()
        except Exception:  # a broken parameter: the part is still listed
            name = None
        if name or part.get_content_disposition() == "attachment":
            names.append(
                safe_name(str(name or QCoreApplication.translate("EmailView", "(no name)")), 200)
            )
        elif part.get_content_maintype() not in ("text", "multipart"):
            names.append(
                QCoreApplication.translate("EmailView", "(no name, {kind})").format(
                    kind=safe_name(part.get_content_type())
                )
            )
        if len(names) >= MAX_ATTACHMENT_NAMES:
            cut = cut or "cut"
            break
    return _clean(body), names, bool(cut)


def read_email(data: bytes) -> EmailParts:
    """The readable parts of a message; never raises."""
    parts = EmailParts()
    bounded, cut = _bounded(data)
    parser = email.parser.BytesParser(policy=email.policy.default)
    whole = True
    try:
        message = parser.parsebytes(bounded)
    except Exception:  # hostile input may raise anything (parts nested thousands deep)
        log.debug("e-mail could not be parsed whole")
        whole = False
        try:
            message = parser.parsebytes(bounded, headersonly=True)
        except Exception:
            parts.problem = QCoreApplication.translate(
                "EmailView",
                "SafeLog could not read this file as an e-mail. The file is kept unchanged; "
                "“Show the original message source” shows exactly what it holds.",
            )
            return parts
    damaged = bool(message.defects) or not whole
    try:
        for key, raw in message.raw_items():
            name = str(key).strip().title()
            if name in FIELDS and name not in parts.headers:
                parts.headers[name] = _decoded(raw if isinstance(raw, str) else str(raw))
    except Exception:  # what was read so far is shown
        damaged = True
    try:
        if whole:
            parts.body, parts.attachments, walk_cut = _body_and_attachments(message)
            cut = cut or walk_cut
    except Exception:  # headers without a readable body
        log.debug("e-mail body could not be read")
        damaged = True
    if not any(parts.headers.get(k) for k in ("From", "To", "Subject", "Date")):
        parts.problem = QCoreApplication.translate(
            "EmailView",
            "This file does not look like a complete e-mail: it has no sender, recipient, "
            "subject or date. “Show the original message source” shows exactly what it holds.",
        )
    elif damaged or cut:
        parts.problem = QCoreApplication.translate(
            "EmailView",
            "Parts of this e-mail are damaged or unusual, so some of it may be missing below; "
            "“Show the original message source” shows exactly what it holds.",
        )
    return parts


def source_text(data: bytes) -> str:
    """The message exactly as stored, as text (bad bytes and controls made visible)."""
    from ui.evidence.viewer import decode_text

    text = decode_text(data[: SOURCE_CHARS * 2])
    if len(text) > SOURCE_CHARS or len(data) > SOURCE_CHARS * 2:
        note = QCoreApplication.translate(
            "EmailView", "[The message is longer than this; save a copy to see all of it.]"
        )
        return text[:SOURCE_CHARS] + "\n\n" + note
    return text


class EmailPane(QWidget):
    """The readable e-mail, and its source behind a toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.fields: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = {
            "From": self.tr("From"),
            "To": self.tr("To"),
            "Cc": self.tr("Copy to"),
            "Date": self.tr("Date"),
            "Subject": self.tr("Subject"),
        }
        for key in FIELDS:
            value = text_label()
            value.setAccessibleName(labels[key])
            self.fields[key] = value
            form.addRow(labels[key], value)
        self.body = QTextEdit()  # not QPlainTextEdit: a Persian message must run right to left
        self.body.setAcceptRichText(False)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("The message"))
        self.attachments = text_label()
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments_heading = QLabel(self.tr("Attachments"))
        font = self.attachments_heading.font()
        font.setBold(True)
        self.attachments_heading.setFont(font)

        readable = QWidget()
        readable_layout = QVBoxLayout(readable)
        readable_layout.setContentsMargins(0, 0, 0, 0)
        readable_layout.addLayout(form)
        readable_layout.addWidget(self.body, 1)
        readable_layout.addWidget(self.attachments_heading)
        readable_layout.addWidget(self.attachments)
        self.readable = readable
        self.source = QTextEdit()
        self.source.setAcceptRichText(False)
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.source.setAccessibleName(self.tr("Original message source"))
        self.source.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.stack = QStackedWidget()
        self.stack.addWidget(readable)
        self.stack.addWidget(self.source)

        self.source_button = QPushButton(self.tr("Show the original message source"))
        self.source_button.setCheckable(True)
        self.source_button.setToolTip(
            self.tr("Every header and line exactly as the message was saved")
        )
        self.source_button.toggled.connect(self.show_source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.source_button)

    def load(self, data: bytes) -> EmailParts:
        parts = read_email(data)
        for key, label in self.fields.items():
            value = parts.headers.get(key, "")
            set_user_text(label, addresses(value) if key in ADDRESS_FIELDS else value)
            if key != "Subject":  # addresses and dates read in the window's direction
                label.setLayoutDirection(self.layoutDirection())
            self.form.setRowVisible(label, bool(value))
        self.body.setPlainText(parts.body)
        self.attachments.setText(
            "\n".join(parts.attachments) if parts.attachments else self.tr("None")
        )
        self.problem.setText(parts.problem)
        self.problem.setVisible(bool(parts.problem))
        self.source.setPlainText(source_text(data))
        self.source_button.setChecked(False)
        self.show_source(False)
        return parts

    def show_source(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.source if shown else self.readable)
        self.source_button.setText(
            self.tr("Show the readable message")
            if shown
            else self.tr("Show the original message source")
        )

    def text(self) -> str:
        """What the readable view shows, as plain text (for checks)."""
        rows = [f"{k}: {label.text()}" for k, label in self.fields.items()]
        return "\n".join([*rows, self.body.toPlainText(), self.attachments.text()])

    def clear(self) -> None:
        for label in self.fields.values():
            label.clear()
        self.body.clear()
        self.source.clear()
        self.attachments.clear()
        self.problem.clear()
