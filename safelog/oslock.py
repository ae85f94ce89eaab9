"""Advisory whole-file locks: the one place file locking differs between POSIX and Windows.

POSIX (Linux, macOS, BSD): ``flock``, shared or exclusive, released by the kernel when the
descriptor closes or the process dies. Windows: ``LockFileEx`` on the first byte, shared or
exclusive, released when the handle closes or the process dies. Both are asked never to wait;
``safelog.locking`` does the waiting, so the timing logic is the same everywhere.

Windows is not run by anyone on this project yet: its branch is tested only through the calls
it makes (tests/core/test_platform.py).
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

LOCKFILE_FAIL_IMMEDIATELY = 0x1
LOCKFILE_EXCLUSIVE_LOCK = 0x2
ERROR_LOCK_VIOLATION = 33
ERROR_IO_PENDING = 997


class _Overlapped(ctypes.Structure):
    """Win32 OVERLAPPED: the byte offset of the lock (0) and an unused event handle."""

    _fields_ = [
        ("internal", ctypes.c_void_p),
        ("internal_high", ctypes.c_void_p),
        ("offset", ctypes.c_uint32),
        ("offset_high", ctypes.c_uint32),
        ("event", ctypes.c_void_p),
    ]


def try_lock(fd: int, *, exclusive: bool) -> bool:
    """Take the lock without waiting; False if another holder has it."""
    if os.name == "nt":
        return try_lock_windows(fd, exclusive=exclusive, api=_windows_api())
    return try_lock_posix(fd, exclusive=exclusive)


def try_lock_posix(fd: int, *, exclusive: bool) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _windows_api() -> tuple[Any, Any]:
    import msvcrt

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    return msvcrt.get_osfhandle, kernel32.LockFileEx  # type: ignore[attr-defined]


def try_lock_windows(fd: int, *, exclusive: bool, api: tuple[Any, Any]) -> bool:
    """LockFileEx on byte 0 of the file, failing at once instead of waiting."""
    get_handle, lock_file_ex = api
    flags = LOCKFILE_FAIL_IMMEDIATELY | (LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
    overlapped = _Overlapped()
    if lock_file_ex(get_handle(fd), flags, 0, 1, 0, ctypes.byref(overlapped)):
        return True
    error = ctypes.get_last_error() if hasattr(ctypes, "get_last_error") else 0
    if error in (ERROR_LOCK_VIOLATION, ERROR_IO_PENDING, 0):
        return False
    raise OSError(error, "LockFileEx failed")
