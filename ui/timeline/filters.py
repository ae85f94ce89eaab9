"""The search box and filters above the timeline.

Each choice is written as a plain phrase ("Last 30 days", "With evidence", "Not reported yet")
rather than a field name, and the first item of every list means "don't filter", so an
untouched bar always shows everything. Typing in the search box waits a moment before
searching, so a long log stays smooth while the person types.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from safelog.clock import Clock, utc_iso
from safelog.errors import SafeLogError
from safelog.incidents import store
from safelog.incidents.model import CATEGORIES
from safelog.incidents.people import list_people
from safelog.incidents.when import local_zone
from ui.common import dialogs, theme
from ui.common.datefield import DateTimeField
from ui.common.i18n import category_label, plural
from ui.common.icons import themed_icon
from ui.common.session import Session
from ui.common.worker import sentence_for

SEARCH_DELAY_MS = 300
_PERIOD_DAYS = {"7d": 7, "30d": 30, "90d": 91, "365d": 365}


class FiltersBar(QWidget):
    filters_changed = Signal(object)  # store.Filters

    def __init__(self, session: Session, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, what happened, places and people"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.search.setClearButtonEnabled(True)
        for action in self.search.actions():  # the clear button, read out by screen readers
            action.setText(self.tr("Clear the search"))
        self.search.addAction(
            themed_icon("search", theme.muted_colour()), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.setMaxLength(200)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._delay.start())
        self.search.returnPressed.connect(self._emit)

        self.period = self._combo(
            self.tr("Period"),
            [
                (self.tr("Any time"), None),
                (self.tr("Last 7 days"), "7d"),
                (self.tr("Last 30 days"), "30d"),
                (self.tr("Last 3 months"), "90d"),
                (self.tr("Last 12 months"), "365d"),
                (self.tr("Between two dates…"), "custom"),
            ],
        )
        self.date_from = DateTimeField(self.tr("From this day"), self, date_only=True)
        self.date_to = DateTimeField(self.tr("Up to and including this day"), self, date_only=True)
        self.dates_label = QLabel(self.tr("to"), self)
        month_ago = QDateTime.currentDateTime().addDays(-30)
        self.date_from.setDateTime(QDateTime(month_ago.date(), QTime(0, 0)))
        self.date_to.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 0)))
        for field in (self.date_from, self.date_to):
            field.dateTimeChanged.connect(lambda _moment: self._delay.start())
        self.category = self._combo(
            self.tr("Kind of incident"),
            [(self.tr("All kinds"), None)]
            + [(category_label(key), key) for key in CATEGORIES]
            + [(self.tr("Several kinds…"), "several")],
        )
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Kinds of incident to show"))
        for key in CATEGORIES:
            item = QListWidgetItem(category_label(key), self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.kinds.itemChanged.connect(lambda _item: self._kinds_changed())
        self._kinds_menu = QMenu(self)
        holder = QWidgetAction(self._kinds_menu)
        holder.setDefaultWidget(self.kinds)
        self._kinds_menu.addAction(holder)
        self.person = self._combo(self.tr("Person involved"), [(self.tr("Anyone"), None)])
        self.evidence = self._combo(
            self.tr("Evidence"),
            [
                (self.tr("With or without evidence"), None),
                (self.tr("With evidence"), True),
                (self.tr("Without evidence"), False),
            ],
        )
        self.reported = self._combo(
            self.tr("Reported"),
            [
                (self.tr("Reported or not"), None),
                (self.tr("Reported"), True),
                (self.tr("Not reported yet"), False),
            ],
        )
        self.reset_button = QPushButton(self.tr("Show everything"), self)
        self.reset_button.setAccessibleName(self.tr("Clear the search and all filters"))
        self.reset_button.clicked.connect(self.reset)
        self.reset_button.setEnabled(False)
        self.reset_button.setMinimumWidth(self.reset_button.fontMetrics().averageCharWidth() * 8)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for combo in (self.period, self.category, self.person, self.evidence, self.reported):
            row.addWidget(combo)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.search)
        layout.addLayout(row)
        self.dates_box = QWidget(self)
        dates_row = QHBoxLayout(self.dates_box)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(QLabel(self.tr("From"), self.dates_box))
        for widget in (self.date_from, self.dates_label, self.date_to):
            dates_row.addWidget(widget)
        dates_row.addStretch(1)
        layout.addWidget(self.dates_box)
        self._show_dates()
        self.period.currentIndexChanged.connect(lambda _i: self._show_dates())
        self.category.activated.connect(self._category_activated)
        self.reload_people()

    def _show_dates(self) -> None:
        custom = self.period.currentData() == "custom"
        self.dates_box.setVisible(custom)
        if custom:
            self.date_from.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _category_activated(self, index: int) -> None:
        if self.category.itemData(index) == "several":
            self._kinds_menu.popup(self.category.mapToGlobal(QPoint(0, self.category.height())))
            self.kinds.setFocus(Qt.FocusReason.PopupFocusReason)

    def chosen_kinds(self) -> list[str]:
        return [
            str(self.kinds.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.kinds.count())
            if self.kinds.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _kinds_changed(self) -> None:
        chosen = self.chosen_kinds()
        several = self.category.findData("several")
        label = (
            plural(self.tr("%n kind(s)", "", len(chosen)), len(chosen))
            if chosen
            else self.tr("Several kinds…")
        )
        self.category.setItemText(several, label)
        if chosen and self.category.currentIndex() != several:
            self.category.setCurrentIndex(several)  # emits through currentIndexChanged
        else:
            self._emit()

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # full width when there is room; on a small screen it narrows (the text is elided)
        combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * 8)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: self._emit())
        return combo

    def reload_people(self) -> None:
        """Refill the person list, keeping the choice if that person still exists."""
        vault = self.session.vault
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        try:
            while self.person.count() > 1:
                self.person.removeItem(1)
            if vault is not None:
                try:
                    people = list_people(vault)
                except SafeLogError as exc:
                    dialogs.error(self, sentence_for(exc))
                    people = []
                for entry in people:
                    self.person.addItem(entry.person.name, entry.person.id)
            found = self.person.findData(chosen) if chosen is not None else 0
            self.person.setCurrentIndex(max(0, found))
        finally:
            self.person.blockSignals(False)
        if chosen is not None and self.person.currentData() != chosen:
            self._emit()

    def current_filters(self) -> store.Filters:
        filters = store.Filters(query=self.search.text().strip())
        days = _PERIOD_DAYS.get(self.period.currentData() or "")
        if days:
            filters.start_utc = utc_iso(self.clock.now() - timedelta(days=days))[:19] + "Z"
        if self.period.currentData() == "custom":
            zone = local_zone()
            first = datetime.combine(self.date_from.as_date(), time(0, 0), zone)
            last = datetime.combine(self.date_to.as_date(), time(0, 0), zone) + timedelta(days=1)
            if last <= first:  # typed the wrong way round: read them the other way
                first, last = last - timedelta(days=1), first + timedelta(days=1)
            filters.start_utc = utc_iso(first)[:19] + "Z"
            filters.end_utc = utc_iso(last)[:19] + "Z"
        if self.category.currentData() == "several":
            filters.categories = self.chosen_kinds()
        elif self.category.currentData():
            filters.categories = [str(self.category.currentData())]
        if self.person.currentData() is not None:
            filters.person_id = int(self.person.currentData())
        filters.has_evidence = self.evidence.currentData()
        filters.reported = self.reported.currentData()
        return filters

    def is_filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(
            combo.currentIndex() > 0
            for combo in (self.period, self.category, self.person, self.evidence, self.reported)
        )

    def _emit(self) -> None:
        self._delay.stop()
        self.reset_button.setEnabled(self.is_filtering())
        self.filters_changed.emit(self.current_filters())

    def reset(self) -> None:
        self._set_quietly("")
        self._emit()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """On lock: forget the search text and every person's name."""
        self._set_quietly("")
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        self.person.blockSignals(False)

    def _set_quietly(self, text: str) -> None:
        self._delay.stop()
        for widget in (
            self.search,
            self.period,
            self.category,
            self.person,
            self.evidence,
            self.reported,
        ):
            widget.blockSignals(True)
        self.search.setText(text)
        for combo in (self.period, self.category, self.person, self.evidence, self.reported):
            combo.setCurrentIndex(0)
        self.kinds.blockSignals(True)
        for i in range(self.kinds.count()):
            self.kinds.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.kinds.blockSignals(False)
        self.category.setItemText(self.category.findData("several"), self.tr("Several kinds…"))
        self._show_dates()
        for widget in (
            self.search,
            self.period,
            self.category,
            self.person,
            self.evidence,
            self.reported,
        ):
            widget.blockSignals(False)
        self.reset_button.setEnabled(False)
