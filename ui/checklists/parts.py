"""Pieces the checklist screens share: words, type sizes, the item panel and the overview rows.

The item panel is display only (the walk-through owns saving), so it can be cleared in one call
when the vault locks. The overview delegate draws each checklist as a bold line over a quieter
one, or a progress bar over a caption, because a plain table cell cannot mix the two.

Sources are shown as text with a "Copy address" button, never as links: opening a browser from
SafeLog would leave the visit in a browser history that someone else may read, and a copied
address is cleared from the clipboard after 30 seconds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from safelog.checklists import Item
from ui.common import clipboard
from ui.common.palette import is_rtl, set_user_text, text_label

TITLE, PROGRESS, NEXT, OPEN = range(4)  # the overview's columns
SECOND_LINE = Qt.ItemDataRole.UserRole + 1
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = 10

# Buttons that look like buttons in both palettes, with a focus ring for keyboard users.
BUTTON_STYLE = """
QPushButton {
    background: palette(button); border: 1px solid palette(mid);
    border-radius: 5px; padding: 6px 14px;
}
QPushButton:hover { border-color: palette(highlight); }
QPushButton:focus { border: 2px solid palette(highlight); padding: 5px 13px; }
QPushButton:disabled { color: palette(placeholder-text); background: palette(window); }
QPushButton[statusButton="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); font-weight: 600;
}
QPushButton[statusButton="true"]:checked:focus { border: 2px solid palette(text); }
QFrame#rule { background: palette(mid); border: none; min-height: 1px; max-height: 1px; }
QLabel#priorityPill {
    background: palette(alternate-base); border: 1px solid palette(mid);
    border-radius: 11px; padding: 2px 12px;
}
"""


def status_label(status: str) -> str:
    """The translated name of a status (the core's labels are English data)."""
    translate = QCoreApplication.translate
    labels = {
        "todo": translate("Checklists", "To do"),
        "done": translate("Checklists", "Done"),
        "not_applicable": translate("Checklists", "Not applicable"),
        "need_help": translate("Checklists", "Need help"),
    }
    return labels.get(status, status)


def priority_label(priority: str) -> str:
    """Priority as advice, not as alarm."""
    translate = QCoreApplication.translate
    labels = {
        "high": translate("Checklists", "Do this first"),
        "medium": translate("Checklists", "Do this soon"),
        "low": translate("Checklists", "When you can"),
    }
    return labels.get(priority, priority)


def sized(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``factor``: the walk-through is read from a little further away."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


class ItemPanel(QScrollArea):
    """Priority, title, why and how, who can help, and the sources of one item."""

    def __init__(self, base: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = sized(base, 1.4)
        self.priority = QLabel(self)
        self.priority.setObjectName("priorityPill")
        self.title = self._label(sized(base, 1.7, bold=True))
        self.title.setAccessibleName(self.tr("Step"))
        self.why = self._label(body)
        self.help_heading = self._label(sized(base, 1.2, bold=True), self.tr("Who can help"))
        self.helpers = self._label(body)
        self.sources_heading = self._label(
            sized(base, 1.2, bold=True), self.tr("Where this advice comes from")
        )
        self.sources = QVBoxLayout()
        self.sources.setSpacing(8)
        self.copied = self._label(sized(base, 1.0))
        self.copied.setObjectName("hint")
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(2, 10, 12, 10)
        column.setSpacing(12)
        column.addWidget(self.priority, 0, Qt.AlignmentFlag.AlignLeading)
        for widget in (self.title, self.why, self.help_heading, self.helpers):
            column.addWidget(widget)
        column.addSpacing(4)
        column.addWidget(self.sources_heading)
        column.addLayout(self.sources)
        column.addWidget(self.copied)
        column.addStretch(1)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _label(self, font: QFont, text: str = "") -> QLabel:
        label = text_label(text, self)
        label.setFont(font)
        return label

    def show_item(self, item: Item) -> None:
        self.priority.setText(priority_label(item.priority))
        set_user_text(self.title, item.title)
        set_user_text(self.why, item.why)
        contacts = item.contacts or ("",) * len(item.help)
        set_user_text(
            self.helpers,
            "\n".join(
                f"• {helper} — {contact}" if contact else f"• {helper}"
                for helper, contact in zip(item.help, contacts, strict=True)
            ),
        )
        self.copied.setText("")
        self._clear_sources()
        for source in item.sources:
            row = QWidget(self.widget())
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            words = text_label(f"{source.title}\n{source.url}", row)
            words.setAccessibleName(self.tr("Source"))
            copy = QPushButton(self.tr("Copy address"), row)
            copy.setAccessibleName(self.tr("Copy the address of {0}").format(source.title))
            copy.clicked.connect(lambda _checked=False, url=source.url: self._copy(url))
            line.addWidget(words, 1)
            line.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
            self.sources.addWidget(row)
        self.verticalScrollBar().setValue(0)

    def _copy(self, url: str) -> None:
        clipboard.copy_text(url)
        self.copied.setText(
            self.tr(
                "Address copied. Paste it into a browser when you are ready; "
                "SafeLog empties the clipboard after 30 seconds."
            )
        )

    def _clear_sources(self) -> None:
        while self.sources.count():
            taken = self.sources.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                for child in (widget, *widget.findChildren(QWidget)):
                    child.setAccessibleName("")
                    if isinstance(child, QLabel):
                        child.setText("")
                widget.hide()
                widget.deleteLater()

    def clear(self) -> None:
        """Forget the item (on lock): nothing of it stays in a label."""
        self._clear_sources()
        for label in (self.priority, self.title, self.why, self.helpers, self.copied):
            label.setText("")


class OverviewDelegate(QStyledItemDelegate):
    """A bold line over a quieter one, or a progress bar over a caption: calm, readable rows."""

    def _lines(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QFont, str, str]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, str(index.data() or ""), str(index.data(SECOND_LINE) or "")

    @staticmethod
    def _height(font: QFont, text: str, width: int) -> int:
        if not text:
            return 0
        flags = int(Qt.TextFlag.TextWordWrap.value)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(80, opt.rect.width() - 2 * PAD)
        bold, first, second = self._lines(opt, index)
        if index.column() == PROGRESS:
            top = QFontMetrics(opt.font).height() + 14
        else:
            top = self._height(bold, first, width) + 4
        wide = 0 if index.column() == OPEN else 200  # the button column fits its button
        return QSize(wide, top + self._height(opt.font, second, width) + 2 * PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # the whole row is the selection
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole
        strong = opt.palette.color(role.HighlightedText if selected else role.Text)
        quiet = strong if selected else opt.palette.color(role.PlaceholderText)
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        bold, first, second = self._lines(opt, index)
        painter.save()
        if index.column() == PROGRESS:
            bar = QStyleOptionProgressBar()
            bar.initFrom(widget)
            bar.state |= QStyle.StateFlag.State_Horizontal
            bar.rect = QRect(
                rect.left(), rect.top(), rect.width(), QFontMetrics(opt.font).height() + 8
            )
            bar.minimum, bar.maximum = 0, 100
            bar.progress = int(index.data(PERCENT_ROLE) or 0)
            bar.text, bar.textVisible = first, True
            bar.textAlignment = Qt.AlignmentFlag.AlignCenter
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
            used = bar.rect.height() + 6
        else:
            used = self._draw(painter, rect, bold, strong, first, opt.direction) + 4
        self._draw(painter, rect.adjusted(0, used, 0, 0), opt.font, quiet, second, opt.direction)
        painter.restore()

    def _draw(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
        colour: Any,
        text: str,
        direction: Qt.LayoutDirection,
    ) -> int:
        """Aligned with the column, but each text keeps its own script's direction."""
        align = QStyle.visualAlignment(
            direction, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        )
        flags = int(align.value) | int(Qt.TextFlag.TextWordWrap.value)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
        )
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, flags, text)
        return self._height(font, text, rect.width())
