"""Walk a window's widgets and list the interactive ones a screen reader could not name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)


def _inside_qt_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QCalendarWidget, QAbstractSpinBox)):
            return True
        if isinstance(parent, QComboBox) and not isinstance(widget, QLineEdit):
            return True  # the combo's own list view; its line edit must be named
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue
        if _inside_qt_compound(widget, root):
            continue
        named = bool(widget.accessibleName().strip()) or id(widget) in buddies
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            named = True
        if isinstance(widget, QComboBox):
            empty = [
                i
                for i in range(widget.count())
                if not widget.itemText(i).strip()
                and not widget.itemData(i, Qt.ItemDataRole.AccessibleTextRole)
                and widget.itemData(i, Qt.ItemDataRole.AccessibleDescriptionRole) != "separator"
            ]
            if empty:
                found.append(
                    f"{type(widget).__name__} {widget.accessibleName()!r}: empty items {empty}"
                )
        if isinstance(widget, QTabBar):
            named = named or all(widget.tabText(i).strip() for i in range(widget.count()))
        if not named:
            path = []
            node: QWidget | None = widget
            while node is not None and node is not root:
                path.append(node.objectName() or type(node).__name__)
                node = node.parentWidget()
            found.append("/".join(reversed(path)))
    return found
