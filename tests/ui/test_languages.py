"""Each language as a person meets it: chosen by the desktop or in Settings, every page in it,
right to left where it should be, its script drawn, and Persian dates in the Solar Hijri
calendar with the Gregorian beside them where the police will need it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from safelog import i18n, paths
from safelog.errors import WrongPassphrase
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.test_calm_dates import type_text
from ui.common.app_settings import AppSettings
from ui.common.dates import clock_text, day_text, month_heading, when_text
from ui.common.i18n import LANGUAGE_NAMES, install_language, remove_translators

TRANSLATED = [code for code in i18n.LANGUAGES if code != "en"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Any]:
    installed: list[Any] = []

    def use(choice: str) -> list[Any]:
        installed.extend(install_language(qapp, choice))
        return installed

    yield use
    remove_translators(qapp, installed)
    install_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _checklist_title(code: str) -> str:
    path = ROOT / "resources" / "checklists" / code / "physical.toml"
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["title"])


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_page_speaks_the_language(
    qtbot: Any, language: Any, open_window: Any, make_vault: Any, code: str
) -> None:
    """The unlock screen, the timeline, the editor and the checklists, in each language."""
    language(code)
    window = open_window(make_vault(3))
    unlock_text = QCoreApplication.translate("UnlockPage", "Unlock")
    assert window.unlock_page.button.text() == unlock_text != "Unlock"
    assert window.isRightToLeft() == i18n.LANGUAGES[code].rtl
    unlock(qtbot, window)
    assert window.workspace.tabText(0) == QCoreApplication.translate("Workspace", "Timeline")
    assert window.workspace.tabText(0) != "Timeline"
    editor = window.open_editor(None)
    assert editor.tabs.tabText(0) not in ("", "What happened")
    editor.close()
    window.show_page(3)
    from ui.checklists.page import ChecklistsPage

    page = window.findChild(ChecklistsPage)
    titles = [row.title for row in page.rows]
    assert _checklist_title(code) in titles


@pytest.mark.parametrize(
    ("environment", "expected"),
    [("zh_HK.UTF-8", "zh_TW"), ("zh_TW.UTF-8", "zh_TW"), ("zh_SG.UTF-8", "zh_CN")],
)
def test_the_desktop_locale_picks_the_chinese_script(
    monkeypatch: pytest.MonkeyPatch, language: Any, environment: str, expected: str
) -> None:
    monkeypatch.setenv("LANG", environment)
    language("")
    assert i18n.current_language() == expected
    assert QLocale().name() == expected
    assert QCoreApplication.translate("UnlockPage", "Unlock") == _translation(expected, "Unlock")


def _translation(code: str, source: str) -> str:
    import xml.etree.ElementTree as ET

    tree = ET.parse(paths.resource("translations", f"safelog_{code}.ts"))
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "UnlockPage":
            continue
        for message in context.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise AssertionError(source)


def test_a_language_chosen_in_settings_wins_over_the_desktop(
    monkeypatch: pytest.MonkeyPatch, language: Any
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    language("tr")
    assert i18n.current_language() == "tr"
    assert WrongPassphrase().sentence != WrongPassphrase.message  # the core speaks Turkish too


def test_settings_list_each_language_in_its_own_script(
    qtbot: Any, open_window: Any, make_vault: Any
) -> None:
    from ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings(), "/tmp/vault")
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert names == list(LANGUAGE_NAMES.values())
    assert {"فارسی", "ትግርኛ", "繁體中文", "简体中文", "Русский", "اردو", "Türkçe"} <= set(names)
    for code in TRANSLATED:  # each one is kept, not quietly turned back into "the system's"
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        assert dialog.chosen().language == code


def test_qts_own_buttons_are_translated(language: Any, qtbot: Any) -> None:
    language("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def _draws(text: str) -> bool:
    families = QFontDatabase.families()
    return any(all(QFontMetrics(QFont(f)).inFontUcs4(ord(c)) for c in text) for f in families)


def test_tigrinya_has_a_font_even_where_the_desktop_has_none(language: Any) -> None:
    language("ti")
    assert "Noto Sans Ethiopic" in QFontDatabase.families()
    assert _draws("ሰላም")


def test_persian_reads_solar_hijri_with_the_gregorian_beside_it(language: Any) -> None:
    language("fa")
    day = QDate(2026, 3, 9)
    assert day_text(day) == "\u2068۱۸ اسفند ۱۴۰۴\u2069"
    assert "۹ مارس ۲۰۲۶" in day_text(day, gregorian_too=True)
    assert month_heading(day) == "اسفند ۱۴۰۴"
    assert clock_text(QTime(14, 27)) == "\u2066۱۴:۲۷\u2069"  # never read as 27:14


def test_the_incident_says_when_in_both_calendars(language: Any) -> None:
    from safelog.incidents.when import parse_when

    language("fa")
    text = when_text(parse_when("2026-03-09 14:27", tz="Europe/London"))
    assert "اسفند ۱۴۰۴" in text and "۹ مارس ۲۰۲۶" in text and "۱۴:۲۷" in text


def test_other_languages_keep_the_gregorian_calendar(language: Any) -> None:
    language("ar")
    assert "2026" in day_text(QDate(2026, 3, 9)) or "٢٠٢٦" in day_text(QDate(2026, 3, 9))
    assert clock_text(QTime(14, 27)) in ("\u206614:27\u2069", "\u2066١٤:٢٧\u2069")


def test_typing_persian_into_the_search_in_a_mirrored_window(
    qtbot: Any, language: Any, open_window: Any, make_vault: Any
) -> None:
    language("fa")
    window = open_window(make_vault(3))
    unlock(qtbot, window)
    search = window.workspace.timeline.filters.search
    search.setFocus()
    type_text(search, "ماشین")  # as a Persian keyboard delivers it
    assert search.text() == "ماشین"
    assert search.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_unlock_page_refuses_in_the_language(
    qtbot: Any, language: Any, open_window: Any, make_vault: Any
) -> None:
    language("ru")
    window = open_window(make_vault(0))
    page = window.unlock_page
    QTest.keyClicks(page.field, PASSPHRASE + "x")
    QTest.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=20_000)
    assert re.search("[а-яё]", page.message.text()) and "passphrase" not in page.message.text()


def test_chinese_dates_are_shown_and_read_the_chinese_way(qtbot: Any, language: Any) -> None:
    from ui.common.datefield import DateTimeField

    language("zh_CN")
    field = DateTimeField("When")
    qtbot.addWidget(field)
    field.setDateTime(QDateTime(QDate(2026, 3, 9), QTime(14, 27)))
    assert field.line.text() == "2026年3月9日  14:27"
    field.line.selectAll()
    type_text(field.line, "2026年3月8日 10:05")
    field.line.editingFinished.emit()
    assert field.dateTime() == QDateTime(QDate(2026, 3, 8), QTime(10, 5))


def test_persian_words_keep_their_zero_width_non_joiner() -> None:
    """می‌خواهم is written with U+200C; showing it as a replacement mark breaks the word."""
    from ui.common.palette import safe_name

    assert safe_name("می\u200cخواهم") == "می\u200cخواهم"
    assert safe_name("photo\u202egpj.exe") == "photo\ufffdgpj.exe"  # still refused
