"""File-system helpers that make writes atomic and map a full disk to one clear error."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import DiskFull, ExportFailed


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def disk_errors() -> Iterator[None]:
    """Turn ENOSPC/EDQUOT/EFBIG into :class:`DiskFull`; other OS errors into ExportFailed."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull() from exc
        raise ExportFailed(f"The file could not be written ({exc.strerror or exc}).") from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path``, fsync, rename over it, fsync the folder."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with disk_errors():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    fsync_dir(path.parent)
