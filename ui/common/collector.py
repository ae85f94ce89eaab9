"""Python's cycle collector runs on the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate past the threshold.
When that is a worker (the evidence reader, a background task) and a cycle holds a Qt object,
for instance a dialog kept alive by a slot that refers back to it, PySide destroys the C++
object from the wrong thread and the process dies (a segmentation fault seen in CI during an
evidence import). So automatic collection is switched off and a timer on the GUI thread runs
the same generational collections Python would, with Python's own thresholds: the pattern
pyqtgraph ships as ``GarbageCollector``.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # often enough that memory stays flat, rare enough to cost nothing visible


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)


_installed: _Collector | None = None


def collect_due() -> int:
    """Collect each generation whose count has passed Python's threshold; returns objects freed."""
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    freed = 0
    if young > first:
        freed += gc.collect(0)
        if middle > second:
            freed += gc.collect(1)
            if old > third:
                freed += gc.collect(2)
    return freed


def install(app: QCoreApplication | None = None) -> None:
    """Turn off automatic collection and collect from the GUI thread's event loop instead."""
    global _installed
    gc.disable()
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the collector needs the application object")
    if _installed is None:
        _installed = _Collector(app)
        _installed.destroyed.connect(_forget)
    _installed.timer.start()


def uninstall() -> None:
    """Give collection back to Python (the app is closing)."""
    if _installed is not None:
        _installed.timer.stop()
    gc.enable()


def installed() -> bool:
    return _installed is not None and _installed.timer.isActive()


def _forget() -> None:
    global _installed
    _installed = None
