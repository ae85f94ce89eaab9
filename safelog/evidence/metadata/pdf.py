"""Creator, producer and dates of a PDF, read by pattern from its document information.

A full PDF library would interpret far more of a hostile file than we need (fonts, images,
JavaScript). This reads only the trailer's ``/Info`` dictionary, looking inside compressed object
streams with a cap on the inflated size, and the XMP packet as a fallback; and the first page's
text as ``text_excerpt`` (``pdftext.py``). Nothing is rendered.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from . import Parsed
from .clean import text
from .pdftext import first_page_text

INFLATE_TOTAL = 64 * 1024 * 1024
INFLATE_EACH = 16 * 1024 * 1024
FIELDS = {
    b"Creator": "creator",
    b"Producer": "producer",
    b"Author": "author",
    b"CreationDate": "creation_date",
    b"ModDate": "modified_date",
}
_INFO_REF = re.compile(rb"/Info\s+(\d{1,10})\s+(\d{1,5})\s+R")
_FIELD = re.compile(rb"/(Creator|Producer|Author|CreationDate|ModDate)\s*(\(|<(?!<))")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm")
_STREAM = re.compile(rb"stream\r?\n")
_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?"
)
_XMP = {
    "creator": "xmp:CreatorTool",
    "producer": "pdf:Producer",
    "creation_date": "xmp:CreateDate",
    "modified_date": "xmp:ModifyDate",
}


def parse(data: bytes, content_type: str) -> Parsed:
    md: dict[str, Any] = {"kind": "pdf"}
    version = re.search(rb"%PDF-(\d\.\d)", data[:1024])
    if version:
        md["version"] = version.group(1).decode("ascii")
    encrypted = re.search(rb"/Encrypt\s+\d+\s+\d+\s+R", data) is not None
    if encrypted:
        md["encrypted"] = True
    md.update(_info(data))
    if not encrypted:
        try:
            excerpt = first_page_text(data)
        except (ValueError, IndexError, zlib.error, RecursionError):
            excerpt = ""  # the information dictionary is worth keeping without it
        if excerpt:
            md["text_excerpt"] = excerpt
    for key, name in _XMP.items():
        if key not in md:
            found = re.search(
                rf"<{name}>([^<]{{1,512}})</{name}>|{name}=\"([^\"]{{1,512}})\"".encode(), data
            )
            if found:
                md[key] = text((found.group(1) or found.group(2)).decode("utf-8", "replace"))
    parsed = Parsed(metadata=md)
    if "creator" not in md and "creation_date" not in md and "producer" not in md:
        parsed.notes.append(
            "Its creator and creation date could not be read"
            + (" because it is encrypted." if encrypted else ".")
        )
    return parsed


def _info(data: bytes) -> dict[str, Any]:
    refs = _INFO_REF.findall(data)
    region = b""
    if refs:
        number, gen = refs[-1]
        region = _plain_object(data, number, gen) or _packed_object(data, number)
    if not region:  # no trailer we can follow: take the last fields anywhere in the file
        region = data
    found: dict[str, Any] = {}
    for match in _FIELD.finditer(region):
        key = FIELDS[match.group(1)]
        start = match.end() - 1
        raw = _literal(region, start) if match.group(2) == b"(" else _hexstring(region, start)
        if raw is None:
            continue
        value = _decode(raw)
        if key.endswith("date"):
            found[key + "_raw"] = text(value, 64)
            iso = pdf_date(value)
            if iso:
                found[key] = iso
        else:
            found[key] = text(value)
    return found


def _plain_object(data: bytes, number: bytes, gen: bytes) -> bytes:
    starts = [
        m.end() for m in re.finditer(rb"(?<!\d)" + number + rb"\s+" + gen + rb"\s+obj\b", data)
    ]
    if not starts:
        return b""
    start = starts[-1]
    end = data.find(b"endobj", start, start + 65536)
    return data[start : end if end > 0 else start + 65536]


def _packed_object(data: bytes, number: bytes) -> bytes:
    """Object ``number`` from a compressed object stream, inflating at most INFLATE_TOTAL."""
    budget = INFLATE_TOTAL
    for match in _OBJSTM.finditer(data):
        dict_end = data.find(b">>", match.end(), match.end() + 4096)
        head = data[max(0, match.start() - 4096) : dict_end]
        first = re.search(rb"/First\s+(\d{1,9})", head)
        stream = _STREAM.search(data, dict_end, dict_end + 64)
        if not first or not stream or b"FlateDecode" not in head:
            continue
        inflater = zlib.decompressobj()
        try:
            body = inflater.decompress(
                data[stream.end() : stream.end() + INFLATE_EACH], min(budget, INFLATE_EACH)
            )
        except zlib.error:
            continue
        budget -= len(body)
        offset = int(first.group(1))
        pairs = re.findall(rb"(\d+)\s+(\d+)", body[:offset])
        for index, (num, rel) in enumerate(pairs):
            if num == number:
                begin = offset + int(rel)
                nxt = offset + int(pairs[index + 1][1]) if index + 1 < len(pairs) else None
                return body[begin:nxt][:65536]
        if budget <= 0:
            break
    return b""


def _literal(buf: bytes, start: int) -> bytes | None:
    """A PDF literal string ``( … )`` with nested parentheses and escapes."""
    out = bytearray()
    depth = 0
    i = start
    end = min(len(buf), start + 8192)
    escapes = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}
    while i < end:
        c = buf[i]
        if c == 0x5C and i + 1 < end:  # backslash
            nxt = buf[i + 1]
            if nxt in escapes:
                out += escapes[nxt]
                i += 2
            elif 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", buf[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(0), 8) & 0xFF)
                i += 1 + len(digits.group(0))
            elif nxt in (0x0D, 0x0A):
                i += 3 if buf[i + 1 : i + 3] == b"\r\n" else 2
            else:
                out.append(nxt)
                i += 2
            continue
        if c == 0x28:
            depth += 1
            if depth > 1:
                out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out)
            out.append(c)
        else:
            out.append(c)
        i += 1
    return None


def _hexstring(buf: bytes, start: int) -> bytes | None:
    end = buf.find(b">", start, start + 8192)
    if end < 0:
        return None
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", buf[start + 1 : end])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    return raw.decode("latin-1")


def pdf_date(value: str) -> str | None:
    """``D:20261122140300+01'00'`` as ISO 8601 (a local time when no zone is given)."""
    match = _PDF_DATE.search(value)
    if not match:
        return None
    year, month, day, hour, minute, second = (
        int(g) if g else d for g, d in zip(match.groups()[:6], (0, 1, 1, 0, 0, 0), strict=True)
    )
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 61):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{min(second, 59):02d}"
    if match.group(7):
        iso += "Z"
    elif match.group(8):
        iso += f"{match.group(8)}{match.group(9)}:{match.group(10) or '00'}"
    return iso
