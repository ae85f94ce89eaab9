"""The core never imports Qt: it must run where PySide6 is not installed."""

from __future__ import annotations

import pathlib
import subprocess
import sys

CORE = pathlib.Path(__file__).resolve().parents[2] / "safelog"


def test_no_qt_in_core_source():
    offenders = [
        str(p)
        for p in CORE.rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
        or "import ui" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_core_imports_with_qt_blocked():
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import safelog\n"
        "for m in pkgutil.walk_packages(safelog.__path__, 'safelog.'):\n"
        "    importlib.import_module(m.name)\n"
        "from safelog.cli.main import build_parser\n"
        "build_parser()\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
