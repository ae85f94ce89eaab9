"""A lock file beside the database that says which SafeLog programs have the vault open.

The desktop app holds it exclusively for as long as the vault is unlocked, so a second window is
told at once that the vault is open elsewhere. Command-line runs share it, and wait a few seconds
for the app to let go. The kernel releases a flock when its holder dies, so a killed app never
leaves the vault locked. The database file itself is never opened with ``open()``: closing such a
descriptor would drop SQLite's own locks.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .errors import VaultBusy, VaultInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: SQLite's own locking still protects the data
    fcntl = None  # type: ignore[assignment]


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool, wait: float) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        if fcntl is None:
            self._fd = fd
            return
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, mode)
                self._fd = fd
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise (VaultInUse() if exclusive else VaultBusy(
                        "This vault is open in the SafeLog app; lock or close it there and "
                        "try again.")) from None
                time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
