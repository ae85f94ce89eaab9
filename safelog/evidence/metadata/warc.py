"""Web archives: WARC files (``.warc``, ``.warc.gz``) and the WARC inside a WACZ, as
ArchiveWeb.page, Webrecorder, wget and Heritrix write them.

A WARC is a list of records, each a block of ``WARC-*`` headers and a body; a ``response``
record's body is the HTTP response the browser received. Gzipped WARCs compress record by
record. Kept: ``url`` and ``captured`` (the main page's ``WARC-Target-URI`` and ``WARC-Date``,
the time the archive recorded), ``title``, ``text_excerpt`` (the page's text), ``pages`` (the
HTML pages archived, with their capture times), ``records_total``, ``software``, and
``members`` (the images archived, each can be taken out as an exhibit of its own).

Limits, each a sentence in the notes when reached: at most MAX_RECORDS records are read, at most
INFLATE_CAP bytes are inflated in all (a gzip bomb stops there), a response body is read up to
BODY_CAP. Nothing is fetched and no script runs.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from typing import Any

from . import IMAGE_TYPES, Member, NoMember, Parsed
from .chat import EXCERPT_CHARS, excerpt, html_text
from .clean import text

MiB = 1024 * 1024
MAX_RECORDS = 100_000
INFLATE_CAP = 256 * MiB
BODY_CAP = 16 * MiB
MAX_PAGES = 100
MAX_MEMBERS = 500
_TITLE = re.compile(r"<title[^>]{0,200}>(.*?)</title>", re.I | re.S)
_CHARSET = re.compile(rb"charset=[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


class TooBig(Exception):
    pass


@dataclass
class Record:
    headers: dict[str, str]
    body: bytes
    cut: bool

    @property
    def kind(self) -> str:
        return self.headers.get("warc-type", "")


def parse(data: bytes, content_type: str) -> Parsed:
    return describe(data, "WARC")


def describe(data: bytes, fmt: str, page_url: str = "", budget: list[int] | None = None) -> Parsed:
    """Everything above from a WARC's bytes; ``page_url`` is the main page when a WACZ says."""
    md: dict[str, Any] = {"kind": "web_page", "format": fmt}
    parsed = Parsed(metadata=md)
    records, notes = read_records(data, budget)
    parsed.notes.extend(notes)
    md["records_total"] = len(records)
    pages: list[tuple[Record, str]] = []
    images: list[Record] = []
    for record in records:
        if record.kind == "warcinfo" and "software" not in md:
            found = re.search(rb"(?im)^software:\s*(.{1,200})$", record.body)
            if found:
                md["software"] = text(found.group(1).decode("utf-8", "replace"), 200)
        if record.kind != "response":
            continue
        status, http_headers, _ = split_http(record.body)
        mime = http_headers.get("content-type", "").split(";")[0].strip().lower()
        if mime in ("text/html", "application/xhtml+xml") and status.startswith("2"):
            pages.append((record, mime))
        elif mime.startswith("image/") and len(images) < MAX_MEMBERS:
            images.append(record)
    main = next(
        (r for r, _ in pages if page_url and _uri(r) == page_url), pages[0][0] if pages else None
    )
    md["pages"] = [
        {"url": text(_uri(r), 2000), "captured": r.headers.get("warc-date", "")}
        for r, _ in pages[:MAX_PAGES]
    ]
    md["members"] = [_member_info(i, r) for i, r in enumerate(images)]
    biggest = max(images, key=lambda r: len(r.body), default=None)
    if biggest is not None:  # the exhibit's thumbnail, through the photo reader
        from . import images as image_reader

        _, headers, body = split_http(biggest.body)
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if kind in IMAGE_TYPES:
            parsed.images = image_reader.parse(body, kind).images
    if main is None:
        parsed.notes.append("No web page was found among its records.")
        return parsed
    md["url"] = text(_uri(main), 4000)
    md["captured"] = text(main.headers.get("warc-date", ""), 40)
    html, body_notes = page_html(main)
    parsed.notes.extend(body_notes)
    title = _TITLE.search(html)
    md["title"] = text(html_text(title.group(1)), 500) if title else ""
    words = html_text(html)
    md["text_excerpt"] = excerpt(words)
    if len(words) > EXCERPT_CHARS:
        parsed.search_text = words
    return parsed


def _uri(record: Record) -> str:
    return record.headers.get("warc-target-uri", "").strip("<>")


def read_records(data: bytes, budget: list[int] | None = None) -> tuple[list[Record], list[str]]:
    """Records of a plain or gzipped WARC, within the limits; (records, notes)."""
    budget = budget if budget is not None else [INFLATE_CAP]
    notes: list[str] = []
    records: list[Record] = []
    try:
        for record in _records(data, budget):
            if len(records) >= MAX_RECORDS:
                notes.append(
                    f"It has more than {MAX_RECORDS:,} records; only the first "
                    f"{MAX_RECORDS:,} were read."
                )
                break
            records.append(record)
    except TooBig:
        notes.append(f"Only its first {INFLATE_CAP // MiB} MiB (uncompressed) were read.")
    except zlib.error:
        notes.append("Part of it is damaged; the records before the damage were read.")
    return records, notes


