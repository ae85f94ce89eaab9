"""A web page saved as one file (``.mhtml``/``.mht``, "Save page as… single file" in Chrome,
Edge and Opera): its address, when it was saved, its title, its text, and the images inside.

An MHTML file is a MIME message (``multipart/related``): the page's HTML and each image or
style sheet is a part with its ``Content-Location``. Nothing is fetched and nothing is run:
the HTML is only turned into text, and the largest image gives the exhibit's thumbnail through
the same image reader as a photo. Fields: ``url``, ``captured`` (the ``Date`` header as saved)
and ``captured_utc``, ``title``, ``text_excerpt`` (the page's first 3,000 characters), and
``members`` (``{"index", "name", "content_type", "size", "sha256"}``: the images, each can be
taken out as an exhibit of its own).
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import email.utils
import hashlib
import re
from datetime import UTC
from typing import Any

from . import IMAGE_TYPES, Member, NoMember, Parsed
from .chat import EXCERPT_CHARS, excerpt, html_text
from .clean import text, utc_iso
from .mail import header, mime_leaves, part_bytes, utc_date

MAX_MEMBERS = 500
_TITLE = re.compile(r"<title[^>]{0,200}>(.*?)</title>", re.I | re.S)


def parse(data: bytes, content_type: str) -> Parsed:
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(data)
    leaves, cut = mime_leaves(message)
    url = header(message, "Snapshot-Content-Location")
    page = _main_page(leaves, url)
    md: dict[str, Any] = {"kind": "web_page", "format": "MHTML"}
    parsed = Parsed(metadata=md)
    if page is not None:
        url = url or header(page, "Content-Location")
    md["url"] = text(url, 4000)
    md["captured"] = header(message, "Date")
    md["captured_utc"] = _captured_utc(md["captured"])
    html = _html(page) if page is not None else ""
    title = _TITLE.search(html)
    md["title"] = text(
        header(message, "Subject") or (html_text(title.group(1)) if title else ""), 500
    )
    words = html_text(html)
    md["text_excerpt"] = excerpt(words)
    if len(words) > EXCERPT_CHARS:
        parsed.search_text = words
    images = [p for p in leaves if p.get_content_type() in IMAGE_TYPES][:MAX_MEMBERS]
    md["members"] = [
        {
            "index": i,
            "name": text(_location(p), 1000),
            "content_type": p.get_content_type(),
            **_size_and_hash(p),
        }
        for i, p in enumerate(images)
    ]
    if cut:
        parsed.notes.append(cut)
    if not md["url"] and page is None:
        parsed.notes.append("It does not look like a saved web page: no page was found in it.")
    biggest = max(images, key=lambda p: len(part_bytes(p)), default=None)
    if biggest is not None:
        from . import images as image_reader

        parsed.images = image_reader.parse(part_bytes(biggest), biggest.get_content_type()).images
    return parsed


def _captured_utc(value: str) -> str:
    """Browsers write the save time in UTC as ``-0000`` (RFC 5322's "zone unknown")."""
    if not value:
        return ""
    found = utc_date(value)
    if found:
        return found
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""
    return utc_iso(moment.replace(tzinfo=UTC))


def _main_page(leaves: list[email.message.Message], url: str) -> email.message.Message | None:
    pages = [p for p in leaves if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    for page in pages:
        if url and _location(page) == url:
            return page
    return pages[0] if pages else None


def _location(part: email.message.Message) -> str:
    return header(part, "Content-Location")


def _html(part: email.message.Message) -> str:
    data = part_bytes(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _size_and_hash(part: email.message.Message) -> dict[str, Any]:
    data = part_bytes(part)
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def extract(data: bytes, content_type: str, index: int) -> Member:
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(data)
    leaves, _ = mime_leaves(message)
    images = [p for p in leaves if p.get_content_type() in IMAGE_TYPES][:MAX_MEMBERS]
    if not 0 <= index < len(images):
        raise NoMember(f"The page has no image number {index + 1}.")
    part = images[index]
    name = _location(part).rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    return Member(name or f"image-{index + 1}", part.get_content_type(), part_bytes(part))
