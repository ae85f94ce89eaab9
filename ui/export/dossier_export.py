"""From "Make a dossier…" to a checked bundle: choices, folder, warnings, progress, the result.

The dossier is written by the same core function as ``safelog-cli dossier``
(``safelog.dossier.build_dossier``), on the worker thread and on a second database connection,
so the window stays responsive and Cancel (or locking) stops it with nothing left behind. The
bundle goes into a new folder inside the folder the person chooses; a folder that a cloud
service syncs, or the Desktop, is named and questioned before anything is written there.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from safelog import dossier
from safelog.syncfolders import on_desktop, synced_by
from ui.access.recovery_key import removable_drives
from ui.common import dialogs
from ui.common.dates import ltr
from ui.common.session import Session
from ui.common.worker import TaskHandle, run_with_progress
from ui.export.dossier_dialog import DossierDialog

if TYPE_CHECKING:  # the build module imports ReportLab: loaded when a dossier is made
    from safelog.dossier import DossierOptions, DossierResult

CHECK_LINE = "sha256sum -c SHA256SUMS"


def free_folder_name(parent: Path, today: date) -> Path:
    """``SafeLog dossier 2026-12-04`` in ``parent``, or ``… (2)`` if that is taken."""
    base = f"SafeLog dossier {today.isoformat()}"
    candidate = parent / base
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = parent / f"{base} ({number})"
        number += 1
    return candidate


def place_is_accepted(parent: QWidget, path: Path) -> bool:
    """Question a folder a cloud service syncs, or the Desktop; True to write there."""
    service = synced_by(path)
    if service and not dialogs.confirm(
        parent,
        QCoreApplication.translate(
            "DossierExport",
            "That folder is synced to %1. What you save there would be copied to %1's "
            "computers on the internet at once, where others may be able to reach it. Save "
            "it there anyway?",
        ).replace("%1", service),
    ):
        return False
    return not on_desktop(path) or dialogs.confirm(
        parent,
        QCoreApplication.translate(
            "DossierExport",
            "That is your Desktop: anyone who looks at this computer's screen would see it. Save "
            "it there anyway?",
        ),
    )


def start_folder() -> Path:
    """Where the folder chooser opens: a USB stick if one is plugged in, else Documents."""
    drives = removable_drives()
    if drives:
        return drives[0]
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return documents if documents.is_dir() else Path.home()


def _selectable(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setWordWrap(True)
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths and codes read LTR
    label.setAccessibleName(name)
    return label


class DossierDone(QDialog):
    """Where the dossier is, its identifier, and the one line that checks it."""

    def __init__(self, result: DossierResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = result
        self.setWindowTitle(self.tr("Your dossier is ready"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Your dossier is ready"), self)
        heading.setObjectName("heading")
        n, m = result.incident_count, result.exhibit_count
        incidents = self.tr("%n incident", "", n) if n == 1 else self.tr("%n incidents", "", n)
        files = (
            self.tr("%n evidence file", "", m) if m == 1 else self.tr("%n evidence files", "", m)
        )
        what = QLabel(
            self.tr(
                "It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your "
                "lawyer or a support service: a USB stick is a good way."
            )
            .replace("%1", incidents)
            .replace("%2", files),
            self,
        )
        what.setWordWrap(True)
        self.where = _selectable(str(result.path), self, self.tr("Where the dossier is"))
        self.document_id = _selectable(result.document_id, self, self.tr("Document identifier"))
        bold = QFont(self.document_id.font())
        bold.setBold(True)
        self.document_id.setFont(bold)
        check_intro = QLabel(
            self.tr(
                "Anyone who receives it can check that nothing in it was changed since you made "
                "it. In a terminal, in that folder, they type:"
            ),
            self,
        )
        check_intro.setWordWrap(True)
        self.check_line = _selectable(CHECK_LINE, self, self.tr("The line that checks it"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.check_line.setFont(mono)
        self.check_line.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid "
            "palette(mid); border-radius: 4px; padding: 8px; }"
        )
        id_hint = QLabel(
            self.tr(
                "The document identifier is printed on every page of the PDF. Write it down: it "
                "tells this dossier apart from any other you make."
            ),
            self,
        )
        id_hint.setObjectName("hint")
        id_hint.setWordWrap(True)
        self.not_encrypted = QLabel(
            self.tr(
                "The files in this folder are NOT encrypted: anyone who opens the folder can "
                "read them, so keep them somewhere safe, or delete them once you have given them "
                "to the police."
            ),
            self,
        )
        self.not_encrypted.setWordWrap(True)
        self.not_encrypted.setAccessibleName(self.tr("These files are not encrypted"))
        warn_font = QFont(self.not_encrypted.font())
        warn_font.setBold(True)
        self.not_encrypted.setFont(warn_font)
        # Shown when no file manager could be opened (a bare X server, no desktop portal).
        self.no_file_manager = _selectable("", self, self.tr("Where the dossier is"))
        self.no_file_manager.setLayoutDirection(self.layoutDirection())  # a sentence, not a path
        self.no_file_manager.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("It is in"), self.where)
        form.addRow(self.tr("Document identifier"), self.document_id)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addWidget(self.not_encrypted)
        layout.addLayout(form)
        layout.addWidget(id_hint)
        layout.addWidget(check_intro)
        layout.addWidget(self.check_line)
        for warning in result.warnings:
            note = QLabel(warning, self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.no_file_manager)
        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_in_folder(self) -> bool:
        """Open the bundle's folder in the file manager (an export the person asked for); where
        none can be opened, say in one sentence where the files are instead."""
        try:
            opened = bool(self.open_url(QUrl.fromLocalFile(str(self.dossier.path))))
        except Exception:  # a broken desktop set-up is no reason to fail the journey
            opened = False
        if not opened:
            self.no_file_manager.setText(
                self.tr(
                    "SafeLog could not open a file manager on this computer; your dossier's "
                    "files are in this folder: %1"
                ).replace("%1", ltr(str(self.dossier.path)))
            )
            self.no_file_manager.show()
            self.no_file_manager.setFocus(Qt.FocusReason.OtherFocusReason)
        return opened

    @staticmethod
    def open_url(url: QUrl) -> bool:
        """Qt's opener (the desktop portal or xdg-open); tests replace it."""
        return QDesktopServices.openUrl(url)


