"""File-system helpers that make writes atomic and map a full disk to one clear error.

Every file SafeLog creates is readable by its owner only (0600) and every folder 0700, whatever
the umask: files are created with that mode and then ``fchmod``-ed to it, so a umask that would
narrow or (through an inherited ACL) widen it does not matter, and no file relies on its folder
to hide it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import DiskFull, ExportFailed
from .filemodes import NOFOLLOW
from .i18n import _

FILE_MODE = 0o600
DIR_MODE = 0o700
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | getattr(os, "O_BINARY", 0)


def create_private(path: Path) -> BinaryIO:
    """A new file (never an existing one, never through a link) open for writing, mode 0600."""
    fd = os.open(path, _CREATE, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def make_private_dir(path: Path, *, parents: bool = False) -> None:
    """Create a folder with mode 0700 (and, with ``parents``, any missing parent the same)."""
    path = Path(path)
    if parents and not path.parent.exists():
        make_private_dir(path.parent, parents=True)
    os.mkdir(path, DIR_MODE)
    os.chmod(path, DIR_MODE)


def ensure_private_dir(path: Path) -> None:
    """``path`` exists as a folder; folders made here (and its missing parents) are 0700."""
    path = Path(path)
    if not path.is_dir():
        with contextlib.suppress(FileExistsError):
            make_private_dir(path, parents=True)


def tighten(path: Path) -> None:
    """Set an existing file SafeLog owns to 0600 (made by an older SafeLog under umask 022)."""
    with contextlib.suppress(OSError):
        mode = os.stat(path, follow_symlinks=False).st_mode
        if stat.S_ISREG(mode) and mode & 0o077:
            os.chmod(path, FILE_MODE)


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
        raise ExportFailed(
            _("The file could not be written ({value}).").format(value=exc.strerror or exc)
        ) from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path``, fsync, rename over it, fsync the folder."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with disk_errors():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, FILE_MODE)
            try:
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, FILE_MODE)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    fsync_dir(path.parent)


class NewFile:
    """A file written in full before it gets its name, for exports of plaintext.

    Where the system allows (Linux ``O_TMPFILE``) the file has no name at all until
    :meth:`publish` links it into place, so a crash or a kill while it is being written leaves
    nothing behind: no hidden, half-written plaintext copy of the person's log in the export
    folder. Elsewhere (or on file systems without it, such as FAT) it is written under a hidden
    temporary name beside the target, removed by :meth:`close`. Neither way ever overwrites or
    follows a link at the target: the name is created by ``link``, which fails if it exists.
    """

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.tmp: Path | None = None
        self.fd = -1
        tmpfile = getattr(os, "O_TMPFILE", 0)
        if tmpfile and os.path.isdir("/proc/self/fd"):
            try:
                self.fd = os.open(self.target.parent, tmpfile | os.O_WRONLY, 0o600)
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise
                self.fd = -1  # not supported here: use a hidden name
        if self.fd < 0:
            self.tmp = self.target.with_name(
                f".{self.target.name}.partial-{os.getpid()}-{os.urandom(4).hex()}"
            )
            self.fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(self.fd, FILE_MODE)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]

    def sync(self) -> None:
        os.fsync(self.fd)

    def publish(self) -> None:
        """Give the file its name; FileExistsError if the name was taken meanwhile."""
        if self.tmp is not None:
            try:
                os.link(self.tmp, self.target, follow_symlinks=False)
                return
            except OSError as exc:  # no hard links here (FAT, exFAT): rename after a last check
                if exc.errno not in (
                    errno.EPERM,
                    errno.ENOTSUP,
                    errno.EOPNOTSUPP,
                    errno.EXDEV,
                    errno.EMLINK,
                    errno.ENOSYS,
                ):
                    raise
            if os.path.lexists(self.target):
                raise FileExistsError(errno.EEXIST, "exists", str(self.target))
            os.rename(self.tmp, self.target)
            self.tmp = None
            return
        folder = os.open(self.target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.link(
                f"/proc/self/fd/{self.fd}",
                self.target.name,
                dst_dir_fd=folder,
                follow_symlinks=True,
            )
        finally:
            os.close(folder)

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
