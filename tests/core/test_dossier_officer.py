"""The dossier as a UK officer reads it: time zones said in words and marked, English that reads
naturally for one incident and for every kind of place, file names that stay in their column,
labels never alone at the foot of a page, HEIC/HEIF names kept, and the person's new details."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from safelog import profile
from safelog.dossier import DossierOptions, build_dossier
from safelog.dossier.collect import collect
from safelog.dossier.filename import FileName, wrap_name
from safelog.dossier.naming import bundle_name
from safelog.dossier.places import place_phrase
from safelog.dossier.statement import build_statement
from safelog.dossier.styles import make_styles
from safelog.dossier.textline import plain
from safelog.evidence import import_files
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from tests.core.dossier_case import pdftotext

DATA = Path(__file__).resolve().parents[1] / "data"
HEIF = DATA / "photos" / "heic_samplefilehub.heif"
LONG_NAME = (
    "WhatsApp_Image_2026-03-02_at_08.40.12_from-unknown-number_+44-7700-900123_saved.on.my."
    "phone_in_Stratford_London_copy_02.jpeg"
)
# A time of day (not the end of an offset such as UTC+03:30), and the zone marks that may follow.
_CLOCK = re.compile(r"(?<![+\-:\d])\b\d{2}:\d{2}\b")
_MARK = re.compile(
    r"^(?::\d{2})?(?: on \d{1,2} \w+ \d{4})?,?\s*\(?"
    r"(?:UTC|GMT|BST|CET|CEST|[A-Z][a-z]+/[A-Za-z_]+ time|zone not)"
)


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pages(pdf: Path) -> list[str]:
    return [_flat(p) for p in pdftotext(pdf).split("\f")]


def _add(vault: object, when: str, tz: str, location: str = "", category: str = "threats") -> int:
    inc = add_incident(
        vault,
        Incident(
            title=f"Event: {category}",
            when=parse_when(when, tz=tz),
            category=category,
            narrative="What happened.",
            location=location,
        ),
    )
    assert inc.id is not None
    return inc.id


# --- 1. time zones ------------------------------------------------------------------------


def test_uk_usual_zone_is_said_on_page_one_and_in_the_guidance(vault, tmp_path):
    _add(vault, "2026-07-22 08:30", "Europe/London", "Home")
    _add(vault, "2026-07-21 20:30", "Asia/Tehran", "Tehran (family)", "threats_to_family")
    result = build_dossier(vault, tmp_path / "b", DossierOptions(timezone="Europe/London"))
    pages = _pages(result.pdf_path)
    note = "Times are UK time (Europe/London) unless marked."
    assert note in pages[0]
    guidance = next(p for p in pages if "What this is" in p)
    assert note in guidance
    text = " ".join(pages)
    assert "22 July 2026, 08:30 " in text and "08:30 (" not in text  # UK time: unmarked
    assert "21 July 2026, 20:30 (Asia/Tehran time, UTC+03:30)" in text
    assert "This is not UK time" not in text


def test_outside_the_uk_every_time_of_day_carries_its_zone(vault, tmp_path):
    _add(vault, "2026-07-21 20:30", "Asia/Tehran", "Tehran")
    _add(vault, "about 2026-07-25 09:15", "Asia/Tehran", "Karaj")
    _add(vault, "2026-08-02 14:05", "Europe/London", "Stratford, London", "following")
    _add(vault, "2026-08-03", "Asia/Tehran", "Home")
    result = build_dossier(vault, tmp_path / "b", DossierOptions(timezone="Asia/Tehran"))
    pages = _pages(result.pdf_path)
    assert "Times are Tehran time (Asia/Tehran, UTC+03:30) unless marked." in pages[0]
    assert "This is not UK time" in pages[0]
    guidance = next(p for p in pages if "What this is" in p)
    assert "Times are Tehran time (Asia/Tehran, UTC+03:30) unless marked." in guidance
    text = " ".join(pages)
    assert "21 July 2026, 20:30 (UTC+03:30)" in text
    assert "about 09:15 on 25 July 2026 (UTC+03:30)" in text
    assert "2 August 2026, 14:05 (Europe/London time, BST)" in text
    assert "3 August 2026 (time not recorded)" in text
    unmarked = [
        text[max(0, m.start() - 40) : m.end() + 20]
        for m in _CLOCK.finditer(text)
        if not _MARK.match(text[m.end() : m.end() + 24])
        and not text[: m.start()].endswith('"About ')  # the guidance's example of "about"
    ]
    assert not unmarked, unmarked


# --- 2. English: one incident, places -------------------------------------------------------


def test_one_incident_reads_in_the_singular(vault, tmp_path):
    inc = _add(vault, "2026-05-03 15:00", "Europe/London", "Home")
    (tmp_path / "f").mkdir()
    photo = tmp_path / "f" / "photo.png"
    photo.write_bytes((DATA / "evidence" / "red.png").read_bytes())
    import_files(vault, inc, [photo])
    result = build_dossier(
        vault, tmp_path / "b", DossierOptions(timezone="Europe/London", statement=True)
    )
    text = " ".join(_pages(result.pdf_path))
    assert "1 incident on 3 May 2026, of the kind threats." in text  # page 1
    assert "1 incident on 3 May 2026: threats." in text  # the pattern
    assert "It has not been reported to the police or another body before." in text
    assert "1 incidents" not in text and "of them" not in text and "1 exhibits" not in text
    statement = _flat(pdftotext(result.path / "draft-witness-statement.pdf"))
    assert "The exhibit I refer to is the file in the evidence bundle" in statement
    assert "I refer to the photograph marked AH1." in statement
    assert "The exhibits I refer to" not in statement


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("Home", "at home"),
        ("home, London", "at home in London"),
        ("At home", "at home"),
        ("Home (London)", "at home (London)"),
        ("Outside my home", "outside my home"),
        ("Online", "online"),
        ("Online (Telegram)", "online (Telegram)"),
        ("Telegram", "on Telegram"),
        ("Phone", "by phone"),
        ("e-mail", "by e-mail"),
        ("My office", "at my office"),
        ("the school gate", "at the school gate"),
        ("Stratford station", "at Stratford station"),
        ("Romford Road bus stop", "at Romford Road bus stop"),
        ("Stratford, London", "in Stratford, London"),
        ("Tehran (family)", "in Tehran (family)"),
        ("Iran", "in Iran"),
        ("Westfield Stratford", "at Westfield Stratford"),
        ("Near the mosque.", "near the mosque"),
    ],
)
def test_place_phrase_reads_naturally(typed, phrase):
    assert place_phrase(typed) == phrase


@pytest.mark.parametrize(
    ("location", "category", "sentence"),
    [
        ("Home", "threats", "This happened on 3 May 2026 at 15:00 (Europe/London), at home."),
        (
            "Online (Telegram)",
            "online_harassment",
            "This happened on 3 May 2026 at 15:00 (Europe/London), online (Telegram).",
        ),
        (
            "Phone",
            "official_approach",
            "This happened on 3 May 2026 at 15:00 (Europe/London), by phone.",
        ),
        (
            "Stratford, London",
            "following",
            "This happened on 3 May 2026 at 15:00 (Europe/London), in Stratford, London.",
        ),
        ("", "hacking_phishing", "This happened on 3 May 2026 at 15:00 (Europe/London)."),
    ],
)
def test_statement_place_sentence(vault, location, category, sentence):
    _add(vault, "2026-05-03 15:00", "Europe/London", location, category)
    statement = build_statement(collect(vault, DossierOptions()), profile.load(vault))
    event = statement.paragraphs[-1]
    assert event.blocks[0].text.startswith(sentence + " My entry for this")


# --- 3. long file names ----------------------------------------------------------------------


def test_a_long_file_name_wraps_only_at_separators_and_fits_its_column():
    st = make_styles()
    width = 43 * mm - 6  # the exhibit index's column, less its padding
    lines = wrap_name(LONG_NAME, st.cell.fontName, st.cell.fontSize, width)
    assert "".join(lines) == LONG_NAME and len(lines) > 2
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, st.cell.fontName, st.cell.fontSize) <= width for line in lines)
    assert all(line[-1] in "_-./" for line in lines[:-1])
    flowable = FileName(LONG_NAME, st.cell)
    assert flowable.wrap(width, 1000)[1] == len(lines) * st.cell.leading


def test_a_long_original_name_stays_inside_the_page_and_is_split_at_separators(vault, tmp_path):
    inc = _add(vault, "2026-05-03 15:00", "Europe/London", "Home")
    (tmp_path / "f").mkdir()
    photo = tmp_path / "f" / LONG_NAME.replace(".jpeg", ".png")
    photo.write_bytes((DATA / "evidence" / "red.png").read_bytes())
    import_files(vault, inc, [photo])
    result = build_dossier(vault, tmp_path / "b", DossierOptions(timezone="Europe/London"))
    page_width = 595.3
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(result.pdf_path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    right = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right and max(right) <= page_width - 18 * mm + 1  # nothing runs into the margin
    lines = [line.strip() for line in pdftotext(result.pdf_path).splitlines()]
    pieces = [line for line in lines if "_" in line and line in photo.name]
    assert pieces and all(p[-1] in "_-./" or photo.name.endswith(p) for p in pieces)


# --- 4. labels keep with what follows --------------------------------------------------------


def test_headings_and_labels_keep_with_the_next_flowable(tmp_path):
    st = make_styles()
    for style in (st.h1, st.h2, st.h3, st.kicker, st.label):
        assert style.keepWithNext, style.name
    # Laid out: a label that would be the last line of page 1 moves to page 2 with its text.
    pdf = tmp_path / "keep.pdf"
    doc = SimpleDocTemplate(str(pdf), topMargin=20 * mm, bottomMargin=20 * mm)
    frame_h = doc.height
    story = [
        Spacer(1, frame_h - st.label.leading - 4),
        plain("Check with the person", st.label),
        Paragraph("The camera date is not the incident date: ask the person about it.", st.cell),
    ]
    doc.build(story)
    pages = pdftotext(pdf).split("\f")
    assert "Check with the person" not in pages[0]
    assert "Check with the person" in pages[1] and "camera date" in pages[1]


# --- 5. HEIC/HEIF ------------------------------------------------------------------------------


def test_heic_and_heif_keep_their_own_extension():
    assert bundle_name("AH1", "IMG_0001.HEIF", "image/heic") == "AH1_IMG_0001.heif"
    assert bundle_name("AH1", "IMG_0002.heic", "image/heif") == "AH1_IMG_0002.heic"
    assert bundle_name("AH1", "IMG_0003.heif", "image/heic", keep_name=False) == "AH1.heif"
    assert bundle_name("AH1", "not-a-photo.jpg", "image/heic") == "AH1_not-a-photo.heic"


def test_a_heif_exhibit_keeps_its_extension_in_the_bundle(vault, tmp_path):
    inc = _add(vault, "2026-05-03 15:00", "Europe/London", "Home")
    [result] = import_files(vault, inc, [HEIF])
    assert result.exhibit.content_type == "image/heic"  # the file's brand says HEIC
    built = build_dossier(vault, tmp_path / "b", DossierOptions())
    name = f"{result.exhibit.ref}_heic_samplefilehub.heif"
    assert (built.path / "exhibits" / name).is_file()
    manifest = json.loads((built.path / "manifest.json").read_text())
    [item] = manifest["exhibits"]
    assert item["file"] == f"exhibits/{name}" and item["content_type"] == "image/heic"
    text = _flat(pdftotext(built.pdf_path))
    assert f"exhibits/{name}" in text and "HEIC image (image/heic)" in text


# --- 6. incident numbers -----------------------------------------------------------------------


def test_the_guidance_explains_incident_numbers(vault, tmp_path):
    _add(vault, "2026-05-03 15:00", "Europe/London", "Home")
    result = build_dossier(vault, tmp_path / "b", DossierOptions())
    guidance = next(p for p in _pages(result.pdf_path) if "What this is" in p)
    assert "Incident numbers" in guidance
    assert "Each incident keeps the number it has in the person's SafeLog record" in guidance
    assert "exhibit index gives the incident number of every exhibit reference" in guidance


# --- 7. the person's new details ---------------------------------------------------------------


def test_name_in_latin_letters_and_english_safe_contact_on_page_one(vault, tmp_path):
    profile.save(
        vault,
        profile.Profile(
            name="مریم رحیمی",
            initials="MR",
            safe_contact="فقط پیامک بدهید",
            safe_contact_en="Text first; never leave a voicemail",
            name_latin="Maryam Rahimi",
        ),
    )
    inc = _add(vault, "2026-05-03 15:00", "Europe/London", "Home")
    (tmp_path / "f").mkdir()
    photo = tmp_path / "f" / "photo.png"
    photo.write_bytes((DATA / "evidence" / "red.png").read_bytes())
    import_files(vault, inc, [photo])
    result = build_dossier(vault, tmp_path / "b", DossierOptions(statement=True))
    pages = _pages(result.pdf_path)
    first, contents = pages[0], pages[1]
    produced = "Produced by Maryam Rahimi (the person reporting); name as written: "
    assert produced in _flat("\n".join(pages))
    assert "Maryam Rahimi (in Latin letters, as on the passport)" in first
    assert "Safe way to contact (in English)" in first
    assert "Text first; never leave a voicemail" in first
    assert "Maryam Rahimi (in Latin letters, as on the passport)" in contents
    statement = _flat(pdftotext(result.path / "draft-witness-statement.pdf"))
    assert "My name in Latin letters, as on my passport, is Maryam Rahimi." in statement
    assert "M Rahimi" in statement


def test_without_the_new_details_page_one_is_as_before(vault, tmp_path):
    _add(vault, "2026-05-03 15:00", "Europe/London", "Home")
    result = build_dossier(vault, tmp_path / "b", DossierOptions())
    first = _pages(result.pdf_path)[0]
    assert "Latin letters" not in first and "(in English)" not in first
    assert "Not recorded: ask the person how to contact them safely" in first
