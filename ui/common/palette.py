"""Colours and text presentation shared by the widgets that show the record.

One category keeps one colour everywhere (timeline, chart, incident view), so a person learns
the pattern once. The colours are mid-tone, so they read on light and dark themes; anything
drawn with them also gets an outline. The text helpers make user text and untrusted file names
safe to show: no control characters, no direction overrides that could disguise a name, and
paragraphs in Persian or Arabic laid out right to left even inside an English window.
"""

from __future__ import annotations

import unicodedata
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from safelog.textutil import show_invisible
from ui.common.dates import Formatted, datetime_text, day_text

CATEGORY_COLOURS: dict[str, str] = {
    "surveillance": "#4E79A7",
    "following": "#F28E2B",
    "online_harassment": "#B07AA1",
    "threats": "#E15759",
    "threats_to_family": "#FF9DA7",
    "hacking_phishing": "#59A14F",
    "impersonation": "#76B7B2",
    "smear_doxxing": "#EDC948",
    "official_approach": "#9C755F",
    "coerced_return": "#8F5FC2",
    "bounty": "#B6992D",
    "assault": "#A0CBE8",
    "property_damage": "#8CD17D",
    "other": "#BAB0AC",
}


_BIDI_CONTROLS = {
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
}


def category_colour(key: str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(key, CATEGORY_COLOURS["other"]))


def category_icon(key: str, size: int = 16) -> QIcon:
    """A small swatch of the category's colour, outlined so it shows on any theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    colour = category_colour(key)
    painter.setPen(outline_for(colour))
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def text_colour_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = (
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    )
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")


def outline_for(fill: QColor) -> QColor:
    return fill.darker(150)


_JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner: letters, not controls


def safe_name(text: str, limit: int = 120) -> str:
    """An untrusted name made harmless to show: no controls, no direction tricks, bounded."""
    if isinstance(text, Formatted):
        return text  # SafeLog's own dates and times: their isolates are meant
    cleaned = []
    for char in text:
        if char in _JOINERS:
            cleaned.append(char)  # Persian words and emoji are written with them
        elif char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cf", "Cs"):
            cleaned.append("\ufffd")
        else:
            cleaned.append(char)
    result = "".join(cleaned)
    return result if len(result) <= limit else result[: limit - 1] + "…"


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Persian, Arabic, Hebrew...)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def text_label(text: str = "", parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    """A label for user text: never interpreted as markup, wrapped, aligned by its own script."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    set_user_text(label, text)
    return label


def set_user_text(label: QLabel, text: str) -> None:
    """Shows what was typed, with hidden direction controls as visible markers: a title with
    U+202E must not read backwards ("Invoice [U+202E]gpj.exe", not "Invoice exe.jpg")."""
    label.setText(text if isinstance(text, Formatted) else show_invisible(text))
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
    )


def format_stamp(iso_utc: str | None) -> str:
    """A stored UTC time stamp as local date and time in the reader's language."""
    if not iso_utc:
        return ""
    moment = QDateTime.fromString(iso_utc[:19] + "Z", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso_utc
    return datetime_text(moment.toLocalTime())


def format_local(iso_local: str) -> str:
    """A date and time with no zone (a camera's clock) shown as written, not converted."""
    moment = QDateTime.fromString(iso_local[:19], "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        return iso_local
    return datetime_text(moment)


def format_day(iso_utc: str | None) -> str:
    if not iso_utc:
        return ""
    moment = QDateTime.fromString(iso_utc[:19] + "Z", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso_utc[:10]
    return day_text(moment.toLocalTime().date())


def format_date(iso_date: str) -> str:
    """A stored ISO date (2026-05-04) in the reader's language; other text unchanged."""
    day = QDate.fromString(iso_date[:10], "yyyy-MM-dd")
    return day_text(day) if day.isValid() else iso_date


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden label for one plain sentence next to a field, readable on any theme."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    dark = label.palette().window().color().lightnessF() < 0.5
    label.setStyleSheet("color: %s;" % ("#F2B8B5" if dark else "#B3261E"))
    label.hide()
    return label


class AccessibleNames(QObject):
    """Names for the controls Qt makes itself, which a screen reader would otherwise read as
    "button" with nothing after it: a search field's clear button, the text field inside an
    editable list, a table's corner button, the menu bar's and toolbar's overflow buttons.

    Attached once to the application; it names each such widget as it is first shown, in
    every window, including pages built later.
    """

    _FIXED: ClassVar[dict[str, str]] = {
        "qt_tableview_cornerbutton": str(QT_TRANSLATE_NOOP("AccessibleNames", "Select all rows")),
        "qt_menubar_ext_button": str(QT_TRANSLATE_NOOP("AccessibleNames", "More menus")),
        "qt_toolbar_ext_button": str(QT_TRANSLATE_NOOP("AccessibleNames", "More actions")),
    }

    def attach(self, root: QWidget) -> None:
        """Name what exists under ``root`` now, then every widget as it is first polished."""
        self.name_all(root)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QWidget)
            and not watched.accessibleName()
        ):
            name = self.name_for(watched)
            if name:
                watched.setAccessibleName(name)
        return False

    @classmethod
    def name_for(cls, widget: QWidget) -> str:
        fixed = cls._FIXED.get(widget.objectName())
        if fixed:
            return QCoreApplication.translate("AccessibleNames", fixed)
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox):
            return parent.accessibleName()  # the text field of an editable list
        if isinstance(widget, QToolButton) and isinstance(parent, QLineEdit):
            action = widget.defaultAction()
            if action is not None and action.text():
                return action.text()
            if action is not None and action.objectName() == "_q_qlineeditclearaction":
                return QCoreApplication.translate("AccessibleNames", "Clear")
            return parent.accessibleName()
        return ""

    @classmethod
    def name_all(cls, root: QWidget) -> None:
        """Name what already exists under ``root`` (built before the filter was installed)."""
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.accessibleName():
                name = cls.name_for(widget)
                if name:
                    widget.setAccessibleName(name)


class WheelGuard(QObject):
    """Scrolling a long form with the mouse wheel must not change the list or number the
    pointer happens to pass over: an unfocused list or spin box passes the wheel on to the
    page it sits in, which scrolls. A list the person clicked into still takes the wheel."""

    def attach(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.Wheel
            or not isinstance(watched, QComboBox | QAbstractSpinBox)
            or watched.hasFocus()
        ):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True
