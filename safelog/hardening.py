"""Process hardening applied at start-up by both entry points; the one place it differs by OS.

A core dump or crash report of SafeLog would hold the master key and decrypted incidents, and a
debugger attached by another program of the same user could read them live. What each system
offers, as KeePassXC uses it:

- Linux: RLIMIT_CORE=0, and ``prctl(PR_SET_DUMPABLE, 0)``, because the kernel ignores the limit
  when it pipes cores to a handler (systemd-coredump, apport); non-dumpable also blocks
  same-user ptrace and makes /proc/<pid>/mem unreadable to other processes.
- macOS: RLIMIT_CORE=0 and ``ptrace(PT_DENY_ATTACH)``, which refuses debuggers (and so
  task_for_pid readers) for the life of the process.
- Windows: ``SetErrorMode(SEM_NOGPFAULTERRORBOX)`` so a crash does not go to Windows Error
  Reporting, which can keep a memory dump of the process on disk. There is no core limit.

Each branch is a function taking the loaded system library, so tests can check each branch's
calls on any machine. Linux is tested for real; macOS and Windows only through those calls.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
PT_DENY_ATTACH = 31  # macOS <sys/ptrace.h>
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def _libc() -> Any:
    """glibc's fixed soname first: ``find_library`` runs an external lookup (~20 ms at start)."""
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        from ctypes.util import find_library  # here only: it imports subprocess (4 ms at start)

        return ctypes.CDLL(find_library("c") or "libc.so.6", use_errno=True)


def _macos_libc() -> Any:
    return ctypes.CDLL("/usr/lib/libSystem.B.dylib", use_errno=True)


def _kernel32() -> Any:
    return ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]


def _no_core_files() -> bool:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        return False
    return True


def harden_linux(libc: Any) -> bool:
    ok = _no_core_files()
    return libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and ok


def harden_macos(libc: Any) -> bool:
    ok = _no_core_files()
    return libc.ptrace(PT_DENY_ATTACH, 0, None, 0) == 0 and ok


def harden_windows(kernel32: Any) -> bool:
    mode = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    kernel32.SetErrorMode(kernel32.GetErrorMode() | mode)
    return bool(kernel32.GetErrorMode() & SEM_NOGPFAULTERRORBOX)


def harden_process() -> bool:
    """Disable core dumps and crash reports and refuse debuggers; True if all took effect."""
    try:
        if sys.platform.startswith("linux"):
            ok = harden_linux(_libc())
        elif sys.platform == "darwin":
            ok = harden_macos(_macos_libc())
        elif sys.platform == "win32":
            ok = harden_windows(_kernel32())
        else:  # the BSDs: the core limit is all we know to be there
            ok = _no_core_files()
    except OSError:  # the system library could not be loaded
        ok = False
    if not ok:
        log.warning("could not fully disable core dumps")
    return ok


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core for this process (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
