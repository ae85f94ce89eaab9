"""Copying to the clipboard, marked secret, cleared after 30 seconds, on lock and on quit.

Copied incident text could otherwise sit in the clipboard (and in clipboard-history tools) long
after the vault is locked. As KeePassXC does (src/gui/Clipboard.cpp), everything SafeLog puts on
the clipboard or the X11 selection is marked as secret for clipboard managers that honour the
hint (KDE/Klipper, Windows clipboard history and cloud clipboard, macOS managers), whether it came
from a "Copy" button (:func:`copy_text`) or from Ctrl+C or a mouse selection in any text field
or exhibit. On lock, quick hide and quit, whatever SafeLog still owns is cleared; something the
person copied since from another program is left alone.

Use :func:`copy_text` from any widget; the guard lives as a child of the application object,
so there is no module-level state.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_GUARD_NAME = "safelogClipboardGuard"
_MANAGER_HINT = "x-kde-passwordManagerHint"  # asks clipboard managers not to keep it
_NO = b"\x00\x00\x00\x00"  # a DWORD 0, as Windows expects for the two history switches
# Platforms whose clipboard lives only inside this process: everything on it is ours.
_PRIVATE_PLATFORMS = ("offscreen", "minimal")


def secret_hints() -> dict[str, bytes]:
    """MIME data that asks clipboard managers and histories not to keep a copy."""
    hints = {_MANAGER_HINT: b"secret"}
    if sys.platform == "win32":
        for name, value in (
            ("ExcludeClipboardContentFromMonitorProcessing", b"1"),
            ("CanIncludeInClipboardHistory", _NO),
            ("CanUploadToCloudClipboard", _NO),
        ):
            hints[f'application/x-qt-windows-mime;value="{name}"'] = value
    elif sys.platform == "darwin":
        hints["application/x-nspasteboard-concealed-type"] = b"secret"  # ConcealedType
    return hints


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(_MANAGER_HINT)


_QT_IMAGE = "application/x-qt-image"  # Qt's own image format: kept as an image, not bytes


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
            app.aboutToQuit.connect(self.clear_owned)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(lambda: self._mark(QClipboard.Mode.Clipboard))
        clipboard.selectionChanged.connect(lambda: self._mark(QClipboard.Mode.Selection))

    @staticmethod
    def owns(mode: QClipboard.Mode) -> bool:
        """Did SafeLog put what is there now (not another program)?"""
        clipboard = QGuiApplication.clipboard()
        if QGuiApplication.platformName() in _PRIVATE_PLATFORMS:
            return clipboard.mimeData(mode) is not None and bool(clipboard.mimeData(mode).formats())
        if mode == QClipboard.Mode.Selection:
            return clipboard.ownsSelection()
        return clipboard.ownsClipboard()

    def _mark(self, mode: QClipboard.Mode) -> None:
        """A copy made by any widget (Ctrl+C, a mouse selection) gets the secret hints too."""
        clipboard = QGuiApplication.clipboard()
        current = clipboard.mimeData(mode)
        if current is None or is_marked(current) or not self.owns(mode):
            return
        marked = QMimeData()
        if current.hasImage():  # copied as data, an image would come back as raw bytes
            marked.setImageData(current.imageData())
        for fmt in current.formats():
            if fmt != _QT_IMAGE:
                marked.setData(fmt, current.data(fmt))
        for name, value in secret_hints().items():
            marked.setData(name, value)
        clipboard.setMimeData(marked, mode)

    def clear_owned(self) -> None:
        """Clear everything SafeLog still owns, in the clipboard and the selection (on lock)."""
        self._timer.stop()
        self._copied = None
        clipboard = QGuiApplication.clipboard()
        for mode in self._modes(clipboard):
            if self.owns(mode):
                clipboard.clear(mode)

    @property
    def pending(self) -> bool:
        return self._copied is not None

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        for mode in self._modes(clipboard):
            mime = QMimeData()
            mime.setText(text)
            for name, value in secret_hints().items():
                mime.setData(name, value)
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


def watch() -> None:
    """Start marking every copy SafeLog makes as secret (once, at start-up)."""
    if QCoreApplication.instance() is not None:
        guard()


def clear_if_ours() -> None:
    """Clear now (on lock and quick hide) whatever SafeLog owns in the clipboard and selection:
    text from a Copy button and text copied with Ctrl+C from an exhibit or the editor alike."""
    if QCoreApplication.instance() is not None:
        guard().clear_owned()
