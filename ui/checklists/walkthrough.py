"""The walk-through: one checklist item at a time, for a person and the support worker beside them.

A support session is short and often tense, so the screen shows one step in large, calm type:
what to do, why, who can help and where the advice comes from. Every action has a key (1-4 for
the status, Page Up/Down or Alt+arrows to move, Alt+Up for the list), so a support worker can
drive it without a mouse while the person reads. Each mark is saved at once through the core,
with the note and who marked it, and the position is saved on every move, so a session cut short
reopens at the same item. On lock every text is dropped: a note can say what the person fears.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from safelog.checklists import (
    STATUSES,
    Catalog,
    Checklist,
    ItemState,
    item_states,
    load_catalog,
    resume_point,
    set_resume_point,
    set_status,
)
from safelog.checklists.progress import MAX_NAME, MAX_NOTE
from safelog.errors import SafeLogError
from ui.checklists.parts import BUTTON_STYLE, ItemPanel, sized, status_label
from ui.common.palette import error_label, format_stamp, safe_name, text_label
from ui.common.session import Session
from ui.common.worker import sentence_for

log = logging.getLogger(__name__)

MARKED_BY_PROPERTY = "safelogChecklistMarkedBy"  # kept on the Session: gone when it is locked
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # pasted junk the core would refuse


class Walkthrough(QWidget):
    """One item at a time; emits ``closed`` (the checklist id) once everything is saved."""

    closed = Signal(str)

    def __init__(
        self,
        session: Session,
        checklist_id: str,
        parent: QWidget | None = None,
        *,
        catalog: Catalog | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        vault = session.require()
        self.checklist: Checklist = (
            catalog if catalog is not None else load_catalog(strict=False)
        ).get(checklist_id)
        self.states: list[ItemState] = item_states(vault, self.checklist)
        point = resume_point(vault, self.checklist, self.states)
        self.index = len(self.states) if point.index is None else point.index
        self._cleared = False
        self._locking = False
        self.setAccessibleName(self.tr("Going through: {0}").format(self.checklist.title))
        self.setStyleSheet(BUTTON_STYLE)
        base = QFont(self.font())
        self.setFont(sized(base, 1.15))
        self._build(base)
        self._build_shortcuts()
        session.locking.connect(self._on_locking)
        self._show(self.index)

    # ----- building -----------------------------------------------------------------------

    def _build(self, base: QFont) -> None:
        self.overview_button = QPushButton(self.tr("All checklists"), self)
        self.overview_button.setToolTip(self.tr("Back to the list of checklists (Alt+Up)"))
        self.overview_button.clicked.connect(self.close_walkthrough)
        self.checklist_label = text_label(self.checklist.title, self)
        self.checklist_label.setFont(sized(base, 1.15, bold=True))
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Where you are in the checklist"))
        self.position_bar = QProgressBar(self)
        self.position_bar.setTextVisible(False)
        self.position_bar.setFixedHeight(6)
        self.position_bar.setRange(0, max(1, len(self.states)))
        self.position_bar.setAccessibleName(self.tr("Position in the checklist"))
        self.panel = ItemPanel(base, self)

        self.done_title = text_label(self.tr("You have reached the end of this checklist."), self)
        self.done_title.setFont(sized(base, 1.7, bold=True))
        self.done_counts = text_label("", self)
        self.done_counts.setFont(sized(base, 1.4))
        self.done_list_button = QPushButton(self.tr("Back to all checklists"), self)
        self.done_list_button.clicked.connect(self.close_walkthrough)
        self.again_button = QPushButton(self.tr("Go through it again from the first item"), self)
        self.again_button.clicked.connect(lambda: self.go_to(0))
        done_page = QWidget(self)
        done_column = QVBoxLayout(done_page)
        done_column.setSpacing(16)
        done_column.addWidget(self.done_title)
        done_column.addWidget(self.done_counts)
        for button in (self.done_list_button, self.again_button):
            done_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        done_column.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.panel)
        self.pages.addWidget(done_page)

        top = QHBoxLayout()
        top.addWidget(self.overview_button)
        top.addSpacing(12)
        top.addWidget(self.checklist_label, 1)
        top.addWidget(self.position_label)
        rule = QFrame(self)
        rule.setObjectName("rule")  # a quiet line in both palettes (see BUTTON_STYLE)
        column_widget = QWidget(self)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.position_bar)
        column.addWidget(self.pages, 1)
        column.addWidget(rule)
        column.addLayout(self._build_controls(base))
        chain = [
            self.overview_button,
            *self.status_buttons.values(),
            self.note,
            self.by_field,
            self.back_button,
            self.next_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        column_widget.setMaximumWidth(QFontMetrics(sized(base, 1.4)).averageCharWidth() * 86)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.addStretch(1)
        outer.addWidget(column_widget, 12)
        outer.addStretch(1)

    def _build_controls(self, base: QFont) -> QVBoxLayout:
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        for number, status in enumerate(STATUSES, 1):
            button = QPushButton(f"✓ {number}  {status_label(status)}", self)
            button.setMinimumWidth(button.sizeHint().width())  # room for the tick
            button.setCheckable(True)
            button.setProperty("statusButton", True)
            button.setAccessibleName(status_label(status))
            button.setToolTip(self.tr("Key {0}").format(number))
            button.clicked.connect(lambda _checked=False, s=status: self.choose_status(s))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        status_row.addStretch(1)

        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything to remember about this step (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * 2 + 18)
        note_label = QLabel(self.tr("&Note"), self)
        note_label.setBuddy(self.note)
        self.by_field = QLineEdit(self)
        self.by_field.setMaxLength(MAX_NAME)
        self.by_field.setPlaceholderText(self.tr("Empty when you mark it yourself"))
        self.by_field.setAccessibleName(self.tr("Marked by"))
        self.by_field.setText(str(self.session.property(MARKED_BY_PROPERTY) or ""))
        self.by_field.textEdited.connect(
            lambda text: self.session.setProperty(MARKED_BY_PROPERTY, text)
        )
        by_label = QLabel(self.tr("Marked &by"), self)
        by_label.setBuddy(self.by_field)
        self.saved_label = text_label("", self)
        self.saved_label.setObjectName("hint")
        self.saved_label.setAccessibleName(self.tr("What is saved for this step"))
        self.error = error_label(self)
        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.addWidget(note_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        fields.addWidget(self.note, 0, 1, 1, 2)
        fields.addWidget(by_label, 1, 0)
        fields.addWidget(self.by_field, 1, 1)
        fields.addWidget(self.saved_label, 1, 2)
        fields.setColumnStretch(1, 2)
        fields.setColumnStretch(2, 3)

        arrows = QStyle.StandardPixmap
        self.back_button = QPushButton(
            self.style().standardIcon(arrows.SP_ArrowBack), self.tr("Back"), self
        )
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(
            self.style().standardIcon(arrows.SP_ArrowForward), self.tr("Next"), self
        )
        self.next_button.clicked.connect(self.go_next)
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if self.isLeftToRight()
            else Qt.LayoutDirection.LeftToRight
        )  # icon after
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("hint")
        self.keys_label.setFont(base)
        self.keys_label.setWordWrap(True)
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.keys_label, 1)
        nav.addWidget(self.next_button)

        self.item_controls = QWidget(self)  # hidden at the end, where there is nothing to mark
        item_box = QVBoxLayout(self.item_controls)
        item_box.setContentsMargins(0, 0, 0, 0)
        item_box.setSpacing(8)
        item_box.addLayout(status_row)
        item_box.addLayout(fields)
        controls = QVBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(self.item_controls)
        controls.addWidget(self.error)
        controls.addLayout(nav)
        return controls

    def _shortcut(self, keys: Sequence[str], slot: Callable[[], None]) -> str:
        shortcut = QShortcut(self)
        shortcut.setKeys([QKeySequence(key) for key in keys])
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)

    def _build_shortcuts(self) -> None:
        """Digits type into the note as usual there; Alt+digit and Alt+arrows work everywhere."""
        ahead, behind = ("Right", "Left") if self.isLeftToRight() else ("Left", "Right")
        for number, status in enumerate(STATUSES, 1):
            self._shortcut((str(number), f"Alt+{number}"), partial(self.choose_status, status))
        forward = self._shortcut(("PgDown", f"Alt+{ahead}", ahead), self.go_next)
        backward = self._shortcut(("PgUp", f"Alt+{behind}", behind), self.go_back)
        up = self._shortcut(("Alt+Up",), self.close_walkthrough)
        self.next_button.setToolTip(self.tr("{0} or Alt+{1}").format(forward, ahead))
        self.back_button.setToolTip(self.tr("{0} or Alt+{1}").format(backward, behind))
        self.keys_label.setText(
            self.tr("Keys: 1–4 status · {0} next · {1} back · {2} list").format(
                forward, backward, up
            )
        )

    # ----- showing ------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.index >= len(self.states)

    def current_state(self) -> ItemState | None:
        return None if self.finished else self.states[self.index]

    def _show(self, index: int) -> None:
        if self._cleared:
            return
        self.index = max(0, min(index, len(self.states)))
        self.error.hide()
        self._remember_position()
        state = self.current_state()
        self.item_controls.setVisible(state is not None)
        self.next_button.setEnabled(state is not None)
        self.back_button.setEnabled(self.index > 0)
        self.position_bar.setValue(min(self.index + 1, len(self.states)))
        if state is None:
            self._show_done()
            return
        self.position_label.setText(
            self.tr("Item {0} of {1}").format(state.index + 1, len(self.states))
        )
        self.panel.show_item(state.item)
        self.note.setPlainText(state.note)  # also empties the undo history
        self._show_state(state)
        self.pages.setCurrentIndex(0)

    def _show_state(self, state: ItemState | None) -> None:
        self.status_group.setExclusive(False)
        for number, (status, button) in enumerate(self.status_buttons.items(), 1):
            chosen = state is not None and status == state.status
            button.setChecked(chosen)
            button.setText(f"{'✓' if chosen else '  '} {number}  {status_label(status)}")
        self.status_group.setExclusive(True)
        if state is None:
            self.saved_label.setText("")
        elif not state.rev:
            self.saved_label.setText(self.tr("Not marked yet."))
        else:
            who = safe_name(state.marked_by) if state.marked_by else self.tr("you")
            self.saved_label.setText(
                self.tr("Saved as “{0}” on {1}, marked by {2}.").format(
                    status_label(state.status), format_stamp(state.at), who
                )
            )

    def _show_done(self) -> None:
        counts = {status: sum(1 for s in self.states if s.status == status) for status in STATUSES}
        self.position_label.setText(self.tr("End of the checklist"))
        lines = [
            self.tr("Done: {0}").format(counts["done"]),
            self.tr("Not applicable: {0}").format(counts["not_applicable"]),
            self.tr("Need help: {0}").format(counts["need_help"]),
            self.tr("Still to do: {0}").format(counts["todo"]),
        ]
        if counts["need_help"]:
            lines += [
                "",
                self.tr(
                    "Steps marked “Need help” stay at the top of the list until "
                    "someone has helped with them."
                ),
            ]
        self.done_counts.setText("\n".join(lines))
        self.note.setPlainText("")
        self._show_state(None)
        self.pages.setCurrentIndex(1)

    def focus_start(self) -> None:
        """Focus where the keys work at once (never the note, so 1-4 set the status)."""
        target = self.done_list_button if self.finished else self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- saving and moving --------------------------------------------------------------

    def choose_status(self, status: str) -> None:
        state = self.current_state()
        if state is not None and not self._save(status):
            self._show_state(state)  # the buttons show what is really saved

    def go_next(self) -> None:
        if not self.finished:
            self.go_to(self.index + 1)

    def go_back(self) -> None:
        if self.index > 0:
            self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Save this item, then show item ``index`` (0-based; the item count is the end)."""
        focused, was_finished = self.focusWidget(), self.finished
        if self._save():
            self._show(index)
            if (
                self.focusWidget() is not focused
                or was_finished != self.finished
                or focused is None
                or not focused.isVisible()
                or not focused.isEnabled()
            ):
                self.focus_start()  # the move hid or disabled the focused button

    def close_walkthrough(self) -> None:
        """Save the note and the position, then hand back to whoever showed the walk-through."""
        if self._cleared or not self._save():
            return
        self._remember_position()
        self.closed.emit(self.checklist.id)

    def _save(self, status: str | None = None) -> bool:
        """Save the status (when given) and the note; False keeps the person on this item."""
        state = self.current_state()
        if self._cleared or state is None:
            return True
        vault = self.session.vault
        if vault is None:
            return False
        note = _CONTROL.sub("", self.note.toPlainText()).strip()
        if status is None and note == state.note:
            return True
        if len(note) > MAX_NOTE:
            return self._fail(
                self.tr("The note is too long: please keep it under {0} characters.").format(
                    MAX_NOTE
                )
            )
        try:
            saved = set_status(
                vault,
                self.checklist,
                state.item.id,
                status or state.status,
                note=note,
                by=_CONTROL.sub("", self.by_field.text()),
            )
        except SafeLogError as exc:
            return self._fail(sentence_for(exc))
        self.states[self.index] = saved
        self.error.hide()
        self._show_state(saved)
        if saved.rev != state.rev and not self._locking:
            self.session.checklists_changed.emit()
        return True

    def _fail(self, sentence: str) -> bool:
        self.error.setText(sentence)
        self.error.show()
        return False

    def _remember_position(self) -> None:
        vault = self.session.vault
        if vault is None or self._cleared:
            return
        state = self.current_state()
        try:
            set_resume_point(vault, self.checklist, None if state is None else state.item.id)
        except SafeLogError:
            log.warning("could not save the walk-through position")

    # ----- locking ------------------------------------------------------------------------

    def _on_locking(self) -> None:
        """Keep a note typed just before the lock, then forget every text."""
        self._locking = True
        try:
            self._save()
        except Exception:  # the lock must go ahead whatever happens here
            log.warning("note not saved before locking")
        self.clear()

    def clear(self) -> None:
        self._cleared = True
        self.states = []
        self.note.setPlainText("")
        self.by_field.setText("")
        self.panel.clear()
        for widget in (self, *self.findChildren(QWidget)):
            widget.setAccessibleName("")
            widget.setToolTip("")
            if isinstance(widget, QLabel):
                widget.setText("")
        self.session.setProperty(MARKED_BY_PROPERTY, None)
        self.setEnabled(False)
