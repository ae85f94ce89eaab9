"""The one logging set-up, for both entry points (``safelog`` and ``safelog-cli``).

Logs go to stderr only (never a file SafeLog writes by itself), at WARNING unless
``SAFELOG_DEBUG=1``. Modules log events and identifiers, never incident text, names of people
or evidence file names, so a log pasted into a bug report discloses nothing of the record.

Exception *messages* are the one place such text could slip in by accident: ``ValueError(x)``
of a date the person typed, SQLite repeating a value, a file name in an ``OSError``. So every
traceback SafeLog logs keeps its stack frames (file, line, function: what a developer needs)
and the exception's type, and drops its message.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TextIO

FORMAT = "%(levelname)s %(name)s: %(message)s"
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def describe_exception(exc: BaseException) -> str:
    """A traceback without messages: frames and type names, causes included, oldest first."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "While handling the above, another failure:"
        else:
            current = None
    lines: list[str] = []
    for index in reversed(range(len(chain))):  # oldest first, as Python prints them
        error, link = chain[index]
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(error.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(f"{type(error).__module__}.{type(error).__qualname__} (message withheld)")
        if index:
            lines.append(link)
    return "\n".join(lines)


class MessageFreeFormatter(logging.Formatter):
    """Formats ``exc_info`` as frames and type names only (see the module docstring)."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        return describe_exception(ei[1]) if ei[1] is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        cached, record.exc_text = record.exc_text, None  # another handler's full traceback
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def setup_logging(stream: TextIO | None = None, *, debug: bool | None = None) -> logging.Handler:
    """Install SafeLog's handler on the root logger (once); returns it (tests remove it)."""
    if debug is None:
        debug = os.environ.get("SAFELOG_DEBUG") == "1"
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "safelog", False):
            root.removeHandler(existing)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(MessageFreeFormatter(FORMAT))
    handler.safelog = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    return handler


def log_unexpected(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """An unexpected failure: ERROR with its frames, never its message.

    The frames go into the record's text rather than ``exc_info``, so that no handler (ours or
    one a test or library adds) ever sees the exception object and its message."""
    logger.error("%s failed: %s\n%s", what, type(exc).__name__, describe_exception(exc))
