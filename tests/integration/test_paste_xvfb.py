"""Issue 17's check, as a person would do it: under Xvfb, copy an image to the real X
clipboard with ``xclip``, press Ctrl+V on an incident's evidence in SafeLog, and find the
image in ``safelog-cli exhibits`` with exactly the copied bytes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PNG = REPO / "tests" / "data" / "evidence" / "red.png"
PASSPHRASE = "correct horse battery staple orbit"

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xclip")), reason="needs Xvfb and xclip"
    ),
]

APP_SIDE = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from safelog.vault import Vault
from ui.evidence.panel import EvidencePanel
from ui.common.session import Session

app = QApplication([])
vault = Vault.open(sys.argv[1], sys.argv[2])
panel = EvidencePanel(Session(vault))
panel.set_incident(1)
panel.show()
panel.activateWindow()
found = []
panel.imported.connect(lambda refs: (found.extend(refs), app.quit()))
def press():
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
QTimer.singleShot(500, press)
QTimer.singleShot(60_000, app.quit)
app.exec()
vault.close()
print(" ".join(found))
"""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private X server and its display, once it accepts connections.

    ``-displayfd`` makes Xvfb pick a free display and write its number when it is ready, so
    nothing polls or sleeps; the read ends early (empty) if the server dies first.
    """
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()
    assert number, "Xvfb did not start"
    return xvfb, f":{number}"


def _cli(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "safelog.cli.main", *args, "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_xclip_image_pasted_with_ctrl_v_is_in_the_vault(tmp_path: Path) -> None:
    xvfb, display = _start_xvfb()
    try:
        vault = tmp_path / "vault"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "TMPDIR": str(tmp_path),
            "XDG_RUNTIME_DIR": str(tmp_path),
            "SAFELOG_KDF_PROFILE": "test",
            "LC_ALL": "C.UTF-8",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(REPO),
        }
        _cli(env, "init", "--vault", str(vault), "--name", "Amira Haddad")
        _cli(
            env,
            "add",
            "--vault",
            str(vault),
            "--title",
            "Post about me",
            "--when",
            "2026-11-22 10:00",
        )
        copier = subprocess.Popen(
            ["xclip", "-selection", "clipboard", "-t", "image/png", "-i", str(PNG)], env=env
        )
        copier.wait(timeout=30)  # xclip forks a child that keeps serving the clipboard
        app = subprocess.run(
            [sys.executable, "-c", APP_SIDE, str(vault), PASSPHRASE],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert app.stdout.strip() == "AH1", app.stderr
        [exhibit] = json.loads(_cli(env, "exhibits", "--vault", str(vault), "--json"))
        assert exhibit["sha256"] == hashlib.sha256(PNG.read_bytes()).hexdigest()
        assert exhibit["metadata"]["obtained"] == "pasted from the clipboard"
        human = _cli(env, "exhibits", "--vault", str(vault))
        assert "AH1  incident 1  PNG image" in human and "pasted from the clipboard" in human
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


OTHER_APP = r"""
import sys
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.setWindowTitle("A browser")
w.resize(320, 200)
w.setAutoFillBackground(True)
palette = w.palette()
palette.setColor(QPalette.ColorRole.Window, QColor(200, 30, 30))
w.setPalette(palette)
w.show()
w.activateWindow()
print("ready", flush=True)
app.exec()
"""

CAPTURE_SIDE = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from safelog.vault import Vault
from ui.evidence.panel import EvidencePanel
from ui.common.session import Session

app = QApplication([])
vault = Vault.open(sys.argv[1], sys.argv[2])
panel = EvidencePanel(Session(vault))
panel.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
panel.set_incident(1)
panel.show()
found = []
panel.imported.connect(lambda refs: (found.extend(refs), app.quit()))
QTimer.singleShot(300, lambda: panel.capture_button.capture("window", 0))
QTimer.singleShot(60_000, app.quit)
app.exec()
vault.close()
print(" ".join(found))
"""


def test_the_window_in_front_is_captured(tmp_path: Path) -> None:
    xvfb, display = _start_xvfb()
    other = None
    try:
        vault = tmp_path / "vault"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "TMPDIR": str(tmp_path),
            "XDG_RUNTIME_DIR": str(tmp_path),
            "SAFELOG_KDF_PROFILE": "test",
            "LC_ALL": "C.UTF-8",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(REPO),
        }
        _cli(env, "init", "--vault", str(vault), "--name", "Amira Haddad")
        _cli(env, "add", "--vault", str(vault), "--title", "Post", "--when", "2026-11-22 10:00")
        other = subprocess.Popen(
            [sys.executable, "-c", OTHER_APP], env=env, stdout=subprocess.PIPE, text=True
        )
        assert other.stdout is not None and other.stdout.readline().strip() == "ready"
        app = subprocess.run(
            [sys.executable, "-c", CAPTURE_SIDE, str(vault), PASSPHRASE],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert app.stdout.strip() == "AH1", app.stderr
        [exhibit] = json.loads(_cli(env, "exhibits", "--vault", str(vault), "--json"))
        md = exhibit["metadata"]
        assert (md["width"], md["height"]) == (320, 200)
        assert md["capture"]["mode"] == "window"
        assert (md["capture"]["screen_width"], md["capture"]["screen_height"]) == (1024, 768)
    finally:
        if other is not None:
            other.kill()
            other.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)
