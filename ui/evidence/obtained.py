""" "How did you get this file?": the continuity a police officer asks about first.

After files are added, a calm question appears inside the evidence panel (never a pop-up that
blocks): a few plain choices, a short box for more words, and where the original is kept. The
answer goes to every file just added through ``evidence.set_provenance`` (each change is a
custody entry). The choices are stored as English sentences, because the dossier is read by UK
police; what the person types is stored as typed, in any script. "How you got it…" opens the
same question for one exhibit, filled with what it says now.

``set_provenance`` is one small write per exhibit, so it runs directly inside the session, as
saving the online details of a paste does (``ui/evidence/paste.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.palette import error_label, safe_name
from ui.common.session import Session
from ui.common.worker import sentence_for

# The stored words, in English for the dossier; the person sees them in their own language.
CHOICES = (
    ("self", "I took this photo or recording myself"),
    ("sent", "Someone sent it to me"),
    ("saved", "I saved it from a website or app"),
    ("other", "Something else"),
)
ENGLISH = dict(CHOICES)
MAX_TYPED = 900  # the core keeps at most 1,000 characters, the choice included


def compose(choice: str | None, more: str) -> str:
    """The sentence stored: "Someone sent it to me: my cousin, on WhatsApp", or the typed
    words alone when nothing (or "Something else") was chosen."""
    more = " ".join(more.split())
    if choice is None or (choice == "other" and more):
        return more
    sentence = ENGLISH[choice]
    return f"{sentence}: {more}" if more else sentence


def split(obtained: str) -> tuple[str | None, str]:
    """The choice and typed words a stored answer was made of (for editing it again)."""
    for key, sentence in CHOICES:
        if obtained == sentence:
            return key, ""
        if obtained.startswith(sentence + ": "):
            return key, obtained[len(sentence) + 2 :]
    return None, obtained


def _labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "self": translate("ObtainedQuestion", "I took this photo or recording myself"),
        "sent": translate("ObtainedQuestion", "Someone sent it to me"),
        "saved": translate("ObtainedQuestion", "I saved it from a website or app"),
        "other": translate("ObtainedQuestion", "Something else"),
    }


class ObtainedQuestion(QFrame):
    """The inline question for the exhibits in ``refs``; hidden until asked."""

    saved = Signal(list)  # the references whose answer was stored

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.refs: list[str] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("How did you get this file?"))

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.which = QLabel()
        self.which.setTextFormat(Qt.TextFormat.PlainText)
        self.which.setWordWrap(True)
        self.why = QLabel(
            self.tr(
                "The police will ask how you got each piece of evidence. Your answer is printed "
                "beside it in the dossier. You can change it later."
            )
        )
        self.why.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        choice_box = QVBoxLayout()
        for key, text in _labels().items():
            button = QRadioButton(text)
            self.group.addButton(button)
            self.choices[key] = button
            choice_box.addWidget(button)
            button.toggled.connect(self._update)
        self.more = QLineEdit()
        self.more.setMaxLength(MAX_TYPED)
        self.more.setAccessibleName(self.tr("More about how you got it"))
        self.more.setPlaceholderText(self.tr("For example: who sent it, when, and in which app"))
        self.more.textChanged.connect(self._update)
        self.kept = QLineEdit()
        self.kept.setMaxLength(MAX_TYPED)
        self.kept.setAccessibleName(self.tr("Where is the original kept?"))
        self.kept.setPlaceholderText(
            self.tr("Optional. For example: on my phone, or the letter is in a drawer at home")
        )
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields.addRow(self.tr("More about it (optional)"), self.more)
        fields.addRow(self.tr("Where is the original kept?"), self.kept)

        self.error = error_label()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Nothing is saved; you can answer later."))
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch()

        self.form = QWidget()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.which, self.why):
            form_layout.addWidget(widget)
        form_layout.addLayout(choice_box)
        form_layout.addLayout(fields)
        form_layout.addWidget(self.error)
        form_layout.addLayout(buttons)
        self.done = QLabel()
        self.done.setTextFormat(Qt.TextFormat.PlainText)
        self.done.setWordWrap(True)
        self.done.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.done)
        self.hide()
        session.locking.connect(self.clear)

    # ----- asking ----------------------------------------------------------------------

    def ask(self, refs: list[str], names: dict[str, str] | None = None) -> None:
        """Ask about files just added (nothing is filled in)."""
        if not refs:
            return
        self._open(refs)
        names = names or {}
        if len(refs) == 1:
            self.heading.setText(self.tr("How did you get this file?"))
            name = safe_name(names.get(refs[0], ""), 80)
            self.which.setText(
                self.tr("Exhibit {ref} ({name})").format(ref=refs[0], name=name)
                if name
                else self.tr("Exhibit {ref}").format(ref=refs[0])
            )
        else:
            self.heading.setText(self.tr("How did you get these files?"))
            self.which.setText(
                self.tr("Your answer is saved for each of the exhibits {refs}.").format(
                    refs=", ".join(refs)
                )
            )

    def edit(self, ref: str) -> None:
        """Ask again about one exhibit, with its present answer filled in."""
        from safelog import evidence

        try:
            exhibit = evidence.get_exhibit(self.session.require(), ref)
        except Exception as exc:  # one sentence in place of the question
            self._open([ref])
            self.error.setText(sentence_for(exc))
            self.error.show()
            return
        self._open([ref])
        self.heading.setText(self.tr("How did you get this file?"))
        self.which.setText(
            self.tr("Exhibit {ref} ({name})").format(ref=ref, name=exhibit.display_name)
        )
        choice, more = split(exhibit.obtained)
        if choice is not None:
            self.choices[choice].setChecked(True)
        self.more.setText(more)
        self.kept.setText(exhibit.original_kept)

    def _open(self, refs: list[str]) -> None:
        self._reset()
        self.refs = list(refs)
        self.form.show()
        self.done.hide()
        self.show()
        self.choices["self"].setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, self._bring_into_view)  # once the layout made room

    def _bring_into_view(self) -> None:
        """Scroll the question into sight, so it is not missed below the list."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.isVisible():
            area.ensureWidgetVisible(self, 0, 0)

    def _reset(self) -> None:
        self.group.setExclusive(False)  # an exclusive group never lets the last one go
        for button in self.choices.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.more.clear()
        self.kept.clear()
        self.error.hide()
        self._update()

    def chosen(self) -> str | None:
        return next((k for k, b in self.choices.items() if b.isChecked()), None)

    def answer(self) -> str:
        return compose(self.chosen(), self.more.text())

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.answer()) or bool(self.kept.text().strip()))

    # ----- answering -------------------------------------------------------------------

    def save(self) -> None:
        from safelog import evidence

        if not self.refs or not self.session.open:
            return
        obtained, kept = self.answer(), " ".join(self.kept.text().split())
        vault = self.session.require()
        done: list[str] = []
        try:
            for ref in self.refs:
                evidence.set_provenance(vault, ref, obtained=obtained, original_kept=kept)
                done.append(ref)
        except Exception as exc:  # one sentence beside the question, never a traceback
            self.error.setText(sentence_for(exc))
            self.error.show()
            if done:
                self.saved.emit(done)
            return
        self.form.hide()
        self.done.setText(
            self.tr("Saved. The dossier will say how you got {refs}.").format(refs=", ".join(done))
        )
        self.done.show()
        self.refs = []
        self.saved.emit(done)

    def skip(self) -> None:
        """Store nothing and put the question away."""
        self.clear()

    def clear(self) -> None:
        """Forget the refs and every typed word (on Skip, another incident, or lock)."""
        self._reset()
        self.refs = []
        self.done.clear()
        self.hide()


class ObtainedButton(QPushButton):
    """ "How you got it…": the question again for the one selected exhibit."""

    def __init__(self, question: ObtainedQuestion, selected: Callable[[], Any]) -> None:
        super().__init__(QCoreApplication.translate("ObtainedQuestion", "How you got it…"))
        self.question = question
        self.selected = selected
        self.setToolTip(
            QCoreApplication.translate(
                "ObtainedQuestion", "Say how you got the selected file and where the original is"
            )
        )
        self.clicked.connect(self._open)

    def _open(self) -> None:
        ref = self.selected()
        if ref is not None:
            self.question.edit(ref)
