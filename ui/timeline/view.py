"""The timeline list: one calm row per incident, month headers, drawn by a small delegate.

Each row shows the date and time, a category colour strip with the category written beside it
(colour is never the only cue), the title, and plain-word badges for evidence and reports.
Rows have one fixed height so Qt can lay out 100,000 of them without measuring each one. The
delegate mirrors itself for right-to-left languages and gives each title its own direction, so
a Persian title reads correctly inside an English interface and the other way round.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.common import theme
from ui.common.palette import category_colour
from ui.timeline.model import (
    MONTH,
    CategoryLabelRole,
    CategoryRole,
    DateRole,
    EvidenceRole,
    IdRole,
    KindRole,
    ReportedRole,
    TimelineModel,
    TimeRole,
    ZoneRole,
)

ROW_HEIGHT = 54
_DATE_WIDTH = 96
_PAD = 10
AnyIndex = QModelIndex | QPersistentModelIndex


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strongly directional character (the Unicode bidi rule)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        try:
            if index.data(KindRole) == MONTH:
                self._paint_month(painter, option, index)
            else:
                self._paint_incident(painter, option, index)
        finally:
            painter.restore()

    @staticmethod
    def _visual(option: QStyleOptionViewItem, rect: QRect) -> QRect:
        return QStyle.visualRect(option.direction, option.rect, rect)

    def _paint_month(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        r = option.rect
        band = QRect(r.left(), r.top() + 18, r.width(), r.height() - 18)
        painter.fillRect(band, option.palette.midlight())
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        painter.setFont(font)
        painter.setPen(option.palette.windowText().color())
        text_rect = self._visual(option, band.adjusted(_PAD + 4, 0, -_PAD, 0))
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft)
        painter.drawText(
            text_rect,
            int(align | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )

    def _paint_incident(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        r = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(r, palette.highlight())
        elif index.row() % 2:
            painter.fillRect(r, palette.alternateBase())
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = text_colour if selected else theme.muted_colour()
        align_lead = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft)
        top, half = r.top() + 7, (r.height() - 14) // 2

        strip = QRect(r.left() + 4, r.top() + 6, 5, r.height() - 12)
        painter.fillRect(
            self._visual(option, strip), category_colour(str(index.data(CategoryRole)))
        )

        font = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        x = r.left() + _PAD + 8
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(
            self._visual(option, QRect(x, top, _DATE_WIDTH, half)),
            int(align_lead | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(DateRole)),
        )
        painter.setFont(small)
        painter.setPen(muted)
        clock = QFontMetrics(small).elidedText(
            str(index.data(TimeRole)), Qt.TextElideMode.ElideRight, _DATE_WIDTH
        )
        painter.drawText(
            self._visual(option, QRect(x, top + half, _DATE_WIDTH, half)),
            int(align_lead | Qt.AlignmentFlag.AlignVCenter),
            clock,
        )

        badges = self._badges(index)
        badge_metrics = QFontMetrics(small)
        right = r.right() - _PAD
        for text in reversed(badges):
            width = badge_metrics.horizontalAdvance(text) + 16
            badge = QRect(right - width, r.top() + (r.height() - 22) // 2, width, 22)
            self._paint_badge(painter, option, self._visual(option, badge), text, selected)
            right -= width + 6

        x += _DATE_WIDTH + 6
        title_rect = QRect(x, top, max(10, right - x - 6), half)
        title = str(index.data(Qt.ItemDataRole.DisplayRole))
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        elided = QFontMetrics(bold).elidedText(
            title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        text_option = QTextOption(
            Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag.AlignAbsolute
            | (
                Qt.AlignmentFlag.AlignRight
                if option.direction == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
        )
        text_option.setTextDirection(text_direction(title))
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(self._visual(option, title_rect), elided, text_option)

        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            self._visual(option, QRect(x, top + half, title_rect.width(), half)),
            int(align_lead | Qt.AlignmentFlag.AlignVCenter),
            " · ".join(p for p in (index.data(CategoryLabelRole), index.data(ZoneRole)) if p),
        )

    def _badges(self, index: AnyIndex) -> list[str]:
        badges: list[str] = []
        count = int(index.data(EvidenceRole) or 0)
        if count:
            badges.append(self.tr("Evidence: %1").replace("%1", QLocale().toString(count)))
        if index.data(ReportedRole):
            badges.append(self.tr("Reported"))
        return badges

    @staticmethod
    def _paint_badge(
        painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str, selected: bool
    ) -> None:
        palette = option.palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        border = QColor(palette.highlightedText().color() if selected else palette.mid().color())
        painter.setPen(border)
        painter.setBrush(palette.base() if not selected else palette.highlight())
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 10, 10)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


class TimelineView(QListView):
    """The list itself; it reports the chosen incident and asks for more rows as it scrolls."""

    incident_selected = Signal(object)  # int, or None when nothing is selected
    edit_requested = Signal(int)

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Timeline of incidents, newest first"))
        self.setUniformItemSizes(True)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setModel(model)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.doubleClicked.connect(self._activated)

    def timeline_model(self) -> TimelineModel:
        model = self.model()
        assert isinstance(model, TimelineModel)
        return model

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.incident_selected.emit(current.data(IdRole) if current.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        incident_id = index.data(IdRole)
        if incident_id is not None:
            self.edit_requested.emit(int(incident_id))

    def current_incident(self) -> int | None:
        index = self.currentIndex()
        value = index.data(IdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_incident(self, incident_id: int) -> bool:
        row = self.timeline_model().row_of(incident_id)
        if row is None:
            return False
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def select_first(self) -> None:
        model = self.model()
        for row in range(min(model.rowCount(), 3)):
            index = model.index(row, 0)
            if index.data(IdRole) is not None:
                self.setCurrentIndex(index)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)
