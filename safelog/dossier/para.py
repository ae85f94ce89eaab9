"""ReportLab's ``Paragraph``, made cheaper where a dossier asks the same question many times.

Breaking lines and parsing paragraph markup are the largest costs of a dossier (issue 18):

- tables ask for the line breaks up to three times per cell at the same width (``LongTable``
  measuring its rows, the ``Table`` laying itself out, the cell being drawn). The result depends
  only on the text, the style and the width, so ``wrap`` keeps the last answer for its width;
- SafeLog's own words ("What happened", "not reported", a date) come back on every incident.
  Inside :func:`shared_parsing` each distinct text and style is parsed once and each paragraph
  gets its own copy of the pieces; the table is dropped when the document is done, so no user
  text outlives the build.

Every dossier module imports ``Paragraph`` from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.platypus import Paragraph as _ReportLabParagraph

_FUZZ = 1e-6  # below this width ReportLab answers "does not fit" without breaking lines
_Parsed = tuple[Any, str, Any, list[Any]]  # the style asked for, text, style, pieces
_parsed: ContextVar[dict[tuple[str, int, int], _Parsed] | None] = ContextVar(
    "safelog_parsed_paragraphs", default=None
)


def _copy(piece: ABag) -> ABag:
    """``piece.clone()`` without going through keyword arguments (a third of the time)."""
    twin = piece.__class__.__new__(piece.__class__)
    twin.__dict__.update(piece.__dict__)
    return twin


@contextmanager
def shared_parsing() -> Iterator[None]:
    """Parse each distinct paragraph once while one document is composed and built."""
    token = _parsed.set({})
    try:
        yield
    finally:
        _parsed.reset(token)


class Paragraph(_ReportLabParagraph):
    """A ``Paragraph`` that reuses its line breaks at an unchanged width, and a parse of the
    same text and style made earlier in the same document."""

    _memo: tuple[float, float, float, Any, Any] | None = None

    def _setup(
        self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Callable[..., Any]
    ) -> None:
        parsed = _parsed.get()
        if (
            parsed is None
            or frags is not None
            or bulletText is not None
            or not isinstance(text, str)
        ):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, id(style), int(self.caseSensitive))
        hit = parsed.get(key)
        if hit is not None and hit[0] is style:
            _, self.text, self.style, pieces = hit
            self.frags = [_copy(piece) for piece in pieces]
            self.bulletText = None
            self.debug = 0
            return
        super()._setup(text, style, None, None, cleaner)
        if self.bulletText is None and all(isinstance(f, ABag) for f in self.frags):
            parsed[key] = (style, self.text, self.style, [_copy(f) for f in self.frags])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = memo
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:
            self._memo = (availWidth, width, height, self.blPara, self._wrapWidths)
        return width, height
