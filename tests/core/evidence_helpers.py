"""Builders for evidence tests: an incident row, sample files, hostile archives."""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from pathlib import Path

from tests.conftest import CORPUS

PHOTOS = CORPUS / "photos"


def add_incident(vault: object, incident_id: int = 1) -> int:
    """A minimal incident row (the incidents part is built elsewhere)."""
    vault.conn.execute(  # type: ignore[attr-defined]
        "INSERT INTO incidents (id, created_at, updated_at, revision, start_utc, precision, "
        "category, title, doc) VALUES (?, 'x', 'x', 1, '2026-01-01T00:00:00Z', 'exact', 'other',"
        " 't', '{}')",
        (incident_id,),
    )
    return incident_id


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_counts(vault: object) -> dict[str, int]:
    conn = vault.conn  # type: ignore[attr-defined]
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("blobs", "chunks", "exhibits", "derived", "custody")
    }
    counts["counter"] = int(
        conn.execute("SELECT value FROM settings WHERE key = 'exhibit_counter'").fetchone()[0]
    )
    return counts


def jpeg_bytes(width: int, height: int, quality: int = 80) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (width, height), (40, 90, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def deflate_repeated(block: bytes, count: int) -> bytes:
    """A raw deflate stream of ``block`` repeated ``count`` times, in the time of one block:
    after a full flush the compressor starts afresh, so every block compresses the same."""
    segment = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = segment.compress(block) + segment.flush(zlib.Z_FULL_FLUSH)
    return piece * count + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A valid 1-bit PNG of width x height zeros: a few hundred KB that decode to gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = 1000
    assert height % rows == 0
    block = (b"\x00" * (1 + (width + 7) // 8)) * rows
    adler = 1
    for _ in range(height // rows):
        adler = zlib.adler32(block, adler)
    stream = b"\x78\xda" + deflate_repeated(block, height // rows) + struct.pack(">I", adler)
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", stream) + chunk(b"IEND", b"")
    )


EPS = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n"
    b"newpath 0 0 moveto 100 100 lineto stroke\nshowpage\n%%EOF\n"
)

WHATSAPP_ANDROID = (
    "22/11/2026, 09:15 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat can read them.\n"
    "22/11/2026, 09:16 - Amira: Please stop contacting me\n"
    "22/11/2026, 09:20 - Unknown +44 7700 900123: We know where your family lives\n"
    "a second line of the same message\n"
    "23/11/2026, 21:02 - Amira: <Media omitted>\n"
)
WHATSAPP_IOS = (
    "[11/22/26, 9:15:03\u202fAM] Amira: first\n"
    "\u200e[11/22/26, 1:05:44\u202fPM] Karim: \u200eimage omitted\n"
    "[11/23/26, 11:59:59\u202fPM] Amira: last\n"
)
TELEGRAM_COPY = (
    "Amira Haddad, [22.11.2026 09:15]\nHello\n\n"
    "Officer Q, [22.11.2026 10:00]\nYou will regret this\n\n"
    "Amira Haddad, [24.11.2026 18:30]\nReported\n"
)
TELEGRAM_JSON = (
    '{"name": "Officer Q", "type": "personal_chat", "id": 42, "messages": ['
    '{"id": 1, "type": "message", "date": "2026-11-22T09:15:00", "from": "Amira Haddad",'
    ' "from_id": "user1", "text": "Hello"},'
    '{"id": 2, "type": "message", "date": "2026-11-22T10:00:00", "from": "Officer Q",'
    ' "from_id": "user2", "text": "You will regret this"},'
    '{"id": 3, "type": "service", "date": "2026-11-25T08:00:00", "actor": "Officer Q",'
    ' "action": "phone_call"}]}'
)

EML = (
    b"Return-Path: <sender@example.org>\r\n"
    b"Received: from mail.example.org by mx.example.net; Sun, 22 Nov 2026 09:15:00 +0000\r\n"
    b"From: =?utf-8?b?2YXYrNmH2YjZhA==?= <sender@example.org>\r\n"
    b"To: Amira Haddad <amira@example.net>\r\n"
    b"Subject: =?utf-8?q?We_are_watching_=E2=80=94_you?=\r\n"
    b"Date: Sun, 22 Nov 2026 10:15:00 +0100\r\n"
    b"Message-ID: <abc123@example.org>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Body text.\r\n"
)

PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"3 0 obj\n<< /Creator (Microsoft\\256 Word \\(365\\)) /Producer <FEFF00410042>"
    b" /CreationDate (D:20261122101500+01'00') >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
)


def chat_zip(
    members: dict[str, bytes],
    *,
    stored: bool = False,
    links: frozenset[str] | set[str] = frozenset(),
) -> bytes:
    """A zip of ``members``; names in ``links`` are stored as symlinks to their content."""
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = method
            if name in links:
                info.create_system = 3
                info.external_attr = 0o120777 << 16
            archive.writestr(info, data)
    return out.getvalue()


def deflate_bomb_zip(member: str, size: int, line: bytes) -> bytes:
    """A zip whose one member inflates to ``size`` bytes of ``line`` repeated."""
    block = line * (1024 * 1024 // len(line))
    count = size // len(block)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    produced = len(block) * count
    body = deflate_repeated(block, count)
    name = member.encode()
    local = (
        struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(body), produced, len(name), 0
        )
        + name
    )
    central = (
        struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(body),
            produced,
            len(name),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        + name
    )
    offset = len(local) + len(body)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, len(central), offset, 0)
    return local + body + central + end
