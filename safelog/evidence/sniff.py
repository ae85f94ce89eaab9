"""Content type from the first bytes of a file, never from its name.

A sender controls a file's name: an EPS or FITS file renamed ``.jpg`` must not reach an image
decoder that would run Ghostscript, and a PNG renamed ``.pdf`` should still get its thumbnail.
This module only compares magic numbers and, for text, checks the encoding of the first 64 KiB
(and inflates at most 8 bytes of a gzip file to see whether it is a WARC); it parses nothing, so
it runs in the main process.
"""

from __future__ import annotations

import re
import zlib

HEAD_BYTES = 64 * 1024
OCTET = "application/octet-stream"

# ISO base media (ftyp) brands: HEIF family, then audio, then video.
_HEIF_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"hevc": "image/heic",
    b"hevx": "image/heic",
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"avif": "image/avif",
    b"avis": "image/avif",
}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A "}
_QT_BRANDS = {b"qt  "}

_OFFICE = {
    b"word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    b"xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    b"ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_EMAIL_HEADERS = re.compile(
    rb"(?im)^(?:from|to|subject|date|message-id|received|return-path|delivered-to|"
    rb"mime-version|x-[a-z0-9-]+|reply-to|cc|dkim-signature|arc-[a-z-]+|authentication-results)"
    rb":[ \t]"
)
# "[1, 2]" is JSON; "[22/11/2026, 14:03] Name: …" (a WhatsApp iOS export) is not.
_JSON_ARRAY = re.compile(
    r'\[\s*(?:[{\["\]]|true|false|null|'
    r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]])"
)
_MBOX_FROM = re.compile(rb"\AFrom \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")
_FIRST_HEADER = re.compile(rb"\A(?:From [^\r\n]*\r?\n)?[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]?\S")

DESCRIPTIONS = {
    "image/jpeg": "JPEG image",
    "image/png": "PNG image",
    "image/gif": "GIF image",
    "image/tiff": "TIFF image",
    "image/webp": "WebP image",
    "image/heic": "HEIC image",
    "image/heif": "HEIF image",
    "image/avif": "AVIF image",
    "image/bmp": "BMP image",
    "image/svg+xml": "SVG drawing",
    "application/pdf": "PDF document",
    "application/postscript": "PostScript document",
    "application/fits": "FITS data file",
    "application/zip": "zip archive",
    "message/rfc822": "e-mail",
    "text/plain": "text",
    "application/json": "JSON text",
    "text/html": "HTML page",
    "audio/mpeg": "MP3 audio",
    "audio/ogg": "Ogg audio",
    "audio/wav": "WAV audio",
    "audio/flac": "FLAC audio",
    "audio/mp4": "MPEG-4 audio",
    "audio/amr": "AMR voice recording",
    "video/mp4": "MPEG-4 video",
    "video/quicktime": "QuickTime video",
    "video/webm": "WebM video",
    "video/x-matroska": "Matroska video",
    "video/x-msvideo": "AVI video",
    "video/3gpp": "3GP video",
    "application/x-ole-storage": "Microsoft Office (old) document",
    "application/warc": "web archive (WARC)",
    "multipart/related": "saved web page (MHTML)",
    "application/mbox": "mailbox (mbox)",
    "application/gzip": "gzip file",
    "application/vnd.ms-outlook": "Outlook message",
    OCTET: "file",
}


def describe(content_type: str) -> str:
    """A few words for people: "JPEG image"."""
    if content_type in DESCRIPTIONS:
        return DESCRIPTIONS[content_type]
    if "openxmlformats" in content_type:
        return "Microsoft Office document"
    if "opendocument" in content_type:
        return "OpenDocument file"
    return content_type


def sniff(head: bytes) -> str:
    """The MIME type the bytes say they are; ``application/octet-stream`` when unknown."""
    h = head[:HEAD_BYTES]
    for check in (_images, _documents, _media, _web_archives, _archives, _text):
        found = check(h)
        if found:
            return found
    return OCTET


