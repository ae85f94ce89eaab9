"""Copying to the clipboard, cleared again after 30 seconds if SafeLog still owns it.

Copied incident text could otherwise sit in the clipboard (and in clipboard-history tools) long
after the vault is locked. As KeePassXC does, we remember what we put there, mark it as secret
for clipboard managers that honour the hint, and clear it after a delay, on lock and on quit,
but only if the clipboard still holds our text: something the person copied since from another
program is left alone.

Use :func:`copy_text` from any widget; the guard lives as a child of the application object,
so there is no module-level state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_GUARD_NAME = "safelogClipboardGuard"
_MANAGER_HINT = "x-kde-passwordManagerHint"  # asks clipboard managers not to keep it


class ClipboardGuard(QObject):
    """Owns what SafeLog copied and the timer that clears it."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.setObjectName(_GUARD_NAME)
        self.clear_after_ms = clear_after_ms
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

    @property
    def pending(self) -> bool:
        return self._copied is not None

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        for mode in self._modes(clipboard):
            mime = QMimeData()
            mime.setText(text)
            mime.setData(_MANAGER_HINT, b"secret")
            clipboard.setMimeData(mime, mode)
        self._copied = text
        self._timer.start(self.clear_after_ms)

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we copied; otherwise leave it alone."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        for mode in self._modes(clipboard):
            if clipboard.text(mode) == self._copied:
                clipboard.clear(mode)
        self._copied = None

    @staticmethod
    def _modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes


def guard() -> ClipboardGuard:
    """The application's clipboard guard, created on first use."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("copy_text needs a running QApplication")
    existing = app.findChild(ClipboardGuard, _GUARD_NAME)
    return existing if existing is not None else ClipboardGuard(app)


def copy_text(text: str) -> None:
    """Copy ``text``; it is cleared after 30 seconds if nothing else was copied since."""
    guard().copy(text)


def clear_if_ours() -> None:
    """Clear now (on lock and quick hide) if the clipboard still holds SafeLog's text."""
    app = QCoreApplication.instance()
    existing = app.findChild(ClipboardGuard, _GUARD_NAME) if app is not None else None
    if existing is not None:
        existing.clear_if_ours()
