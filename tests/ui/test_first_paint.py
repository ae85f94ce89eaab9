"""FirstPaint: start-up work waits until the window has painted once (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from ui.shell.first_paint import FirstPaint


class _PaintLog(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "paint" not in self.log:
            self.log.append("paint")
        return False


def test_work_runs_after_the_first_paint_in_order(qtbot):
    window = QLabel("SafeLog")
    qtbot.addWidget(window)
    log: list[str] = []
    painted = _PaintLog(log)
    window.installEventFilter(painted)
    first = FirstPaint(window)
    first.then(lambda: log.append("one"))
    first.then(lambda: log.append("two"))
    QApplication.processEvents()  # a hidden window never paints: nothing runs
    assert log == [] and not first.settled
    window.show()
    qtbot.waitUntil(lambda: first.settled)
    assert log == ["paint", "one", "two"]
    first.then(lambda: log.append("later"))  # after the paint: on the next turn of the loop
    assert not first.settled
    qtbot.waitUntil(lambda: first.settled)
    assert log[-1] == "later"
