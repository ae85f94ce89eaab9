"""File pickers open in the person's home folder, never in the folder SafeLog started from."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.common import dialogs


def _seen_folder(qtbot, monkeypatch, tmp_path: Path, open_picker) -> tuple[str, str]:
    """Open a real picker from another working folder; return its folder and typed name."""
    home = tmp_path / "person"
    home.mkdir()
    elsewhere = tmp_path / "program"
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(elsewhere)
    monkeypatch.setattr(dialogs, "_responder", None)  # the real Qt dialog, answered below
    seen: dict[str, str] = {}

    def answer() -> None:
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, QFileDialog):
            QTimer.singleShot(10, answer)
            return
        seen["folder"] = picker.directory().absolutePath()
        names = picker.selectedFiles()
        seen["name"] = Path(names[0]).name if names else ""
        picker.reject()

    QTimer.singleShot(0, answer)
    assert open_picker() in (None, [])
    return seen["folder"], str(home)


def test_open_picker_starts_at_home(qtbot, monkeypatch, tmp_path):
    folder, home = _seen_folder(
        qtbot, monkeypatch, tmp_path, lambda: dialogs.open_files(None, "Add evidence")
    )
    assert os.path.samefile(folder, home)


def test_save_picker_puts_a_suggested_name_at_home(qtbot, monkeypatch, tmp_path):
    folder, home = _seen_folder(
        qtbot, monkeypatch, tmp_path, lambda: dialogs.save_file(None, "Save", "note.txt")
    )
    assert os.path.samefile(folder, home)


def test_a_suggestion_with_its_own_folder_is_kept(tmp_path):
    assert dialogs.start_place(str(tmp_path / "x.pdf")) == str(tmp_path / "x.pdf")
