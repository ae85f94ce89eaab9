"""A lock file beside the database that says which SafeLog programs have the vault open.

How the lock is taken differs by system (``safelog.oslock``); the waiting is the same everywhere.
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
from .filemodes import NOFOLLOW
from .i18n import _
from .oslock import try_lock


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool, wait: float) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | NOFOLLOW, 0o600)
        deadline = time.monotonic() + wait
        while True:
            try:
                taken = try_lock(fd, exclusive=exclusive)
            except BaseException:
                os.close(fd)
                raise
            if taken:
                self._fd = fd
                return
            if time.monotonic() >= deadline:
                os.close(fd)
                raise (
                    VaultInUse()
                    if exclusive
                    else VaultBusy(
                        _(
                            "This vault is open in the SafeLog app; lock or close it there and try "
                            "again."
                        )
                    )
                )
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
