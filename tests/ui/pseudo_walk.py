"""A pseudo-translation of every string, and a walk that finds English it did not reach.

Every ``tr()`` string of the app, freshly extracted from the code with ``pyside6-lupdate``, is
"translated" to ``⟦the English⟧``; the core's sentences likewise. Any English word left on screen
that is not inside ``⟦ ⟧`` and is not the person's own data was never marked for translation, so
no translator could ever reach it.
"""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
# Text that is English in every language: names of things, keys, formats people type.
ALLOWED = re.compile(
    r"[\d.,]+ (bytes|[KMG]i?B)\b|SafeLog|SHA-?256(SUMS)?|sha256sum|"
    r"Ctrl\+[\w,.]+|Shift\+\w+|Alt\+\w+|Esc\b|F\d+\b|PDF|\bOK\b|"
    r"\b[A-Z]{2,}\d*\b|https?://\S+|\S+@\S+|\S*/\S*|\.\w{2,4}\b|\b\w+\.(pdf|docx|zip|txt|jpg)\b|"
    r"UTC[+-]?[\d:]*|GMT|\bE\d+\b|\b[A-Za-z]\d+\b|#\d+|\b\d+\w*\b|\b[0-9a-f]{8}\b"
)


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def build_pseudo_qm(folder: Path) -> Path:
    """``folder/pseudo.qm``: every app string of the current code wrapped in ⟦ ⟧."""
    ts = folder / "pseudo.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="en"></TS>\n',
        encoding="utf-8",
    )
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = OPEN + source + CLOSE
        else:
            translation.text = OPEN + source + CLOSE
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


class PseudoCore(gettext.NullTranslations):
    """The core's sentences wrapped in ⟦ ⟧ (placeholders still filled in by the caller)."""

    def gettext(self, message: str) -> str:
        return OPEN + message + CLOSE

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return OPEN + (singular if n == 1 else plural) + CLOSE


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in ``root`` and its children."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTabBar,
        QTableWidget,
        QTabWidget,
    )

    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root and not isinstance(widget, QMenu):
            continue
        parent = widget.parentWidget()
        owner = type(parent).__name__ + "/" if parent is not None else ""
        name = f"{owner}{type(widget).__name__}({widget.objectName()})"
        found += [
            (name + ".windowTitle", widget.windowTitle() if widget.isWindow() else ""),
            (name + ".toolTip", widget.toolTip()),
            (name + ".accessibleName", widget.accessibleName()),
            (name + ".accessibleDescription", widget.accessibleDescription()),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name + ".text", widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name + ".placeholderText", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((name + ".title", widget.title()))
        if isinstance(widget, QComboBox):
            found += [(name + ".item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [(name + ".tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [(name + ".tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                found.append((name + ".header", header.text() if header else ""))
        for action in widget.actions():
            found.append((name + ".action", action.text()))
            found.append((name + ".action.toolTip", action.toolTip()))
    return [(where, text) for where, text in found if text and text.strip()]


def english_left(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """The texts that still hold an English word outside ⟦ ⟧ and outside the person's data."""
    from safelog.i18n import LANGUAGES

    months = {language.native_name for language in LANGUAGES.values()}
    locale = QLocale()
    for month in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            months.add(locale.monthName(month, kind))
            months.add(locale.dayName(month % 7 + 1, kind))
    left = []
    for where, text in texts:
        rest, inner = text, re.compile(OPEN + "[^" + OPEN + CLOSE + "]*" + CLOSE)
        while inner.search(rest):  # innermost first: translated text may hold translated text
            rest = inner.sub(" ", rest)
        for value in sorted(data, key=len, reverse=True):
            if value:
                rest = rest.replace(value, " ")
        rest = ALLOWED.sub(" ", rest.replace("&", ""))
        for value in sorted(months, key=len, reverse=True):
            rest = re.sub(rf"\b{re.escape(value)}\b", " ", rest) if value else rest
        if re.search(r"[A-Za-z]{3,}", rest):
            left.append((where, text))
    return left


def every_tab_texts(root: QWidget) -> list[tuple[str, str]]:
    """``widget_texts`` of ``root`` with each page of each tab widget shown in turn."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    found = widget_texts(root)
    for tabs in root.findChildren(QTabWidget):
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found += widget_texts(root)
        tabs.setCurrentIndex(current)
    return found
