"""Zip files: chat exports (WhatsApp ``_chat.txt``, Telegram ``result.json``) and office documents.

A zip is the classic delivery for bombs (10 GB from 10 MB, members that overlap each other) and
for path tricks (``../../.bashrc``, absolute names, symlinks). So: nothing is extracted to disk,
member names are only compared with a few known names and never used as paths, the central
directory is read by hand with a cap on the number of entries, and members are inflated in
pieces with a running cap on the bytes produced. The byte cap is what makes overlapping-member
bombs harmless, whatever Python's zipfile would or would not detect.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from . import Member, NoMember, Parsed, chat, warc
from .clean import text

MAX_ENTRIES = 10_000
MAX_MEMBERS = 2_000
EXTRACT_CAP = 256 * 1024 * 1024
WACZ_CAP = 256 * 1024 * 1024
CHAT_MESSAGE_KEYS = ("messages", "messages_total", "messages_truncated")
MEMBER_CAP = 32 * 1024 * 1024
TOTAL_CAP = 48 * 1024 * 1024
_CHAT_NAMES = (
    re.compile(r"(^|/)_chat\.txt$"),
    re.compile(r"(^|/)whatsapp chat[^/]*\.txt$"),
    re.compile(r"(^|/)result\.json$"),
    re.compile(r"(^|/)messages\.html$"),
)
_MEDIA = re.compile(
    r"\.(jpe?g|png|gif|webp|heic|mp4|3gp|mov|opus|ogg|m4a|aac|mp3|amr|pdf|"
    r"vcf|webm|docx?|xlsx?)$"
)
_OFFICE_FIELDS = {
    "creator": ("dc:creator", "meta:initial-creator"),
    "last_modified_by": ("cp:lastModifiedBy", "dc:creator"),
    "created": ("dcterms:created", "meta:creation-date"),
    "modified": ("dcterms:modified", "dc:date"),
    "application": ("meta:generator",),
}


class ZipError(Exception):
    pass


@dataclass(frozen=True)
class Entry:
    name: str  # for matching only, never a path
    flags: int
    method: int
    compressed: int
    size: int
    offset: int


def parse(data: bytes, content_type: str) -> Parsed:
    md: dict[str, Any] = {"kind": "archive"}
    parsed = Parsed(metadata=md)
    try:
        total, entries = read_directory(data)
    except ZipError as exc:
        parsed.notes.append(f"Its contents could not be listed: {exc}.")
        return parsed
    md["entries"] = total
    if total > MAX_ENTRIES:
        parsed.notes.append(f"It has {total} entries, too many to examine.")
        return parsed
    md["declared_size"] = sum(e.size for e in entries)
    md["media_files"] = sum(1 for e in entries if _MEDIA.search(e.name))
    budget = [TOTAL_CAP]
    if content_type != "application/zip":
        _office(data, entries, parsed, budget)
        return parsed
    if _is_wacz(entries):
        return _wacz(data, entries, parsed)
    source = _chat_member(entries)
    md["members"] = [
        {"index": i, "name": text(e.name, 1000), "size": e.size}
        for i, e in enumerate(entries[:MAX_MEMBERS])
        if e is not source and not e.name.endswith("/")
    ]
    if source is None:
        return parsed
    try:
        body, complete = read_member(data, source, budget)
    except (ZipError, zlib.error) as exc:
        reason = exc if isinstance(exc, ZipError) else "it is damaged"
        parsed.notes.append(f"Its chat could not be read: {reason}.")
        return parsed
    kind = (
        "application/json"
        if source.name.endswith(".json")
        else ("text/html" if source.name.endswith(".html") else "text/plain")
    )
    found = chat.parse(body, kind)
    if found.metadata.get("kind") == "chat":
        messages = {k: found.metadata.pop(k) for k in CHAT_MESSAGE_KEYS if k in found.metadata}
        md["chat"] = found.metadata
        md["kind"] = "chat"
        for key in ("app", "participants", "first_message", "last_message", "message_count"):
            if key in found.metadata:
                md[key] = found.metadata[key]
        md.update(messages)  # the messages once, at the top level, as for a text export
    parsed.notes.extend(found.notes)
    parsed.search_text = found.search_text
    if not complete:
        parsed.notes.append(
            f"Only the first {MEMBER_CAP // (1024 * 1024)} MiB of its chat text were read."
        )
    return parsed


def read_directory(data: bytes) -> tuple[int, list[Entry]]:
    """(number of entries, entries) from the central directory; at most MAX_ENTRIES read."""
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if eocd < 0 or eocd + 22 > len(data):
        raise ZipError("it is not a complete zip file")
    total, _cd_size, cd_offset = struct.unpack_from("<HII", data, eocd + 10)
    if total == 0xFFFF or cd_offset == 0xFFFFFFFF:
        locator = eocd - 20
        if locator < 0 or data[locator : locator + 4] != b"PK\x06\x07":
            raise ZipError("its zip64 directory is missing")
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if record + 56 > len(data) or data[record : record + 4] != b"PK\x06\x06":
            raise ZipError("its zip64 directory is damaged")
        total, _cd_size, cd_offset = struct.unpack_from("<QQQ", data, record + 32)
    if total > MAX_ENTRIES:
        return total, []
    entries: list[Entry] = []
    pos = cd_offset
    for _ in range(total):
        if pos + 46 > len(data) or data[pos : pos + 4] != b"PK\x01\x02":
            raise ZipError("its directory is damaged")
        (
            flags,
            method,
            _t,
            _d,
            _crc,
            compressed,
            size,
            name_len,
            extra_len,
            comment_len,
            _disk,
            _ia,
            ext_attr,
            offset,
        ) = struct.unpack_from("<HHHHIIIHHHHHII", data, pos + 8)
        raw_name = data[pos + 46 : pos + 46 + name_len]
        extra = data[pos + 46 + name_len : pos + 46 + name_len + extra_len]
        compressed, size, offset = _zip64(extra, compressed, size, offset)
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "replace")
        is_link = (ext_attr >> 16) & 0o170000 == 0o120000
        if not is_link:
            entries.append(Entry(name[:1024], flags, method, compressed, size, offset))
        pos += 46 + name_len + extra_len + comment_len
    return total, entries


def _zip64(extra: bytes, compressed: int, size: int, offset: int) -> tuple[int, int, int]:
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        if tag == 0x0001:
            values = iter(struct.unpack_from(f"<{min(length, 24) // 8}Q", extra, pos + 4))
            if size == 0xFFFFFFFF:
                size = next(values, size)
            if compressed == 0xFFFFFFFF:
                compressed = next(values, compressed)
            if offset == 0xFFFFFFFF:
                offset = next(values, offset)
            break
        pos += 4 + length
    return compressed, size, offset


def _chat_member(entries: list[Entry]) -> Entry | None:
    for pattern in _CHAT_NAMES:
        for entry in entries:
            if pattern.search(entry.name.lower()):
                return entry
    return None


def read_member(
    data: bytes, entry: Entry, budget: list[int], cap: int = MEMBER_CAP
) -> tuple[bytes, bool]:
    """Up to ``cap`` inflated bytes of one member; (bytes, whether that was all of it)."""
    if entry.flags & 0x1:
        raise ZipError("it is encrypted")
    pos = entry.offset
    if pos + 30 > len(data) or data[pos : pos + 4] != b"PK\x03\x04":
        raise ZipError("a member is damaged")
    name_len, extra_len = struct.unpack_from("<HH", data, pos + 26)
    start = pos + 30 + name_len + extra_len
    raw = memoryview(data)[start : start + entry.compressed]
    cap = min(cap, budget[0])
    if entry.method == 0:
        body = bytes(raw[:cap])
        budget[0] -= len(body)
        return body, len(raw) <= cap
    if entry.method != 8:
        raise ZipError("it uses a compression method SafeLog does not read")
    inflater = zlib.decompressobj(-15)
    out = bytearray()
    for piece in range(0, len(raw), 65536):
        out += inflater.decompress(raw[piece : piece + 65536], cap - len(out) + 1)
        while inflater.unconsumed_tail and len(out) <= cap:
            out += inflater.decompress(inflater.unconsumed_tail, cap - len(out) + 1)
        if len(out) > cap:
            break
    budget[0] -= min(len(out), cap)
    return bytes(out[:cap]), len(out) <= cap


def _office(data: bytes, entries: list[Entry], parsed: Parsed, budget: list[int]) -> None:
    member = next((e for e in entries if e.name in ("docProps/core.xml", "meta.xml")), None)
    if member is None:
        return
    try:
        body, _ = read_member(data, member, budget)
    except (ZipError, zlib.error):
        parsed.notes.append("Its document properties could not be read.")
        return
    xml = body[: 1024 * 1024].decode("utf-8", "replace")
    md = parsed.metadata
    md["kind"] = "document"
    for key, names in _OFFICE_FIELDS.items():
        for name in names:
            found = re.search(rf"<{name}[^>]{{0,200}}>([^<]{{1,512}})</{name}>", xml)
            if found and key not in md:
                md[key] = text(found.group(1))


def _is_wacz(entries: list[Entry]) -> bool:
    names = {e.name for e in entries}
    return "datapackage.json" in names and any(
        e.name.startswith("archive/") and e.name.endswith((".warc", ".warc.gz")) for e in entries
    )


def _wacz_warcs(entries: list[Entry]) -> list[Entry]:
    return [
        e
        for e in entries
        if e.name.startswith("archive/") and e.name.endswith((".warc", ".warc.gz"))
    ]


def _wacz(data: bytes, entries: list[Entry], parsed: Parsed) -> Parsed:
    """A WACZ (ArchiveWeb.page, Webrecorder): the main page from ``pages/pages.jsonl``, read
    from the WARCs in ``archive/`` with one running cap on everything inflated."""
    budget = [WACZ_CAP]
    page_url = ""
    listing = next((e for e in entries if e.name == "pages/pages.jsonl"), None)
    if listing is not None:
        try:
            body, _ = read_member(data, listing, budget, 4 * 1024 * 1024)
        except (ZipError, zlib.error):
            body = b""
        for line in body.splitlines()[1:2]:
            try:
                page = json.loads(line)
            except (ValueError, RecursionError):
                continue
            page_url = str(page.get("url", "")) if isinstance(page, dict) else ""
    warcs = b""
    try:
        for entry in _wacz_warcs(entries):
            chunk, complete = read_member(data, entry, budget, WACZ_CAP)
            warcs += chunk
            if not complete:
                parsed.notes.append(
                    f"Only the first {WACZ_CAP // (1024 * 1024)} MiB of its "
                    "archived pages were read."
                )
                break
    except (ZipError, zlib.error) as exc:
        reason = exc if isinstance(exc, ZipError) else "it is damaged"
        parsed.notes.append(f"Its archived pages could not be read: {reason}.")
    found = warc.describe(warcs, "WACZ", page_url, [WACZ_CAP])
    found.metadata["entries"] = parsed.metadata.get("entries")
    found.notes[:0] = parsed.notes
    return found


def extract(data: bytes, content_type: str, index: int) -> Member:
    """Member ``index`` as ``members`` lists it: a zip entry, or an image inside a WACZ."""
    _total, entries = read_directory(data)
    if _is_wacz(entries):
        budget = [WACZ_CAP]
        warcs = b"".join(read_member(data, e, budget, WACZ_CAP)[0] for e in _wacz_warcs(entries))
        return warc.extract_from(warcs, index, [WACZ_CAP])
    if not 0 <= index < min(len(entries), MAX_MEMBERS):
        raise NoMember(f"The archive has no file number {index + 1}.")
    entry = entries[index]
    body, complete = read_member(data, entry, [EXTRACT_CAP], EXTRACT_CAP)
    if not complete:
        raise NoMember(
            f"That file is larger than {EXTRACT_CAP // (1024 * 1024)} MiB once "
            "unpacked; it was not taken out."
        )
    name = entry.name.rstrip("/").rsplit("/", 1)[-1]  # shown only, never a path
    return Member(name or f"file-{index + 1}", "", body)
