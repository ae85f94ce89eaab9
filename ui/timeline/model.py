"""The timeline's model: incidents newest first, with a header row for each month.

A log can hold 100,000 incidents, so rows are fetched in pages through Qt's
``canFetchMore``/``fetchMore``: the view asks for more as the person scrolls, and only the
summary columns are read (never the narrative). A month header row is inserted wherever the
month changes. On lock the model is emptied, so no title survives in memory held by Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from safelog.errors import SafeLogError
from safelog.incidents import store
from safelog.incidents.when import local_zone, wall_time, zone_place
from safelog.textutil import show_invisible
from ui.common.dates import clock_text, day_text, month_heading, month_key
from ui.common.i18n import category_label
from ui.common.session import Session
from ui.common.worker import sentence_for

log = logging.getLogger(__name__)

PAGE_SIZE = 200
KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
CategoryLabelRole = Qt.ItemDataRole.UserRole + 4
DateRole = Qt.ItemDataRole.UserRole + 5
TimeRole = Qt.ItemDataRole.UserRole + 6
EvidenceRole = Qt.ItemDataRole.UserRole + 7
ReportedRole = Qt.ItemDataRole.UserRole + 8
ZoneRole = Qt.ItemDataRole.UserRole + 9  # "Tehran time" when not this computer's zone, or ""

MONTH, INCIDENT = "month", "incident"
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Month:
    year: int
    month: int
    label: str


@dataclass(frozen=True)
class _Incident:
    summary: store.Summary
    month: tuple[int, int]
    date_text: str
    time_text: str
    category_text: str
    zone_text: str = ""


class TimelineModel(QAbstractListModel):
    """Pages of ``store.list_summaries`` as list rows, interleaved with month headers."""

    failed = Signal(str)  # a plain sentence when the vault cannot be read
    totalChanged = Signal(int)

    def __init__(self, session: Session, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.filters = store.Filters()
        self._rows: list[_Month | _Incident] = []
        self._loaded = 0  # incidents fetched so far
        self._total = 0
        self._last_month: tuple[int, int] | None = None
        self._locale = QLocale()

    # ----- loading ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> int:
        return self._loaded

    def set_filters(self, filters: store.Filters) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        """Start again from the newest incident (after a filter change or a save)."""
        self.beginResetModel()
        self._forget()
        vault = self.session.vault
        if vault is not None:
            try:
                self._total = store.count_incidents(vault, self.filters)
                page = self._page(0)
                self._take(page, self._build(page))
            except (SafeLogError, Exception) as exc:  # reported as one sentence
                self._forget()
                self.failed.emit(sentence_for(exc))
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.beginResetModel()
        self._forget()
        self.filters = store.Filters()
        self.endResetModel()
        self.totalChanged.emit(0)

    def _forget(self) -> None:
        self._rows = []
        self._loaded = self._total = 0
        self._last_month = None

    def _page(self, offset: int) -> list[store.Summary]:
        vault = self.session.require()
        return store.list_summaries(
            vault, self.filters, limit=self.page_size, offset=offset, newest_first=True
        )

    def _build(self, summaries: list[store.Summary]) -> list[_Month | _Incident]:
        """Rows for a page, with a header wherever the month changes (no state changed)."""
        added: list[_Month | _Incident] = []
        last = self._last_month
        computer_zone = local_zone()
        for summary in summaries:
            when = summary.when
            moment = wall_time(when)[0]  # the clock where it happened, as the detail pane shows
            day = QDate(moment.year, moment.month, moment.day)
            month = month_key(day)  # the reader's calendar: Solar Hijri months in Persian
            if month != last:
                added.append(_Month(month[0], month[1], month_heading(day)))
                last = month
            date_text = day_text(day, with_year=False)
            clock = clock_text(QTime(moment.hour, moment.minute))
            if summary.precision == "date":
                time_text = ""
            elif summary.precision == "approximate":
                time_text = QCoreApplication.translate("TimelineModel", "about %1").replace(
                    "%1", clock
                )
            else:
                time_text = clock
            # The place of the clock goes on the category's line: the time's own column is
            # narrow, and "about 18:30 · Te…" hid the one word that mattered.
            note = zone_place(when, computer_zone) if time_text else ""
            added.append(
                _Incident(
                    summary, month, date_text, time_text, category_label(summary.category), note
                )
            )
        return added

    def _take(self, summaries: list[store.Summary], added: list[_Month | _Incident]) -> None:
        self._rows.extend(added)
        self._loaded += len(summaries)
        if summaries:
            last = added[-1]
            self._last_month = last.month if isinstance(last, _Incident) else self._last_month

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.session.open and self._loaded < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            summaries = self._page(self._loaded)
        except (SafeLogError, Exception) as exc:
            self._total = self._loaded  # stop asking
            self.failed.emit(sentence_for(exc))
            return
        if not summaries:
            self._total = self._loaded
            return
        added = self._build(summaries)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
        self._take(summaries, added)
        self.endInsertRows()

    # ----- reading ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Month):
            return Qt.ItemFlag.NoItemFlags  # headers are skipped by the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Month):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.label
            return MONTH if role == KindRole else None
        summary = row.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return show_invisible(summary.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            clock = " · ".join(p for p in (row.time_text, row.zone_text) if p)
            return f"{row.date_text} {clock}\n{show_invisible(summary.title)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
        return {
            KindRole: INCIDENT,
            IdRole: summary.id,
            CategoryRole: summary.category,
            CategoryLabelRole: row.category_text,
            DateRole: row.date_text,
            TimeRole: row.time_text,
            ZoneRole: row.zone_text,
            EvidenceRole: summary.exhibit_count,
            ReportedRole: summary.reported,
        }.get(role)

    def _spoken(self, row: _Incident) -> str:
        parts = [
            row.date_text,
            row.time_text,
            row.zone_text,
            row.category_text,
            show_invisible(row.summary.title),
        ]
        if row.summary.exhibit_count:
            parts.append(
                QCoreApplication.translate("TimelineModel", "evidence: %1").replace(
                    "%1", self._locale.toString(row.summary.exhibit_count)
                )
            )
        if row.summary.reported:
            parts.append(QCoreApplication.translate("TimelineModel", "reported"))
        else:
            parts.append(QCoreApplication.translate("TimelineModel", "not reported"))
        return ", ".join(p for p in parts if p)

    def incident_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item.summary.id if isinstance(item, _Incident) else None
        return None

    def row_of(self, incident_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, _Incident) and item.summary.id == incident_id:
                return row
        return None

    def titles(self) -> list[str]:
        """Loaded titles (tests use it to prove a lock leaves none)."""
        return [r.summary.title for r in self._rows if isinstance(r, _Incident)]
