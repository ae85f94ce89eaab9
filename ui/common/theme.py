"""Calm light and dark palettes that follow the system, and the colour of each category.

Qt 6.5+ reports the desktop's colour scheme through ``styleHints().colorScheme()``; we pick our
own quiet palette for it (Fusion style, so every platform looks alike) and switch live when the
desktop switches. Category colours are soft and distinguishable, with a lighter variant for
dark backgrounds; colour is never the only cue (the category name is always written too).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from safelog import paths

log = logging.getLogger(__name__)

_LIGHT = {
    "window": "#f5f4f0",
    "base": "#ffffff",
    "alt": "#f0efea",
    "text": "#22262a",
    "muted": "#5f666d",
    "button": "#ecebe6",
    "highlight": "#2f6f8f",
    "on_highlight": "#ffffff",
    "link": "#23617f",
    "tooltip": "#ffffee",
    "mid": "#c9c7c0",
    "header": "#e9e7e1",
}
_DARK = {
    "window": "#1f2225",
    "base": "#26292d",
    "alt": "#2b2f33",
    "text": "#e8e6e3",
    "muted": "#a4a9ae",
    "button": "#33373c",
    "highlight": "#4b8fb0",
    "on_highlight": "#ffffff",
    "link": "#8cc4de",
    "tooltip": "#33373c",
    "mid": "#4a4f55",
    "header": "#2e3236",
}


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colours() -> dict[str, str]:
    return _DARK if is_dark() else _LIGHT


def muted_colour() -> QColor:
    return QColor(colours()["muted"])


def _palette(c: dict[str, str]) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: c["window"],
        role.WindowText: c["text"],
        role.Base: c["base"],
        role.AlternateBase: c["alt"],
        role.Text: c["text"],
        role.Button: c["button"],
        role.ButtonText: c["text"],
        role.Highlight: c["highlight"],
        role.HighlightedText: c["on_highlight"],
        role.ToolTipBase: c["tooltip"],
        role.ToolTipText: c["text"],
        role.Link: c["link"],
        role.LinkVisited: c["link"],
        role.PlaceholderText: c["muted"],
        role.Mid: c["mid"],
        role.Midlight: c["header"],
        role.BrightText: "#ffffff",
    }
    for colour_role, value in pairs.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor(c["muted"]))
    return palette


def _stylesheet() -> str:
    try:
        return paths.resource("styles", "safelog.qss").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        log.warning("style sheet missing; using the plain style")
        return ""


def apply_theme(app: QApplication) -> None:
    """Set the style and the palette for the current colour scheme, and follow changes."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    _apply_palette(app)
    hints = QGuiApplication.styleHints()
    if not app.property("safelogThemeFollows"):
        hints.colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))
        app.setProperty("safelogThemeFollows", True)


def _apply_palette(app: QApplication) -> None:
    app.setPalette(_palette(colours()))
    app.setStyleSheet(_stylesheet())  # re-polish: the sheet refers to palette colours
