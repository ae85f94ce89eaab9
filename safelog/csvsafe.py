"""CSV that is safe to open in a spreadsheet.

A cell beginning with ``= + - @``, a tab, carriage return or NUL can be run as a formula by
Excel or LibreOffice (``=HYPERLINK(...)`` leaking data, for one). Every CSV SafeLog writes passes
each cell through :func:`neutralise`, which prefixes such cells with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

_DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_DANGEROUS_FIRST) else text


def write_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The whole CSV as text (RFC 4180 quoting, CRLF line ends as spreadsheets expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()
