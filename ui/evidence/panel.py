"""The evidence attached to one incident: add files, see them, open them, save a copy.

Adding runs on the worker with a progress bar and Cancel (a cancelled import leaves the vault
as it was). A file already in the vault is not stored twice; the person is told where it
already is (ui/evidence/added.py). After adding, the panel asks how the files were obtained
(ui/evidence/obtained.py). Screenshots of online abuse can carry what a
police officer or platform will ask for: the platform, the address, the account and the time
shown on screen. Thumbnails come only from the small pictures SafeLog made in its sandbox.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common import dialogs
from ui.common.i18n import plural
from ui.common.labels import file_type_label
from ui.common.palette import format_stamp, safe_name
from ui.common.session import Session
from ui.common.worker import TaskHandle, run_with_progress, sentence_for
from ui.evidence.added import import_sentences
from ui.evidence.capture import CaptureButton
from ui.evidence.inside import InsideButton
from ui.evidence.obtained import ObtainedButton, ObtainedQuestion
from ui.evidence.paste import PasteSupport
from ui.evidence.viewer import ExhibitViewer, exhibit_name, export_with_warning, image_from_derived

THUMB = 64
_PLATFORMS = [
    "",
    "WhatsApp",
    "Telegram",
    "Signal",
    "Instagram",
    "Facebook",
    "X (Twitter)",
    "TikTok",
    "YouTube",
    "Email",
    "SMS",
]


class EvidencePanel(QWidget):
    """Exhibits of one incident, with import (drop or pick), view and export."""

    imported = Signal(list)  # references of the new exhibits
    busy_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident_id: int | None = None
        self.task: TaskHandle | None = None
        self.viewer: ExhibitViewer | None = None
        self.refs: list[str] = []
        self.setAcceptDrops(True)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Exhibit"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("Added"),
            ]
        )
        self.table.setAccessibleName(self.tr("Evidence for this incident"))
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # A long name is shortened in the middle, so its real ending (".exe") stays visible;
        # the whole name is in the tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.table.activated.connect(lambda _index: self.view_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.hint = QLabel(
            self.tr(
                "Drag photos, screenshots or documents here, or choose "
                "“Add files…”. The originals are kept unchanged and "
                "encrypted."
            )
        )
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.clicked.connect(self.view_selected)
        self.export_button = QPushButton(self.tr("Save a copy…"))
        self.export_button.setToolTip(self.tr("The saved copy is not encrypted."))
        self.export_button.clicked.connect(self.export_selected)
        self.paste = PasteSupport(self)  # Ctrl+V, browser drops (ui/paste.py)
        self.capture_button = CaptureButton(self.paste)  # screen capture (ui/capture.py)
        adding, chosen = QHBoxLayout(), QHBoxLayout()  # adding; then what acts on the selection
        adding.addWidget(self.add_button)
        adding.addWidget(self.capture_button)
        adding.addStretch()
        chosen.addWidget(self.view_button)
        self.inside_button = InsideButton(session, self, lambda _refs: self.refresh())
        chosen.addWidget(self.inside_button)  # chat messages, files inside (ui/inside.py)
        self.obtained = ObtainedQuestion(session)  # "How did you get this file?"
        self.obtained.saved.connect(lambda _refs: self.session.incidents_changed.emit())
        self.obtained_button = ObtainedButton(self.obtained, self.selected_ref)
        chosen.addWidget(self.obtained_button)
        chosen.addWidget(self.export_button)
        chosen.addStretch()

        self.online_box = QCheckBox(self.tr("They show something online"))
        self.online_box.setToolTip(
            self.tr("Screenshots or captures of a post, a message or a profile")
        )
        self.online_fields = QWidget()
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(_PLATFORMS)
        self.platform.setAccessibleName(self.tr("Platform or app"))
        self.platform.lineEdit().setAccessibleName(self.tr("Platform or app"))
        self.platform.setItemData(0, self.tr("No platform"), Qt.ItemDataRole.AccessibleTextRole)
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Full web address"))
        self.url.setPlaceholderText("https://…")
        self.account = QLineEdit()
        self.account.setAccessibleName(self.tr("Account name or ID"))
        self.account.setPlaceholderText(self.tr("The @name or number that posted it"))
        self.shown_time = QLineEdit()
        self.shown_time.setAccessibleName(self.tr("Time shown on the screen"))
        self.shown_time.setPlaceholderText(
            self.tr("As written on the screen, e.g. 14:32 or '3 hours ago'")
        )
        online_form = QFormLayout(self.online_fields)
        online_form.addRow(self.tr("Platform or app"), self.platform)
        online_form.addRow(self.tr("Web address"), self.url)
        online_form.addRow(self.tr("Account"), self.account)
        online_form.addRow(self.tr("Time shown on screen"), self.shown_time)
        self.online_fields.setVisible(False)
        self.online_box.toggled.connect(self.online_fields.setVisible)
        self.grow_with_rows = False  # the incident view shows every row instead of scrolling

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(chosen)
        layout.addWidget(self.obtained)
        layout.addWidget(self.online_box)
        layout.addWidget(self.online_fields)
        layout.addWidget(self.paste.save_details)
        session.locking.connect(self.clear)
        self._update_buttons()

    # ----- showing ---------------------------------------------------------------------

    def set_incident(self, incident_id: int | None) -> None:
        if incident_id != self.incident_id:  # a reload of the same one keeps the question
            self.obtained.clear()
        self.incident_id = incident_id
        self.paste.clear()
        self.refresh()

    def refresh(self) -> None:
        previous = self.selected_ref()  # kept selected when the list is read again
        self.table.setRowCount(0)
        self.refs = []
        if self.incident_id is None or not self.session.open:
            self._update_buttons()
            return
        from safelog import evidence

        vault = self.session.require()
        try:
            exhibits = evidence.list_exhibits(vault, self.incident_id)
        except Exception as exc:  # one sentence in place of the list, never a traceback
            self.hint.setText(sentence_for(exc))
            self._update_buttons()
            return
        self.table.setRowCount(len(exhibits))
        for row, exhibit in enumerate(exhibits):
            self.refs.append(exhibit.ref)
            first = QTableWidgetItem(exhibit.ref)
            first.setData(Qt.ItemDataRole.UserRole, exhibit.ref)
            derived = evidence.thumbnail(vault, exhibit.ref)
            image = image_from_derived(derived) if derived else None
            if image is not None and not image.isNull():
                first.setIcon(
                    QIcon(
                        QPixmap.fromImage(
                            image.scaled(
                                THUMB,
                                THUMB,
                                Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation,
                            )
                        )
                    )
                )
            name = exhibit_name(exhibit)
            cells = [
                first,
                QTableWidgetItem(name),
                QTableWidgetItem(file_type_label(exhibit.content_type)),
                QTableWidgetItem(self.locale().formattedDataSize(exhibit.size)),
                QTableWidgetItem(format_stamp(exhibit.imported_at)),
            ]
            cells[1].setToolTip(name)
            cells[1].setData(Qt.ItemDataRole.AccessibleTextRole, name)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        if self.grow_with_rows:
            self._fit_rows()
        if previous is not None:
            self.select_ref(previous)
        self._update_buttons()

    def _fit_rows(self) -> None:
        rows = min(max(self.table.rowCount(), 1), 12)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + 2 * self.table.frameWidth()
            + rows * self.table.verticalHeader().defaultSectionSize()
        )
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)

    def thumbnail_count(self) -> int:
        items = [self.table.item(row, 0) for row in range(self.table.rowCount())]
        return sum(1 for item in items if item is not None and not item.icon().isNull())

    def _update_buttons(self) -> None:
        has_incident = self.incident_id is not None and self.session.open
        idle = self.task is None
        selected = self.selected_ref() is not None
        self.add_button.setEnabled(has_incident and idle)
        self.capture_button.setEnabled(has_incident and idle)
        self.view_button.setEnabled(selected)
        self.inside_button.update_for(self.selected_ref() if idle else None)
        self.obtained_button.setEnabled(selected and idle and self.session.open)
        self.export_button.setEnabled(selected and idle)
        self.setAcceptDrops(has_incident and idle)

    def selected_ref(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.refs[rows[0].row()] if rows else None

    def select_ref(self, ref: str) -> None:
        if ref in self.refs:
            self.table.selectRow(self.refs.index(ref))

    # ----- adding ----------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = dialogs.open_files(self, self.tr("Add evidence"))
        if paths:
            self.import_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if any(u.isLocalFile() for u in mime.urls()) or self.paste.accepts(mime):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if os.path.isfile(p)]
        if files:
            event.acceptProposedAction()
            self.import_paths(files)
        elif self.paste.drop(event.mimeData()):  # an image or link from a browser
            event.acceptProposedAction()

    def online_details(self) -> dict[str, str] | None:
        if not self.online_box.isChecked():
            return None
        details = {
            "platform": self.platform.currentText().strip(),
            "url": self.url.text().strip(),
            "account": self.account.text().strip(),
            "shown_time": self.shown_time.text().strip(),
        }
        return {k: v for k, v in details.items() if v} or None

    def import_paths(self, paths: list[str]) -> None:
        if self.incident_id is None or self.task is not None:
            return
        from safelog import evidence

        vault, incident_id, online = self.session.require(), self.incident_id, self.online_details()
        names = {p: safe_name(os.path.basename(p)) for p in paths}

        def work(progress: Any, cancel: Any) -> Any:
            with vault.second_connection() as own:
                return evidence.import_files(
                    own, incident_id, list(paths), online=online, progress=progress, cancel=cancel
                )

        self._set_busy(True)
        self.task = run_with_progress(
            self,
            plural(self.tr("Adding %n file(s) to the vault…", "", len(paths)), len(paths)),
            work,
            on_done=lambda results: self._added_files(results, paths, names),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self._update_buttons()
        self.busy_changed.emit(busy)

    def _added_files(self, results: list[Any], paths: list[str], names: dict[str, str]) -> None:
        """Files added with "Add files…" or a drop: then ask how they were obtained."""
        self._imported(results, paths, names)
        if self.session.open and self.incident_id is not None:
            added = {r.exhibit.ref: names.get(p, "") for p, r in zip(paths, results, strict=False)}
            self.obtained.ask(list(added), added)

    def _imported(self, results: list[Any], paths: list[str], names: dict[str, str]) -> None:
        self._set_busy(False)
        lines = import_sentences(self.session.require(), results, paths, names)
        try:
            self.refresh()
        except Exception as exc:  # the import itself succeeded; say so and go on
            lines.append(sentence_for(exc))
        new_refs = [r.exhibit.ref for r in results]
        if new_refs:
            self.select_ref(new_refs[-1])
        self.session.incidents_changed.emit()
        self.imported.emit(new_refs)
        if lines:
            dialogs.info(self, "\n".join(lines))

    def _failed(self, sentence: str, cancelled: bool) -> None:
        self._set_busy(False)
        if not cancelled:
            dialogs.error(self, sentence)

    # ----- viewing and saving ----------------------------------------------------------

    def view_selected(self) -> None:
        ref = self.selected_ref()
        if ref is None:
            return
        self._drop_viewer()
        try:
            self.viewer = ExhibitViewer(self.session, ref, self)
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        self.viewer.open()

    def _drop_viewer(self) -> None:
        if self.viewer is not None:
            self.viewer.clear()
            self.viewer.deleteLater()
            self.viewer = None

    def export_selected(self) -> None:
        ref = self.selected_ref()
        if ref is None:
            return
        item = self.table.item(self.refs.index(ref), 1)
        export_with_warning(self, self.session, ref, item.text() if item is not None else "")

    def clear(self) -> None:
        """The vault is locking: forget every name and picture."""
        if self.task is not None:
            self.task.cancel()
        self._drop_viewer()
        self.incident_id = None
        self.refs = []
        self.table.clearContents()
        self.table.setRowCount(0)
        for edit in (self.url, self.account, self.shown_time):
            edit.clear()
        self.platform.setCurrentIndex(0)
        self.online_box.setChecked(False)
        self.paste.clear()
        self.obtained.clear()
        self._update_buttons()
