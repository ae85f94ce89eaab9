"""Work the dossier does once instead of many times (issue 18) gives the same layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as ReportLabParagraph
from reportlab.platypus import Table

from safelog.dossier import fonts, para, styles
from safelog.dossier.para import Paragraph, shared_parsing
from safelog.dossier.tables import LongTable

ROOT = Path(__file__).resolve().parents[2]
TEXT = "A man in a grey car waited outside the house and followed me to the station. " * 4


def _style() -> ParagraphStyle:
    fonts.ensure_registered()
    return ParagraphStyle("t", fontName=fonts.BODY, fontSize=9, leading=11)


def test_wrapping_again_at_the_same_width_gives_the_same_lines(monkeypatch):
    style = _style()
    ours, theirs = Paragraph(TEXT, style), ReportLabParagraph(TEXT, style)
    calls = []
    original = ReportLabParagraph.breakLines
    monkeypatch.setattr(
        ReportLabParagraph, "breakLines", lambda self, w: calls.append(w) or original(self, w)
    )
    for width in (200, 200, 200, 120, 200):
        assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
        assert [line[1] for line in ours.blPara.lines] == [line[1] for line in theirs.blPara.lines]
    assert len(calls) == 5 + 3  # ours broke lines at 200, 120 and 200 again; ReportLab each time
    assert ours.wrap(0, 1000) == theirs.wrap(0, 1000)  # "does not fit" is never remembered


def test_shared_parsing_gives_each_paragraph_its_own_pieces_and_forgets_after():
    style = _style()
    text = '<font face="SafeLogSans">What happened</font>'
    with shared_parsing():
        first, second = Paragraph(text, style), Paragraph(text, style)
        other = Paragraph(text, styles.make_styles().h3)  # another style: parsed for itself
    assert first.frags is not second.frags
    assert all(a is not b for a, b in zip(first.frags, second.frags, strict=True))
    assert [f.text for f in first.frags] == [f.text for f in second.frags] == ["What happened"]
    first.frags[0].text = "changed"
    assert second.frags[0].text == "What happened"
    assert other.style is not style
    assert para._parsed.get() is None  # no user text is kept once the document is done
    plain = ReportLabParagraph(text, style)
    assert second.wrap(300, 100) == plain.wrap(300, 100)


def test_long_table_rows_measured_together_match_rows_measured_alone():
    style = _style()
    rows = [["1", Paragraph(TEXT[: 40 * n + 10], style), "short"] for n in range(1, 8)] + [
        ["2", "a plain string\non two lines", ""]
    ]
    widths = [30.0, 200.0, 80.0]
    alone = []
    for row in rows:
        probe = Table([row], colWidths=widths)
        probe.setStyle(styles.grid(True))
        alone.append(probe.wrap(310, 1e9)[1])
    table = LongTable(["#", "What", "Note"], rows, widths)
    assert table._rows_alike()
    table.wrap(310, 1e9)
    assert table._heights == alone
    # A command for some rows only: each row is measured on its own, as before.
    special = LongTable(
        ["#", "What", "Note"], rows, widths, extra=[("FONTSIZE", (0, 2), (-1, 2), 14)]
    )
    assert not special._rows_alike()
    special.wrap(310, 1e9)
    assert len(special._heights) == len(rows)


def test_the_cjk_font_is_read_only_when_a_character_needs_it():
    """Reading DroidSansFallbackFull takes two thirds of the font set-up (issue 18): a dossier
    without Chinese or Japanese never reads it, and one with them prints them in it."""
    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from safelog.dossier import fonts, pdf, styles\n"
        "from safelog.dossier.flow import user_text\n"
        "st = styles.make_styles()\n"
        "pdf.render_to_bytes(user_text('Followed home. سلام Привет', st.body), 'SL-1', 't')\n"
        "print('cjk' in [f.key for f in fonts.CHAIN], "
        "'SafeLogCJK' in pdfmetrics.getRegisteredFontNames())\n"
        "data = pdf.render_to_bytes(user_text('他在我家门外拍照', st.body), 'SL-2', 't')\n"
        "print('SafeLogCJK' in pdfmetrics.getRegisteredFontNames(), len(data) > 1000)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False", "True", "True"]
