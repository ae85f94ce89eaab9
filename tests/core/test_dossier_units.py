"""Escaping, bidi order, bundle names, CSV safety, verify-bundle on hostile input, the CLI."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from safelog.dossier import bidi, verify_bundle
from safelog.dossier.naming import bundle_name
from safelog.dossier.text import clean, escape, markup, needs_layout_engine
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when


def test_escape_leaves_no_markup():
    hostile = '<img src="/etc/passwd"> <a href="javascript:x">&amp; <b> &#0; <3'
    out = escape(hostile)
    assert "<" not in out.replace("<br/>", "") and ">" not in out
    assert out.count("&amp;") == 2 and "&amp;amp;" in out
    tagged = markup(hostile + " سلام")
    body = (
        tagged.replace('<font face="SafeLogSans">', "")
        .replace('<font face="SafeLogNaskh">', "")
        .replace("</font>", "")
    )
    assert "<" not in body and 'href="' not in body


def test_clean_handles_controls_surrogates_and_overrides():
    assert clean("a\x00b\x07c\ud800d\ufeff") == "abcd"
    assert clean("x\u202egpj.exe") == "x[U+202E]gpj.exe"
    assert clean("a\r\nb\rc\td") == "a\nb\nc    d"
    assert clean("نمی\u200cخواهم") == "نمی\u200cخواهم"  # Persian ZWNJ is kept
    assert needs_layout_engine("سلام") and needs_layout_engine("你好")
    assert not needs_layout_engine("Привет ሰላም hello")


def test_bidi_levels_and_order():
    para, levels = bidi.levels("abc سلام دنیا def")
    assert para == 0 and levels[:4] == [0, 0, 0, 0] and levels[4] == 1 and levels[-1] == 0
    para, levels = bidi.levels("سال ۱۴۰۳ بود")
    assert para == 1 and levels[4:8] == [2, 2, 2, 2]  # digits stay left to right
    assert bidi.visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert bidi.visual_order([1, 2, 1]) == [2, 1, 0]
    assert bidi.base_level("123 سلام") == 1 and bidi.base_level("") == 0


@pytest.mark.parametrize(
    "name,ctype,expected",
    [
        ("../../x", "image/jpeg", "AB1_x.jpg"),
        ("CON", "text/plain", "AB1_CON.txt"),
        ("\u202egpj.exe", "application/octet-stream", "AB1_gpj.exe"),
        ("عکس.jpg", "image/jpeg", "AB1.jpg"),
        ("C:\\Users\\me\\photo 1.JPG", "image/jpeg", "AB1_photo_1.jpg"),
        ("x" * 400 + ".png", "", "AB1_" + "x" * 60 + ".png"),
        ("", "image/png", "AB1.png"),
    ],
)
def test_bundle_names_come_from_the_reference(name, ctype, expected):
    assert bundle_name("AB1", name, ctype) == expected


def test_manifest_csv_cells_are_spreadsheet_safe():
    from datetime import UTC, datetime

    from safelog.dossier.bundle import FileEntry, manifest_csv
    from safelog.dossier.collect import DossierData, ExhibitView

    exhibit = ExhibitView(
        "AB1",
        1,
        1,
        "0" * 64,
        3,
        "image/jpeg",
        "=HYPERLINK(1)",
        "AB1.jpg",
        "2026",
        {"date_taken": "+1 day"},
        None,
        {},
        "",
        "",
        {},
    )
    data = DossierData(
        "o",
        "AB",
        "SL-1",
        datetime.now(UTC),
        ("2026-01-01", "2026-01-02"),
        (0, "0" * 64),
        [],
        [],
        [],
        [exhibit],
        [],
        0,
    )
    rows = list(csv.reader(io.StringIO(manifest_csv(data, FileEntry("dossier.pdf", "1", 1)))))
    exhibit_row = rows[2]
    assert exhibit_row[6] == "'=HYPERLINK(1)" and exhibit_row[7] == "'+1 day"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_verify_bundle_refuses_hostile_zips(tmp_path):
    bomb = _zip(
        tmp_path / "b.zip",
        {
            "b/SHA256SUMS": b"",
            "b/../../etc/passwd": b"x",
            "b/manifest.json": json.dumps({"format": "x"}).encode(),
        },
    )
    report = verify_bundle(bomb)
    assert not report.ok
    assert any("unsafe name" in p for p in report.problems)
    assert not verify_bundle(tmp_path / "missing").ok
    (tmp_path / "notzip").write_bytes(b"garbage")
    assert not verify_bundle(tmp_path / "notzip").ok


def test_verify_bundle_does_not_follow_symlinks(tmp_path):
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "SHA256SUMS").write_text("")
    (folder / "evil").symlink_to("/etc/passwd")
    report = verify_bundle(folder)
    assert not report.ok and any("symbolic link" in p for p in report.problems)


def test_cli_dossier_and_verify_bundle(vault, cli, tmp_path):
    add_incident(
        vault,
        Incident(
            title="Followed",
            when=parse_when("2026-05-03 15:00"),
            category="following",
            narrative="سلام",
            private_notes="SECRET",
        ),
    )
    vault.close()
    out = tmp_path / "out"
    result = cli(
        "dossier",
        "--out",
        str(out),
        "--passphrase-stdin",
        "--json",
        "--exclude",
        "exact-locations,device-metadata",
    )
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert doc["incidents"] == 1 and doc["document_id"].startswith("SL-")
    assert json.loads((out / "manifest.json").read_text())["excluded"] == [
        "device-metadata",
        "exact-locations",
        "private-notes",
    ]
    ok = cli("verify-bundle", str(out), vault=False)
    assert ok.code == 0 and "unchanged" in ok.out
    (out / "dossier.pdf").write_bytes(b"%PDF-1.4 forged")
    bad = cli("verify-bundle", str(out), vault=False)
    assert bad.code == 15 and "dossier.pdf" in bad.out
    again = cli("dossier", "--out", str(out), "--passphrase-stdin")
    assert again.code == 17 and "already exists" in again.err
    wrong = cli(
        "dossier", "--out", str(tmp_path / "x"), "--passphrase-stdin", "--exclude", "everything"
    )
    assert wrong.code == 9


def test_checklist_summary_in_dossier_and_alone(vault, tmp_path):
    import pypdf

    from safelog import checklists
    from safelog.dossier import DossierOptions, build_dossier, checklist_summary_pdf

    add_incident(vault, Incident(title="x", when=parse_when("2026-05-03 15:00"), category="other"))
    catalog = checklists.load_catalog()
    first = catalog.checklists[0]
    result = build_dossier(vault, tmp_path / "b", DossierOptions(include_checklists=True))
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(result.pdf_path).pages)
    assert "Safety checklists: summary" in text
    assert first.title.split()[0] in text
    alone = checklist_summary_pdf(vault)
    assert alone.startswith(b"%PDF")
    without = build_dossier(vault, tmp_path / "c", DossierOptions())
    assert "Safety checklists" not in "\n".join(
        p.extract_text() for p in pypdf.PdfReader(without.pdf_path).pages
    )


def test_course_of_conduct_reads_right_for_one_incident_and_one_of_a_kind(vault):
    from safelog.dossier import DossierOptions
    from safelog.dossier.collect import collect
    from safelog.dossier.summary import course_of_conduct

    add_incident(
        vault,
        Incident("Call", parse_when("2026-03-09 21:00", tz="Europe/London"), category="threats"),
    )
    first = course_of_conduct(collect(vault, DossierOptions()))[0]
    assert first == "1 incident on 9 March 2026, of the kind threats."
    for day in ("2026-03-20 10:00", "2026-04-02 10:00"):
        add_incident(
            vault, Incident("Car", parse_when(day, tz="Europe/London"), category="following")
        )
    first = course_of_conduct(collect(vault, DossierOptions()))[0]
    assert first == (
        "3 incidents over 25 days, from 9 March 2026 to 2 April 2026; "
        "by kind: following 2 and threats 1."
    )


def test_the_pattern_page_says_none_were_reported_in_words(vault, tmp_path):
    """Nobody writes "0 of them were reported": the pattern page says it as the summary does."""
    import pypdf

    from safelog.dossier import DossierOptions, build_dossier
    from safelog.dossier.summary import reported_sentence

    assert reported_sentence(0) == (
        "None of them has been reported to the police or another body before."
    )
    assert reported_sentence(1) == "1 of them was reported to the police or another body."
    assert reported_sentence(3) == "3 of them were reported to the police or another body."
    for day in ("2026-03-20 10:00", "2026-04-02 10:00"):
        add_incident(
            vault, Incident("Car", parse_when(day, tz="Europe/London"), category="following")
        )
    result = build_dossier(vault, tmp_path / "out", DossierOptions())
    text = " ".join(
        " ".join(p.extract_text().split()) for p in pypdf.PdfReader(result.pdf_path).pages
    )
    assert "0 of them" not in text
    assert text.count("None of them has been reported to the police or another body") == 2
