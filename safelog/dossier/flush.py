"""Flushing the bundle's originals to disk on a background thread while the PDF is laid out.

The originals are copied out of the vault before the PDF (the PDF lists their fingerprints) and
must be on disk before the bundle is published. ``fsync`` waits for the disk, not the processor,
so waiting for each in turn after the PDF (or before it) is time the build does nothing. A
:class:`Flusher` fsyncs each file handed to it, in order, on one thread while the main thread
goes on; :func:`.bundle.fsync_tree` still flushes every file and folder before publishing, and is
then cheap.

A failed fsync is never lost: Linux reports a write-back error once, so a second fsync of the
same file could succeed and hide it. The first error is kept and raised by :meth:`finish` on the
main thread, as the same :class:`~safelog.errors.DiskFull` or ``ExportFailed`` a failed write
gives, and the export stops with nothing published.
"""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path
from types import TracebackType

from ..filemodes import NOFOLLOW
from ..fsutil import disk_errors

_DONE = None


def fsync_path(path: Path) -> None:
    """Flush one file's data to disk (opened read-write: Windows needs it for fsync)."""
    fd = os.open(path, os.O_RDWR | NOFOLLOW | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Flusher:
    """fsync files on one background thread; errors come back on :meth:`finish`."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Path | None] = queue.SimpleQueue()
        self._error: OSError | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._finished = False
        self.flushed: list[Path] = []  # in the order flushed, for tests

    def add(self, path: Path) -> None:
        """Flush ``path`` soon; the file must be completely written and closed."""
        if self._finished:
            raise RuntimeError("Flusher.add after finish")
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="safelog-flush", daemon=True)
            self._thread.start()
        self._queue.put(path)

    def _run(self) -> None:
        while (path := self._queue.get()) is not _DONE:
            if self._error is not None or self._stop.is_set():
                continue  # drain: the export is failing or stopping anyway
            try:
                fsync_path(path)
            except OSError as exc:
                self._error = exc
            else:
                self.flushed.append(path)

    def _join(self) -> None:
        self._finished = True
        if self._thread is not None:
            self._queue.put(_DONE)
            self._thread.join()
            self._thread = None

    def finish(self) -> None:
        """Wait until every file given is flushed; raise the first error as the export's."""
        self._join()
        error, self._error = self._error, None
        if error is not None:
            with disk_errors():
                raise error

    def __enter__(self) -> Flusher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.finish()
        else:  # the export failed or was cancelled: stop flushing, keep that error
            self._stop.set()
            self._join()
