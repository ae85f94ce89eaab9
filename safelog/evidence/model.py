"""The records the evidence part hands to the rest of SafeLog, and how their text is shown.

Exhibits carry text that came from outside: file names, e-mail subjects, chat participants. Any of
it may hold a right-to-left override (U+202E turns ``gpj.exe`` into ``exe.jpg`` on screen),
newlines that forge extra lines of output, invalid UTF-8 or thousands of characters.
:func:`safe_text` is the one way such text is shown to a person; the stored value stays exact.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

MAX_NAME_CHARS = 1024
"""Stored original names are cut to this; file systems allow 255 bytes, zip members far more."""


def safe_text(text: str, limit: int = 120) -> str:
    """``text`` made harmless to print on one line: controls, bidi and invisible format
    characters become visible ``\\u202e`` escapes, and long text is cut with an ellipsis."""
    out: list[str] = []
    length = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if ch == "\\":
            piece = "\\\\"
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            code = ord(ch)
            piece = (
                f"\\x{code:02x}"
                if code < 0x100
                else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
            )
        else:
            piece = ch
        if length + len(piece) > limit:
            out.append("…")
            break
        out.append(piece)
        length += len(piece)
    return "".join(out)


def name_from_path(path: os.PathLike[str] | str) -> str:
    """The base name to store as "original name": exact where it is valid UTF-8.

    Bytes that are not UTF-8 (Python hands them over as lone surrogates, which SQLite cannot
    store) become ``\\xff``-style escapes. Only the last component is kept: the folder a file
    came from can say more about its owner than the file does.
    """
    raw = os.fsencode(path)
    base = raw.rstrip(b"/").rsplit(b"/", 1)[-1] or raw
    name = base.decode("utf-8", "backslashreplace")
    return name[:MAX_NAME_CHARS]


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"  # pragma: no cover


@dataclass
class Exhibit:
    """One file attached to an incident, as stored: the original bytes never change."""

    id: int
    ref: str
    incident_id: int
    sha256: str
    size: int
    content_type: str
    original_name: str
    imported_at: str
    file_times: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    metadata_note: str = ""
    online: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    obtained: str = ""
    """When and how the person says they obtained it ("captured on my phone", "sent by email")."""
    original_kept: str = ""
    """Where a physical original (a letter, the phone itself) is kept, as the person says."""

    @property
    def display_name(self) -> str:
        return safe_text(self.original_name, 80)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["display_name"] = self.display_name
        return data


@dataclass
class ImportResult:
    exhibit: Exhibit
    duplicate_of: str | None = None
    """The reference of an earlier exhibit with the same content, which this one now shares."""
    note: str = ""
    """Plain sentences about what could not be read or what changed during the import (the
    exhibit's ``metadata_note``); empty when all went well."""

    @property
    def duplicate_sentence(self) -> str:
        if not self.duplicate_of:
            return ""
        return (
            f"It was already in the vault as {self.duplicate_of}; {self.exhibit.ref} shares "
            "that stored copy."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "exhibit": self.exhibit.to_json(),
            "duplicate_of": self.duplicate_of,
            "note": self.note,
        }


@dataclass(frozen=True)
class Derived:
    """A thumbnail or preview: made by SafeLog from decoded pixels, upright, kept encrypted."""

    mime: str
    width: int
    height: int
    data: bytes


EXHIBIT_COLUMNS = (
    "e.id, e.ref, e.incident_id, b.sha256, b.size, b.content_type, e.original_name, "
    "e.imported_at, e.file_times, e.metadata, e.metadata_note, e.online, e.notes, e.obtained, "
    "e.original_kept"
)
EXHIBIT_FROM = "exhibits e JOIN blobs b ON b.id = e.blob_id"


def exhibit_from_row(row: tuple[Any, ...]) -> Exhibit:
    return Exhibit(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        load_json(row[8]),
        load_json(row[9]),
        row[10],
        load_json(row[11]),
        row[12],
        row[13],
        row[14],
    )


def load_json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def dump(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
