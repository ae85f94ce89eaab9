"""The one way SafeLog runs long work off the GUI thread.

A core function taking ``(progress, cancel)`` runs on Qt's thread pool; its progress, result and
error come back as signals delivered on the GUI thread. The relay is parented to the owner
widget, so a window closed mid-task never receives a late callback (Qt drops queued signals for
a deleted receiver). Errors arrive as the core's plain sentence, never a traceback; unexpected
ones are logged with their stack frames but not their message (``safelog.logs``).

A task that uses the vault is registered with the unlocked ``Session`` (given, or found on the
owner or one of its parents), which cancels it and waits for it when the vault locks. A result
that arrives after the lock is dropped: it could hold decrypted text.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from safelog.db import translate
from safelog.errors import Cancelled, SafeLogError
from safelog.logs import log_unexpected
from safelog.progress import CancelToken, ProgressFn
from ui.common.session import Session

log = logging.getLogger(__name__)

Work = Callable[[ProgressFn, CancelToken], Any]


def sentence_for(exc: BaseException) -> str:
    """The one plain sentence a person sees for any failure."""
    if isinstance(exc, SafeLogError):
        return exc.sentence
    mapped = translate(exc)
    if mapped is not None:
        return mapped.sentence
    if isinstance(exc, OSError) and exc.errno == 28:
        return "The disk is full; nothing was changed. Free some space and try again."
    return f"Something unexpected went wrong ({type(exc).__name__}); nothing more was changed."


class _Relay(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # sentence, was it a cancel


def is_expected(exc: BaseException) -> bool:
    """Failures with a sentence of their own (wrong input, full disk, damage): not bugs."""
    return (
        isinstance(exc, SafeLogError)
        or translate(exc) is not None
        or (isinstance(exc, OSError) and exc.errno == 28)
    )


class _Runnable(QRunnable):
    def __init__(
        self, work: Work, relay: _Relay, token: CancelToken, returned: threading.Event
    ) -> None:
        super().__init__()
        self.work, self.relay, self.token, self.returned = work, relay, token, returned

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the window may have closed meanwhile
                self.relay.progressed.emit(done, total)

        try:
            try:
                result = self.work(progress, self.token)
            except Cancelled as exc:
                self.returned.set()
                self.relay.failed.emit(exc.sentence, True)
            except BaseException as exc:  # delivered as a sentence on the GUI thread
                self.returned.set()
                if is_expected(exc):
                    log.debug("task failed: %s", type(exc).__name__)
                else:  # a bug: frames for the report, never the message (it may hold typing)
                    log_unexpected(log, "background task", exc)
                self.relay.failed.emit(sentence_for(exc), False)
            else:
                self.returned.set()
                self.relay.succeeded.emit(result)
        except RuntimeError:  # the owner (and so the relay) was deleted meanwhile: nobody
            log.debug("task finished after its window closed")  # is waiting for the answer
        finally:
            self.returned.set()


class TaskHandle(QObject):
    """Returned by run_task: cancel() asks the work to stop at its next check."""

    finished = Signal()

    def __init__(self, relay: _Relay, token: CancelToken) -> None:
        super().__init__(relay)
        self.relay, self.token = relay, token
        self.done = False  # its callbacks have run (GUI thread)
        self._returned = threading.Event()  # its work function has returned (any thread)

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def work_returned(self) -> bool:
        return self._returned.is_set()

    def wait(self, timeout: float) -> bool:
        """Block until the work function returns, at most ``timeout`` seconds."""
        return self._returned.wait(timeout)


def session_of(owner: QObject | None) -> Session | None:
    """The unlocked Session an owner widget (or one of its parents) works for, if any."""
    while owner is not None:
        found = owner if isinstance(owner, Session) else getattr(owner, "session", None)
        if isinstance(found, Session):
            return found
        owner = owner.parent()
    return None


def run_task(
    owner: QObject,
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str, bool], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
    session: Session | None = None,
) -> TaskHandle:
    """Run ``work(progress, cancel)`` in the background; callbacks run on the GUI thread.

    ``session`` (default: the one ``owner`` works for) cancels the task when it locks.
    """
    token = CancelToken()
    relay = _Relay(owner)
    handle = TaskHandle(relay, token)
    session = session if session is not None else session_of(owner)
    if session is not None and session.open:
        session.register(handle)
    elif session is not None:  # locked already: the work must not touch the closed vault

        def work(progress: ProgressFn, cancel: CancelToken) -> Any:
            raise Cancelled()

    def locked_meanwhile() -> bool:
        return session is not None and not session.open

    def finish() -> None:
        handle.done = True
        handle.finished.emit()
        relay.deleteLater()

    if on_progress:
        relay.progressed.connect(on_progress)

    @Slot(object)
    def succeeded(result: Any) -> None:
        if locked_meanwhile():  # the result may hold decrypted text: drop it
            if on_error:
                on_error(Cancelled().sentence, True)
        elif on_done:
            on_done(result)
        finish()

    @Slot(str, bool)
    def failed(sentence: str, cancelled: bool) -> None:
        if on_error:
            on_error(sentence, cancelled)
        finish()

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, relay, token, handle._returned))
    return handle


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str, bool], None] | None = None,
    session: Session | None = None,
) -> TaskHandle:
    """run_task with a progress dialog that has a Cancel button."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Worker", "SafeLog"))
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)  # keep within int range of QProgressBar
            dialog.setMaximum(total // scale)
            dialog.setValue(min(done // scale, total // scale))

    def finished(result: Any) -> None:
        dialog.close()
        if on_done:
            on_done(result)

    def failed(sentence: str, cancelled: bool) -> None:
        dialog.close()
        if on_error:
            on_error(sentence, cancelled)

    handle = run_task(
        parent, work, on_done=finished, on_error=failed, on_progress=progressed, session=session
    )
    dialog.canceled.connect(handle.cancel)
    handle.dialog = dialog  # type: ignore[attr-defined]
    return handle
