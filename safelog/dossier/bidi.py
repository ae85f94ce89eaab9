"""The Unicode bidirectional algorithm, as much of it as plain user text needs.

ReportLab 5 shapes Arabic-script words through HarfBuzz but orders words right to left only with
its optional ``rlbidi`` extension, which is not on PyPI. This module gives each character its
embedding level (rules P2-P3, W1-W7, N1-N2, I1-I2 of UAX #9) and reorders a line (L1-L2), so
Persian, Arabic and Urdu read right to left with English, numbers and punctuation where a reader
expects them. Explicit embeddings and overrides are not needed: :func:`.text.clean` turns those
characters into visible markers before text gets here.
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import bidirectional

_STRONG_R = frozenset(("R", "AL"))
_NEUTRAL = frozenset(("B", "S", "WS", "ON"))


def base_level(text: str) -> int:
    """P2-P3: 1 if the first strong character is right-to-left, else 0."""
    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            return 0
        if kind in _STRONG_R:
            return 1
    return 0


def levels(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """(paragraph level, level of each character) for one paragraph without line breaks."""
    para = base_level(text) if base is None else base
    sos = "R" if para % 2 else "L"
    types = [bidirectional(ch) or "L" for ch in text]
    n = len(types)
    # W1: non-spacing marks (and boundary neutrals such as ZWNJ) take the type before them.
    prev = sos
    for i, kind in enumerate(types):
        if kind in ("NSM", "BN"):
            types[i] = prev
        else:
            prev = kind
    # W2 + W3: European numbers after Arabic letters are Arabic numbers; AL becomes R.
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            last_strong = kind
            if kind == "AL":
                types[i] = "R"
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    # W4: a single separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        kind = types[i]
        if kind == "ES" and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
        elif kind == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: terminators (%, currency signs) next to European numbers become numbers.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral.
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):
            types[i] = "ON"
    # W7: European numbers after left-to-right text are left-to-right.
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"
    # N1-N2: neutrals between two runs of the same direction take it; others the paragraph's.
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else _strong_of(types[i - 1])
            after = sos if j == n else _strong_of(types[j])
            resolved = before if before == after else sos
            for k in range(i, j):
                types[k] = resolved
            i = j
        else:
            i += 1
    # I1-I2: implicit levels.
    out = []
    for kind in types:
        if para % 2 == 0:
            out.append(para + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            out.append(para + (1 if kind in ("L", "EN", "AN") else 0))
    return para, out


def _strong_of(kind: str) -> str:
    return "R" if kind in ("R", "AN", "EN") else "L"


def line_levels(text: str, line_levels_in: Sequence[int], para: int) -> list[int]:
    """L1: whitespace at the end of a line goes back to the paragraph level."""
    result = list(line_levels_in)
    i = len(text) - 1
    while i >= 0 and bidirectional(text[i]) in ("WS", "S", "B", "BN"):
        result[i] = para
        i -= 1
    return result


def visual_order(run_levels: Sequence[int]) -> list[int]:
    """L2: the display order of runs, given each run's level (lowest odd level upwards)."""
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

