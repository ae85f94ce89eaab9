"""The packaging metadata agrees with itself and with the app: one application id everywhere.

Fast checks only (no PyInstaller build; packaging/smoke_test.sh builds and runs the package).
The validators run when installed (Debian: desktop-file-utils, appstream) and are skipped
otherwise.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import safelog

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{safelog.APP_ID}.desktop"
METAINFO = PACKAGING / f"{safelog.APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_app_id_is_reverse_dns() -> None:
    assert safelog.APP_ID == "org.safelog.SafeLog"


def test_desktop_file_uses_the_app_id() -> None:
    entry = desktop_entry()
    assert DESKTOP.is_file()
    assert entry["Icon"] == safelog.APP_ID
    assert entry["Name"] == safelog.APP_NAME
    assert entry["Exec"].split()[0] == "safelog"
    # On X11 Qt sets WM_CLASS to (program name, application name); ui/app.py sets the
    # application name to APP_NAME, so this is how desktops match the window to this entry.
    assert entry["StartupWMClass"] == safelog.APP_NAME


def test_metainfo_uses_the_app_id() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == safelog.APP_ID
    assert root.findtext("name") == safelog.APP_NAME
    launchables = [(el.get("type"), el.text) for el in root.iter("launchable")]
    assert launchables == [("desktop-id", f"{safelog.APP_ID}.desktop")]
    assert root.findtext("icon") == safelog.APP_ID
    assert sorted(el.text or "" for el in root.iter("binary")) == ["safelog", "safelog-cli"]


def test_metainfo_has_a_release_for_this_version() -> None:
    versions = [el.get("version") for el in metainfo().iter("release")]
    assert safelog.__version__ in versions, "add a <release> for this version to the metainfo"


def test_packaging_scripts_use_the_same_id() -> None:
    assert f"app_id={safelog.APP_ID}" in (PACKAGING / "build_deb.sh").read_text(encoding="utf-8")
    assert f"APP_ID={safelog.APP_ID}" in (PACKAGING / "smoke_test.sh").read_text(encoding="utf-8")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_is_rendered_at_each_size(size: int) -> None:
    icon = ICONS / f"{size}x{size}" / "apps" / f"{safelog.APP_ID}.png"
    assert png_size(icon) == (size, size)


def test_scalable_icon_is_the_apps_own_drawing() -> None:
    scalable = ICONS / "scalable" / "apps" / f"{safelog.APP_ID}.svg"
    source = ROOT / "resources" / "icons" / "safelog.svg"
    assert scalable.read_bytes() == source.read_bytes(), (
        "resources/icons/safelog.svg changed: run packaging/render_icons.sh"
    )


def test_scripts_are_executable() -> None:
    for name in ("build.sh", "build_deb.sh", "smoke_test.sh", "render_icons.sh"):
        assert os.access(PACKAGING / name, os.X_OK), f"packaging/{name} is not executable"


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
