"""Ctrl+L while a box runs its own loop, parented inside the workspace, ends on the lock page.

Each case runs in a child pytest: before the fix, the workspace (and the box's parent, the
History window) was deleted under the box's loop and the process died with SIGSEGV.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import unlock

CHILD = "SAFELOG_TEST_LOCK_MODAL_CHILD"
CASES = ["error", "confirm", "keep_or_drop", "file chooser", "reporter"]


def _history(qtbot: Any, window: Any) -> QWidget:
    timeline = window.workspace.timeline
    timeline.view.select_first()
    view = timeline.detail
    view.history_button.click()
    assert view.history is not None
    qtbot.waitExposed(view.history)
    return view.history


@pytest.mark.skipif(os.environ.get(CHILD) != "1", reason="run in a child process")
@pytest.mark.parametrize("case", CASES)
def test_child(qtbot: Any, qapp: Any, open_window: Any, make_vault: Any, case: str) -> None:
    from ui.common import dialogs

    window = open_window(make_vault(3))
    unlock(qtbot, window)
    history = _history(qtbot, window)
    workspace = window.workspace
    seen: list[QWidget] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box is not history
        seen.append(box)
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        # The app's loop delivers the key from the window system and then, before the box's
        # exec() returns, the events posted meanwhile (deleteLater among them); QTest
        # delivers the key directly, so run the posted events here as that loop would.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    QTimer.singleShot(0, press)
    if case == "error":
        dialogs.error(history, "Something unexpected went wrong.")
    elif case == "confirm":
        assert dialogs.confirm(history, "Throw it away?") is False
    elif case == "keep_or_drop":
        assert dialogs.keep_or_drop(history, "Keep it?", "Keep", "Drop") is True
    elif case == "file chooser":
        assert dialogs.open_file(history, "Choose a file") is None
    else:
        import ui.app

        previous = ui.app.install_excepthook(qapp)
        try:
            try:
                raise StopIteration
            except StopIteration:
                sys.excepthook(*sys.exc_info())
        finally:
            sys.excepthook = previous
    assert seen, "the box never ran"
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session is None and window.workspace is None
    assert not shiboken6.isValid(seen[0]) or not seen[0].isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(workspace))  # thrown away once unwound
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize("case", CASES)
def test_ctrl_l_over_a_box_parented_to_history_locks_without_a_crash(case: str) -> None:
    env = {**os.environ, CHILD: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__)}::test_child[{case}]",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, (done.returncode, done.stdout[-3000:], done.stderr[-2000:])
    assert "1 passed" in done.stdout
