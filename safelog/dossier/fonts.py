"""The fonts a dossier embeds, and which one prints each character.

ReportLab embeds TrueType outlines only, and a font covers only some scripts, so SafeLog ships a
small chain of open-licensed TrueType fonts (``resources/fonts``; see its README for licences)
and picks a font per character: the first font in the chain that has a glyph for it. Spaces,
digits and punctuation stay in the font of the text around them when that font has them, so a
Persian sentence is not broken into many short runs by its punctuation.

Registration happens on first use, never at import time, and only once per process: ReportLab
keeps registered fonts in a process-wide table.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import ExportFailed
from ..i18n import _
from ..paths import resource


@dataclass(frozen=True)
class Face:
    """One font of the chain: its ReportLab name for regular and bold text."""

    key: str
    regular: str
    bold: str
    shaped: bool  # needs HarfBuzz shaping (joining scripts)


# (ReportLab name, file) pairs; names are prefixed so they never clash with other code.
_FILES: dict[str, str] = {
    "SafeLogSans": "NotoSans-Regular.ttf",
    "SafeLogSans-Bold": "NotoSans-Bold.ttf",
    "SafeLogMono": "NotoSansMono-Regular.ttf",
    "SafeLogNaskh": "NotoNaskhArabic-Regular.ttf",
    "SafeLogNaskh-Bold": "NotoNaskhArabic-Bold.ttf",
    "SafeLogEthiopic": "NotoSansEthiopic-Regular.ttf",
    "SafeLogEthiopic-Bold": "NotoSansEthiopic-Bold.ttf",
    "SafeLogCJK": "DroidSansFallbackFull.ttf",
    "SafeLogSymbols": "NotoSansSymbols2-Regular.ttf",
}

SANS = Face("sans", "SafeLogSans", "SafeLogSans-Bold", False)
NASKH = Face("naskh", "SafeLogNaskh", "SafeLogNaskh-Bold", True)
ETHIOPIC = Face("ethiopic", "SafeLogEthiopic", "SafeLogEthiopic-Bold", False)
CJK = Face("cjk", "SafeLogCJK", "SafeLogCJK", False)  # no bold cut exists
SYMBOLS = Face("symbols", "SafeLogSymbols", "SafeLogSymbols", False)
MONO = Face("mono", "SafeLogMono", "SafeLogMono", False)

CHAIN: tuple[Face, ...] = (SANS, NASKH, ETHIOPIC, CJK, SYMBOLS)
"""Fallback order for user text."""

BODY = SANS.regular
BOLD = SANS.bold
MONOSPACE = MONO.regular
REPLACEMENT = "\ufffd"  # printed (in Noto Sans) for a character no font has

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}
_choice: dict[tuple[str, str], Face] = {}
# Read only when a character needs it: the CJK font takes 60 of the 90 ms all fonts take to
# read, most dossiers have no Chinese or Japanese, and a small dossier builds in a few hundred ms.
_ON_DEMAND = frozenset({CJK.regular})
_wanted: set[str] = set()


def ensure_registered() -> None:
    """Register the dossier fonts with ReportLab (once per process; CJK when first needed)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            if name in _coverage or (name in _ON_DEMAND and name not in _wanted):
                continue
            path = resource("fonts", filename)
            try:
                font = TTFont(name, str(path))
            except Exception as exc:  # a missing or damaged font file from a broken install
                raise ExportFailed(
                    _("SafeLog's font {filename} is missing or damaged; reinstall SafeLog.").format(
                        filename=filename
                    )
                ) from exc
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
        _registered = True


def _cover(name: str) -> frozenset[int]:
    """The characters font ``name`` has, registering it first if it is read on demand."""
    global _registered
    ensure_registered()
    found = _coverage.get(name)
    if found is None:
        with _lock:
            _wanted.add(name)
            _registered = False
        ensure_registered()
        found = _coverage[name]
    return found


def covers(face: Face, ch: str) -> bool:
    return ord(ch) in _cover(face.regular)


def _is_neutral(ch: str) -> bool:
    """Characters shared by every script: spaces, digits, punctuation, symbols."""
    return unicodedata.category(ch)[0] in "ZNPS" or ch in "\u200c\u200d"


def face_for(ch: str, previous: Face | None = None) -> Face:
    """The font that prints ``ch``; neutral characters stay with ``previous`` if it can."""
    key = (ch, previous.key if previous else "")
    cached = _choice.get(key)
    if cached is not None:
        return cached
    ensure_registered()
    code = ord(ch)
    chosen: Face | None = None
    if previous is not None and _is_neutral(ch) and code in _cover(previous.regular):
        chosen = previous
    if chosen is None:
        for face in CHAIN:
            if code in _cover(face.regular):
                chosen = face
                break
    result = chosen or SANS
    if len(_choice) < 200_000:
        _choice[key] = result
    return result


def printable(ch: str) -> str:
    """``ch`` if some font has it, else the replacement character."""
    code = ord(ch)
    if any(code in _cover(f.regular) for f in CHAIN):
        return ch
    return REPLACEMENT


def runs(text: str, start: Face | None = None) -> list[tuple[Face, str]]:
    """Split ``text`` into (font, text) runs, choosing the font per character."""
    out: list[tuple[Face, str]] = []
    current: Face | None = start
    buf: list[str] = []
    for ch in text:
        face = face_for(ch, current)
        if face is not current and buf:
            out.append((current or SANS, "".join(buf)))
            buf = []
        current = face
        buf.append(ch)
    if buf:
        out.append((current or SANS, "".join(buf)))
    return out
