"""The app icon and a handful of line icons, tinted to the current palette.

The toolbar icons are tiny SVGs in ``resources/icons`` whose stroke colour is a placeholder;
we fill in the palette's text colour when drawing, so they read well on light and dark themes.
Icons are SafeLog's own files only: Qt's image plugins never see user data here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from safelog import paths

log = logging.getLogger(__name__)
_SIZES = (16, 24, 32, 48)


def app_icon() -> QIcon:
    try:
        return QIcon(str(paths.resource("icons", "safelog.svg")))
    except FileNotFoundError:
        log.warning("app icon missing")
        return QIcon()


def themed_icon(name: str, colour: QColor) -> QIcon:
    """The line icon ``name`` drawn in ``colour``; an empty icon if the file is missing."""
    try:
        text = paths.resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return QIcon()
    renderer = QSvgRenderer(QByteArray(text.replace("@COLOR@", colour.name()).encode()))
    if not renderer.isValid():
        return QIcon()
    icon = QIcon()
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
