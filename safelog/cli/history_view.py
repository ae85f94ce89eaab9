"""What changed between two saved versions of an incident, as ``field: old -> new`` lines.

``safelog-cli history`` shows this so a person (or their lawyer) can see what an edit did without
comparing two JSON documents by eye. Long values are cut at 60 characters with ``…``; the JSON
output keeps the full values.
"""

from __future__ import annotations

import json
from typing import Any

from ..i18n import _

WIDTH = 60


def render(value: Any, width: int = WIDTH) -> str:
    """One line for a field's value: text as is, structures as compact JSON, shortened."""
    if value is None or value == "" or value == [] or value == {}:
        return _("(empty)")
    text = (
        value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    )
    text = " ".join(text.split())  # one line: newlines and runs of spaces become one space
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def changes(previous: dict[str, Any], doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every field whose value differs, with both values, in field order."""
    keys = sorted(set(previous) | set(doc))
    return {
        k: {"old": previous.get(k), "new": doc.get(k)}
        for k in keys
        if previous.get(k) != doc.get(k)
    }


def describe(changed: dict[str, dict[str, Any]]) -> list[str]:
    """``field: old -> new`` lines, values shortened."""
    return [f"{field}: {render(c['old'])} -> {render(c['new'])}" for field, c in changed.items()]
