"""The "dossier is ready" window says the files are not encrypted, and where they are when no
file manager can be opened (a bare X server, no desktop portal, no xdg-open)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from safelog.dossier.build import DossierResult
from ui.export.dossier_export import DossierDone


@pytest.fixture
def done(qtbot: Any, tmp_path: Path) -> DossierDone:
    folder = tmp_path / "for the police" / "SafeLog dossier 2026-12-05"
    folder.mkdir(parents=True)
    result = DossierResult(
        path=folder,
        pdf_path=folder / "dossier.pdf",
        incident_count=3,
        exhibit_count=2,
        document_id="SL-2026-12-05-ABCD",
        chain_head=(7, "ab" * 32),
    )
    dialog = DossierDone(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_ready_says_the_files_are_not_encrypted(done: DossierDone) -> None:
    assert done.not_encrypted.isVisibleTo(done)
    assert done.not_encrypted.text() == (
        "The files in this folder are NOT encrypted: anyone who opens the folder can read "
        "them, so keep them somewhere safe, or delete them once you have given them to the "
        "police."
    )


def test_no_file_manager_gives_the_folder_in_a_sentence(
    done: DossierDone, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def no_opener(url: QUrl) -> bool:  # what Qt answers with no portal and no xdg-open
        asked.append(url.toLocalFile())
        return False

    monkeypatch.setattr(DossierDone, "open_url", staticmethod(no_opener))
    assert not done.no_file_manager.isVisibleTo(done)
    QTest.mouseClick(done.show_button, Qt.MouseButton.LeftButton)
    assert asked == [str(done.dossier.path)]
    assert done.no_file_manager.isVisibleTo(done)
    assert done.no_file_manager.text() == (
        "SafeLog could not open a file manager on this computer; your dossier's files are in "
        f"this folder: {done.dossier.path}"
    )


def test_an_opener_that_breaks_is_the_same_as_none(
    done: DossierDone, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_url: QUrl) -> bool:
        raise OSError("no desktop")

    monkeypatch.setattr(DossierDone, "open_url", staticmethod(broken))
    QTest.mouseClick(done.show_button, Qt.MouseButton.LeftButton)
    assert str(done.dossier.path) in done.no_file_manager.text()


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_file_manager_that_opens_needs_no_sentence(done: DossierDone) -> None:
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        QTest.mouseClick(done.show_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(done.dossier.path)]
    assert not done.no_file_manager.isVisibleTo(done)
