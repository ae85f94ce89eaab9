"""Embedding levels and line order for right-to-left text, from python-bidi (Rust ``unicode-bidi``).

ReportLab 5 shapes Arabic-script words through HarfBuzz but has no bidi algorithm of its own on
PyPI. python-bidi wraps the maintained ``unicode-bidi`` crate, which implements UAX #9 in full
(brackets, isolates, weak and neutral types); it passes nearly all of Unicode's own conformance
test, where SafeLog's earlier hand-written version got 84% of it right. Its Python API returns
only the reordered paragraph or, with ``debug=True``, the crate's resolved state; SafeLog needs
the level of each character, because it breaks lines, picks a font per character and shapes
each run itself, so it reads the levels from that state. The format is checked on every call
and the conformance test in ``tests/core/test_dossier_bidi.py`` guards it across versions.

What stays here is line work the crate's Python API does not expose: rule L1 (whitespace at a
line's end goes back to the paragraph level) for lines SafeLog breaks, and rule L2 (reversing
runs) on runs rather than on characters. Explicit embeddings and overrides never reach this
module: :func:`.text.clean` turns those characters into visible markers first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from unicodedata import bidirectional

from bidi import get_base_level
from bidi.wrapper import get_display

from ..errors import ExportFailed
from ..i18n import _

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_LEVELS = re.compile(r"\n    levels: \[(.*?)\n    \],", re.DOTALL)
_PARAGRAPH = re.compile(r"ParagraphInfo \{.*?level: Level\(\s*(\d+)", re.DOTALL)
# Classes that can raise a level when the paragraph is left to right: without any of them,
# every level is 0 and the crate need not be asked.
_RAISING = frozenset(("R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "LRI", "RLI", "FSI"))
_RESET = frozenset(("S", "B"))  # L1 (1): segment and paragraph separators
_TRAILING = frozenset(
    ("WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF")
)  # L1 (2)-(4): whitespace, isolates and X9-removed characters


def base_level(text: str) -> int:
    """P2-P3: 1 if the first strong character (outside isolates) is right-to-left, else 0."""
    return get_base_level(text) if text else 0


def levels(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """(paragraph level, resolved level of each character) for one paragraph.

    ``base`` fixes the paragraph direction (0 left-to-right, 1 right-to-left); ``None`` takes
    it from the first strong character. Characters that rule X9 removes (ZWNJ, ZWJ) get the
    level of the character before them, so they stay inside the run HarfBuzz shapes.
    """
    if not text:
        return (base or 0), []
    if not base and not any(bidirectional(ch) in _RAISING for ch in text):
        return 0, [0] * len(text)  # left to right throughout (CJK, say): nothing to resolve
    direction = None if base is None else ("R" if base % 2 else "L")
    state = str(get_display(text, base_dir=direction, debug=True))
    by_byte = _LEVELS.search(state)
    para = _PARAGRAPH.search(state)
    encoded = text.encode("utf-8")
    if by_byte is None or para is None:
        raise ExportFailed(_("The bidi library python-bidi changed its output; reinstall SafeLog."))
    per_byte = [int(v) for v in _LEVEL.findall(by_byte.group(1))]
    if len(per_byte) != len(encoded):
        raise ExportFailed(_("The bidi library python-bidi changed its output; reinstall SafeLog."))
    if text.isascii():
        out = per_byte
    else:
        out = []
        offset = 0
        for ch in text:
            out.append(per_byte[offset])
            offset += len(ch.encode("utf-8"))
    return int(para.group(1)), out


def line_levels(text: str, line_levels_in: Sequence[int], para: int) -> list[int]:
    """L1 for one line: separators, and whitespace before them or at the line's end, reset."""
    result = list(line_levels_in)
    trailing = True  # walking backwards: still inside whitespace that ends the line or a segment
    for i in range(len(text) - 1, -1, -1):
        kind = bidirectional(text[i])
        if kind in _RESET:
            result[i] = para
            trailing = True
        elif trailing and kind in _TRAILING:
            result[i] = para
        else:
            trailing = False
    return result


def visual_order(run_levels: Sequence[int]) -> list[int]:
    """L2: the display order of runs (or characters), given the level of each."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min((lv for lv in run_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