def _images(h: bytes) -> str | None:
    if h.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if h.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if h[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if h[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image/tiff"
    if h[:4] == b"RIFF" and h[8:12] == b"WEBP":
        return "image/webp"
    if h[:2] == b"BM" and len(h) >= 26 and h[6:10] == b"\x00\x00\x00\x00":
        return "image/bmp"
    if h[4:8] == b"ftyp":
        return _ftyp_image(h)
    return None


def _ftyp_image(h: bytes) -> str | None:
    size = int.from_bytes(h[0:4], "big")
    brands = [h[8:12]] + [h[i : i + 4] for i in range(16, min(max(size, 16), 64, len(h)), 4)]
    for brand in brands:
        if brand in _HEIF_BRANDS:
            return _HEIF_BRANDS[brand]
    return None


def _documents(h: bytes) -> str | None:
    if h.startswith(b"%PDF-") or (b"%PDF-" in h[:1024] and not h.startswith(b"%!")):
        return "application/pdf"
    if h.startswith((b"%!PS", b"%!Adobe", b"\xc5\xd0\xd3\xc6")) or h.startswith(b"%!"):
        return "application/postscript"
    if h.startswith(b"SIMPLE  ="):
        return "application/fits"
    if h.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # An Outlook message's streams are named __substg1.0_…; in a small file the directory
        # holding the names is within the first bytes.
        if "__substg1.0_".encode("utf-16-le") in h:
            return "application/vnd.ms-outlook"
        return "application/x-ole-storage"
    return None


def _media(h: bytes) -> str | None:
    if h[4:8] == b"ftyp":
        brand = h[8:12]
        if brand in _AUDIO_BRANDS:
            return "audio/mp4"
        if brand in _QT_BRANDS:
            return "video/quicktime"
        if brand.startswith(b"3g"):
            return "video/3gpp"
        return "video/mp4"
    if h[4:8] in (b"moov", b"mdat", b"wide", b"free") and len(h) >= 8:
        return "video/quicktime"
    if h.startswith(b"ID3") or (
        len(h) > 2
        and h[0] == 0xFF
        and h[1] & 0xE0 == 0xE0
        and h[1] & 0x06 != 0
        and h[2] & 0xF0 != 0xF0
    ):
        return "audio/mpeg"
    if h.startswith(b"OggS"):
        return "audio/ogg"
    if h.startswith(b"fLaC"):
        return "audio/flac"
    if h.startswith(b"#!AMR"):
        return "audio/amr"
    if h[:4] == b"RIFF" and h[8:12] == b"WAVE":
        return "audio/wav"
    if h[:4] == b"RIFF" and h[8:12] == b"AVI ":
        return "video/x-msvideo"
    if h.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in h[:64] else "video/x-matroska"
    return None


def _web_archives(h: bytes) -> str | None:
    """WARC (plain or gzipped record by record) and MHTML; an mbox before a lone e-mail."""
    if h.startswith(b"WARC/1."):
        return "application/warc"
    if h.startswith(b"\x1f\x8b"):
        try:  # the first bytes of the first gzip member, at most 8 out: nothing is parsed
            first = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(h[:4096], 8)
        except zlib.error:
            return "application/gzip"
        return "application/warc" if first.startswith(b"WARC/1.") else "application/gzip"
    block = h[:16384]
    end = block.find(b"\n\n") if b"\r\n\r\n" not in block else block.find(b"\r\n\r\n")
    headers = block[: end if end > 0 else len(block)]
    if (
        _FIRST_HEADER.match(h)
        and re.search(rb"(?im)^content-type:\s*multipart/related", headers)
        and (
            re.search(rb"(?im)^snapshot-content-location:", headers)
            or re.search(rb"(?im)^from:\s*<?saved by ", headers)
            or not re.search(rb"(?im)^(?:to|received|message-id|delivered-to):", headers)
        )
    ):
        return "multipart/related"  # a saved page; an HTML e-mail with inline pictures is not
    if _MBOX_FROM.match(h) and len(_EMAIL_HEADERS.findall(block)) >= 2:
        return "application/mbox"
    return None


def _archives(h: bytes) -> str | None:
    if not h.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return None
    if h[30:38] == b"mimetype" and h[26:28] == b"\x08\x00":
        kind = h[38 : 38 + 80].split(b"PK\x03\x04", 1)[0]
        if re.fullmatch(rb"application/[a-z0-9.+-]{3,70}", kind):
            return kind.decode("ascii")
    if b"[Content_Types].xml" in h:
        for marker, content_type in _OFFICE.items():
            if b"PK\x03\x04" in h and marker in h:
                return content_type
    return "application/zip"


def _text(h: bytes) -> str | None:
    if not h:
        return None
    if h.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text/plain"
    sample = h[3:] if h.startswith(b"\xef\xbb\xbf") else h
    if b"\x00" in sample:
        return None
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(sample) - 4:
            return None
        text = sample[: exc.start].decode("utf-8")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n\f\x1b")
    if controls > len(text) // 100 + 1:
        return None
    stripped = text.lstrip()
    if stripped.startswith("{") or _JSON_ARRAY.match(stripped):
        return "application/json"
    lowered = stripped[:512].lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered:
        return "text/html"
    if lowered.startswith("<?xml") and "<svg" in stripped[:4096].lower():
        return "image/svg+xml"
    if lowered.startswith("<svg"):
        return "image/svg+xml"
    if _FIRST_HEADER.match(sample) and len(_EMAIL_HEADERS.findall(sample[:16384])) >= 3:
        return "message/rfc822"
    return "text/plain"
