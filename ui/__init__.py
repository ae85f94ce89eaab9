"""SafeLog's PySide6 desktop front end. It imports ``safelog``; ``safelog`` never imports it.

PySide6 6.12.0 drops a reference to ``True`` on every ``SignalInstance.emit()`` made from
Python: after a few hundred emits the interpreter aborts ("bool_dealloc: deallocating True or
False"), in the middle of typing. We measure that once here and, only where it happens, add the
missing reference back after each emit; a fixed PySide6 measures nothing and is left alone.
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
