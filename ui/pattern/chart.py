"""How often things happen: incidents per week or month, stacked by category.

A course of conduct shows as a pattern over time (more often, closer together, new kinds), and
a person often cannot see it from inside. The chart is drawn with QPainter (no chart library to
ship or trust), keeps empty weeks visible (gaps are part of the pattern), and says in words
what it shows, so it also works with a screen reader or the keyboard (left and right arrows
step through the bars).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from safelog.incidents import store
from safelog.incidents.model import CATEGORIES
from ui.common.i18n import category_label, plural
from ui.common.palette import category_colour, outline_for
from ui.common.session import Session


@dataclass
class Bucket:
    start: date
    label: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def bucket_start(day: date, period: str) -> date:
    return day.replace(day=1) if period == "month" else day - timedelta(days=day.weekday())


def next_start(start: date, period: str) -> date:
    if period == "week":
        return start + timedelta(days=7)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def local_day(start_utc: str) -> date:
    moment = datetime.strptime(start_utc[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    return moment.astimezone().date()


class _Canvas(QWidget):
    """The bars themselves; emits the index of the bar under the mouse or keyboard."""

    current_changed = Signal(int)

    def __init__(self, chart: PatternChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.current = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Incidents over time"))

    def min_bar(self) -> int:
        return max(14, self.fontMetrics().averageCharWidth() * 3)

    def bar_width(self) -> int:
        """Bars widen to fill the space when there are few of them (up to a limit)."""
        count = max(len(self.chart.buckets), 1)
        room = (self.width() - self.margins()[0]) / count
        return int(max(self.min_bar(), min(room * 0.7, self.min_bar() * 5)))

    def gap(self) -> int:
        return max(4, self.bar_width() // 3)

    def margins(self) -> tuple[int, int, int]:
        """left, top, bottom"""
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance("0000") + 8, metrics.height(), metrics.height() * 2 + 6

    def sizeHint(self) -> QSize:
        left, _top, _bottom = self.margins()
        count = max(len(self.chart.buckets), 1)
        width = left + count * (self.min_bar() + max(4, self.min_bar() // 3)) + self.gap()
        return QSize(width, self.fontMetrics().lineSpacing() * 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), self.fontMetrics().lineSpacing() * 10)

    def _x(self, index: int) -> int:
        left = self.margins()[0]
        return left + self.gap() + index * (self.bar_width() + self.gap())

    def index_at(self, point: QPoint) -> int:
        x = self.width() - point.x() if self.isRightToLeft() else point.x()
        for index in range(len(self.chart.buckets)):
            if self._x(index) <= x < self._x(index) + self.bar_width() + self.gap():
                return index
        return -1

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isRightToLeft():  # time runs the way the reader reads
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        text_colour = self.palette().windowText().color()
        grid_colour = self.palette().mid().color()
        metrics = self.fontMetrics()
        left, top, bottom = self.margins()
        base = self.height() - bottom
        height = max(base - top, 1)
        peak = max((b.total for b in self.chart.buckets), default=0)
        step = max(1, -(-peak // 5))
        ceiling = max(step * -(-peak // step), 1)
        for value in range(0, ceiling + 1, step):
            y = base - height * value / ceiling
            painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
            painter.drawLine(left, int(y), self.width(), int(y))
            self._text(
                painter,
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
                text_colour,
            )
        label_every = max(
            1, -(-(metrics.horizontalAdvance("Mmm 0000") + 6) // (self.bar_width() + self.gap()))
        )
        for index, bucket in enumerate(self.chart.buckets):
            x = self._x(index)
            y = float(base)
            for key in CATEGORIES:
                count = bucket.counts.get(key, 0)
                if not count:
                    continue
                segment = height * count / ceiling
                colour = category_colour(key)
                painter.setPen(QPen(outline_for(colour), 1))
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, y - segment, self.bar_width(), segment))
                y -= segment
            if index == self.current:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x - 2, top - 2, self.bar_width() + 4, base - top + 4))
            if index % label_every == 0:
                width = (self.bar_width() + self.gap()) * label_every
                self._text(
                    painter,
                    QRectF(x - 2, base + 4, width, bottom - 4),
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap,
                    bucket.label,
                    text_colour,
                )
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(left, base, self.width(), base)
        painter.end()

    def _text(self, painter: QPainter, rect: QRectF, flags: Any, text: str, colour: Any) -> None:
        """Text stays readable (not mirrored) when the chart runs right to left."""
        painter.save()
        painter.setPen(colour)
        if self.isRightToLeft():
            painter.scale(-1, 1)
            rect = QRectF(-rect.right(), rect.top(), rect.width(), rect.height())
            if flags & Qt.AlignmentFlag.AlignRight:
                flags = (flags & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, flags, text)
        painter.restore()

    def mouseMoveEvent(self, event: Any) -> None:
        index = self.index_at(event.position().toPoint())
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.chart.describe(index), self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: Any) -> None:
        self.set_current(self.index_at(event.position().toPoint()))

    def keyPressEvent(self, event: Any) -> None:
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        if event.key() == forward:
            self.set_current(min(self.current + 1, len(self.chart.buckets) - 1))
        elif event.key() == backward:
            self.set_current(max(self.current - 1, 0))
        else:
            super().keyPressEvent(event)

    def set_current(self, index: int) -> None:
        self.current = index
        self.update()
        self.current_changed.emit(index)


class PatternChart(QWidget):
    """Incidents per week or month by category, with a legend and a summary in words."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.period = "month"
        self.buckets: list[Bucket] = []
        self.week = QRadioButton(self.tr("Per week"))
        self.month = QRadioButton(self.tr("Per month"))
        self.month.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.week)
        group.addButton(self.month)
        self.week.toggled.connect(lambda on: self.set_period("week" if on else "month"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Incidents")))
        top.addWidget(self.week)
        top.addWidget(self.month)
        top.addStretch()
        self.canvas = _Canvas(self)
        self.canvas.current_changed.connect(self._current)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QWidget()
        self.legend_layout = QGridLayout(self.legend)
        self.legend_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.legend)
        session.incidents_changed.connect(self.refresh)
        session.locking.connect(self.clear)
        self.refresh()

    def set_period(self, period: str) -> None:
        if period != self.period:
            self.period = period
            self.refresh()

    def refresh(self) -> None:
        if not self.session.open:
            return
        counts = store.daily_counts(self.session.require())
        self.buckets = self.bucketise(
            [(date.fromisoformat(day), category, count) for day, category, count in counts]
        )
        self.canvas.current = -1
        self.canvas.updateGeometry()
        self.canvas.adjustSize()
        self.canvas.update()
        self._fill_legend()
        self._fill_summary(sum(count for _, _, count in counts))
        self.detail.clear()

    def bucketise(self, counted: list[tuple[date, str, int]]) -> list[Bucket]:
        """Spread (day, category, count) over consecutive weeks or months, gaps included."""
        if not counted:
            return []
        days = [day for day, _, _ in counted]
        start = bucket_start(min(days), self.period)
        last = bucket_start(max(days), self.period)
        buckets: dict[date, Bucket] = {}
        year = None
        while start <= last:
            buckets[start] = Bucket(start, self._label(start, with_year=start.year != year))
            year = start.year
            start = next_start(start, self.period)
        for day, category, count in counted:
            counts = buckets[bucket_start(day, self.period)].counts
            counts[category] = counts.get(category, 0) + count
        return list(buckets.values())

    def _label(self, start: date, *, with_year: bool = True) -> str:
        """ "Mar 2026" per month; "2 Mar" per week, with the year where it changes."""
        qdate = QDate(start.year, start.month, start.day)
        fmt = "MMM yyyy" if self.period == "month" else "d MMM yyyy" if with_year else "d MMM"
        return self.locale().toString(qdate, fmt)

    def totals(self) -> dict[str, int]:
        """Incidents per category across the whole chart."""
        result: dict[str, int] = {}
        for bucket in self.buckets:
            for key, count in bucket.counts.items():
                result[key] = result.get(key, 0) + count
        return result

    def describe(self, index: int) -> str:
        bucket = self.buckets[index]
        if not bucket.total:
            return self.tr("{period}: nothing recorded").format(period=bucket.label)
        parts = [
            self.tr("{category}: {count}").format(category=category_label(key), count=count)
            for key in CATEGORIES
            if (count := bucket.counts.get(key, 0))
        ]
        return self.tr("{period}: {total} in total ({parts})").format(
            period=bucket.label, total=bucket.total, parts=", ".join(parts)
        )

    def _current(self, index: int) -> None:
        self.detail.setText(self.describe(index) if index >= 0 else "")

    def _fill_summary(self, count: int) -> None:
        if not self.buckets:
            self.summary.setText(
                self.tr("Nothing recorded yet. The chart fills in as you add incidents.")
            )
            return
        busiest = max(self.buckets, key=lambda b: b.total)
        first, last = self._label(self.buckets[0].start), self._label(self.buckets[-1].start)
        if self.period == "week":
            text = (
                plural(
                    self.tr(
                        "%Ln incident(s) from the week of {first} to the week of {last}.", "", count
                    ),
                    count,
                )
                + " "
                + self.tr("The busiest was the week of {busy} ({n}).")
            )
        else:
            text = (
                plural(self.tr("%Ln incident(s) from {first} to {last}.", "", count), count)
                + " "
                + self.tr("The busiest month was {busy} ({n}).")
            )
        self.summary.setText(
            text.format(first=first, last=last, busy=self._label(busiest.start), n=busiest.total)
        )
        self.canvas.setAccessibleDescription(self.summary.text())

    def _fill_legend(self) -> None:
        while self.legend_layout.count():
            item = self.legend_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        totals = self.totals()
        present = [key for key in CATEGORIES if totals.get(key)]
        columns = 3
        for index, key in enumerate(present):
            swatch = QLabel()
            size = self.fontMetrics().height()
            swatch.setFixedSize(size, size)
            colour = category_colour(key)
            swatch.setStyleSheet(
                f"background: {colour.name()}; border: 1px solid {outline_for(colour).name()};"
            )
            text = QLabel(f"{category_label(key)} ({totals[key]})")
            row, column = divmod(index, columns)
            self.legend_layout.addWidget(swatch, row, column * 2)
            self.legend_layout.addWidget(text, row, column * 2 + 1)
        self.legend_layout.setColumnStretch(columns * 2, 1)

    def clear(self) -> None:
        """The vault is locking: forget the counts."""
        self.buckets = []
        self.canvas.current = -1
        self.canvas.update()
        self.summary.clear()
        self.detail.clear()
        self._fill_legend()
