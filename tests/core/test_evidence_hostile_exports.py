"""Hostile exports: each is refused or cut at a documented limit with one sentence, and the
original is stored byte-identical whatever happens. Small files, hostile structure."""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
import zlib
from pathlib import Path

import pytest

from safelog.errors import EvidenceRefused
from safelog.evidence import extract_members, import_files, iter_exhibit_bytes
from safelog.evidence.metadata.mail import MAX_RECEIVED
from safelog.evidence.metadata.warc import MAX_RECORDS
from tests.core.evidence_helpers import add_incident, deflate_repeated
from tests.core.web_samples import DATA, PAGE_URL, http_response, record, warc_records

pytestmark = pytest.mark.timeout(180)
MiB = 1024 * 1024


@pytest.fixture
def incident(vault, tmp_path, monkeypatch):
    tmpdir = tmp_path / "private-tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    add_incident(vault)
    yield 1
    assert list(tmpdir.iterdir()) == []  # nothing written to temp by parent or worker


def _import(vault, tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    [result] = import_files(vault, 1, [path])
    stored = b"".join(iter_exhibit_bytes(vault, result.exhibit.ref))
    assert stored == data and result.exhibit.sha256 == hashlib.sha256(data).hexdigest()
    return result


def _bomb_member(name: str, block: bytes, count: int) -> tuple[bytes, bytes, int]:
    """(local header + data, central entry, data length) of a deflated member inflating to
    ``block`` * ``count``."""
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    body = deflate_repeated(block, count)
    raw = name.encode()
    size = len(block) * count & 0xFFFFFFFF
    local = (
        struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(body), size, len(raw), 0
        )
        + raw
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
            size,
            len(raw),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        + raw
    )
    return local + body, central, len(local) + len(body)


def _zip_of(members: list[tuple[bytes, bytes, int]]) -> bytes:
    out, centrals, offset = b"", b"", 0
    for local, central, length in members:
        centrals += central[:42] + struct.pack("<I", offset) + central[46:]
        out += local
        offset += length
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(centrals), offset, 0
    )
    return out + centrals + end


def test_zip_bomb_inside_a_wacz(vault, incident, tmp_path):
    warc = _bomb_member("archive/data.warc", b"\0" * MiB, 600)  # 600 MiB from ~600 KiB
    pages = _bomb_member("pages/pages.jsonl", b'{"format": "json-pages-1.0"}\n', 1)
    package = _bomb_member("datapackage.json", b"{}", 1)
    data = _zip_of([warc, pages, package])
    assert len(data) < 2 * MiB
    result = _import(vault, tmp_path, "capture.wacz", data)
    assert result.exhibit.metadata["format"] == "WACZ"
    assert "Only the first 256 MiB of its archived pages were read." in result.note


def test_gzip_bomb_record_inside_a_warc(vault, incident, tmp_path):
    page = record(
        "response",
        PAGE_URL,
        "2026-11-22T10:31:07Z",
        http_response(b"<p>hello</p>", "text/html"),
        "application/http",
    )
    bomb = gzip.compress(
        b"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 999999999999"
        b"\r\n\r\n" + b"\0" * (300 * MiB),
        compresslevel=1,
    )
    data = gzip.compress(page, mtime=0) + bomb
    result = _import(vault, tmp_path, "capture.warc.gz", data)
    md = result.exhibit.metadata
    assert md["url"] == PAGE_URL and md["text_excerpt"] == "hello"
    assert "Only its first 256 MiB (uncompressed) were read." in result.note


