"""The unlocked vault as the widgets see it, with the signals that keep them in step.

One Session exists while the vault is unlocked. Widgets read and write through ``vault`` and
listen to ``locking``: when it fires they must drop every incident text, thumbnail and model row
they hold, because the key is about to be dropped.

The session also keeps the registry of background tasks that use its vault (``ui/worker.py``
registers them). Locking cancels every one of them and waits a bounded time for them to stop
before closing the vault, so no task is left reading a database whose key has been dropped and
nothing it decrypted outlives the lock in a late callback.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from safelog.vault import Vault

if TYPE_CHECKING:
    from ui.common.worker import TaskHandle

log = logging.getLogger(__name__)

LOCK_WAIT_SECONDS = 5.0  # long enough for a cancel check between 1 MiB chunks, short enough
# that a person pressing Ctrl+L is not left waiting on a stuck task


class Session(QObject):
    incidents_changed = Signal()  # an incident was saved, or evidence imported
    people_changed = Signal()
    checklists_changed = Signal()
    locking = Signal()  # emitted just before the vault is closed

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = vault
        self._tasks: list[TaskHandle] = []
        self.lock_wait = LOCK_WAIT_SECONDS

    @property
    def open(self) -> bool:
        return self.vault is not None

    def require(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return self.vault

    # ----- background tasks ---------------------------------------------------------------

    def register(self, task: TaskHandle) -> None:
        """Track a running task until it finishes; refused once the session has locked."""
        if self.vault is None:
            task.cancel()
            raise RuntimeError("the vault is locked")
        self._tasks.append(task)
        task.finished.connect(lambda: self._forget(task))

    def _forget(self, task: TaskHandle) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    @property
    def running_tasks(self) -> list[TaskHandle]:
        """Tasks whose work has not returned yet."""
        return [t for t in self._tasks if not t.work_returned]

    def cancel_tasks(self, timeout: float = LOCK_WAIT_SECONDS) -> bool:
        """Cancel every task and wait up to ``timeout`` seconds in all for their work to return.

        True when all stopped in time. The wait is on the worker threads, not the event loop,
        so no other callback (a click, a timer) runs while the key is still held.
        """
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        deadline = time.monotonic() + timeout
        stopped = all(task.wait(max(0.0, deadline - time.monotonic())) for task in tasks)
        if not stopped:
            log.warning(
                "%d background task(s) did not stop within %.0f s of locking",
                len(self.running_tasks),
                timeout,
            )
        return stopped

    # ----- locking --------------------------------------------------------------------------

    def lock(self) -> None:
        """Tell every widget to clear itself, stop background work, then close the vault."""
        if self.vault is None:
            return
        self.locking.emit()
        self.cancel_tasks(self.lock_wait)
        vault, self.vault = self.vault, None
        vault.close()
