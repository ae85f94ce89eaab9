"""``safelog-cli import``, ``exhibits`` and ``export-exhibit``: output, JSON and exit statuses."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.core.evidence_helpers import PHOTOS, add_incident

pytestmark = pytest.mark.timeout(60)
UNLOCK = "--passphrase-stdin"


@pytest.fixture
def ready(vault):
    add_incident(vault)
    return vault


def test_import_list_and_export(cli, ready, tmp_path):
    photo = PHOTOS / "jpg_gps_DSCN0010.jpg"
    result = cli(
        "import",
        "--incident",
        "1",
        str(photo),
        "--platform",
        "X",
        "--url",
        "https://x.com/someone/status/1",
        "--account",
        "@someone",
        "--shown-time",
        "3:14 PM · 22 Nov 2026",
        "--note",
        "first threat",
        UNLOCK,
    )
    assert result.code == 0, result.err
    assert "AH1  JPEG image" in result.out and "Imported 1 file into incident 1." in result.out
    assert hashlib.sha256(photo.read_bytes()).hexdigest() in result.out

    human_again = cli("import", "--incident", "1", str(photo), UNLOCK)
    assert "It was already in the vault as AH1; AH2 shares that stored copy." in human_again.out
    again = cli("import", "--incident", "1", str(photo), UNLOCK, "--json")
    assert again.code == 0
    [doc] = json.loads(again.out)
    assert doc["duplicate_of"] == "AH1" and doc["exhibit"]["ref"] == "AH3"

    listing = cli("exhibits", "--incident", "1", UNLOCK, "--json")
    exhibits = json.loads(listing.out)
    assert [e["ref"] for e in exhibits] == ["AH1", "AH2", "AH3"]
    first = exhibits[0]
    assert first["online"] == {
        "platform": "X",
        "url": "https://x.com/someone/status/1",
        "account": "@someone",
        "shown_time": "3:14 PM · 22 Nov 2026",
    }
    assert first["notes"] == "first threat"
    assert first["metadata"]["gps"]["latitude"] == pytest.approx(43.4674483)
    assert first["content_type"] == "image/jpeg" and first["size"] == photo.stat().st_size

    human = cli("exhibits", UNLOCK)
    assert human.code == 0
    assert "taken 2008-10-22T16:28:39" in human.out and "GPS 43.4674483, 11.8851267" in human.out
    assert "platform X" in human.out

    out = tmp_path / "AH1.jpg"
    exported = cli("export-exhibit", "ah1", str(out), UNLOCK)
    assert exported.code == 0, exported.err
    assert out.read_bytes() == photo.read_bytes()
    assert cli("export-exhibit", "AH1", str(out), UNLOCK).code == 17


def test_exit_statuses_and_one_sentence_errors(cli, ready, tmp_path):
    photo = str(PHOTOS / "jpg_Canon_40D.jpg")
    missing_incident = cli("import", "--incident", "7", photo, UNLOCK)
    assert missing_incident.code == 8
    assert missing_incident.err.strip() == "Incident 7 does not exist."
    missing_file = cli("import", "--incident", "1", str(tmp_path / "gone.jpg"), UNLOCK)
    assert missing_file.code == 14 and "Traceback" not in missing_file.err
    assert cli("export-exhibit", "AH9", str(tmp_path / "x"), UNLOCK).code == 8
    with pytest.raises(SystemExit) as usage:  # argparse's own usage error
        cli("import", "--incident", "one", photo, UNLOCK)
    assert usage.value.code == 2
    assert cli("exhibits", UNLOCK).out.strip() == "No exhibits."
    bad_url = cli("import", "--incident", "1", photo, "--url", "a\nb", UNLOCK)
    assert bad_url.code == 9 and "one line" in bad_url.err


def test_hostile_names_in_human_output(cli, ready, tmp_path):
    path = tmp_path / "invoice\u202egnp.exe\nAH9  forged line"
    path.write_bytes((PHOTOS / "jpg_Canon_40D.jpg").read_bytes())
    result = cli("import", "--incident", "1", str(path), UNLOCK)
    assert result.code == 0
    assert "\u202e" not in result.out and "\nAH9" not in result.out
    assert "invoice\\u202egnp.exe\\x0aAH9  forged line" in result.out
    listing = cli("exhibits", UNLOCK, "--json")
    assert json.loads(listing.out)[0]["original_name"] == path.name


def test_hostile_file_through_the_cli(cli, ready, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\nshowpage\n")
    result = cli("import", "--incident", "1", str(path), UNLOCK)
    assert result.code == 0 and "never opens PostScript" in result.out