@dataclass
class TimelineChoice:
    shown_ids: list[int] | None  # None when the timeline is not filtered
    chosen: tuple[int, str] | None


class DossierExport(QObject):
    """One run of the journey; kept by the window while it lasts."""

    def __init__(
        self, session: Session, today: date, timeline: TimelineChoice, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.window = parent
        self.dialog = DossierDialog(
            session.require(),
            today,
            shown_ids=timeline.shown_ids,
            chosen=timeline.chosen,
            parent=parent,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.rejected.connect(self.finish)
        self.task: TaskHandle | None = None
        self.done_dialog: DossierDone | None = None
        self.target: Path | None = None
        session.locking.connect(self.cancel)

    def finish(self) -> None:
        """The journey is over: let go of the session and go."""
        with contextlib.suppress(RuntimeError, TypeError):  # already let go
            self.session.locking.disconnect(self.cancel)
        self.deleteLater()

    def start(self) -> DossierDialog:
        self.dialog.open()
        return self.dialog

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _ask_folder(self) -> Path | None:
        """The standard folder chooser; a synced folder or the Desktop is questioned first."""
        while True:
            chosen = dialogs.choose_directory(
                self.window,
                self.tr("Choose a folder for the dossier (a new folder is made inside it)"),
                str(start_folder()),
            )
            if not chosen:
                return None
            folder = Path(chosen).expanduser()
            if not place_is_accepted(self.window, folder):
                continue
            if not folder.is_dir():
                dialogs.error(
                    self.window,
                    self.tr("That folder does not exist. Choose a folder that is there."),
                )
                continue
            return folder

    def _chosen(self) -> None:
        options = self.dialog.options()
        folder = self._ask_folder()
        if folder is None:
            self.finish()
            return
        self.target = free_folder_name(folder, self.today)
        self.run(options, self.target)

    def run(self, options: DossierOptions, target: Path) -> TaskHandle:
        vault = self.session.require()

        def work(progress: Any, cancel: Any) -> DossierResult:
            with vault.second_connection() as other:
                return dossier.build_dossier(
                    other, target, options, progress=progress, cancel=cancel
                )

        self.task = run_with_progress(
            self.window,
            self.tr("Making your dossier…"),
            work,
            on_done=self._done,
            on_error=self._failed,
        )
        return self.task

    def _done(self, result: DossierResult) -> None:
        self.task = None
        if not self.session.open:
            self.finish()
            return
        self.done_dialog = DossierDone(result, self.window)
        self.done_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.done_dialog.finished.connect(lambda _code: self.finish())
        self.done_dialog.open()
        self.done_dialog.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, sentence: str, cancelled: bool) -> None:
        self.task = None
        if self.session.open and not cancelled:
            dialogs.error(self.window, sentence)
        elif self.session.open:
            dialogs.info(self.window, self.tr("The dossier was not made; nothing was written."))
        self.finish()
