"""What is inside an exhibit: the messages of a chat, from which an incident can be made, and
the files inside (e-mail attachments, a chat zip's photos, a saved page's images, a mailbox's
messages), which can be added as exhibits of their own, linked to it.

The lists come from the metadata the sandboxed reader wrote; taking files out runs on the
worker (``evidence.extract_members``), as an import does. Text from the file is shown through
``safe_name`` like every other outside text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common import dialogs
from ui.common.palette import safe_name
from ui.common.session import Session
from ui.common.worker import run_with_progress, sentence_for


def has_inside(exhibit: Any) -> bool:
    from safelog import evidence

    md = exhibit.metadata or {}
    return bool(md.get("messages")) or bool(evidence.list_members(exhibit))


def _checkable(text: str, index: int) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setData(Qt.ItemDataRole.UserRole, index)
    return item


def _checked(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def _tick_all(widget: QListWidget) -> None:
    for row in range(widget.count()):
        widget.item(row).setCheckState(Qt.CheckState.Checked)


class InsideWindow(QWidget):
    """Messages and files inside one exhibit, each list with its action."""

    extracted = Signal(list)  # references of the new exhibits
    incident_made = Signal(int)

    def __init__(self, session: Session, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from safelog import evidence

        self.session = session
        self.ref = ref
        self.task: Any = None
        exhibit = evidence.get_exhibit(session.require(), ref)
        self.setWindowTitle(self.tr("Inside {ref}").format(ref=ref))
        layout = QVBoxLayout(self)

        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Messages"))
        messages = exhibit.metadata.get("messages") or []
        for index, message in enumerate(messages):
            if isinstance(message, dict):
                when = str(message.get("time", "")).replace("T", " ")
                self.messages.addItem(
                    _checkable(
                        safe_name(
                            f"{when}  {message.get('sender') or '—'}: {message.get('text', '')}"
                        ),
                        index,
                    )
                )
        self.make_incident = QPushButton(self.tr("Make an incident from the chosen messages"))
        self.make_incident.clicked.connect(self._make_incident)
        if messages:
            total = exhibit.metadata.get("messages_total", len(messages))
            layout.addWidget(
                QLabel(
                    self.tr(
                        "{shown} of {total} messages; choose the ones that belong to one incident."
                    ).format(shown=len(messages), total=total)
                )
            )
            layout.addWidget(self.messages, 1)
            layout.addWidget(self.make_incident)

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files inside"))
        for member in evidence.list_members(exhibit):
            self.files.addItem(
                _checkable(safe_name(str(member.get("name", ""))), int(member["index"]))
            )
        self.take_out = QPushButton(self.tr("Add the chosen files as exhibits"))
        self.take_out.clicked.connect(self._take_out)
        if self.files.count():
            layout.addWidget(
                QLabel(
                    self.tr("Files inside {ref}; each one you add keeps a link to it.").format(
                        ref=ref
                    )
                )
            )
            layout.addWidget(self.files, 1)
            buttons = QHBoxLayout()
            self.tick_all = QPushButton(self.tr("Tick all"))
            self.tick_all.clicked.connect(lambda: _tick_all(self.files))
            buttons.addWidget(self.tick_all)
            buttons.addWidget(self.take_out)
            buttons.addStretch()
            layout.addLayout(buttons)
        session.locking.connect(self.close)

    def _make_incident(self) -> None:
        from safelog import evidence

        chosen = _checked(self.messages)
        if not chosen:
            dialogs.info(self, self.tr("Tick the messages first."))
            return
        try:
            incident = evidence.incident_from_messages(self.session.require(), self.ref, chosen)
        except Exception as exc:  # one sentence, never a traceback
            dialogs.error(self, sentence_for(exc))
            return
        self.session.incidents_changed.emit()
        self.incident_made.emit(int(incident.id or 0))
        dialogs.info(
            self,
            self.tr("Added incident “{title}”, dated at the first message.").format(
                title=incident.title
            ),
        )

    def _take_out(self) -> None:
        from safelog import evidence

        chosen = _checked(self.files)
        if not chosen or self.task is not None:
            return
        vault, ref = self.session.require(), self.ref

        def work(progress: Any, cancel: Any) -> Any:
            with vault.second_connection() as own:
                return evidence.extract_members(own, ref, chosen, progress=progress, cancel=cancel)

        def done(results: list[Any]) -> None:
            self.task = None
            self.session.incidents_changed.emit()
            self.extracted.emit([r.exhibit.ref for r in results])

        def failed(sentence: str, cancelled: bool) -> None:
            self.task = None
            if not cancelled:
                dialogs.error(self, sentence)

        self.task = run_with_progress(
            self, self.tr("Adding the chosen files…"), work, on_done=done, on_error=failed
        )


class InsideButton(QPushButton):
    """ "Inside…" beside View: enabled for an exhibit with messages or files inside."""

    def __init__(self, session: Session, panel: QWidget, on_extracted: Any) -> None:
        super().__init__(QCoreApplication.translate("InsideWindow", "Inside…"))
        self.session = session
        self.panel = panel
        self.on_extracted = on_extracted
        self.ref: str | None = None
        self.inside_window: InsideWindow | None = None
        self.setToolTip(
            QCoreApplication.translate(
                "InsideWindow",
                "The messages of a chat, or the files inside an e-mail, zip or saved page",
            )
        )
        self.clicked.connect(self.open_window)

    def update_for(self, ref: str | None) -> None:
        from safelog import evidence

        self.ref = ref
        enabled = False
        if ref is not None and self.session.open:
            try:
                enabled = has_inside(evidence.get_exhibit(self.session.require(), ref))
            except Exception:  # a damaged record only means the button stays off
                enabled = False
        self.setEnabled(enabled)

    def open_window(self) -> None:
        if self.ref is None:
            return
        if self.inside_window is not None:
            self.inside_window.close()
            self.inside_window.deleteLater()
        try:
            self.inside_window = InsideWindow(self.session, self.ref, self.panel)
        except Exception as exc:
            dialogs.error(self.panel, sentence_for(exc))
            return
        self.inside_window.extracted.connect(self.on_extracted)
        self.inside_window.show()
