"""ReportLab's ``Paragraph``, remembering its line breaks for the width it was last given.

Breaking lines is the largest single cost of a dossier (issue 18), and tables ask for it up to
three times per cell at the same width: ``LongTable`` measuring its rows, the ``Table`` laying
itself out, and the cell being drawn. The result depends only on the text, the style and the
width, so the second and third answers are the first one again. Every dossier module imports
``Paragraph`` from here.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as _ReportLabParagraph

_FUZZ = 1e-6  # below this width ReportLab answers "does not fit" without breaking lines


class Paragraph(_ReportLabParagraph):
    """A ``Paragraph`` whose ``wrap`` at an unchanged width reuses the lines it already broke."""

    _memo: tuple[float, float, float, Any, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = memo
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:
            self._memo = (availWidth, width, height, self.blPara, self._wrapWidths)
        return width, height
