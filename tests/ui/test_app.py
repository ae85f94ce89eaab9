"""The entry point: the right first screen, app identity, errors as one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import safelog
from ui import app
from ui.shell.about import AboutDialog

ROOT = Path(__file__).resolve().parents[2]


def test_start_shows_the_welcome_for_a_new_vault(qapp, tmp_path, dialog_log):
    before = sys.excepthook
    _app, window, finish = app.start(["safelog", "--vault", str(tmp_path / "new")])
    try:
        assert window.welcome is not None and window.isVisible()
        assert window.windowTitle() == "SafeLog"
        assert QApplication.desktopFileName() == safelog.APP_ID
        assert not QApplication.windowIcon().isNull()
        assert sys.excepthook is not before
        try:
            raise ValueError("an incident title that must not leak")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        finish()
    assert sys.excepthook is before  # restored
    errors = dialog_log.of("error")
    assert errors and "Something unexpected went wrong" in errors[0]
    assert "must not leak" not in errors[0] and "Traceback" not in errors[0]


def test_start_shows_the_unlock_screen_for_an_existing_vault(qapp, make_vault, dialog_log):
    _app, window, finish = app.start(["safelog", "--vault", str(make_vault(0))])
    try:
        assert window.stack.currentWidget() is window.unlock_page
    finally:
        finish()


def test_the_cycle_collector_pauses_until_the_first_paint_then_runs_on_the_gui_thread(
    qtbot, make_vault, dialog_log
):
    import gc
    import threading
    import weakref

    from ui.common import collector

    gc.enable()  # as in a fresh process (the suite's fixture restores its own choice after)
    _app, window, finish = app.start(["safelog", "--vault", str(make_vault(0))])
    try:
        assert not gc.isenabled()  # start-up makes only what lives as long as the app
        qtbot.waitUntil(lambda: window.first_paint.settled)
        assert collector.installed()
        assert not gc.isenabled()  # Python no longer collects in whichever thread allocates

        threads: list[str] = []

        def note(phase: str, _info: dict) -> None:
            if phase == "start":
                threads.append(threading.current_thread().name)

        gc.callbacks.append(note)
        try:

            class Node:
                pass

            def make_cycles() -> None:  # far past Python's threshold, in a worker
                for _ in range(5 * gc.get_threshold()[0]):
                    node = Node()
                    node.me = node

            worker = threading.Thread(target=make_cycles, name="worker")
            worker.start()
            worker.join()
            last = Node()
            last.me = last
            gone = weakref.ref(last)
            del last
            qtbot.waitUntil(lambda: gone() is None)  # the GUI thread's timer collected it
        finally:
            gc.callbacks.remove(note)
        assert threads and set(threads) == {threading.main_thread().name}
    finally:
        finish()
    assert gc.isenabled() and not collector.installed()


def test_a_failed_start_leaves_the_cycle_collector_as_it_was(qapp, tmp_path, monkeypatch):
    import gc

    def broken(_path, _settings):  # e.g. a window that cannot be built
        raise RuntimeError("no window")

    monkeypatch.setattr("ui.shell.main_window.MainWindow", broken)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    gc.enable()
    with pytest.raises(RuntimeError):
        app.start(["safelog", "--vault", str(tmp_path / "v")])
    assert gc.isenabled()


def test_main_runs_and_quits_in_its_own_process(tmp_path, private_dirs):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui import app\n"
        "original = app.create_application\n"
        "def patched(argv):\n"
        "    a = original(argv)\n"
        "    QTimer.singleShot(0, lambda: (print('shown', [type(w).__name__ for w in\n"
        "        QApplication.topLevelWidgets() if w.isVisible()]), a.quit()))\n"
        "    return a\n"
        "app.create_application = patched\n"
        f"sys.exit(app.main(['--vault', {str(tmp_path / 'v')!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "MainWindow" in done.stdout
    assert "Traceback" not in done.stderr


def test_about_says_version_licence_and_where(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "vault")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.text)))
    assert safelog.__version__ in texts and "GPL-3.0-or-later" in texts
    assert str(tmp_path / "vault") in texts


def test_the_window_knows_a_vault_as_the_core_does(tmp_path, make_vault):
    from safelog.vault import is_vault
    from ui.shell.main_window import looks_like_vault

    cases = [tmp_path / "none", make_vault(0)]
    (tmp_path / "only-key").mkdir()
    (tmp_path / "only-key" / "vault.key").write_text("{}")
    (tmp_path / "only-db").mkdir()
    (tmp_path / "only-db" / "vault.db").write_bytes(b"")
    cases += [tmp_path / "only-key", tmp_path / "only-db"]
    assert [looks_like_vault(p) for p in cases] == [is_vault(p) for p in cases]


def test_the_unlock_window_shows_before_anything_heavy_is_imported(tmp_path, private_dirs):
    """Issue 18: the first paint waits for PySide6, the settings and the unlock screen only.

    The crypto stack, the database, the workspace, the PDF and image libraries and the new-vault
    screens are imported after the window is painted (``preload``) or when first needed.
    """
    vault = tmp_path / "v"
    vault.mkdir()
    (vault / "vault.key").write_text("{}")  # an existing vault: the unlock screen
    script = (  # what is loaded when the window first paints; preload must come after
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui import app\n"
        "import ui.shell.main_window as mw\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and watched.isWidgetType() \\\n"
        "                and watched.isWindow() and not hasattr(self, 'seen'):\n"
        "            self.seen = True\n"
        "            print('loaded', ' '.join(sorted(sys.modules)), flush=True)\n"
        "        return False\n"
        "original_preload = mw.preload\n"
        "def preload():\n"
        "    print('preload', flush=True)\n"
        "    original_preload()\n"
        "    QApplication.instance().quit()\n"
        "mw.preload = preload\n"
        "original = app.create_application\n"
        "def patched(argv):\n"
        "    a = original(argv)\n"
        "    a.watch = Watch()\n"
        "    a.installEventFilter(a.watch)\n"
        "    return a\n"
        "app.create_application = patched\n"
        f"sys.exit(app.main(['--vault', {str(vault)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    order = [x.split()[0] for x in done.stdout.splitlines()]
    assert order == ["loaded", "preload"]  # painted first, then the unlocked side imported
    [line] = [x for x in done.stdout.splitlines() if x.startswith("loaded ")]
    loaded = set(line.split()[1:])
    assert "ui.access.unlock" in loaded  # the check itself sees what was imported
    heavy = {
        "reportlab",
        "PIL",
        "exifread",
        "docx",
        "uharfbuzz",
        "sqlcipher3",
        "cryptography",
        "argon2",
        "PySide6.QtPdf",
        "PySide6.QtMultimedia",
        "safelog.vault",
        "safelog.evidence",
        "safelog.dossier",
        "ui.shell.workspace",
        "ui.access.welcome",
        "subprocess",
        "zoneinfo",  # incident times: the unlock screen shows none
        "PySide6.QtDBus",  # the suspend watcher: set up just after the first paint
    }
    assert loaded & heavy == set()


def test_preloading_the_unlocked_side_leaves_the_pdf_library_for_the_dossier():
    """``preload`` runs while the person types the passphrase: everything it imports freezes the
    window for that long. ReportLab and python-docx (about 0.2 s) wait for the first dossier."""
    script = (
        "import sys\n"
        "from ui.shell.main_window import preload\n"
        "preload()\n"
        "print('loaded', ' '.join(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    [line] = [x for x in done.stdout.splitlines() if x.startswith("loaded ")]
    loaded = set(line.split()[1:])
    assert {"ui.shell.workspace", "safelog.vault", "ui.checklists.page"} <= loaded
    assert loaded & {"reportlab", "docx", "safelog.dossier.build"} == set()


def test_the_pyside_import_hook_answers_as_pyside_does():
    """ui/__init__.py answers PySide6's per-import "does this module use PySide6?" by reading
    the file: the answers must be the ones PySide6's own (slower) check gives."""
    import json

    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    import safelog.vault

    quick = feature._mod_uses_pyside
    assert getattr(quick, "_safelog_quick", False), "the quick check is not installed"
    original = quick.original
    for module in (app, safelog.vault, json, sys, os, subprocess):
        assert quick(module) == bool(original(module)), module.__name__
    assert quick(app) is True and quick(safelog.vault) is False
