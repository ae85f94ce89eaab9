"""Capture the screen from the app: the whole screen, a region drawn with the mouse, or (on X11)
the window in front, after an optional delay, with SafeLog's own windows hidden meanwhile.

The picture goes from memory into the vault (through ``PasteSupport.store``) with the capture
time, the screen's size and, for a region, where it was: nothing is written to disk. Where the
desktop does not give applications the screen (Wayland without a portal, or a grab that comes
back empty) the person is told so in one sentence and pointed to their system's screenshot
tool and Paste.
"""

from __future__ import annotations

import ctypes
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from ui.common import dialogs
from ui.evidence.paste import png_bytes

if TYPE_CHECKING:
    from ui.evidence.paste import PasteSupport

HIDE_SETTLE_MS = 300  # time for the compositor to take SafeLog's window off the screen
DELAYS = (0, 3, 5, 10)


def unavailable_sentence(widget: QWidget) -> str:
    return QCoreApplication.translate(
        "CaptureButton",
        "This desktop does not let SafeLog see the screen. Take a screenshot with "
        "your system's tool (for example PrtScn) and paste it here with Ctrl+V.",
    )


def window_unavailable_sentence(widget: QWidget) -> str:
    return QCoreApplication.translate(
        "CaptureButton",
        "SafeLog cannot tell which window is in front on this desktop; capture a "
        "region around it instead.",
    )


def grab_screen() -> QPixmap | None:
    """The whole screen under the mouse, or None where the platform will not give it."""
    if QGuiApplication.platformName().startswith("wayland"):
        return None
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    pixmap = screen.grabWindow(0)
    return None if pixmap.isNull() else pixmap


def active_window_id() -> int | None:
    """The X11 window that has the focus now (``_NET_ACTIVE_WINDOW``, else the input focus),
    read through libX11; None on other desktops, where no application may ask."""
    if QGuiApplication.platformName() != "xcb":
        return None
    try:
        x11 = ctypes.CDLL("libX11.so.6")  # the fixed soname: no library search at run time
    except OSError:
        return None
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    x11.XGetInputFocus.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int),
    ]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        return None
    try:
        root = x11.XDefaultRootWindow(display)
        window = 0
        atom = x11.XInternAtom(display, b"_NET_ACTIVE_WINDOW", 1)
        if atom:
            kind, fmt = ctypes.c_ulong(), ctypes.c_int()
            count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            if (
                x11.XGetWindowProperty(
                    display,
                    root,
                    atom,
                    0,
                    1,
                    0,
                    33,
                    ctypes.byref(kind),
                    ctypes.byref(fmt),
                    ctypes.byref(count),
                    ctypes.byref(after),
                    ctypes.byref(data),
                )
                == 0
                and data
            ):
                if count.value and fmt.value == 32:
                    window = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0]
                x11.XFree(data)
        if not window:
            focus, revert = ctypes.c_ulong(), ctypes.c_int()
            x11.XGetInputFocus(display, ctypes.byref(focus), ctypes.byref(revert))
            window = focus.value if focus.value > 1 else 0  # 0 None, 1 PointerRoot
        return int(window) if window and window != root else None
    finally:
        x11.XCloseDisplay(display)


def grab_active_window() -> QPixmap | None:
    wid = active_window_id()
    screen = QGuiApplication.primaryScreen()
    if wid is None or screen is None:
        return None
    pixmap = screen.grabWindow(wid)
    return None if pixmap.isNull() else pixmap


class SafeLogHidden:
    """Every visible SafeLog window hidden (the main window, an open editor, a viewer), and
    shown again afterwards."""

    def __init__(self) -> None:
        self.windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for window in self.windows:
            window.hide()

    def restore(self) -> None:
        for window in self.windows:
            window.show()
        self.windows = []


