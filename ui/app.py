"""``safelog``: start the desktop app.

Start-up order matters: harden the process (no core dumps) before anything secret exists, read
the small settings file, install the language (and right-to-left layout) before any widget is
built, then show the welcome screen for a new vault or the unlock screen for an existing one.
An unexpected error anywhere reaches the person as one plain sentence, never a traceback; the
log records only the error's type, because its message could quote incident text.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

import safelog
import safelog.logs
from safelog import paths
from safelog.hardening import harden_process
from ui.common import app_settings, collector, dialogs
from ui.common.i18n import ensure_every_script_font, install_language
from ui.common.icons import app_icon
from ui.common.theme import apply_theme

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="safelog", description="SafeLog desktop app")
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        help="the vault folder (default: SafeLog's folder in your user data)",
    )
    return parser.parse_known_args(list(argv))


def setup_logging() -> None:
    """One place for logging, shared with safelog-cli: see safelog.logs."""
    safelog.logs.setup_logging()


def harden() -> None:
    """No core dumps or ptrace before anything secret exists (a failure here is loud)."""
    harden_process()


class _ErrorReporter(QObject):
    """Carries an error from any thread to a dialog on the GUI thread."""

    report = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report.connect(self._show)

    def _show(self, sentence: str) -> None:
        dialogs.error(_main_window(), sentence)


def _main_window() -> QWidget | None:
    """The box's parent: SafeLog's main window, not whichever dialog is active (and may be
    closing, or inside the workspace that locking deletes)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return QApplication.activeWindow()


def install_excepthook(app: QApplication) -> ExceptHook:
    """Show unexpected errors as one sentence; returns the previous hook to restore."""
    previous = sys.excepthook
    reporter = _ErrorReporter(app)

    def hook(kind: type[BaseException], error: BaseException, _trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        safelog.logs.log_unexpected(log, "the app", error)  # frames, never the message
        from ui.common.worker import sentence_for

        reporter.report.emit(sentence_for(error))  # queued if we are not on the GUI thread
        if threading.current_thread() is threading.main_thread():
            app.sendPostedEvents()

    sys.excepthook = hook
    return previous


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(safelog.APP_NAME)
    app.setApplicationVersion(safelog.__version__)
    app.setDesktopFileName(safelog.APP_ID)
    app.setWindowIcon(app_icon())
    return app


def vault_location(cli_vault: Path | None, settings: app_settings.AppSettings) -> Path:
    if cli_vault is not None:
        return cli_vault.expanduser()
    if settings.vault_path:
        return Path(settings.vault_path).expanduser()
    return paths.default_vault_dir()


def start(argv: Sequence[str]) -> tuple[QApplication, MainWindow, Callable[[], None]]:
    """Everything before the event loop; returns the app, the shown window and a clean-up.

    Python's cycle collector is paused until the window has painted: everything made until
    then (Qt's enums, the window) lives as long as the app, so collecting it would only walk
    it, several times (about 8% of the CPU to the first paint, bench/README.md). From then on
    it runs on the GUI thread only (``ui.common.collector``): collected from a worker, a Qt
    object crashes the app.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        harden()
        setup_logging()
        args, qt_args = parse_args(argv[1:])
        app = create_application([argv[0], *qt_args])
        settings = app_settings.load()
        translators = install_language(app, settings.language)
        apply_theme(app)
        previous_hook = install_excepthook(app)
        from ui.shell.main_window import MainWindow, preload  # after the translators

        window = MainWindow(vault_location(args.vault, settings), settings)
        window.show()
    except BaseException:
        if was_enabled:
            gc.enable()
        raise
    window.first_paint.then(lambda: collector.install(app))
    window.first_paint.then(preload)  # while the person types the passphrase
    window.first_paint.then(ensure_every_script_font)  # any script in the person's own text

    def finish() -> None:
        window.lock()  # drop the key before anything else
        collector.uninstall()  # collection goes back to Python, painted or not
        sys.excepthook = previous_hook
        window.deleteLater()
        translators.clear()

    return app, window, finish


def main(argv: Sequence[str] | None = None) -> int:
    """The ``safelog`` command: ``argv`` are the arguments after the program name."""
    full = list(sys.argv) if argv is None else ["safelog", *argv]
    app, _window, finish = start(full)
    try:
        return int(app.exec())
    finally:
        finish()


if __name__ == "__main__":
    sys.exit(main())
