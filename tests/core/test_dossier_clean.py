"""clean() looks each distinct character up once and skips the work for plain ASCII; what it
returns must be what the character-by-character definition gives."""

from __future__ import annotations

import random

from safelog.dossier import fonts
from safelog.dossier.text import _DROP, clean
from safelog.textutil import mark_bidi_controls


def _reference(text: str) -> str:
    """The definition, one character at a time (how clean() used to work)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _DROP.sub("", mark_bidi_controls(text))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(ch if ch == "\n" else fonts.printable(ch) for ch in text)


def test_clean_matches_the_per_character_definition():
    pool = [chr(c) for c in range(0x250)] + list(
        "\u202e\u2066\u2069\u2028\u2029\ufeff\u200e\u200c مردی他在ሀ\U0001f600\u0378\U000e0001"
    )
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 30)))
        assert clean(text) == _reference(text), repr(text)


def test_a_character_no_font_has_is_replaced_every_time_it_occurs():
    missing = "\U000e0001"  # a tag character: no shipped font has it
    assert fonts.printable(missing) == fonts.REPLACEMENT
    text = f"a{missing}b مردی {missing}"
    assert clean(text) == f"a{fonts.REPLACEMENT}b مردی {fonts.REPLACEMENT}"


def test_plain_ascii_is_returned_as_is_and_controls_still_go():
    text = "CAD 4412/17MAY26 <b>&amp;"
    assert clean(text) is text
    assert clean("a\x00b\x7fc\r\nd\te") == "ab" + "c\nd    e"
