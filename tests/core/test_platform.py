"""Where Linux, macOS and Windows differ: each branch's logic, on any machine.

The POSIX branches also run for real here; the macOS and Windows branches are checked through
the calls they make to a recording stand-in for the system library (not a fake of SafeLog).
"""

from __future__ import annotations

import os
import sys
from types import SimpleNamespace
from typing import Any

import pytest

from safelog import filemodes, hardening, locking, oslock, paths
from safelog.errors import VaultBusy, VaultInUse


class Recorder:
    """A system library stand-in: records every call, answers from ``returns``."""

    def __init__(self, **returns: Any) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.returns = returns

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any) -> Any:
            self.calls.append((name, args))
            value = self.returns.get(name, 0)
            return value(*args) if callable(value) else value

        return call


# ----- the user data folder -----------------------------------------------------------------


@pytest.fixture
def no_overrides(monkeypatch):
    monkeypatch.delenv("SAFELOG_DATA_DIR", raising=False)
    monkeypatch.delenv("SAFELOG_CONFIG_DIR", raising=False)


def test_linux_uses_the_xdg_folders(monkeypatch, tmp_path, no_overrides):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert paths.default_vault_dir() == tmp_path / "data" / "SafeLog" / "vault"
    assert paths.config_dir() == tmp_path / "config" / "SafeLog"


def test_macos_uses_application_support(monkeypatch, tmp_path, no_overrides):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):  # platformdirs honours them on macOS too
        monkeypatch.delenv(name, raising=False)
    assert paths.data_dir() == tmp_path / "Library" / "Application Support" / "SafeLog"


def test_windows_uses_the_local_not_the_roaming_profile(monkeypatch, no_overrides):
    import platformdirs.windows

    folders = {
        "CSIDL_LOCAL_APPDATA": "/c/Users/amira/AppData/Local",
        "CSIDL_APPDATA": "/c/Users/amira/AppData/Roaming",
    }
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(sys, "platform", "win32")
    assert str(paths.data_dir()).startswith(folders["CSIDL_LOCAL_APPDATA"])
    assert "Roaming" not in str(paths.data_dir()) and "Roaming" not in str(paths.config_dir())
    assert paths.data_dir().name == "SafeLog"


def test_the_overrides_win_everywhere(monkeypatch, tmp_path):
    monkeypatch.setenv("SAFELOG_DATA_DIR", str(tmp_path / "d"))
    for platform in ("linux", "darwin", "win32"):
        monkeypatch.setattr(sys, "platform", platform)
        assert paths.data_dir() == tmp_path / "d"


# ----- process hardening ------------------------------------------------------------------------


def test_linux_branch_marks_the_process_non_dumpable(monkeypatch):
    monkeypatch.setattr(hardening, "_no_core_files", lambda: True)
    libc = Recorder(prctl=0)
    assert hardening.harden_linux(libc) is True
    assert libc.calls == [("prctl", (hardening.PR_SET_DUMPABLE, 0, 0, 0, 0))]
    assert hardening.harden_linux(Recorder(prctl=-1)) is False  # refused (seccomp, say)


def test_macos_branch_denies_debuggers(monkeypatch):
    monkeypatch.setattr(hardening, "_no_core_files", lambda: True)
    libc = Recorder(ptrace=0)
    assert hardening.harden_macos(libc) is True
    assert libc.calls == [("ptrace", (hardening.PT_DENY_ATTACH, 0, None, 0))]
    monkeypatch.setattr(hardening, "_no_core_files", lambda: False)
    assert hardening.harden_macos(Recorder(ptrace=0)) is False


def test_windows_branch_keeps_crashes_away_from_error_reporting():
    state = {"mode": 0x8000}  # SEM_NOOPENFILEERRORBOX, set by someone else: kept

    def set_mode(mode: int) -> int:
        previous, state["mode"] = state["mode"], mode
        return previous

    kernel32 = Recorder(GetErrorMode=lambda: state["mode"], SetErrorMode=set_mode)
    assert hardening.harden_windows(kernel32) is True
    assert (
        state["mode"] == 0x8000 | hardening.SEM_NOGPFAULTERRORBOX | hardening.SEM_FAILCRITICALERRORS
    )


@pytest.mark.parametrize(
    ("platform", "loader", "branch"),
    [
        ("linux", "_libc", "harden_linux"),
        ("darwin", "_macos_libc", "harden_macos"),
        ("win32", "_kernel32", "harden_windows"),
    ],
)
def test_harden_process_picks_the_branch_of_the_platform(
    monkeypatch, caplog, platform, loader, branch
):
    library, seen = object(), []
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(hardening, loader, lambda: library)
    for name in ("harden_linux", "harden_macos", "harden_windows"):
        monkeypatch.setattr(
            hardening, name, lambda lib, name=name: seen.append((name, lib)) or False
        )
    assert hardening.harden_process() is False
    assert seen == [(branch, library)]
    assert "could not fully disable core dumps" in caplog.text


