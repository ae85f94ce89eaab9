"""Cloud-synced folders and the Desktop are recognised before an export is written there."""

from __future__ import annotations

from pathlib import Path

import pytest

from safelog.syncfolders import on_desktop, synced_by


@pytest.mark.parametrize(
    ("relative", "service"),
    [
        ("Dropbox/police", "Dropbox"),
        ("Dropbox (Personal)/x", "Dropbox"),
        ("OneDrive - Acme Ltd/Documents/new", "OneDrive"),
        ("onedrive/a", "OneDrive"),
        ("Google Drive/My Drive/case", "Google Drive"),
        ("Library/CloudStorage/GoogleDrive-me@example.org/x", "Google Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/case", "iCloud Drive"),
        ("iCloud Drive/case", "iCloud Drive"),
    ],
)
def test_sync_folders_are_known_by_name(tmp_path: Path, relative: str, service: str) -> None:
    assert synced_by(tmp_path / relative) == service


def test_sync_folders_are_known_by_their_marker(tmp_path: Path) -> None:
    synced = tmp_path / "Work stuff"
    (synced / "case").mkdir(parents=True)
    (synced / ".dropbox").write_text("{}")
    assert synced_by(synced / "case" / "not yet made") == "Dropbox"
    other = tmp_path / "plain"
    (other / ".tmp.drivedownload").mkdir(parents=True)
    assert synced_by(other) == "Google Drive"


def test_ordinary_folders_are_not_synced(tmp_path: Path) -> None:
    assert synced_by(tmp_path / "Documents" / "dossier") is None
    assert synced_by(Path("/media/usb stick/dossier")) is None
    assert synced_by(tmp_path / "dropboxes-are-metal" / "x") == "Dropbox"  # by name: cautious


def test_desktop(tmp_path: Path) -> None:
    desktop = tmp_path / "Desktop"
    assert on_desktop(desktop, desktop)
    assert on_desktop(desktop / "dossier", desktop)
    assert not on_desktop(tmp_path / "Documents", desktop)
    assert not on_desktop(tmp_path / "Desktop2", desktop)
    assert on_desktop(Path.home() / "Desktop" / "x")  # the real default (HOME is a tmp folder)
