"""The "Legal" tab of the incident editor: what a solicitor needs from each incident.

The acts that the Protection from Harassment Act 1997 s.2A(3) associates with stalking, the
effect on the person, how they know it when they did not see it themselves, why they think a
state is behind it, and which court order it breaches. Everything is optional: a person can
leave this tab alone and the record is still complete.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safelog.incidents.model import BEHAVIOURS, EFFECTS, Incident
from safelog.legal import orders
from safelog.vault import Vault
from ui.common.dates import isolate
from ui.common.labels import behaviour_labels, effect_labels, order_kind_labels
from ui.common.palette import format_date
from ui.editor.form import text_area


def order_line(order: orders.Order) -> str:
    """An order in the reader's language: "3 · Harassment injunction · 2 May 2026 – 2 May 2027
    · County Court · K00CL123" (the core's ``describe`` is English, for the terminal)."""
    dates = format_date(order.made) + (f" – {format_date(order.expires)}" if order.expires else "")
    parts = [str(order.id), order_kind_labels(short=True)[order.kind], dates]
    parts += [isolate(text) for text in (order.court, order.reference) if text]
    return " · ".join(parts)


class LegalSection(QWidget):
    """Check boxes, two text boxes and the orders this incident breaches."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.behaviours: dict[str, QCheckBox] = {}
        self.effects: dict[str, QCheckBox] = {}
        behaviour_box = QGroupBox(self.tr("What they did (tick any that apply)"))
        grid = QGridLayout(behaviour_box)
        for n, (key, label) in enumerate(behaviour_labels().items()):
            box = self.behaviours[key] = QCheckBox(label)
            box.setAccessibleName(label)
            grid.addWidget(box, n // 2, n % 2)
        effect_box = QGroupBox(self.tr("The effect on you"))
        effect_layout = QVBoxLayout(effect_box)
        for key, label in effect_labels().items():
            box = self.effects[key] = QCheckBox(label)
            effect_layout.addWidget(box)
        self.source = text_area(
            self.tr("How I know it"),
            3,
            self.tr(
                "Only if you did not see it yourself: who told you, when and how (for example "
                "'my sister, by phone on 4 May')."
            ),
        )
        self.attribution = text_area(
            self.tr("Why I think a state is behind it"),
            3,
            self.tr("Optional: what makes you think a government or its agents are behind this."),
        )
        for area in (self.source, self.attribution):
            area.setMaximumHeight(area.fontMetrics().lineSpacing() * 6)
        self.orders = QListWidget()
        self.orders.setAccessibleName(self.tr("Court orders this breaches"))
        self.orders.setMaximumHeight(self.orders.fontMetrics().lineSpacing() * 6)
        self.no_orders = QLabel(
            self.tr(
                "No court orders are recorded. Add them under "
                "Incident > Orders and risk assessments."
            )
        )
        self.no_orders.setWordWrap(True)
        source_label = QLabel(self.tr("How &I know it (if I did not see it myself)"))
        source_label.setBuddy(self.source)
        why_label = QLabel(self.tr("&Why I think a state is behind it"))
        why_label.setBuddy(self.attribution)
        orders_label = QLabel(self.tr("This breaches a court &order"))
        orders_label.setBuddy(self.orders)
        note = QLabel(
            self.tr(
                "These headings follow the law on stalking and harassment, so a "
                "solicitor or the police can use your record. Leave them empty "
                "if you are not sure. This is not legal advice."
            )
        )
        note.setWordWrap(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for widget in (
            note,
            behaviour_box,
            effect_box,
            source_label,
            self.source,
            why_label,
            self.attribution,
            orders_label,
            self.orders,
            self.no_orders,
        ):
            layout.addWidget(widget)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for box in [*self.behaviours.values(), *self.effects.values()]:
            box.toggled.connect(self.changed)
        self.source.textChanged.connect(self.changed)
        self.attribution.textChanged.connect(self.changed)
        self.orders.itemChanged.connect(lambda _item: self.changed.emit())

    def load_choices(self, vault: Vault) -> None:
        """List every recorded order, checkable; keeps what was ticked."""
        ticked = set(self._ticked_orders())
        self.orders.blockSignals(True)
        self.orders.clear()
        for order in orders.list_orders(vault):
            item = QListWidgetItem(order_line(order))
            item.setData(Qt.ItemDataRole.UserRole, order.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if order.id in ticked else Qt.CheckState.Unchecked
            )
            self.orders.addItem(item)
        self.orders.blockSignals(False)
        self.orders.setVisible(self.orders.count() > 0)
        self.no_orders.setVisible(self.orders.count() == 0)

    def _ticked_orders(self) -> list[int]:
        return [
            int(self.orders.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.orders.count())
            if self.orders.item(i).checkState() == Qt.CheckState.Checked
        ]

    # ----- values -----------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        return {
            "behaviours": [k for k, b in self.behaviours.items() if b.isChecked()],
            "effects": [k for k, b in self.effects.items() if b.isChecked()],
            "source": self.source.toPlainText(),
            "attribution": self.attribution.toPlainText(),
            "breach_of": self._ticked_orders(),
        }

    def from_draft(self, data: dict[str, Any]) -> None:
        for key, box in self.behaviours.items():
            box.setChecked(key in (data.get("behaviours") or []))
        for key, box in self.effects.items():
            box.setChecked(key in (data.get("effects") or []))
        self.source.setPlainText(data.get("source", ""))
        self.attribution.setPlainText(data.get("attribution", ""))
        wanted = set(data.get("breach_of") or [])
        for i in range(self.orders.count()):
            item = self.orders.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )

    def set_incident(self, incident: Incident) -> None:
        self.from_draft(
            {
                "behaviours": incident.behaviours,
                "effects": incident.effects,
                "source": incident.source,
                "attribution": incident.attribution,
                "breach_of": incident.breach_of,
            }
        )

    def apply(self, incident: Incident) -> Incident:
        """Put this tab's values on ``incident`` (built by the form, which lacks them)."""
        data = self.to_draft()
        incident.behaviours = [k for k in data["behaviours"] if k in BEHAVIOURS]
        incident.effects = [k for k in data["effects"] if k in EFFECTS]
        incident.source = data["source"].strip()
        incident.attribution = data["attribution"].strip()
        incident.breach_of = data["breach_of"]
        return incident

    def clear(self) -> None:
        self.from_draft({})
        self.orders.clear()
