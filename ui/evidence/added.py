"""What the person is told after adding files: each sentence whole, naming the exhibit.

A file whose content is already in the vault is not stored twice: the new exhibit shares the
stored copy of the earlier one. The sentence names that earlier exhibit by reference, name and
the day it was added, so the person can find it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.common.palette import format_day, safe_name
from ui.evidence.details import is_quiet_note


def duplicate_sentence(vault: Any, earlier_ref: str, new_ref: str) -> str:
    """ "This file is already in your log as exhibit AH3 (photo.jpg), added on …; …"."""
    from safelog import evidence

    try:
        earlier = evidence.get_exhibit(vault, earlier_ref)
    except Exception:  # the earlier record cannot be read: name it by reference only
        return QCoreApplication.translate(
            "EvidencePanel",
            "This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, "
            "now listed as both {old} and {new}.",
        ).format(old=earlier_ref, new=new_ref)
    return QCoreApplication.translate(
        "EvidencePanel",
        "This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog "
        "keeps one copy of it, now listed as both {old} and {new}.",
    ).format(
        old=earlier_ref,
        name=safe_name(earlier.original_name, 80),
        day=format_day(earlier.imported_at),
        new=new_ref,
    )


def import_sentences(
    vault: Any, results: list[Any], paths: list[str], names: dict[str, str]
) -> list[str]:
    """One line per file that needs saying: a duplicate, or what could not be read."""
    lines = []
    for path, result in zip(paths, results, strict=False):
        name, ref = names.get(path, ""), result.exhibit.ref
        if result.duplicate_of:
            lines.append(duplicate_sentence(vault, result.duplicate_of, ref))
        if result.note and not is_quiet_note(result.note):
            lines.append(
                QCoreApplication.translate("EvidencePanel", "{ref} ({name}): {note}").format(
                    ref=ref, name=name, note=result.note
                )
            )
    return lines
