"""Progress reporting and cancellation for long operations.

Core operations take a plain callback and a token; the GUI turns them into Qt signals and the CLI
into a text bar. A cancelled operation raises :class:`Cancelled` from inside its transaction, so
the vault is left exactly as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled

ProgressFn = Callable[[int, int], None]
"""Called with (done, total); total is 0 when unknown."""


def no_progress(done: int, total: int) -> None:
    """The default callback: report nothing."""


class CancelToken:
    """Set from any thread; checked by the worker between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancel() was called."""
        if self._event.is_set():
            raise Cancelled()


NEVER_CANCELLED = CancelToken()
