"""Languages: Persian mirrors the layout and translates the shell; the .ts catalogue exists."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

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


def test_a_right_to_left_sentence_that_opens_with_a_latin_word_reads_right_to_left(qapp):
    """ "SafeLog میں خوش آمدید" was laid out left to right (its first letter is Latin): the
    catalogue now puts a right-to-left mark in front, and only in front of such sentences."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.access.welcome import IntroPage
    from ui.common.i18n import install_language, opens_left_to_right, remove_translators

    assert opens_left_to_right("SafeLog میں خوش آمدید")
    assert not opens_left_to_right("SafeLog")  # no right-to-left letter: reads the same
    assert not opens_left_to_right("checklist-summary.pdf")
    assert not opens_left_to_right("%Ln رویداد")  # the number is not a Latin word
    assert not opens_left_to_right("{name} را ذخیره کنید")
    translators = install_language(qapp, "ur")
    try:
        page = IntroPage()
        heading = next(
            label.text() for label in page.findChildren(QLabel) if "خوش آمدید" in label.text()
        )
        assert heading.startswith("\u200fSafeLog")
        assert QCoreApplication.translate("Dialogs", "SafeLog") == "SafeLog"
        page.deleteLater()
    finally:
        remove_translators(qapp, translators)
        install_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert not QCoreApplication.translate("IntroPage", "Welcome to SafeLog").startswith("\u200f")
