"""Package names resolved on first use (PEP 562), for packages whose parts are slow to import.

``safelog.evidence`` and ``safelog.dossier`` offer their public names at the package level, but
some of those live in modules that pull in Pillow or ReportLab. A package lists where each name
lives; the name is imported the first time someone asks for it and kept on the package.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_names(
    package: str, where: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` for ``package``: ``where`` maps name -> submodule."""
    module = sys.modules[package]

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{where[name]}"), name)
        setattr(module, name, value)  # asked once: later lookups find it directly
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(module)) | set(where))

    return __getattr__, __dir__