def test_a_warc_with_a_million_records(vault, incident, tmp_path):
    one = record("metadata", "urn:x", "2026-11-22T10:31:07Z", b"k: v\r\n", "application/x")
    count = 1_000_000
    stream = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = b"".join(warc_records())
    chunk = one * 1000
    body = stream.compress(head) + b"".join(stream.compress(chunk) for _ in range(count // 1000))
    data = body + stream.flush()
    result = _import(vault, tmp_path, "big.warc.gz", data)
    md = result.exhibit.metadata
    assert md["records_total"] == MAX_RECORDS and md["url"] == PAGE_URL
    assert (
        f"It has more than {MAX_RECORDS:,} records; only the first {MAX_RECORDS:,} were "
        "read." in result.note
    )


def test_an_email_with_ten_thousand_received_headers(vault, incident, tmp_path):
    hops = b"".join(
        f"Received: from hop{i}.example ([192.0.2.{i % 250}]) by hop{i + 1}."
        f"example with SMTP; Sun, 22 Nov 2026 09:15:00 +0000\r\n".encode()
        for i in range(10_000)
    )
    data = (
        hops + b"From: a@example.org\r\nTo: b@example.net\r\nSubject: loop\r\n"
        b"Date: Sun, 22 Nov 2026 10:15:00 +0000\r\n\r\nbody\r\n"
    )
    result = _import(vault, tmp_path, "loop.eml", data)
    md = result.exhibit.metadata
    assert md["received_total"] == 10_000 and len(md["received"]) == MAX_RECEIVED
    assert md["received"][0]["from"].startswith("hop0.example")
    assert md["received"][0]["ips"] == ["192.0.2.0"]
    assert md["body_text"] == "body"
    assert (
        f"It has 10000 Received headers; the first {MAX_RECEIVED} (nearest the recipient) "
        "were kept."
    ) in result.note


def test_a_whatsapp_zip_with_a_bomb_for_a_photo(vault, incident, tmp_path):
    chat = (DATA / "whatsapp_android.txt").read_bytes()
    text = _bomb_member("WhatsApp Chat with Unknown.txt", chat, 1)
    photo = _bomb_member("IMG-20261122-WA0003.jpg", b"\xff" * MiB, 400)
    data = _zip_of([text, photo])
    result = _import(vault, tmp_path, "WhatsApp Chat with Unknown.zip", data)
    assert result.exhibit.metadata["messages_total"] == 5
    with pytest.raises(EvidenceRefused) as refused:
        extract_members(vault, result.exhibit.ref)
    assert str(refused.value) == (
        "That file is larger than 256 MiB once unpacked; it was not taken out."
    )
    assert [r[0] for r in vault.conn.execute("SELECT ref FROM exhibits")] == [result.exhibit.ref]


def test_a_two_gigabyte_mailbox_is_listed_from_its_start(cli, vault, tmp_path):
    add_incident(vault)
    path = tmp_path / "huge.mbox"
    start = (DATA / "takeout.mbox").read_bytes()
    with open(path, "wb") as handle:
        handle.write(start)
        handle.truncate(2 * 1024 * MiB)  # sparse: 2 GB on paper, a few KB on disk
    listing = cli("mailbox", str(path), "--passphrase-stdin")
    assert listing.code == 0, listing.err
    assert "Your brother" in listing.out and "3 messages." in listing.out
    assert "Only its first 256 MiB were examined for metadata." in listing.out
    kept = cli(
        "import", "--incident", "1", str(path), "--pick", "2", "--json", "--passphrase-stdin"
    )
    assert kept.code == 0, kept.err
    [result] = json.loads(kept.out)
    assert result["exhibit"]["metadata"]["subject"] == "Your brother"
    cut = cli("import", "--incident", "1", str(path), "--pick", "3", "--passphrase-stdin")
    assert cut.code == 14
    assert (
        "huge.mbox is larger than SafeLog reads (256 MiB), so the files inside it could be "
        "cut; none was taken out." in cut.err
    )


def _msg_fields(**extra: object) -> dict[str, object]:
    from datetime import UTC, datetime

    return {
        "subject": "loop",
        "sender": "x",
        "sender_email": "x@example.org",
        "to": "y@example.net",
        "body": "b",
        "headers": "",
        "attachments": [],
        "sent": datetime(2026, 11, 22, tzinfo=UTC),
        **extra,
    }


def test_a_msg_whose_attachment_contains_itself(vault, incident, tmp_path):
    from tests.core.msg_builder import cfb, message_tree

    inner = message_tree(**_msg_fields(), top=False)  # type: ignore[arg-type]
    tree = message_tree(**_msg_fields(embedded=inner))  # type: ignore[arg-type]
    tree["__nameid_version1.0"] = {"__substg1.0_00020102": b""}
    # The attached message's storage points back at the attachment holding it: a loop.
    data = cfb(
        tree,
        cycle=(
            "/__attach_version1.0_#00000000/__substg1.0_3701000D",
            "/__attach_version1.0_#00000000",
        ),
    )
    result = _import(vault, tmp_path, "loop.msg", data)
    assert result.exhibit.content_type == "application/vnd.ms-outlook"
    assert result.note.startswith("Its metadata could not be read")


def test_a_msg_nested_two_hundred_deep(vault, incident, tmp_path):
    from tests.core.msg_builder import cfb, message_tree

    inner: dict[str, object] | None = None
    for _ in range(200):
        inner = message_tree(**_msg_fields(embedded=inner), top=False)  # type: ignore[arg-type]
    tree = message_tree(**_msg_fields(embedded=inner))  # type: ignore[arg-type]
    tree["__nameid_version1.0"] = {"__substg1.0_00020102": b""}
    result = _import(vault, tmp_path, "deep.msg", cfb(tree))
    assert result.exhibit.content_type in (
        "application/vnd.ms-outlook",
        "application/x-ole-storage",
    )
    md = result.exhibit.metadata
    assert md.get("subject") == "loop" or result.note.startswith("Its metadata could not be")
