"""Bidi levels and order: Unicode's own conformance test, and Persian, Arabic and Urdu lines.

The conformance file ``BidiCharacterTest.txt`` ships in Debian's ``unicode-data`` package. Cases
with explicit embeddings, overrides or isolates (U+202A-202E, U+2066-2069) are left out: SafeLog
never lets those characters reach the layout (:func:`safelog.dossier.text.clean` shows them as
visible markers), which leaves 91,605 of its 91,707 cases. SafeLog's earlier hand-written
algorithm got 84.1% of them right; python-bidi gets all of them right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safelog.dossier import bidi
from safelog.dossier.text import clean

CONFORMANCE = Path("/usr/share/unicode/BidiCharacterTest.txt")
EXPLICIT = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))


MIRROR = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


def display(text: str, base: int | None = None) -> str:
    """The characters of one line in the order they are drawn, left to right.

    Brackets at a right-to-left level are mirrored (rule L4), as HarfBuzz draws them.
    """
    para, levels = bidi.levels(text, base)
    levels = bidi.line_levels(text, levels, para)
    return "".join(
        MIRROR.get(text[i], text[i]) if levels[i] % 2 else text[i]
        for i in bidi.visual_order(levels)
    )


def rtl_words(*words: str) -> str:
    """A right-to-left run as drawn: its words in reverse order, each word's letters reversed."""
    return " ".join(word[::-1] for word in reversed(words))


def _cases() -> list[tuple[str, int | None, int, list[str], list[int]]]:
    cases = []
    with CONFORMANCE.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            code_points, direction, para, levels, order = line.split(";")
            chars = [int(cp, 16) for cp in code_points.split()]
            if EXPLICIT.intersection(chars):
                continue
            cases.append(
                (
                    "".join(map(chr, chars)),
                    None if direction == "2" else int(direction),
                    int(para),
                    levels.split(),
                    [int(i) for i in order.split()],
                )
            )
    return cases


@pytest.mark.skipif(
    not CONFORMANCE.is_file(),
    reason=f"{CONFORMANCE} is absent: install Debian's unicode-data package",
)
def test_unicode_conformance_file_levels_and_order():
    cases = _cases()
    assert len(cases) > 90_000  # 91,605 in Unicode 15.0's file
    wrong_levels, wrong_order = [], []
    for text, base, para_expected, expected, order in cases:
        para, levels = bidi.levels(text, base)
        levels = bidi.line_levels(text, levels, para)
        if para != para_expected or any(
            e != "x" and int(e) != lv for e, lv in zip(expected, levels, strict=True)
        ):
            wrong_levels.append(text)
        kept = [i for i, e in enumerate(expected) if e != "x"]
        drawn = [kept[i] for i in bidi.visual_order([levels[i] for i in kept])]
        if drawn != order:
            wrong_order.append(text)
    right = len(cases) - len(wrong_levels)
    assert not wrong_levels, (
        f"levels right in {right} of {len(cases)} cases "
        f"({100 * right / len(cases):.1f}%); first wrong: "
        f"{[hex(ord(c)) for c in wrong_levels[0]]}"
    )
    assert not wrong_order, f"{len(wrong_order)} cases drawn in the wrong order"


@pytest.mark.parametrize(
    "line,expected",
    [
        # Persian, Arabic and Urdu sentences read right to left, word by word.
        ("مردی با ماشین خاکستری", rtl_words("مردی", "با", "ماشین", "خاکستری")),
        ("رجل في سيارة رمادية", rtl_words("رجل", "في", "سيارة", "رمادية")),
        ("وہ میرے گھر کے باہر", rtl_words("وہ", "میرے", "گھر", "کے", "باہر")),
        # Numbers keep their own left-to-right order: Persian, Arabic-Indic and Latin digits.
        ("سال ۱۴۰۳ بود", "دوب ۱۴۰۳ لاس"),
        ("في ٢٠٢٦ كان", "ناك ٢٠٢٦ يف"),
        ("ساعت 21:45 بود", "دوب 21:45 تعاس"),
        ("مرجع CAD 4412/17MAY26 است", "تسا CAD 4412/17MAY26 عجرم"),
        # Numbers separated by a space after Arabic letters are two runs ordered right to left
        # (rules W2 and N1), as every conformant renderer shows them.
        ("شماره 07700 900123", "900123 07700 هرامش"),
        # English, @handles and URLs inside Persian stay readable left to right, as one block each.
        ("پیام از @maryam_j آمد", "دمآ maryam_j@ زا مایپ"),
        ("لینک https://t.me/x?id=5 بود", "دوب https://t.me/x?id=5 کنیل"),
        ("او در Signal Desktop نوشت", "تشون Signal Desktop رد وا"),
        # Brackets pair up (rule N0); the old hand-written code drew "(Ali (Reza مان" here.
        ("نام Ali (Reza)", "Ali (Reza) مان"),
        ("نام (Ali Reza) است", "تسا (Ali Reza) مان"),
        # A Persian name in an English line: the name reads right to left in its place.
        ("Seen with علی رضایی at 9pm", "Seen with " + rtl_words("علی", "رضایی") + " at 9pm"),
    ],
)
def test_lines_in_reading_order(line, expected):
    assert display(line) == expected


def test_zero_width_non_joiner_stays_inside_its_word():
    para, levels = bidi.levels("من می\u200cخواهم بروم")
    assert para == 1 and set(levels) == {1}  # ZWNJ takes its word's level: one shaped run
    para, levels = bidi.levels("I said می\u200cخواهم today")
    assert para == 0 and levels[7:15] == [1] * 8


def test_fixed_direction_for_english_lines_with_persian_names():
    """SafeLog's own English labels around a Persian name keep a left-to-right paragraph."""
    assert display("علی رضایی (witness)", base=0) == rtl_words("علی", "رضایی") + " (witness)"
    assert display("علی رضایی (witness)") == "(witness) " + rtl_words("علی", "رضایی")


def test_trailing_whitespace_and_separators_take_the_paragraph_level():
    text = "abc سلام  "
    para, levels = bidi.levels(text)
    assert bidi.line_levels(text, levels, para)[-2:] == [0, 0]
    text = "سلام abc  "
    para, levels = bidi.levels(text)
    assert bidi.line_levels(text, levels, para)[-2:] == [1, 1]


def test_levels_are_per_character_for_every_utf8_length():
    """python-bidi reports a level per UTF-8 byte; SafeLog maps them back to characters."""
    text = "a é ☎ 😀 سلام 你好"
    para, levels = bidi.levels(text)
    assert para == 0 and len(levels) == len(text)
    assert levels[text.index("س") : text.index("م") + 1] == [1, 1, 1, 1]
    assert levels[-2:] == [0, 0]


def test_empty_and_neutral_text():
    assert bidi.levels("") == (0, [])
    assert bidi.levels("", 1) == (1, [])
    assert bidi.levels("123 ...") == (0, [0, 0, 0, 0, 0, 0, 0])
    assert bidi.base_level("123 سلام") == 1 and bidi.base_level("") == 0
    assert bidi.visual_order([]) == []


def test_overrides_never_reach_the_algorithm():
    """A right-to-left override in a file name would reverse it; clean() shows it instead."""
    text = clean("invoice\u202efdp.exe")
    assert display(text) == "invoice[U+202E]fdp.exe"
    assert clean("سلام\u2029hello\u2028") == "سلام\nhello\n"  # one bidi paragraph per line
