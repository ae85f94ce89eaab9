"""Process hardening applied at start-up by both entry points.

A core dump of SafeLog would hold the master key and decrypted incidents. RLIMIT_CORE=0 is not
enough when the system pipes cores to a handler (the kernel ignores the limit then), so we also
mark the process non-dumpable with prctl, as KeePassXC does; that also blocks same-user ptrace.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)
PR_SET_DUMPABLE = 4


def _libc() -> ctypes.CDLL:
    """glibc's fixed soname first: ``find_library`` runs an external lookup (~20 ms at start)."""
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def harden_process() -> bool:
    """Disable core dumps and make the process non-dumpable; True if both took effect."""
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = False
    if sys.platform.startswith("linux"):
        try:
            if _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                ok = False
        except OSError:
            ok = False
    if not ok:
        log.warning("could not fully disable core dumps")
    return ok


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core for this process (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
