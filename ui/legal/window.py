"""Orders and risk assessments: the register of court orders and what the police said.

Two tabs. Orders lists every order with whether it is in force today and the incidents that
breach it (ticked in each incident's Legal tab); the form below adds a new order or saves
changes to the one chosen. Risk assessments records each outcome as the person was told it:
only the result, never a copyrighted questionnaire. Every save is a revision and a custody
entry in the vault, through :mod:`safelog.legal`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safelog.incidents import store
from safelog.legal import orders, risk
from ui.common import dialogs
from ui.common.datefield import DateTimeField
from ui.common.dates import isolate, when_text
from ui.common.labels import order_kind_labels, risk_level_labels
from ui.common.palette import format_date
from ui.common.session import Session
from ui.common.worker import sentence_for
from ui.editor.form import text_area


def _iso_day(field: DateTimeField) -> str:
    """The field's day for the core (InvalidInput if what was typed cannot be read)."""
    return field.checked_date().toString("yyyy-MM-dd")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, key: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


class OrdersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = _table(
            [
                self.tr("No."),
                self.tr("Order"),
                self.tr("Made"),
                self.tr("Expires"),
                self.tr("In force"),
                self.tr("Breaches"),
            ]
        )
        self.table.setAccessibleName(self.tr("Court orders"))
        self.breaches = QLabel()
        self.breaches.setTextFormat(Qt.TextFormat.PlainText)  # incident titles are typed text
        self.breaches.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of order"))
        kinds = order_kind_labels()
        for key in orders.ORDER_KINDS:
            self.kind.addItem(kinds[key], key)
        self.made = DateTimeField(self.tr("Date made"), date_only=True)
        self.has_expiry = QCheckBox(self.tr("It expires on"))
        self.expires = DateTimeField(self.tr("Expiry date"), date_only=True, future=True)
        self.expires.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        self.court = QLineEdit()
        self.court.setAccessibleName(self.tr("Court"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Case number or reference"))
        self.terms = text_area(
            self.tr("Terms"), 3, self.tr("What the order forbids, as it is written in the order")
        )
        self.terms.setMaximumHeight(self.terms.fontMetrics().lineSpacing() * 5)
        self.add_button = QPushButton(self.tr("Add order"))
        self.save_button = QPushButton(self.tr("Save changes to the chosen order"))
        self.save_button.setEnabled(False)
        self.new_button = QPushButton(self.tr("New"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Made on"), self.made)
        expiry = QHBoxLayout()
        expiry.addWidget(self.has_expiry)
        expiry.addWidget(self.expires, 1)
        form.addRow("", expiry)
        form.addRow(self.tr("&Court"), self.court)
        form.addRow(self.tr("&Reference"), self.reference)
        form.addRow(self.tr("&Terms"), self.terms)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.new_button, self.save_button, self.add_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.breaches)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.reload()

    def reload(self) -> None:
        vault = self.session.require()
        today = date.today()
        items = orders.list_orders(vault)
        self.table.setRowCount(0)
        for order in items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate(
                (
                    str(order.id),
                    order_kind_labels(short=True).get(order.kind, order.kind),
                    format_date(order.made),
                    format_date(order.expires) if order.expires else self.tr("no expiry"),
                    self.tr("yes") if order.in_force(today) else self.tr("no"),
                    str(len(order.breaches)),
                )
            ):
                self.table.setItem(row, col, _cell(text, order.id))

    def _order(self) -> orders.Order:
        expires = _iso_day(self.expires) if self.has_expiry.isChecked() else ""
        return orders.Order(
            kind=self.kind.currentData(),
            made=_iso_day(self.made),
            court=self.court.text(),
            reference=self.reference.text(),
            terms=self.terms.toPlainText(),
            expires=expires,
        )

    def chosen_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return (
            int(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)) if rows else None
        )

    def _chosen(self) -> None:
        order_id = self.chosen_id()
        self.save_button.setEnabled(order_id is not None)
        if order_id is None:
            self.breaches.clear()
            return
        vault = self.session.require()
        order = orders.get_order(vault, order_id)
        self.kind.setCurrentIndex(self.kind.findData(order.kind))
        self.made.setDate(QDate.fromString(order.made, "yyyy-MM-dd"))
        self.has_expiry.setChecked(bool(order.expires))
        if order.expires:
            self.expires.setDate(QDate.fromString(order.expires, "yyyy-MM-dd"))
        self.court.setText(order.court)
        self.reference.setText(order.reference)
        self.terms.setPlainText(order.terms)
        lines = []
        for incident_id in order.breaches:
            incident = store.get_incident(vault, incident_id)
            lines.append(f"#{incident_id} {when_text(incident.when)}: {isolate(incident.title)}")
        self.breaches.setText(
            self.tr("Breaches: {list}").format(list="; ".join(lines))
            if lines
            else self.tr("No incident is marked as breaching this order.")
        )

    def new(self) -> None:
        self.table.clearSelection()
        for edit in (self.court, self.reference):
            edit.clear()
        self.terms.clear()
        self.has_expiry.setChecked(False)
        self.kind.setFocus()

    def add(self) -> None:
        try:
            saved = orders.add_order(self.session.require(), self._order())
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        self.reload()
        self._select(saved.id)

    def save(self) -> None:
        order_id = self.chosen_id()
        if order_id is None:
            return
        try:
            orders.update_order(self.session.require(), order_id, self._order())
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        self.reload()
        self._select(order_id)

    def _select(self, order_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == order_id:
                self.table.selectRow(row)


class RiskTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = _table(
            [
                self.tr("Date"),
                self.tr("Level"),
                self.tr("Tool"),
                self.tr("Made by"),
                self.tr("Reference"),
            ]
        )
        self.table.setAccessibleName(self.tr("Risk assessments"))
        self.date = DateTimeField(self.tr("Date of the assessment"), date_only=True)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Risk level"))
        levels = risk_level_labels()
        for key in risk.LEVELS:
            self.level.addItem(levels[key], key)
        self.tool = QLineEdit()
        self.tool.setAccessibleName(self.tr("Tool"))
        self.tool.setPlaceholderText(self.tr("e.g. S-DASH or DASH, if you were told"))
        self.by = QLineEdit()
        self.by.setAccessibleName(self.tr("Made by"))
        self.by.setPlaceholderText(self.tr("Officer's name and number, or the service"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.add_button = QPushButton(self.tr("Add risk assessment"))
        note = QLabel(
            self.tr(
                "Record what the police told you: the level and who assessed "
                "it. The questions themselves are not recorded."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Level"), self.level)
        form.addRow(self.tr("&Tool"), self.tool)
        form.addRow(self.tr("Made &by"), self.by)
        form.addRow(self.tr("&Reference"), self.reference)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.reload()

    def reload(self) -> None:
        items = risk.list_risks(self.session.require())
        self.table.setRowCount(0)
        for item in reversed(items):  # latest first
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate(
                (
                    format_date(item.date),
                    risk_level_labels().get(item.level, item.level),
                    item.tool,
                    item.by,
                    item.reference,
                )
            ):
                self.table.setItem(row, col, _cell(text, item.id))

    def add(self) -> None:
        try:
            item = risk.RiskAssessment(
                date=_iso_day(self.date),
                level=self.level.currentData(),
                tool=self.tool.text(),
                by=self.by.text(),
                reference=self.reference.text(),
            )
            risk.add_risk(self.session.require(), item)
        except Exception as exc:
            dialogs.error(self, sentence_for(exc))
            return
        for edit in (self.tool, self.by, self.reference):
            edit.clear()
        self.reload()


class LegalWindow(QDialog):
    """Incident > Orders and risk assessments."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Orders and risk assessments"))
        self.orders = OrdersTab(session)
        self.risks = RiskTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.orders, self.tr("Court orders"))
        self.tabs.addTab(self.risks, self.tr("Risk assessments"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        layout.addLayout(row)
        session.locking.connect(self._forget)
        self.resize(820, 640)

    def _forget(self) -> None:
        """The vault is locking: clear everything shown and close."""
        for table in (self.orders.table, self.risks.table):
            table.setRowCount(0)
        self.orders.breaches.clear()
        self.orders.terms.clear()
        self.reject()
