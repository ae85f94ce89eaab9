"""Reading what a file says about itself: runs only inside the sandboxed worker process.

Parsers here handle bytes a hostile sender chose. They run in a child process with memory, CPU
and wall-clock limits (see ``sandbox.py``), never in the vault process, and whatever they raise
is caught by :func:`parse`: a parser failure only ever means "metadata unreadable". This module
itself stays import-light, because the main process reads :func:`bytes_wanted` from it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

MiB = 1024 * 1024

IMAGE_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/tiff",
        "image/webp",
        "image/bmp",
        "image/heic",
        "image/heif",
        "image/avif",
    }
)
TEXT_TYPES = frozenset({"text/plain", "application/json", "text/html"})
OFFICE_PREFIXES = (
    "application/vnd.openxmlformats-officedocument.",
    "application/vnd.oasis.opendocument.",
)

# content type -> (parser module, most bytes worth sending to it)
_ROUTES: dict[str, tuple[str, int]] = {
    **{t: ("images", 200 * MiB) for t in IMAGE_TYPES},
    **{t: ("chat", 32 * MiB) for t in TEXT_TYPES},
    "message/rfc822": ("mail", 64 * MiB),  # the whole message: attachments are hashed
    "application/pdf": ("pdf", 64 * MiB),
    "application/zip": ("archive", 256 * MiB),
    "multipart/related": ("mhtml", 64 * MiB),
    "application/warc": ("warc", 256 * MiB),
    "application/mbox": ("mbox", 256 * MiB),
    "application/x-ole-storage": ("outlook", 64 * MiB),
    "application/vnd.ms-outlook": ("outlook", 64 * MiB),
}
SEARCH_CHARS = 1_000_000
"""Most characters of a file's text kept for search (all of a chat, not only its first
messages); the metadata keeps shorter excerpts."""
_OFFICE_ROUTE = ("archive", 64 * MiB)

NEVER_OPENED = {
    "application/postscript": "PostScript",
    "application/fits": "FITS",
    "image/svg+xml": "SVG",
}


@dataclass
class Pixels:
    """A decoded, upright, RGB picture for the vault process to encode (never parse)."""

    kind: str  # "thumbnail" or "preview"
    width: int
    height: int
    data: bytes


@dataclass
class Parsed:
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    images: list[Pixels] = field(default_factory=list)
    search_text: str = ""
    """The file's words for the search index (in the encrypted database), at most
    SEARCH_CHARS; empty when the metadata already holds all of them."""


@dataclass
class Member:
    """One file inside another (an e-mail attachment, a photo in a chat zip, one message of an
    mbox): its bytes, and a name that is shown but never used as a path."""

    name: str
    content_type: str
    data: bytes


class NoMember(Exception):
    """The file has no member with that number, or it cannot be taken out; the text is one
    sentence for the person."""


def _route(content_type: str) -> tuple[str, int] | None:
    if content_type in _ROUTES:
        return _ROUTES[content_type]
    if content_type.startswith(OFFICE_PREFIXES):
        return _OFFICE_ROUTE
    return None


def bytes_wanted(content_type: str, size: int) -> int:
    """How many leading bytes the parser for this type needs; 0 means "do not parse"."""
    route = _route(content_type)
    return min(size, route[1]) if route else 0


def must_be_whole(content_type: str) -> bool:
    """Archives are read from their end: a cut-off copy is useless to the parser."""
    route = _route(content_type)
    return bool(route and route[0] in ("archive", "outlook"))


def extract(content_type: str, data: bytes, index: int) -> Member:
    """Member ``index`` (as the file's ``members`` metadata numbers them); raises NoMember."""
    route = _route(content_type)
    module = importlib.import_module(f"{__name__}.{route[0]}") if route else None
    if module is None or not hasattr(module, "extract"):
        raise NoMember("This kind of file holds no other files SafeLog can take out.")
    member: Member = module.extract(data, content_type, index)
    return member


def parse(content_type: str, data: bytes, size: int) -> Parsed:
    """Run the parser for ``content_type``; never raises (except MemoryError, which the worker
    reports on its own)."""
    route = _route(content_type)
    if route is None:
        return Parsed()
    module = importlib.import_module(f"{__name__}.{route[0]}")
    try:
        parsed: Parsed = module.parse(data, content_type)
    except MemoryError:
        raise
    except BaseException:  # hostile input may raise anything; the bytes are already stored
        return Parsed(
            notes=[
                "Its metadata could not be read: the file is damaged or not what it claims to be."
            ]
        )
    if len(data) < size:
        parsed.notes.append(f"Only its first {len(data) // MiB} MiB were examined for metadata.")
    return parsed
