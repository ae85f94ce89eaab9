"""Auto-lock after idle time, lock on system sleep, and the quick-hide keys.

A QTimer alone does not count time the laptop spent suspended, so a lid closed for an hour
would wake up with the vault still open. We therefore measure idleness with the wall clock
(``safelog.clock``, injectable for tests) on every tick, on every application state change and
on the first input after a gap; input only counts as activity while we are still inside the
limit. Where logind is reachable over D-Bus we also lock just before the machine sleeps.

The lock keys are watched application-wide, so they work even while a modal dialog (the incident
editor, a message box, a file chooser) is open: Ctrl+L locks, Ctrl+Shift+H locks and minimises.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QWidget

from safelog.clock import Clock

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class AutoLock(QObject):
    """Emits ``idle`` once the person has been away for ``minutes`` of wall-clock time."""

    idle = Signal()

    def __init__(
        self, clock: Clock, minutes: int, parent: QObject | None = None, tick_ms: int = 5_000
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.limit = timedelta(minutes=minutes)
        self._last = clock.now()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._active

    def set_minutes(self, minutes: int) -> None:
        self.limit = timedelta(minutes=max(1, minutes))

    def start(self) -> None:
        """Start watching (after unlock)."""
        self._last = self.clock.now()
        if not self._active:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                if isinstance(app, QGuiApplication):
                    app.applicationStateChanged.connect(self._state_changed)
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (after lock)."""
        if self._active:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
                if isinstance(app, QGuiApplication):
                    app.applicationStateChanged.disconnect(self._state_changed)
        self._active = False
        self._timer.stop()

    def idle_for(self) -> timedelta:
        return self.clock.now() - self._last

    @Slot()
    def check(self) -> bool:
        """Lock if the limit has passed; True if it fired. Called on every tick."""
        if not self._active:
            return False
        now = self.clock.now()
        if now < self._last:  # the clock was set back: start counting again
            self._last = now
            return False
        if now - self._last >= self.limit:
            self._fire()
            return True
        return False

    def _fire(self) -> None:
        log.info("auto-lock after idle time")
        self.stop()
        self.idle.emit()

    def _state_changed(self, _state: Qt.ApplicationState) -> None:
        self.check()  # returning from sleep or another window: was it too long?

    def note_activity(self, now: datetime | None = None) -> None:
        """Input happened: it keeps the vault open only if we are still within the limit."""
        if not self.check():
            self._last = now or self.clock.now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY and isinstance(watched, QWindow):
            self.note_activity()
        return False


class LockKeys(QObject):
    """Ctrl+L (lock) and Ctrl+Shift+H (quick hide) from every window, even over modal dialogs.

    A window's shortcut does not reach a dialog, and a modal dialog blocks even application
    shortcuts, so the keys are caught by an application-wide event filter instead: in the main
    window, the incident editor, the viewer, message boxes and SafeLog's file choosers alike.
    The key press is taken at the first object that sees it (the window, or a widget when
    a test sends it there), so one press never acts twice. Escape only ever closes a dialog:
    a lock that surprises the person is not a safety feature.
    """

    lock_requested = Signal()
    hide_requested = Signal()

    def attach(self) -> None:
        """Start catching the keys (the window does so once it has first painted)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops the filter when this object is deleted

    def detach(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @staticmethod
    def which(event: QKeyEvent) -> str:
        """ "lock", "hide" or "" for a key press."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if event.key() == Qt.Key.Key_L and mods == ctrl:
            return "lock"
        if event.key() == Qt.Key.Key_H and mods == (ctrl | Qt.KeyboardModifier.ShiftModifier):
            return "hide"
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(
            watched, QWindow | QWidget
        ):
            return False
        assert isinstance(event, QKeyEvent)
        what = self.which(event)
        if not what:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no widget shortcut may take it; the key press follows
            return True
        if not event.isAutoRepeat():
            (self.lock_requested if what == "lock" else self.hide_requested).emit()
        return True


class SleepWatcher(QObject):
    """Emits ``sleeping`` when logind announces suspend; silent where there is no logind."""

    sleeping = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = False
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        self.connected = bool(
            bus.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("prepare_for_sleep(bool)"),
            )
        )

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.sleeping.emit()
