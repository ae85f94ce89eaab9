"""No plaintext trail outside the vault: Qt's file-dialog memory, GTK's recent files, settings."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.common import app_settings, dialogs

SECRET_FOLDER = "Evidence about Zebracanary"


def _trail_files(home: Path) -> list[Path]:
    return [
        p
        for p in home.rglob("*")
        if p.is_file()
        and (p.name in ("QtProject.conf", "recently-used.xbel") or p.suffix == ".xbel")
    ]


def test_file_dialog_leaves_no_history_or_last_folder(qtbot, private_dirs):
    # Qt reads the config folder once per process: point it at this test's HOME explicitly
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(private_dirs / "config"))
    folder = private_dirs / SECRET_FOLDER
    folder.mkdir()
    target = folder / "Zebracanary recovery key.txt"
    # Qt fixes its settings folder at the first use in a process; an earlier test may have
    # used another HOME, so point it at this test's one.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(private_dirs / "config"))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, answer)
    chosen = dialogs.save_file(None, "Save the recovery key", str(folder))
    assert chosen == str(target)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog saves on delete
    QSettings("QtProject").sync()
    assert _trail_files(private_dirs)  # Qt did write its file: the check below means something
    for path in _trail_files(private_dirs):
        text = path.read_text(errors="replace")
        assert "Zebracanary" not in text, path
        assert SECRET_FOLDER not in text and "Evidence%20about" not in text, path


def test_settings_file_holds_only_four_plain_values(private_dirs):
    app_settings.save(
        app_settings.AppSettings(
            language="fa", vault_path="/v", autolock_minutes=7, backup_reminder=False
        )
    )
    path = app_settings.settings_path()
    assert path.is_relative_to(private_dirs)
    assert set(json.loads(path.read_text())) == {
        "language",
        "vault_path",
        "autolock_minutes",
        "backup_reminder",
    }
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    loaded = app_settings.load()
    assert (loaded.language, loaded.autolock_minutes, loaded.backup_reminder) == ("fa", 7, False)
    path.write_text('{"language": "xx", "autolock_minutes": 100000, "incident": "x"}')
    loaded = app_settings.load()
    assert (loaded.language, loaded.autolock_minutes) == ("", app_settings.MAX_AUTOLOCK_MINUTES)
    path.write_text("not json")
    assert app_settings.load() == app_settings.AppSettings()
