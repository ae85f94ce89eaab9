"""The walk-through shows how to reach an organisation beside its name."""

from __future__ import annotations

from safelog.checklists import load_catalog


def test_the_walkthrough_panel_shows_the_number_beside_the_name(qtbot):
    from PySide6.QtGui import QFont

    from ui.checklists.parts import ItemPanel

    catalog = load_catalog(language="en")
    item = next(
        item
        for checklist in catalog.checklists
        for item in checklist.items
        if "National Stalking Helpline" in item.help
    )
    panel = ItemPanel(QFont())
    qtbot.addWidget(panel)
    panel.show_item(item)
    assert "• National Stalking Helpline — 0808 802 0300" in panel.helpers.text()
