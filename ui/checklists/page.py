"""The Checklists page: every checklist, how far the person is, and the one step to do next.

A frightened person should not have to read fifty items to know where they stand, so each
checklist is one row: what it is about, a progress bar, and its most important open step. Enter
on a row (or the row's button) opens the walk-through in place of the list; the list comes back,
refreshed, when the walk-through closes.

"Print checklist summary…" saves the dossier's own checklist summary
(``safelog.dossier.checklist_summary_pdf``) as a PDF where the person chooses, to print or to
show someone who helps them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safelog import dossier
from safelog.checklists import Catalog, ChecklistOverview, load_catalog, overview
from safelog.errors import ExportFailed, SafeLogError
from safelog.fsutil import NewFile
from ui.checklists.parts import (
    BUTTON_STYLE,
    NEXT,
    OPEN,
    PAD,
    PERCENT_ROLE,
    PROGRESS,
    SECOND_LINE,
    TITLE,
    OverviewDelegate,
    priority_label,
)
from ui.checklists.walkthrough import MARKED_BY_PROPERTY, Walkthrough
from ui.common import dialogs
from ui.common.session import Session
from ui.common.worker import TaskHandle, run_with_progress, sentence_for
from ui.export.dossier_export import place_is_accepted

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


def save_new_file(path: Path, data: bytes) -> None:
    """Write an export the person asked for: whole before it gets its name, nothing half-done.

    The file chooser already asked before replacing a file of that name, so one is replaced.
    """
    new = NewFile(path)
    try:
        new.write(data)
        new.sync()
        if path.exists():
            os.unlink(path)
        new.publish()
    finally:
        new.close()


class ChecklistsPage(QWidget):
    """The overview of all checklists; the walk-through opens in its place."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, catalog: Catalog | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[ChecklistOverview] = []
        self.open_buttons: dict[str, QPushButton] = {}
        self.walkthrough: Walkthrough | None = None
        self._locked = False
        self._task: TaskHandle | None = None
        self.setAccessibleName(self.tr("Checklists"))
        self.setStyleSheet(BUTTON_STYLE)
        self._build()
        self.catalog = catalog if catalog is not None else self._load_catalog()
        session.checklists_changed.connect(self.refresh)
        session.locking.connect(self._on_locking)
        self.refresh()

    def _build(self) -> None:
        heading = QLabel(self.tr("Safety checklists"), self)
        heading.setObjectName("heading")
        self.print_button = QPushButton(self.tr("Print checklist summary…"), self)
        self.print_button.setToolTip(
            self.tr("Save a PDF of your progress to print or to show someone who helps you")
        )
        self.print_button.clicked.connect(self.print_summary)
        intro = QLabel(
            self.tr(
                "Small steps that make you safer. Take them at your own pace, on "
                "your own or with someone you trust. What you mark stays in your "
                "locked log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("hint")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("checklistsTable")
        self.table.setAccessibleName(self.tr("Checklists"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Checklist"),
                self.tr("How far you are"),
                self.tr("Most important next step"),
                "",
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setItemDelegate(OverviewDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OPEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(PROGRESS, QFontMetrics(self.font()).averageCharWidth() * 30)
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        hint = QLabel(
            self.tr(
                "Choose a checklist and press Enter, or use its button, to go "
                "through it one step at a time."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignBottom)
        overview_panel = QWidget(self)
        column = QVBoxLayout(overview_panel)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(intro)
        column.addWidget(self.problem_label)
        column.addWidget(self.table, 1)
        column.addWidget(hint)
        self.overview_panel = overview_panel
        self.stack = QStackedWidget(self)
        self.stack.addWidget(overview_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.table)

    def _load_catalog(self) -> Catalog:
        try:
            catalog = load_catalog(strict=False)
        except SafeLogError:
            log.warning("checklist content not found")
            self._problem(self.tr("The checklists could not be found in this copy of SafeLog."))
            return Catalog(())
        if catalog.problems:
            self._problem(
                self.tr("Checklists that could not be read and are not shown: {0}.").format(
                    len(catalog.problems)
                )
            )
        return catalog

    def _problem(self, sentence: str) -> None:
        self.problem_label.setText(sentence)
        self.problem_label.show()

    # ----- the rows -----------------------------------------------------------------------

    def current_checklist_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].checklist_id if 0 <= row < len(self.rows) else None

    def refresh(self) -> None:
        """Read every checklist's progress again (after a save, or the walk-through closing)."""
        if self._locked or self.session.vault is None:
            return
        keep = self.current_checklist_id()
        try:
            self.rows = overview(self.session.vault, self.catalog)
        except SafeLogError as exc:
            self._problem(sentence_for(exc))
            return
        self.table.setRowCount(len(self.rows))
        self.open_buttons = {}
        for number, row in enumerate(self.rows):
            self._fill_row(number, row)
        self.table.resizeRowsToContents()
        ids = [row.checklist_id for row in self.rows]
        if ids:
            self.select(keep if keep in ids else ids[0])

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):  # Enter (or a double click) on a row
            self.open_walkthrough(self.rows[row].checklist_id)

    def select(self, checklist_id: str) -> None:
        for number, row in enumerate(self.rows):
            if row.checklist_id == checklist_id:
                self.table.setCurrentCell(number, TITLE)

    def _item(self, first: str, second: str, spoken: str) -> QTableWidgetItem:
        item = QTableWidgetItem(first)
        item.setData(SECOND_LINE, second)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        return item

    def _fill_row(self, number: int, row: ChecklistOverview) -> None:
        title = self._item(row.title, row.summary, f"{row.title}. {row.summary}")
        title.setData(ID_ROLE, row.checklist_id)
        applicable = row.total - row.counts["not_applicable"]
        caption = [self.tr("{0} of {1} done").format(row.counts["done"], applicable)]
        if row.counts["need_help"]:
            caption.append(self.tr("{0} waiting for help").format(row.counts["need_help"]))
        progress = self._item(
            f"{row.percent_done}%",
            " · ".join(caption),
            self.tr("{0} percent done: {1}").format(row.percent_done, ", ".join(caption)),
        )
        progress.setData(PERCENT_ROLE, row.percent_done)
        state = row.next_item
        if state is None:
            first, second = self.tr("Nothing left to do here"), self.tr("Every step has an answer.")
        else:
            first = state.item.title
            second = (
                self.tr("Waiting for help")
                if state.status == "need_help"
                else priority_label(state.item.priority)
            )
        next_step = self._item(first, second, f"{first}. {second}")
        for column, item in ((TITLE, title), (PROGRESS, progress), (NEXT, next_step)):
            self.table.setItem(number, column, item)
        answered = row.total - row.counts["todo"]
        verb = (
            self.tr("Start")
            if answered == 0
            else self.tr("Continue")
            if row.open_count
            else self.tr("Look again")
        )
        button = QPushButton(verb)
        button.setAccessibleName(self.tr("{0}: {1}").format(verb, row.title))
        button.clicked.connect(
            lambda _checked=False, cid=row.checklist_id: self.open_walkthrough(cid)
        )
        holder = QWidget()
        box = QHBoxLayout(holder)
        box.setContentsMargins(PAD, 0, PAD, 0)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.table.setCellWidget(number, OPEN, holder)
        self.open_buttons[row.checklist_id] = button

    # ----- the walk-through ---------------------------------------------------------------

    def open_walkthrough(self, checklist_id: str) -> Walkthrough | None:
        if self._locked or self.session.vault is None:
            return None
        if self.walkthrough is not None:
            return self.walkthrough
        try:
            walkthrough = Walkthrough(self.session, checklist_id, self, catalog=self.catalog)
        except SafeLogError as exc:
            dialogs.error(self, sentence_for(exc))
            return None
        walkthrough.closed.connect(self._walkthrough_closed)
        self.walkthrough = walkthrough
        self.stack.addWidget(walkthrough)
        self.stack.setCurrentWidget(walkthrough)
        self.setFocusProxy(walkthrough)
        walkthrough.focus_start()
        return walkthrough

    def _walkthrough_closed(self, checklist_id: str) -> None:
        walkthrough, self.walkthrough = self.walkthrough, None
        self.stack.setCurrentWidget(self.overview_panel)
        self.setFocusProxy(self.table)
        if walkthrough is not None:
            self.stack.removeWidget(walkthrough)
            walkthrough.deleteLater()
        self.refresh()
        self.select(checklist_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- printing -----------------------------------------------------------------------

    def print_summary(self) -> None:
        """Ask where to save, then build the dossier's checklist summary off the GUI thread."""
        vault = self.session.vault
        if vault is None or self._task is not None:
            return
        chosen = dialogs.save_file(
            self,
            self.tr("Save the checklist summary"),
            self.tr("checklist-summary.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        if not place_is_accepted(self, path):
            return

        def work(_progress: Any, cancel: Any) -> Path:
            data = dossier.checklist_summary_pdf(vault)  # ReportLab loads here, on first use
            if data is None:  # the checklists are part of SafeLog: this is a broken install
                raise ExportFailed(
                    "The safety checklists are missing from this copy of "
                    "SafeLog; please reinstall it."
                )
            cancel.check()
            save_new_file(path, data)
            return path

        def done(_result: Any) -> None:
            self._task = None
            if not self._locked:
                dialogs.info(
                    self,
                    self.tr(
                        "The checklist summary was saved as %1. You can "
                        "print it or show it to someone who helps you."
                    ).replace("%1", str(path)),
                )

        def failed(sentence: str, cancelled: bool) -> None:
            self._task = None
            if not cancelled and not self._locked:
                dialogs.error(self, sentence)

        self._task = run_with_progress(
            self, self.tr("Preparing the checklist summary…"), work, on_done=done, on_error=failed
        )

    # ----- locking ------------------------------------------------------------------------

    def _on_locking(self) -> None:
        """Drop every row: which steps are done says a lot about what the person fears."""
        self._locked = True
        if self._task is not None:
            self._task.cancel()
        for button in self.open_buttons.values():
            button.setAccessibleName("")
        self.open_buttons = {}
        self.rows = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.problem_label.setText("")
        self.session.setProperty(MARKED_BY_PROPERTY, None)  # the support worker's name
