"""Qt's own file chooser speaks Urdu and Tigrinya, which Qt itself does not translate.

The words come from our catalogues (``ui/common/qt_strings.py``), looked up under Qt's own
contexts; without those entries every label here stays English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolButton,
    QTreeView,
)

from ui.common import dialogs
from ui.common.i18n import install_language, remove_translators


@pytest.fixture
def language(qapp, request, private_dirs) -> Iterator[str]:
    """The app in ``request.param`` for one test, with Qt's settings in this test's HOME;
    English after, as the ``persian`` fixture does."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(private_dirs / "config"))
    before = dialogs._responder
    dialogs.set_responder(None)  # the real chooser, answered below by a timer
    translators = install_language(qapp, request.param)
    try:
        yield request.param
    finally:
        remove_translators(qapp, translators)
        install_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        dialogs.set_responder(before)


def _words(chooser: QFileDialog) -> dict[str, object]:
    """Everything the chooser shows in words: labels, buttons, tool tips, headers, menu."""

    def label(name: str) -> str:
        return chooser.findChild(QLabel, name).text()

    def tip(name: str) -> str:
        return chooser.findChild(QToolButton, name).toolTip()

    box = chooser.findChild(QDialogButtonBox, "buttonBox")
    tree = chooser.findChild(QTreeView, "treeView")
    model = tree.model()
    return {
        "look_in": label("lookInLabel"),
        "file_name": label("fileNameLabel"),
        "file_type": label("fileTypeLabel"),
        "buttons": sorted(button.text() for button in box.buttons()),
        "back": tip("backButton"),
        "new_folder_button": tip("newFolderButton"),
        "detail_view": tip("detailModeButton"),
        "headers": [
            model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())
        ],
        "menu": [
            chooser.findChild(QAction, name).text()
            for name in ("qt_rename_action", "qt_delete_action", "qt_new_folder_action")
        ],
    }


def _look(
    open_chooser: Callable[[], object], *, then: Callable[[QFileDialog], None] | None = None
) -> dict[str, object]:
    """Open the chooser the way the app does (``ui.common.dialogs``), read its words, close it."""
    seen: dict[str, object] = {}

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(10, answer)
            return
        seen.update(_words(chooser))
        if then is not None:
            then(chooser)
        chooser.reject()

    QTimer.singleShot(0, answer)
    assert open_chooser() in (None, [])  # cancelled
    return seen


def _box_words(box_seen: dict[str, object]) -> Callable[[], None]:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        box_seen["text"] = box.text()
        box_seen["buttons"] = sorted(b.text() for b in box.buttons())
        no = box.button(QMessageBox.StandardButton.No)
        assert isinstance(no, QAbstractButton)
        no.click()  # keep the file that is there

    return answer


@pytest.mark.parametrize("language", ["ur"], indirect=True)
def test_the_evidence_chooser_speaks_urdu(qtbot, language):
    seen = _look(lambda: dialogs.open_files(None, "ثبوت", "PDF (*.pdf)"))
    assert seen == {
        "look_in": "&دیکھنے کی جگہ:",
        "file_name": "فائل کا &نام:",
        "file_type": "فائل کی &قسم:",
        "buttons": sorted(["&کھولیں", "منسوخ کریں"]),
        "back": "واپس",
        "new_folder_button": "نیا فولڈر بنائیں",
        "detail_view": "تفصیل کے ساتھ",
        "headers": ["نام", "سائز", "قسم", "تبدیلی کی تاریخ"],
        "menu": ["&نام بدلیں", "&ڈیلیٹ کریں", "نیا &فولڈر"],
    }


@pytest.mark.parametrize("language", ["ur"], indirect=True)
def test_choosing_a_folder_and_replacing_a_file_are_asked_in_urdu(qtbot, language, tmp_path):
    folder = _look(lambda: dialogs.choose_directory(None, "فولڈر", str(tmp_path)))
    assert folder["file_name"] == "فولڈر:"
    assert "&چنیں" in folder["buttons"]  # type: ignore[operator]

    there = tmp_path / "report.pdf"
    there.write_bytes(b"%PDF")
    box: dict[str, object] = {}

    def try_to_overwrite(chooser: QFileDialog) -> None:
        chooser.selectFile(str(there))
        QTimer.singleShot(0, _box_words(box))
        chooser.accept()  # asks first, and No leaves the chooser open

    saving = _look(
        lambda: dialogs.save_file(None, "محفوظ", str(tmp_path / "report.pdf")),
        then=try_to_overwrite,
    )
    assert "&محفوظ کریں" in saving["buttons"]  # type: ignore[operator]
    assert box["text"] == (
        "report.pdf پہلے سے موجود ہے۔\nکیا آپ اس کی جگہ یہ نئی فائل رکھنا چاہتے ہیں؟"
    )
    assert box["buttons"] == sorted(["&ہاں", "&نہیں"])
    assert there.read_bytes() == b"%PDF"


@pytest.mark.parametrize("language", ["ti"], indirect=True)
def test_the_chooser_speaks_tigrinya(qtbot, language):
    seen = _look(lambda: dialogs.open_file(None, "መርትዖ"))
    assert seen["look_in"] == "&ኣበይ ምድላይ:"
    assert seen["file_name"] == "&ስም ፋይል:"
    assert seen["buttons"] == sorted(["&ምኽፋት", "ምስራዝ"])
    assert seen["menu"] == ["&ስም ምቕያር", "&ምድምሳስ", "&ሓድሽ ፎልደር"]
    assert seen["headers"][3] == "ዝተቐየረሉ ዕለት"  # type: ignore[index]


def test_english_is_what_the_other_languages_replace(qtbot, private_dirs):
    """The same reading in English finds Qt's own words: the checks above read real labels."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(private_dirs / "config"))
    before = dialogs._responder
    dialogs.set_responder(None)
    try:
        seen = _look(lambda: dialogs.open_file(None, "Evidence"))
    finally:
        dialogs.set_responder(before)
    assert (seen["look_in"], seen["file_name"]) == ("&Look in:", "File &name:")
    assert seen["headers"] == ["Name", "Size", "Type", "Date Modified"]


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_where_qt_translates_its_words_win_and_ours_fill_its_gaps(qtbot, language):
    """Persian: Qt's catalogue (installed after ours) gives "File &name:"; it only knows the
    older "Look in:", so today's "&Look in:" comes from ours, in Qt's wording."""
    seen = _look(lambda: dialogs.open_file(None, "شواهد"))
    assert seen["file_name"] == "&نام پرونده:"
    assert seen["look_in"] == "&جستجو در:"
