"""Languages: Persian mirrors the layout and translates the shell; the .ts catalogue exists."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safelog import paths
from tests.ui.conftest import unlock
from ui.common.i18n import category_label, install_language, is_rtl


def test_persian_mirrors_the_layout_and_translates(qtbot, persian, open_window, make_vault):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert len(persian) >= 1  # our catalogue (and Qt's own, where installed)
    window = open_window(make_vault(5))
    assert window.isRightToLeft()
    page = window.unlock_page
    assert page.button.text() == "باز کردن قفل"
    assert page.field.isRightToLeft()
    unlock(qtbot, window)
    timeline = window.workspace.timeline
    assert window.workspace.tabText(0) == "خط زمانی"
    assert timeline.view.isRightToLeft()
    # the list sits on the right and the detail on the left, as a Persian reader expects
    left = timeline.splitter.widget(0)
    assert (
        left.mapTo(window, left.rect().topLeft()).x()
        > timeline.detail.mapTo(window, timeline.detail.rect().topLeft()).x()
    )
    assert category_label("threats") == "تهدید"
    months = [timeline.model.index(r, 0).data() for r in range(3)]
    assert any(ch in "۰۱۲۳۴۵۶۷۸۹" for ch in months[0])  # Persian digits in the month header
    window.grab()  # the delegate paints mirrored rows without error


def test_english_stays_left_to_right(qapp):
    translators = install_language(qapp, "en")
    assert translators == []
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert is_rtl("fa") and is_rtl("ar") and is_rtl("ur") and not is_rtl("en")


def test_translation_catalogue_is_extractable_and_has_persian():
    catalogue = paths.resource("translations", "safelog_fa.ts")
    tree = ET.parse(catalogue)
    finished = [
        m
        for m in tree.iter("message")
        if m.find("translation").text and m.find("translation").get("type") is None
    ]
    assert len(finished) >= 50
    contexts = {c.findtext("name") for c in tree.iter("context")}
    assert {"MainWindow", "UnlockPage", "IntroPage", "FiltersBar"} <= contexts
