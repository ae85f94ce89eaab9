"""The draft witness statement: read back with pdftotext and opened with python-docx."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from safelog.dossier import DossierOptions, build_dossier, verify_bundle
from safelog.dossier.statement import DOCX_NAME, PDF_NAME, STATEMENT_OF_TRUTH
from tests.core.legal_case import PERSIAN_NARRATIVE, PERSIAN_SOURCE, build_case

QUOTED_TRUTH = (  # exactly as issue 13 quotes CPR PD 22
    "I believe that the facts stated in this witness statement are true. I understand that "
    "proceedings for contempt of court may be brought against anyone who makes, or causes to "
    "be made, a false statement in a document verified by a statement of truth without an "
    "honest belief in its truth."
)
FIRST_NARRATIVE = (
    "A man in a grey Passat drove slowly beside me from the station and parked "
    "opposite my door. He photographed my window for about ten minutes."
)


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def bundle(vault, tmp_path) -> Path:
    (tmp_path / "files").mkdir()
    build_case(vault, tmp_path / "files")
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions(statement=True))
    return result.path


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_statement_files_are_in_the_bundle_and_its_checksums(bundle):
    sums = (bundle / "SHA256SUMS").read_text()
    assert f"  {PDF_NAME}\n" in sums and f"  {DOCX_NAME}\n" in sums
    listed = {f["path"] for f in json.loads((bundle / "manifest.json").read_text())["files"]}
    assert {PDF_NAME, DOCX_NAME} <= listed
    report = verify_bundle(bundle)
    assert report.ok, report.problems


def test_statement_pdf_follows_practice_direction_32(bundle):
    pages = _pages(bundle / PDF_NAME)
    total = len(pages)
    for number, page in enumerate(pages, 1):
        assert page.lstrip().startswith("DRAFT")
        assert f"Page {number} of {total}" in page
        assert "Initials" in page
    flat = _squash("\n".join(pages))
    assert STATEMENT_OF_TRUTH == QUOTED_TRUTH and QUOTED_TRUTH in flat
    assert "DRAFT WITNESS STATEMENT OF MARYAM RAHIMI" in flat
    assert "Witness: M Rahimi" in flat and "Statement: 1st" in flat
    assert "Exhibits: MR1 to MR2" in flat
    assert "I refer to the photograph marked MR1." in flat
    assert "I refer to the screenshot marked MR2." in flat
    assert FIRST_NARRATIVE in flat  # the person's words, unchanged
    assert "Signed" in flat and "Full name Maryam Rahimi" in flat and "Date ___" in flat
    assert "MG11" not in flat and "Criminal Justice Act" not in flat
    # Numbered paragraphs, in date order.
    numbers = [int(n) for n in re.findall(r"^\s{0,8}(\d+)\.\s", "\n".join(pages), re.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 9
    order = [flat.index(f"(entry {n},") for n in (1, 2, 3, 4)]
    assert order == sorted(order)
    # The second-hand incident is information and belief, with its source.
    third = flat[order[2] - 400 : order[2]]
    assert "I did not see this myself; this is a matter of information and belief" in third
    assert "Paragraph 8 contains my words in the language I wrote them in" in flat
    assert "My preferred language is English and Persian." in flat
    assert "Stalking Protection Order made on 14 April 2026" in flat
    persian = unicodedata.normalize("NFKC", "\n".join(pages))
    assert "شیراز" in persian and "مریم" in persian


def test_statement_docx_is_editable_and_keeps_the_persons_words(bundle):
    document = docx.Document(str(bundle / DOCX_NAME))
    texts = [p.text for p in document.paragraphs]
    assert QUOTED_TRUTH in texts
    assert FIRST_NARRATIVE in texts and PERSIAN_NARRATIVE in texts and PERSIAN_SOURCE in texts
    numbered = [t.split(".\t")[0] for t in texts if re.match(r"\d+\.\t", t)]
    assert numbered == [str(n) for n in range(1, 10)]
    assert any("I refer to the photograph marked MR1." in t for t in texts)
    persian = next(p for p in document.paragraphs if p.text == PERSIAN_NARRATIVE)
    assert persian._p.pPr.find(qn("w:bidi")) is not None
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in persian.runs)
    english = next(p for p in document.paragraphs if p.text == FIRST_NARRATIVE)
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None
    section = document.sections[0]
    assert section.header.paragraphs[0].text.startswith("DRAFT")
    footer_xml = section.footer._element.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml
    assert "Initials" in footer_xml
    assert abs(section.left_margin.cm - 3.5) < 0.01
    assert document.core_properties.author == "SafeLog"
    assert document.core_properties.created.year > 2020  # not the template's 2013
    assert "python-docx" not in (document.core_properties.comments or "")


def test_no_statement_unless_asked(vault, tmp_path):
    build_case(vault)
    result = build_dossier(vault, tmp_path / "bundle")
    assert not (result.path / PDF_NAME).exists() and not (result.path / DOCX_NAME).exists()


def test_cli_dossier_statement_in_a_zip(cli, tmp_path):
    assert cli("init", "--passphrase-stdin", "--name", "Maryam Rahimi").code == 0
    assert (
        cli(
            "add",
            "--title",
            "Followed home",
            "--when",
            "2026-05-03 18:00",
            "--narrative",
            "He followed me.",
            "--behaviour",
            "following",
            "--passphrase-stdin",
        ).code
        == 0
    )
    result = cli(
        "dossier",
        "--out",
        str(tmp_path / "out"),
        "--zip",
        "--statement",
        "--passphrase-stdin",
        "--json",
    )
    assert result.code == 0, result.err
    import zipfile

    with zipfile.ZipFile(json.loads(result.out)["path"]) as archive:
        names = {Path(n).name for n in archive.namelist()}
    assert {PDF_NAME, DOCX_NAME} <= names


def test_the_statement_heading_names_the_witness_in_latin_letters_first() -> None:
    from datetime import UTC, datetime

    from safelog.dossier.statement import Statement

    def made(name: str, latin: str) -> Statement:
        return Statement(
            witness=name,
            short_name="M Rahimi",
            number=1,
            date_text="2 November 2026",
            prepared_at=datetime(2026, 11, 2, tzinfo=UTC),
            exhibits=[],
            document_id="SL-1",
            witness_latin=latin,
        )

    assert made("مریم رحیمی", "Maryam Rahimi").title == (
        "Witness statement of Maryam Rahimi (مریم رحیمی)"
    )
    assert made("Maryam Rahimi", "Maryam Rahimi").title == "Witness statement of Maryam Rahimi"
    assert made("Maryam Rahimi", "").title == "Witness statement of Maryam Rahimi"
