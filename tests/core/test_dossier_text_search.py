"""Persian, Arabic and Urdu in the dossier can be searched: ``pdftotext`` gives words as typed.

The glyphs HarfBuzz draws map back only to presentation forms (or nothing); SafeLog marks each
word with ``/ActualText``. These tests read the PDF as a recipient would, with poppler's
``pdftotext``: after NFKC normalisation (and without the direction marks poppler adds), every
word reads as typed, the لا ligature and the zero-width non-joiner included, and text in other
scripts still reads back. The marks must not change the look: a line drawn with and without
them renders to the same pixels.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from safelog.dossier import DossierOptions, build_dossier, flow, fonts, pdf, styles
from safelog.dossier.actualtext import plan
from safelog.incidents.model import Incident, Person, PersonLink
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
    reason="poppler-utils (pdftotext, pdftoppm) not installed",
)

ZWNJ = "\u200c"
# Whole lines that must read back exactly: letters only, so no reader has to guess an order.
FA_LINE = f"من می{ZWNJ}خواهم به پلیس بگویم که او لا به لای درختان ایستاده بود"
AR_LINE = "لا أعرف الرجل الذي تبعني إلى المنزل"
UR_LINE = "وہ میرے گھر کے باہر کھڑا تھا"
# Lines mixing directions: every word must read back as typed.
FA_MIXED = (
    f"در تاریخ ۱۴۰۳/۰۲/۲۸ ساعت 21:45 پیامی از @maryam_j در Signal دریافت کردم و نمی{ZWNJ}دانم چرا"
)
FA_URL = "لینک https://t.me/x?id=5 را برایم فرستاد"
UR_MIXED = "وہ 3 بار آیا اور @ali_raza نے لکھا"
ZH = "他在我家门外拍照然后跟踪我到地铁站"
RU = "Мою мать в Тегеране вызвали на допрос"
TI = "ኣብ ደገ ገዛይ ደው ኢሉ ስእሊ ይወስድ ነበረ"
FA_NAME = "مریم حسینی"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\ue000-\uf8ff]")


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _searchable(raw: str) -> str:
    """What a search sees: NFKC, without direction marks, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(text.split())


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _assert_reads_back(raw: str) -> None:
    assert not PRESENTATION_FORMS.findall(raw), "presentation forms or private-use characters"
    text = _searchable(raw)
    for line in (FA_LINE, AR_LINE, UR_LINE, ZH, RU, TI):
        assert _nfkc(line) in text, line
    for line in (FA_MIXED, FA_URL, UR_MIXED):  # poppler orders mixed runs by position
        for word in line.split():
            assert _nfkc(word) in text, word
    for word in (
        f"می{ZWNJ}خواهم",
        f"نمی{ZWNJ}دانم",
        "لا",
        "لای",
        "@maryam_j",
        "@ali_raza",
        "۱۴۰۳/۰۲/۲۸",
        FA_NAME,
    ):
        assert word in text, word


def _story() -> list:
    st = styles.make_styles()
    story = []
    for line in (FA_LINE, AR_LINE, UR_LINE, FA_MIXED, FA_URL, UR_MIXED, ZH, RU, TI):
        story.extend(flow.user_text(line, st.body))
    story.append(flow.cell(FA_NAME, st.cell))
    return story


@needs_poppler
def test_helpers_write_words_as_typed(tmp_path):
    path = tmp_path / "lines.pdf"
    pdf.write_pdf(_story(), path, "TEST-1")
    _assert_reads_back(_pdftotext(path))


@pytest.fixture
def persian_case(vault):
    """A case in Persian with Arabic and Urdu quotes and Persian names in the tables."""
    man = add_person(
        vault,
        Person(
            name="مرد با ماشین خاکستری",
            kind="perpetrator_unknown",
            description=f"حساب {'@maryam_j'} را دنبال می{ZWNJ}کند",
        ),
    )
    sister = add_person(vault, Person(name=FA_NAME, kind="witness", description="خواهر"))
    rows = [
        (FA_LINE, FA_MIXED),
        ("تهدید به عربی", f"{AR_LINE}\n{FA_URL}"),
        ("اردو", f"{UR_LINE}\n{UR_MIXED}"),
        ("电话威胁", ZH),
        ("Угрозы семье", RU),
        ("ስእሊ ተወሲዱ", TI),
    ]
    for n, (title, narrative) in enumerate(rows):
        add_incident(
            vault,
            Incident(
                title=title,
                when=parse_when(f"2026-05-{3 + n:02d} 15:00", tz="Europe/London"),
                category="following",
                narrative=narrative,
                location="خیابان آکسفورد",
                people=[PersonLink(man.id, "perpetrator"), PersonLink(sister.id, "witness")]
                if n < 2
                else [],
            ),
        )


