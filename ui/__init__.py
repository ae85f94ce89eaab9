"""SafeLog's PySide6 desktop front end. It imports ``safelog``; ``safelog`` never imports it.

PySide6 6.12.0 drops a reference to ``True`` on every ``SignalInstance.emit()`` made from
Python: after a few hundred emits the interpreter aborts ("bool_dealloc: deallocating True or
False"), in the middle of typing. We measure that once here and, only where it happens, add the
missing reference back after each emit; a fixed PySide6 measures nothing and is left alone.
The two booleans are also pinned (see ``_pin_booleans``) for the paths no Python code sees.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    for _ in range(max(dropped, 0)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return dropped >= 8


def _patch_emit() -> None:
    original = SignalInstance.emit
    if getattr(original, "_safelog_balanced", False) or not _emit_drops_true():
        return
    keep = ctypes.pythonapi.Py_IncRef
    true_object = ctypes.py_object(True)

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            keep(true_object)
        return result

    emit._safelog_balanced = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]


_patch_emit()


def _pin_booleans() -> None:
    """Make ``True`` and ``False`` unfreeable, as Python 3.12 does for every interpreter.

    The emit patch covers the path we measured, but PySide6 6.12 also drops references to the
    booleans on paths Python code never sees (a long test run still aborted at exit with
    "bool_dealloc"). Before 3.12 the two singletons carry a real reference count; adding 2**40 to
    it, once, means no realistic number of lost references can reach zero. Nothing else changes.
    """
    if sys.version_info >= (3, 12):
        return  # immortal already
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_pin_booleans()


def _quick_pyside_check() -> None:
    """Answer PySide6's "does this module use PySide6?" by reading the file, not its lines.

    PySide6 asks that of every module imported after it (its ``__feature__`` switch) through
    ``inspect.getsource``, which tokenises and caches each source in ``linecache``: about a
    fifth of the time our own imports took before the first window (bench/README.md). The
    question and the answer stay the same: the word "PySide6" in the module's source file.
    Where PySide6 no longer has the hook, nothing is changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_safelog_quick", False):
        return

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside._safelog_quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]  # for the test that compares
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_quick_pyside_check()