class RegionPicker(QWidget):
    """The frozen screen, full size, on which the person drags out a rectangle; Esc cancels."""

    picked = Signal(QRect)
    cancelled = Signal()

    def __init__(self, shot: QPixmap) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.shot = shot
        self.origin: QPoint | None = None
        self.region = QRect()
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setGeometry(QGuiApplication.primaryScreen().geometry())

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect_for_widget(), self.shot)
        painter.fillRect(self.rect_for_widget(), QColor(0, 0, 0, 90))
        if not self.region.isNull():
            painter.drawPixmap(self.region, self.shot, self._source(self.region))
            painter.setPen(QColor(255, 255, 255))
            painter.drawRect(self.region)

    def rect_for_widget(self) -> QRect:
        return QRect(0, 0, self.width(), self.height())

    def _source(self, rect: QRect) -> QRect:
        sx = self.shot.width() / max(self.width(), 1)
        sy = self.shot.height() / max(self.height(), 1)
        return QRect(
            int(rect.x() * sx), int(rect.y() * sy), int(rect.width() * sx), int(rect.height() * sy)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.origin = event.position().toPoint()
        self.region = QRect(self.origin, self.origin)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.origin is not None:
            self.region = QRect(self.origin, event.position().toPoint()).normalized()
            self.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        if self.region.width() > 4 and self.region.height() > 4:
            self.picked.emit(self._source(self.region))
        else:
            self.cancelled.emit()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            self.close()


class CaptureButton(QToolButton):
    """ "Capture screen" with a menu: whole screen or region, now or after a few seconds."""

    def __init__(self, paste: PasteSupport) -> None:
        super().__init__()
        self.paste = paste
        self.picker: RegionPicker | None = None
        self.setText(self.tr("Capture screen"))
        self.setToolTip(
            self.tr(
                "Put a picture of the screen straight into the vault; "
                "SafeLog hides itself while it takes it."
            )
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for delay in DELAYS:
            when = self.tr("now") if not delay else self.tr("in {n} seconds").format(n=delay)
            menu.addAction(
                self.tr("Whole screen, {when}").format(when=when),
                partial(self.capture, "screen", delay),
            )
            menu.addAction(
                self.tr("A region, {when}").format(when=when),
                partial(self.capture, "region", delay),
            )
            if delay:  # time to bring the window to the front
                menu.addAction(
                    self.tr("The window in front, {when}").format(when=when),
                    partial(self.capture, "window", delay),
                )
        self.setMenu(menu)

    def capture(self, mode: str, delay: int = 0) -> None:
        panel = self.paste.panel
        if panel.incident_id is None or panel.task is not None:
            return
        hidden = SafeLogHidden()
        QTimer.singleShot(delay * 1000 + HIDE_SETTLE_MS, lambda: self._grab(mode, hidden))

    def _grab(self, mode: str, hidden: SafeLogHidden) -> None:
        shot = grab_active_window() if mode == "window" else grab_screen()
        if shot is None:
            hidden.restore()
            dialogs.error(
                self.paste.panel,
                unavailable_sentence(self.paste.panel)
                if mode != "window" or grab_screen() is None
                else window_unavailable_sentence(self.paste.panel),
            )
            return
        if mode == "region":
            self.picker = RegionPicker(shot)
            self.picker.picked.connect(lambda rect: self._finish(hidden, shot, rect))
            self.picker.cancelled.connect(hidden.restore)
            self.picker.showFullScreen()
            return
        self._finish(hidden, shot, None, mode)

    def _finish(
        self, hidden: SafeLogHidden, shot: QPixmap, region: QRect | None, mode: str = ""
    ) -> None:
        hidden.restore()
        picture = shot.copy(region) if region is not None else shot
        screen = QGuiApplication.primaryScreen()
        size = (
            screen.size() * screen.devicePixelRatio()
            if mode == "window" and screen
            else shot.size()
        )
        self.store(picture.toImage(), size.width(), size.height(), region, mode)

    def store(
        self, image: Any, screen_w: int, screen_h: int, region: QRect | None, mode: str = ""
    ) -> None:
        at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        capture: dict[str, Any] = {
            "mode": mode or ("region" if region is not None else "screen"),
            "screen_width": screen_w,
            "screen_height": screen_h,
            "captured_at": at,
        }
        if region is not None:
            capture["region"] = [region.x(), region.y(), region.width(), region.height()]
        name = (
            self.tr("Screen capture {time}").format(
                time=datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            )
            + ".png"
        )
        self.paste.store(
            png_bytes(image),
            name,
            self.tr("captured from the screen by SafeLog"),
            dict(self.paste.panel.online_details() or {}),
            {"capture": capture},
        )