@needs_poppler
def test_dossier_words_read_back_as_typed_and_fonts_stay_embedded(vault, persian_case, tmp_path):
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    raw = _pdftotext(result.pdf_path)
    _assert_reads_back(raw)
    text = _searchable(raw)
    for word in ("ماشین", "خاکستری", "خیابان", "آکسفورد", f"می{ZWNJ}کند", "خواهر"):
        assert word in text, word
    fonts_out = subprocess.run(
        ["pdffonts", str(result.pdf_path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts_out and all(re.search(r"\syes\s+yes\s+yes\s", line) for line in fonts_out), (
        fonts_out
    )
    assert any("NotoNaskhArabic" in line for line in fonts_out)


def _render(draw) -> Image.Image:
    """One A4 page drawn by ``draw(canvas)``, rendered by poppler at 80 dpi."""
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=styles.PAGE, initialFontName=fonts.BODY)
    draw(canv)
    canv.showPage()
    canv.save()
    png = subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-"],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(png)).convert("RGB")


@needs_poppler
def test_marking_words_does_not_change_the_look():
    fonts.ensure_registered()
    paragraphs = [part for part in _story() if isinstance(part, flow.BidiText)]
    assert len(paragraphs) == 8  # Russian and Tigrinya are ordinary paragraphs

    def marked(canv):
        y = 780
        for para in paragraphs:
            _, height = para.wrapOn(canv, styles.FRAME_WIDTH, 800)
            para.drawOn(canv, 50, y - height)
            y -= height + 6

    def plain(canv):  # the pieces of each line, one textOut each, as before /ActualText
        y = 780
        for para in paragraphs:
            _, height = para.wrapOn(canv, styles.FRAME_WIDTH, 800)
            size, leading = para.style.fontSize, para.style.leading
            canv.saveState()
            canv.translate(50, y - height)
            canv.setFillColor(para.style.textColor)
            base = height - pdfmetrics.getAscent(fonts.BODY, size) - (leading - size * 1.2) / 2
            for n, line in enumerate(para._lines):
                x = para.width - line.width if line.rtl else 0.0
                text_obj = canv.beginText()
                for piece in line.pieces:
                    text_obj.setTextOrigin(x, base - n * leading)
                    text_obj.setFont(piece.font, size, leading)
                    text_obj.textOut(piece.text)
                    x += piece.width
                canv.drawText(text_obj)
            canv.restoreState()
            y -= height + 6

    before, after = _render(plain), _render(marked)
    assert ImageChops.difference(before, after).getbbox() is None
    assert ImageChops.difference(after, Image.new("RGB", after.size, "white")).getbbox()


def test_a_handle_is_one_span_across_the_runs_that_draw_it():
    """The "@" of a handle inside Persian is drawn by the right-to-left run beside it."""
    st = styles.make_styles()
    para = flow.BidiText("پیامی از @maryam_j آمد", st.body)
    para.wrap(400, 100)
    (line,) = para._lines
    spans = [actual for slices in plan(line.pieces, line.text) for *_, actual in slices if actual]
    assert "\u200e@maryam_j" in spans  # with a left-to-right mark, see _for_readers
    words = [s.replace("\u200f", "")[::-1] for s in spans if not s.startswith("\u200e")]
    assert sorted(words) == sorted(["پیامی", "از", "آمد"])


def test_ligature_and_zwnj_stay_in_their_word():
    st = styles.make_styles()
    para = flow.BidiText(f"لا می{ZWNJ}خواهم", st.body)
    para.wrap(400, 100)
    (line,) = para._lines
    spans = sorted(
        actual for slices in plan(line.pieces, line.text) for *_, actual in slices if actual
    )
    assert spans == sorted(["ال", f"مهاوخ{ZWNJ}یم"])  # drawing order, reversed by readers


def _word_boxes(path: Path) -> list[tuple[float, float, str]]:
    """(xMin, yMin, text) of each word as poppler places it (right-to-left words reversed)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(x), float(y), word)
        for x, y, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html
        )
    ]


@needs_poppler
def test_persian_names_in_table_cells_read_right_to_left(tmp_path):
    """A name cell is right-aligned, first name rightmost; an English label keeps its place."""
    st = styles.make_styles()
    table = Table(
        [
            [flow.cell("علی رضایی", st.cell), flow.cell("Witness", st.cell)],
            [flow.cell("مریم حسینی (witness)", st.cell, ltr=True), ""],
        ],
        colWidths=[80 * mm, 40 * mm],
        style=styles.grid(header=False),
    )
    path = tmp_path / "table.pdf"
    pdf.write_pdf([table], path, "TEST-1")
    boxes = {
        word[::-1] if re.search("[\u0600-\u06ff]", word) else word: (x, y)
        for x, y, word in _word_boxes(path)
    }
    for first, last in (("علی", "رضایی"), ("مریم", "حسینی")):
        assert boxes[first][0] > boxes[last][0], (first, last)  # first name on the right
    assert boxes["Witness"][0] > boxes["علی"][0]
    assert boxes["(witness)"][0] > boxes["مریم"][0]  # left-to-right line: label after name
    assert boxes["علی"][0] > styles.MARGIN_X + 40 * mm  # right-aligned in its 80 mm cell
