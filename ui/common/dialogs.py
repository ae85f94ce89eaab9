"""Every message box and file picker goes through here, so tests can answer them.

Tests install a responder with :func:`set_responder`; it receives the kind of dialog and its
text and returns the answer, and no modal dialog ever blocks a test. File pickers use Qt's own
dialog (not the platform one, which records recent files) and their history and last folder
are removed from ``QtProject.conf`` after each use, so no evidence file or folder name is left.

Every modal loop runs through :func:`run_modal`, which counts them: locking (``MainWindow.lock``)
closes the dialogs at once but deletes the workspace only through :func:`after_modal_loops`,
once each ``exec()`` has returned to live objects (a box whose parent was deleted under its
own loop, or the code after it touching deleted widgets, crashed the app).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

Responder = Callable[[str, str], Any]
_responder: Responder | None = None
_loops = 0  # modal loops running now, nested ones included
_after_loops: list[Callable[[], None]] = []


def after_modal_loops(callback: Callable[[], None]) -> None:
    """Run ``callback`` now, or when the outermost modal loop run here has returned."""
    if _loops:
        _after_loops.append(callback)
    else:
        callback()


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, counted, so nothing it or its caller uses is deleted under it."""
    global _loops
    _loops += 1
    try:
        return dialog.exec()
    finally:
        _loops -= 1
        if not _loops:
            pending = list(_after_loops)
            _after_loops.clear()
            for callback in pending:
                callback()


def _message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """A message box run in its own loop; the button clicked (NoButton if closed otherwise)."""
    title = QCoreApplication.translate("Dialogs", "SafeLog")
    box = QMessageBox(icon, title, text, buttons, parent)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    with _shown(box):
        clicked = box.clickedButton()
        return box.standardButton(clicked) if clicked else QMessageBox.StandardButton.NoButton


@contextmanager
def _shown(box: QMessageBox) -> Iterator[QMessageBox]:
    """Run ``box`` in its own loop, then delete it: no hidden box keeps the sentence."""
    try:
        run_modal(box)
        yield box
    finally:
        if shiboken6.isValid(box):
            shiboken6.delete(box)


def set_responder(responder: Responder | None) -> None:
    """Answer dialogs programmatically (tests); None restores real dialogs."""
    global _responder
    _responder = responder


def _file_dialog(
    parent: QWidget | None,
    title: str,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode,
    name_filter: str = "",
    directory: str = "",
) -> list[str]:
    dialog = QFileDialog(parent, title, start_place(directory))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if name_filter:
        dialog.setNameFilter(name_filter)
    try:
        return dialog.selectedFiles() if run_modal(dialog) else []
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # its destructor writes QtProject.conf: let it happen now
        _forget_places()


def start_place(suggested: str) -> str:
    """Where a file picker opens: the person's home folder, not the folder SafeLog was started
    from (the review found pickers opening in the program's folder). A bare suggested file name
    ("note.txt") is put there too; a suggestion with its own folder is kept."""
    if not suggested:
        return str(Path.home())
    path = Path(suggested).expanduser()
    return str(path if path.is_absolute() else Path.home() / path)


def _forget_places() -> None:
    """Remove the folder and history QFileDialog saved (they can name a case or a person)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    if _responder:
        return list(_responder("open_files", title) or [])
    return _file_dialog(
        parent,
        title,
        QFileDialog.FileMode.ExistingFiles,
        QFileDialog.AcceptMode.AcceptOpen,
        name_filter,
    )


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
    if _responder:
        return _responder("open_file", title)
    files = _file_dialog(
        parent,
        title,
        QFileDialog.FileMode.ExistingFile,
        QFileDialog.AcceptMode.AcceptOpen,
        name_filter,
    )
    return files[0] if files else None


def save_file(
    parent: QWidget | None, title: str, suggested: str = "", name_filter: str = ""
) -> str | None:
    if _responder:
        return _responder("save_file", title)
    files = _file_dialog(
        parent,
        title,
        QFileDialog.FileMode.AnyFile,
        QFileDialog.AcceptMode.AcceptSave,
        name_filter,
        suggested,
    )
    return files[0] if files else None


def choose_directory(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    if _responder:
        return _responder("directory", title)
    files = _file_dialog(
        parent,
        title,
        QFileDialog.FileMode.Directory,
        QFileDialog.AcceptMode.AcceptOpen,
        directory=directory,
    )
    return files[0] if files else None


def error(parent: QWidget | None, sentence: str) -> None:
    """One plain sentence; never a traceback."""
    if _responder:
        _responder("error", sentence)
        return
    _message(parent, QMessageBox.Icon.Warning, sentence)


def info(parent: QWidget | None, sentence: str) -> None:
    if _responder:
        _responder("info", sentence)
        return
    _message(parent, QMessageBox.Icon.Information, sentence)


def confirm(parent: QWidget | None, question: str, *, default_yes: bool = True) -> bool:
    """Yes or No. A question whose Yes loses something passes ``default_yes=False``, so
    Return (and Escape, always) keeps what is there."""
    if _responder:
        return bool(_responder("confirm", question))
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    answer = _message(
        parent, QMessageBox.Icon.Question, question, yes | no, yes if default_yes else no
    )
    return answer == yes


def keep_or_drop(parent: QWidget | None, question: str, keep: str, drop: str) -> bool:
    """True to keep. Keeping is the default button and what Escape or closing the box means:
    only a deliberate click on ``drop`` throws anything away."""
    if _responder:
        return bool(_responder("confirm", question))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "SafeLog"),
        question,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    with _shown(box):
        return box.clickedButton() in (keep_button, None)