def test_a_missing_system_library_is_a_warning_not_a_crash(monkeypatch):
    def missing() -> Any:
        raise OSError("not found")

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(hardening, "_macos_libc", missing)
    assert hardening.harden_process() is False


# ----- file locking -----------------------------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="flock is POSIX")
def test_posix_locks_for_real(tmp_path):
    path = tmp_path / "lock"
    fds = [os.open(path, os.O_RDWR | os.O_CREAT, 0o600) for _ in range(3)]
    try:
        assert oslock.try_lock_posix(fds[0], exclusive=False)
        assert oslock.try_lock_posix(fds[1], exclusive=False)  # readers share
        assert not oslock.try_lock_posix(fds[2], exclusive=True)  # the app must wait
        os.close(fds.pop(0))
        os.close(fds.pop(0))
        assert oslock.try_lock_posix(fds[0], exclusive=True)
    finally:
        for fd in fds:
            os.close(fd)


@pytest.mark.parametrize(("exclusive", "flags"), [(True, 0x3), (False, 0x1)])
def test_windows_lock_asks_for_byte_zero_without_waiting(exclusive, flags):
    calls = []

    def lock_file_ex(handle, fl, reserved, low, high, overlapped):
        calls.append((handle, fl, reserved, low, high))
        return 1

    assert oslock.try_lock_windows(7, exclusive=exclusive, api=(lambda fd: fd + 1000, lock_file_ex))
    assert calls == [(1007, flags, 0, 1, 0)]


def test_windows_lock_held_elsewhere_and_real_errors(monkeypatch):
    failing = (lambda fd: fd, lambda *args: 0)
    monkeypatch.setattr(
        oslock.ctypes, "get_last_error", lambda: oslock.ERROR_LOCK_VIOLATION, raising=False
    )
    assert oslock.try_lock_windows(3, exclusive=True, api=failing) is False
    monkeypatch.setattr(oslock.ctypes, "get_last_error", lambda: 6, raising=False)  # bad handle
    with pytest.raises(OSError):
        oslock.try_lock_windows(3, exclusive=True, api=failing)


def test_try_lock_picks_the_windows_branch_on_windows(monkeypatch):
    seen = []
    monkeypatch.setattr(oslock, "os", SimpleNamespace(name="nt"))
    monkeypatch.setattr(oslock, "_windows_api", lambda: "api")
    monkeypatch.setattr(
        oslock,
        "try_lock_windows",
        lambda fd, exclusive, api: seen.append((fd, exclusive, api)) or True,
    )
    assert oslock.try_lock(5, exclusive=True)
    assert seen == [(5, True, "api")]


@pytest.mark.parametrize(("exclusive", "error"), [(True, VaultInUse), (False, VaultBusy)])
def test_vault_lock_waits_then_gives_one_sentence(monkeypatch, tmp_path, exclusive, error):
    tries = []
    monkeypatch.setattr(locking, "try_lock", lambda fd, exclusive: tries.append(fd) and False)
    monkeypatch.setattr(locking.time, "sleep", lambda s: None)
    with pytest.raises(error):
        locking.VaultLock(tmp_path / "vault.lock").acquire(exclusive=exclusive, wait=0.05)
    assert tries  # tried at least once; the descriptor was closed again
    with pytest.raises(OSError):
        os.fstat(tries[0])


# ----- file modes ----------------------------------------------------------------------------


def test_nofollow_is_the_real_flag_or_nothing(monkeypatch):
    assert filemodes.NOFOLLOW == getattr(os, "O_NOFOLLOW", 0)
    monkeypatch.delattr(os, "O_NOFOLLOW", raising=False)  # as on Windows
    import importlib

    try:
        assert importlib.reload(filemodes).NOFOLLOW == 0
    finally:
        monkeypatch.undo()
        importlib.reload(filemodes)


def test_private_means_no_group_or_other_bits(tmp_path, monkeypatch):
    path = tmp_path / "f"
    path.write_bytes(b"")
    path.chmod(0o600)
    assert filemodes.is_private(path)
    path.chmod(0o640)
    assert not filemodes.is_private(path) or os.name == "nt"
    monkeypatch.setattr(filemodes, "os", SimpleNamespace(name="nt"))
    assert not filemodes.modes_enforced() and filemodes.is_private(path)
