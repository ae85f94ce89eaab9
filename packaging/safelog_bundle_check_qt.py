"""Checks that a PyInstaller bundle of SafeLog carries the Qt modules and plug-ins the app uses.

Run by the packaged ``safelog`` when SAFELOG_BUNDLE_CHECK=1 is set, after the core checks in
safelog_bundle_check.py; see packaging/smoke_test.sh. Uses whatever QT_QPA_PLATFORM says
(offscreen in the smoke test). Reads and writes no user data.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import sys

from safelog_bundle_check import Check, run_checks

# The Qt modules SafeLog uses; the spec leaves every other one out.
QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtPdf",
    "QtPdfWidgets",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtPrintSupport",
    "QtDBus",
)


def _modules() -> str:
    for name in QT_MODULES:
        importlib.import_module(f"PySide6.{name}")
    from PySide6 import __version__

    return f"PySide6 {__version__}: {len(QT_MODULES)} modules"


def _app() -> str:
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
    from PySide6.QtWidgets import QApplication

    import safelog
    from safelog import paths

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["safelog"])
    QGuiApplication.setDesktopFileName(safelog.APP_ID)
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpg", "svg"} - formats
    if missing:
        raise RuntimeError(f"image plug-ins missing: {sorted(missing)}")
    icon = QIcon(str(paths.resource("icons", "safelog.svg")))
    if icon.pixmap(64, 64).isNull():
        raise RuntimeError("the app icon does not render (SVG icon engine missing?)")
    return f"platform {app.platformName()}, image formats incl. svg, app icon renders"


def _pdf() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "SafeLog")
    pdf.save()
    data = QByteArray(out.getvalue())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.pageCount() != 1 or doc.render(0, QSize(60, 80)).isNull():
        raise RuntimeError(f"QtPdf could not render a page (status {doc.status()})")
    return "QtPdf renders a page from memory"


def _multimedia() -> str:
    from PySide6.QtMultimedia import QMediaFormat

    codecs = QMediaFormat().supportedAudioCodecs(QMediaFormat.ConversionMode.Decode)
    if not codecs:
        raise RuntimeError("no multimedia backend: no audio codec can be decoded")
    return f"QtMultimedia backend decodes {len(codecs)} audio codecs"


def _ui_modules() -> str:
    import ui

    names = [m.name for m in pkgutil.walk_packages(ui.__path__, "ui.")]
    for name in names:
        importlib.import_module(name)
    if "ui.app" not in names:
        raise RuntimeError("ui.app is missing (the app shell was not bundled)")
    return f"{len(names)} ui modules import"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("qt-modules", _modules),
    ("qt-app", _app),
    ("qt-pdf", _pdf),
    ("qt-multimedia", _multimedia),
    ("ui", _ui_modules),
)


def main() -> int:
    return run_checks(CHECKS)


if __name__ == "__main__":
    sys.exit(main())
