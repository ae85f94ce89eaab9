"""Auto-lock after idle time, lock on system sleep, and the quick-hide keys.

A QTimer alone does not count time the laptop spent suspended, so a lid closed for an hour
would wake up with the vault still open. We therefore measure idleness with the wall clock
(``safelog.clock``, injectable for tests) on every tick, on every application state change and
on the first input after a gap; input only counts as activity while we are still inside the
limit. Where logind is reachable over D-Bus we also lock just before the machine sleeps.

The quick-hide keys are watched application-wide, at the window level, so they work even while
a modal dialog (the incident editor, a message box) is open: Ctrl+Shift+H, or Escape pressed
twice within 0.8 seconds.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow

from safelog.clock import Clock

log = logging.getLogger(__name__)

_ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
DOUBLE_ESCAPE_SECONDS = 0.8


class AutoLock(QObject):
    """Emits ``idle`` once the person has been away for ``minutes`` of wall-clock time."""

    idle = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None,
                 tick_ms: int = 5_000) -> None:
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


class QuickHideKeys(QObject):
    """Watches every window for Ctrl+Shift+H or a double Escape, even over modal dialogs."""

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_escape = -1.0
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops the filter when this object is deleted

    def detach(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_H and mods == (Qt.KeyboardModifier.ControlModifier
                                                    | Qt.KeyboardModifier.ShiftModifier):
            self.triggered.emit()
            return True
        if event.key() == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            now = time.monotonic()
            if 0 <= now - self._last_escape <= DOUBLE_ESCAPE_SECONDS:
                self._last_escape = -1.0
                self.triggered.emit()
                return True
            self._last_escape = now
        return False


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
        self.connected = bool(bus.connect(
            "org.freedesktop.login1", "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager", "PrepareForSleep", self,
            SLOT("prepare_for_sleep(bool)")))

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.sleeping.emit()
