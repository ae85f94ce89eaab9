"""Finding the line of a key in a checklist file, for error messages.

``tomllib`` gives a line number only for syntax errors. A file that parses but breaks a content
rule (an item without a source, a repeated id) must still be reported as "file, line N", so a
content author can go straight to the problem. This scans the raw text for the table headers and
keys; it is a best effort, and falls back to the start of the item or to line 1.
"""

from __future__ import annotations

import re

_ITEMS_HEADER = re.compile(r"^\s*\[\[\s*items\s*\]\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_SYNTAX_LINE = re.compile(r"at line (\d+), column (\d+)")


def _key_line(key: str) -> re.Pattern[str]:
    quoted = re.escape(key)
    return re.compile(rf"^\s*(?:{quoted}|\"{quoted}\"|'{quoted}')\s*=")


class Locator:
    """Line numbers (1-based) of top-level keys, items and sources in one file's text."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.item_starts = [n for n, line in enumerate(self.lines, 1) if _ITEMS_HEADER.match(line)]

    def _span_end(self, start: int) -> int:
        """The last line of the table that starts at ``start`` (1-based, inclusive)."""
        for n in range(start + 1, len(self.lines) + 1):
            if _ANY_HEADER.match(self.lines[n - 1]):
                return n - 1
        return len(self.lines)

    def _find(self, pattern: re.Pattern[str], first: int, last: int) -> int | None:
        for n in range(first, last + 1):
            if pattern.match(self.lines[n - 1]):
                return n
        return None

    def top(self, key: str) -> int:
        """The line of a top-level ``key = ...``, else line 1."""
        header_lines = [n for n, line in enumerate(self.lines, 1) if _ANY_HEADER.match(line)]
        last = (header_lines[0] - 1) if header_lines else len(self.lines)
        found = self._find(_key_line(key), 1, last)
        if found is None:
            found = self._find(re.compile(rf"^\s*\[+\s*{re.escape(key)}\b"), 1, len(self.lines))
        return found or 1

    def item(self, index: int, key: str | None = None, item_id: str | None = None) -> int:
        """The line of ``key`` inside the ``index``-th item (0-based), else the item's start."""
        if index < len(self.item_starts):
            start = self.item_starts[index]
            if key is not None:
                found = self._find(_key_line(key), start, self._span_end(start))
                if found is not None:
                    return found
            return start
        if item_id:  # items written as an inline array: look for the id itself
            pattern = re.compile(rf"""\bid\s*=\s*["']{re.escape(item_id)}["']""")
            for n, line in enumerate(self.lines, 1):
                if pattern.search(line):
                    return n
        return self.top("items")

    def source(self, key: str) -> int:
        """The line where source ``key`` is defined (``[sources.KEY]`` or ``KEY = {...}``)."""
        header = re.compile(rf"^\s*\[\s*sources\s*\.\s*[\"']?{re.escape(key)}[\"']?\s*\]")
        found = self._find(header, 1, len(self.lines))
        if found is None:
            sources_at = self._find(re.compile(r"^\s*\[\s*sources\s*\]"), 1, len(self.lines))
            if sources_at is not None:
                found = self._find(_key_line(key), sources_at, self._span_end(sources_at))
        return found or self.top("sources")


def syntax_error_line(message: str, text: str) -> tuple[int, str]:
    """(line, message without the position) for a ``tomllib.TOMLDecodeError`` message."""
    match = _SYNTAX_LINE.search(message)
    if match:
        line = int(match.group(1))
    else:  # "(at end of document)"
        line = max(1, len(text.splitlines()))
    cleaned = re.sub(r"\s*\(at [^)]*\)\s*$", "", message).strip()
    return line, cleaned or "the file is not valid TOML"
