"""Work that waits until the window has been painted once: the person sees it sooner.

A ``QTimer.singleShot(0, ...)`` queued at start-up is *not* "after the window appears": Qt
runs every zero timer before it delivers the window's first paint. Anything slow queued that
way (importing the unlocked side, the suspend watcher's system bus) delayed the first frame.
Here the work is queued from the first paint event itself, so it runs once the frame is out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Runs callbacks, in order, just after ``window`` first paints (or at once if it has)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        self._waiting: list[Callable[[], Any]] = []
        self._queued = 0
        window.installEventFilter(self)

    @property
    def settled(self) -> bool:
        """The window has painted and everything waiting for it has run."""
        return self.painted and self._queued == 0

    def then(self, work: Callable[[], Any]) -> None:
        if self.painted:
            self._queue(work)
        else:
            self._waiting.append(work)

    def _queue(self, work: Callable[[], Any]) -> None:
        self._queued += 1

        def run() -> None:
            self._queued -= 1
            work()

        QTimer.singleShot(0, self, run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.window.removeEventFilter(self)
            waiting, self._waiting = self._waiting, []
            for work in waiting:  # queued: the painted frame reaches the screen first
                self._queue(work)
        return False
