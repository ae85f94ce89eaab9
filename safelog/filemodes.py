"""Private files and folders: the one place file permissions differ between POSIX and Windows.

On Linux and macOS, SafeLog creates its files 0600 and folders 0700 (only the person's own
account can open them) and refuses to follow a symlink planted where a file will be created
(``O_NOFOLLOW``). Windows has neither: the mode bits are ignored except read-only, and there is
no ``O_NOFOLLOW``. There the privacy of the vault comes from where it lives: the user's
``%LOCALAPPDATA%`` is readable by that account (and administrators) only, by its inherited ACL.
Code that creates files uses ``NOFOLLOW`` from here rather than ``os.O_NOFOLLOW``, which does not
exist on Windows.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
FILE_MODE = 0o600
DIR_MODE = 0o700


def modes_enforced() -> bool:
    """Whether this system honours POSIX permission bits (False on Windows)."""
    return os.name != "nt"


def is_private(path: Path) -> bool:
    """No access for group or others, where the system has such bits; True on Windows, where
    the folder's ACL decides (see the module docstring)."""
    if not modes_enforced():
        return True
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