def _records(data: bytes, budget: list[int]):  # type: ignore[no-untyped-def]
    if data.startswith(b"\x1f\x8b"):
        pos = 0
        while pos < len(data) and data.startswith(b"\x1f\x8b", pos):
            plain, pos = _gunzip_member(data, pos, budget)
            yield from _plain_records(plain)
    else:
        yield from _plain_records(data)


def _gunzip_member(data: bytes, pos: int, budget: list[int]) -> tuple[bytes, int]:
    """One gzip member from ``pos``: (its bytes, where the next begins). Input goes in 64 KiB
    pieces and output comes out 1 MiB at a time, so a bomb costs at most the budget (a WARC
    gzipped whole, not record by record, is one member)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    source = memoryview(data)
    end = pos

    def take(piece: bytes) -> None:
        budget[0] -= len(piece)
        if budget[0] < 0:
            raise TooBig
        out.extend(piece)

    while not inflater.eof and end < len(data):
        chunk = source[end : end + 65536]
        end += len(chunk)
        take(inflater.decompress(chunk, MiB))
        while inflater.unconsumed_tail and not inflater.eof:
            take(inflater.decompress(inflater.unconsumed_tail, MiB))
    return bytes(out), end - len(inflater.unused_data) if inflater.eof else len(data)


def _plain_records(data: bytes):  # type: ignore[no-untyped-def]
    pos = 0
    while True:
        start = data.find(b"WARC/1.", pos, pos + 4096)
        if start < 0:
            return
        end = data.find(b"\r\n\r\n", start, start + 65536)
        if end < 0:
            return
        headers: dict[str, str] = {}
        for line in data[start:end].split(b"\r\n")[1:200]:
            key, _, value = line.partition(b":")
            headers[key.strip().lower().decode("latin-1")] = value.strip().decode(
                "utf-8", "replace"
            )
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            return
        body_start = end + 4
        body = data[body_start : body_start + min(max(length, 0), BODY_CAP)]
        yield Record(headers, body, length > BODY_CAP or body_start + length > len(data))
        pos = body_start + max(length, 0)


def split_http(block: bytes) -> tuple[str, dict[str, str], bytes]:
    """(status code, lower-cased headers, body) of an HTTP response record."""
    end = block.find(b"\r\n\r\n", 0, 65536)
    if not block.startswith(b"HTTP/") or end < 0:
        return "", {}, b""
    lines = block[:end].split(b"\r\n")
    status = lines[0].split(b" ")[1].decode("ascii", "replace") if b" " in lines[0] else ""
    headers: dict[str, str] = {}
    for line in lines[1:200]:
        key, _, value = line.partition(b":")
        headers[key.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    return status, headers, block[end + 4 :]


def page_html(record: Record) -> tuple[str, list[str]]:
    """The page's HTML as text: chunked transfer and gzip/deflate content encoding undone."""
    _, headers, body = split_http(record.body)
    notes: list[str] = []
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            inflater = zlib.decompressobj(
                16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
            )
            body = inflater.decompress(body, BODY_CAP)
        except zlib.error:
            notes.append("Its page is compressed and damaged; its text could not be read.")
            body = b""
    elif encoding and encoding != "identity":
        notes.append(
            f"Its page is compressed with {text(encoding, 20)}, which SafeLog does not "
            "read; its text is not shown."
        )
        body = b""
    found = _CHARSET.search(headers.get("content-type", "").encode()) or _CHARSET.search(
        body[:4096]
    )
    charset = found.group(1).decode("ascii") if found else "utf-8"
    try:
        return body.decode(charset, "replace"), notes
    except LookupError:
        return body.decode("utf-8", "replace"), notes


def _dechunk(body: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(body) and len(out) < BODY_CAP:
        line_end = body.find(b"\r\n", pos, pos + 64)
        if line_end < 0:
            break
        try:
            size = int(body[pos:line_end].split(b";")[0], 16)
        except ValueError:
            break
        if size == 0:
            break
        out += body[line_end + 2 : line_end + 2 + size]
        pos = line_end + 2 + size + 2
    return bytes(out)


def _member_info(index: int, record: Record) -> dict[str, Any]:
    _, headers, body = split_http(record.body)
    return {
        "index": index,
        "name": text(_uri(record), 1000),
        "content_type": text(headers.get("content-type", "").split(";")[0], 100),
        "size": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
    }


def extract(data: bytes, content_type: str, index: int) -> Member:
    return extract_from(data, index)


def extract_from(data: bytes, index: int, budget: list[int] | None = None) -> Member:
    records, _ = read_records(data, budget)
    images = [
        r
        for r in records
        if r.kind == "response"
        and split_http(r.body)[1].get("content-type", "").lower().startswith("image/")
    ][:MAX_MEMBERS]
    if not 0 <= index < len(images):
        raise NoMember(f"The archive has no image number {index + 1}.")
    record = images[index]
    _, headers, body = split_http(record.body)
    name = _uri(record).rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    return Member(name or f"image-{index + 1}", headers.get("content-type", "").split(";")[0], body)
