"""Reports made about an incident, in the editor: one small card per report.

Being passed from the police to a helpline to a platform is itself evidence, so each report
keeps its route, date, reference, who was spoken to, the outcome and where it was referred.
A card per report (rather than a spreadsheet-like table) keeps every field labelled, readable
by screen readers and wide enough for long Persian or Chinese text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safelog.incidents.model import REPORT_ROUTES, Report
from ui.common import dialogs
from ui.common.datefield import DateTimeField
from ui.common.labels import route_labels


class ReportCard(QGroupBox):
    """One report: every field labelled."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes = ""  # kept as written; the command line can set it
        self.set_number(number)
        self.route = QComboBox()
        self.route.setAccessibleName(self.tr("Where you reported it"))
        for key, label in route_labels(self).items():
            self.route.addItem(label, key)
        # empty when the day is not known; never after today
        self.date = DateTimeField(self.tr("Date of the report"), date_only=True, optional=True)
        self.date.line.setPlaceholderText(self.tr("Not known"))  # what an empty date saves
        self.date.setDate(QDate.currentDate())
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference number"))
        self.reference.setPlaceholderText(self.tr("Crime or case reference, if given"))
        self.spoken_to = QLineEdit()
        self.spoken_to.setAccessibleName(self.tr("Who you spoke to"))
        self.spoken_to.setPlaceholderText(self.tr("Officer's name and number"))
        self.outcome = QLineEdit()
        self.outcome.setAccessibleName(self.tr("What happened next"))
        self.referred_to = QLineEdit()
        self.referred_to.setAccessibleName(self.tr("Referred to"))
        self.referred_to.setPlaceholderText(self.tr("If they passed you to someone else"))
        remove = QPushButton(self.tr("Remove this report…"))
        remove.clicked.connect(self._remove_clicked)
        remove_row = QHBoxLayout()
        remove_row.addStretch()
        remove_row.addWidget(remove)

        form = QFormLayout(self)
        form.addRow(self.tr("Reported to"), self.route)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Spoke to"), self.spoken_to)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Referred to"), self.referred_to)
        form.addRow(remove_row)
        for signal in (
            self.route.currentIndexChanged,
            self.date.dateChanged,
            self.reference.textChanged,
            self.spoken_to.textChanged,
            self.outcome.textChanged,
            self.referred_to.textChanged,
        ):
            signal.connect(self.changed)

    def _remove_clicked(self) -> None:
        empty = Report(route=self.route.currentData(), date=self.report().date)
        typed = self.report() != empty
        if not typed or dialogs.confirm(
            self, self.tr("Remove this report? What you typed in it will be lost.")
        ):
            self.remove_requested.emit(self)

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Report {n}").format(n=number))

    def report(self) -> Report:
        date = self.date.date()
        return Report(
            route=self.route.currentData(),
            date=date.toString("yyyy-MM-dd") if date.isValid() else "",
            reference=self.reference.text().strip(),
            spoken_to=self.spoken_to.text().strip(),
            outcome=self.outcome.text().strip(),
            referred_to=self.referred_to.text().strip(),
            notes=self._notes,
        )

    def set_report(self, report: Report) -> None:
        key = report.route if report.route in REPORT_ROUTES else "other"
        self.route.setCurrentIndex(max(self.route.findData(key), 0))
        self.date.setDate(QDate.fromString(report.date, "yyyy-MM-dd"))  # invalid: not known
        self.reference.setText(report.reference)
        self.spoken_to.setText(report.spoken_to)
        self.outcome.setText(report.outcome)
        self.referred_to.setText(report.referred_to)
        self._notes = report.notes


class ReportsSection(QWidget):
    """All reports of one incident, with a button to add another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[ReportCard] = []
        self._holder = QWidget()
        self._cards_layout = QVBoxLayout(self._holder)
        self._cards_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._holder)
        self.empty = QLabel(
            self.tr(
                "No reports yet. If you told the police, a helpline or a "
                "platform, add it here: who you spoke to and what they "
                "said matters later."
            )
        )
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a report"))
        self.add_button.clicked.connect(self._add_clicked)
        self._cards_layout.insertWidget(0, self.empty)
        self._cards_layout.insertWidget(1, self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)

    def _add_clicked(self) -> None:
        card = self.add_card()
        card.route.setFocus()

    def add_card(self, report: Report | None = None) -> ReportCard:
        card = ReportCard(len(self.cards) + 1)
        if report is not None:
            card.set_report(report)
        card.changed.connect(self.changed)
        card.remove_requested.connect(self._remove)
        self.cards.append(card)
        # Cards go above the "Add a report" button, which stays under the last one.
        self._cards_layout.insertWidget(self._cards_layout.indexOf(self.add_button), card)
        self._update()
        return card

    def _remove(self, card: ReportCard) -> None:
        self.cards.remove(card)
        card.deleteLater()
        for number, other in enumerate(self.cards, start=1):
            other.set_number(number)
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(not self.cards)
        self.changed.emit()

    def reports(self) -> list[Report]:
        return [card.report() for card in self.cards]

    def unreadable_date(self) -> DateTimeField | None:
        """The first report date typed so that it cannot be read (its ``problem()`` says why)."""
        return next((card.date for card in self.cards if card.date.problem()), None)

    def set_reports(self, reports: list[Report]) -> None:
        for card in list(self.cards):
            self.cards.remove(card)
            card.deleteLater()
        for report in reports:
            self.add_card(report)
        self._update()

    def to_draft(self) -> list[dict[str, Any]]:
        return [vars(r).copy() for r in self.reports()]

    def from_draft(self, data: list[dict[str, Any]]) -> None:
        self.set_reports([Report.from_json(d) for d in data])
