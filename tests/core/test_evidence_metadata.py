"""What the readers find in e-mails, PDFs, chat exports, office files; sniffing by bytes."""

from __future__ import annotations

import pytest

from safelog.evidence import import_files
from safelog.evidence.metadata import parse
from safelog.evidence.metadata.pdf import pdf_date
from safelog.evidence.sniff import sniff
from tests.core.evidence_helpers import (
    EML,
    EPS,
    PDF,
    PHOTOS,
    TELEGRAM_COPY,
    TELEGRAM_JSON,
    WHATSAPP_ANDROID,
    WHATSAPP_IOS,
    add_incident,
    chat_zip,
    jpeg_bytes,
)

pytestmark = pytest.mark.timeout(60)


def test_eml_headers_through_the_sandbox(vault, tmp_path):
    add_incident(vault)
    path = tmp_path / "threat.eml"
    path.write_bytes(EML)
    [result] = import_files(vault, 1, [path])
    md = result.exhibit.metadata
    assert result.exhibit.content_type == "message/rfc822"
    assert md["from"] == "مجهول <sender@example.org>"
    assert md["to"] == "Amira Haddad <amira@example.net>"
    assert md["subject"] == "We are watching — you"
    assert md["date"] == "Sun, 22 Nov 2026 10:15:00 +0100"
    assert md["date_utc"] == "2026-11-22T09:15:00Z"
    assert md["message_id"] == "<abc123@example.org>"
    assert result.note == ""


def test_chat_exports_through_the_sandbox(vault, tmp_path):
    add_incident(vault)
    files = []
    for name, text in (
        ("WhatsApp Chat with Unknown.txt", WHATSAPP_ANDROID),
        ("_chat.txt", WHATSAPP_IOS),
        ("telegram.txt", TELEGRAM_COPY),
        ("result.json", TELEGRAM_JSON),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    android, ios, telegram, tg_json = (r.exhibit.metadata for r in import_files(vault, 1, files))
    assert android["app"] == "WhatsApp"
    assert android["participants"] == ["Amira", "Unknown +44 7700 900123"]
    assert (android["first_message"], android["last_message"]) == (
        "2026-11-22T09:16:00",
        "2026-11-23T21:02:00",
    )
    assert ios["participants"] == ["Amira", "Karim"]
    assert ios["date_order"] == "month/day"
    assert (ios["first_message"], ios["last_message"]) == (
        "2026-11-22T09:15:03",
        "2026-11-23T23:59:59",
    )
    assert telegram["app"] == "Telegram"
    assert telegram["participants"] == ["Amira Haddad", "Officer Q"]
    assert (telegram["first_message"], telegram["last_message"]) == (
        "2026-11-22T09:15:00",
        "2026-11-24T18:30:00",
    )
    assert tg_json["app"] == "Telegram" and tg_json["participants"] == ["Amira Haddad", "Officer Q"]
    assert tg_json["last_message"] == "2026-11-25T08:00:00"


def test_ambiguous_day_month_order_is_said():
    text = "01/02/2026, 10:00 - A: x\n03/04/2026, 11:00 - B: y\n"
    parsed = parse("text/plain", text.encode(), len(text))
    assert parsed.metadata["first_message"] == "2026-02-01T10:00:00"
    assert any("day/month or month/day" in n for n in parsed.notes)


def test_telegram_html_export():
    html = (
        '<div class="message default clearfix" id="message1"><div class="body">'
        '<div class="pull_right date details" title="22.11.2026 09:15:00 UTC+03:00">09:15'
        '</div><div class="from_name">\n Officer &amp; Q\n</div><div class="text">hi</div>'
        '<div class="pull_right date details" title="23.11.2026 10:00:00 UTC+03:00">'
    )
    data = ("<!DOCTYPE html><html>" + html + "</html>").encode()
    md = parse("text/html", data, len(data)).metadata
    assert md["participants"] == ["Officer & Q"]
    assert md["last_message"] == "2026-11-23T10:00:00"


def test_plain_text_that_is_not_a_chat():
    data = b"Notes about the car that followed me.\nBlue Ford, partial plate AB12.\n"
    assert parse("text/plain", data, len(data)).metadata == {
        "kind": "text",
        "text_excerpt": data.decode().strip(),
    }


def test_pdf_info_dictionary():
    md = parse("application/pdf", PDF, len(PDF)).metadata
    assert md["creator"] == "Microsoft\xae Word (365)"
    assert md["producer"] == "AB"
    assert md["creation_date"] == "2026-11-22T10:15:00+01:00"
    assert md["version"] == "1.4"


def test_pdf_in_a_compressed_object_stream():
    import zlib

    objects = b"<< /Creator (Scanner App) /CreationDate (D:20260101120000Z) >>"
    header = b"7 0 "
    body = zlib.compress(header + objects)
    data = (
        b"%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First "
        + str(len(header)).encode()
        + b" /Length "
        + str(len(body)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + body
        + b"\nendstream\nendobj\n"
        + b"9 0 obj\n<< /Type /XRef /Root 1 0 R /Info 7 0 R >>\nendobj\n%%EOF\n"
    )
    md = parse("application/pdf", data, len(data)).metadata
    assert md["creator"] == "Scanner App"
    assert md["creation_date"] == "2026-01-01T12:00:00Z"


def test_pdf_date_forms():
    assert pdf_date("D:2026") == "2026-01-01T00:00:00"
    assert pdf_date("D:20261122101500-05'30'") == "2026-11-22T10:15:00-05:30"
    assert pdf_date("garbage") is None
    assert pdf_date("D:20261399") is None


def test_broken_pdf_and_email_do_not_raise():
    for kind, data in (
        ("application/pdf", b"%PDF-1.7\n/Info 1 0 R /Creator (unterminated"),
        ("message/rfc822", b"From: \xff\xfe\r\nSubject: =?bad?x?zz?=\r\n"),
        ("application/pdf", b"%PDF-1.5 /Type /ObjStm /First 5 /FlateDecode >>stream\nnot zlib"),
    ):
        parsed = parse(kind, data, len(data))
        assert isinstance(parsed.metadata, dict)


def test_office_document_properties():
    core = (
        b'<?xml version="1.0"?><cp:coreProperties><dc:creator>Officer Q</dc:creator>'
        b'<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:00:00Z</dcterms:created>'
        b"</cp:coreProperties>"
    )
    data = chat_zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w/>",
            "docProps/core.xml": core,
        }
    )
    kind = sniff(data)
    assert kind.endswith("wordprocessingml.document")
    md = parse(kind, data, len(data)).metadata
    assert md["creator"] == "Officer Q" and md["created"] == "2026-11-20T08:00:00Z"


@pytest.mark.parametrize(
    "data, expected",
    [
        ((PHOTOS / "jpg_Canon_40D.jpg").read_bytes()[:4096], "image/jpeg"),
        ((PHOTOS / "heic_samplefilehub.heif").read_bytes()[:4096], "image/heic"),
        ((PHOTOS / "tiff_Arbitro.tiff").read_bytes()[:4096], "image/tiff"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (PDF, "application/pdf"),
        (EPS, "application/postscript"),
        (b"\xc5\xd0\xd3\xc6\x20\x00\x00\x00", "application/postscript"),
        (b"SIMPLE  =                    T", "application/fits"),
        (EML, "message/rfc822"),
        (WHATSAPP_ANDROID.encode(), "text/plain"),
        (TELEGRAM_JSON.encode(), "application/json"),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", "video/mp4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "video/quicktime"),
        (b"OggS\x00\x02", "audio/ogg"),
        (b"ID3\x04\x00", "audio/mpeg"),
        (b"#!AMR\n", "audio/amr"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "application/zip"),
        (b"\x00\x01\x02\x03\xfe\xff", "application/octet-stream"),
        (b"", "application/octet-stream"),
    ],
)
def test_sniffing_uses_bytes_only(data, expected):
    assert sniff(data) == expected


def test_small_photo_gets_only_a_thumbnail():
    data = jpeg_bytes(300, 200)
    parsed = parse("image/jpeg", data, len(data))
    assert [(p.kind, p.width, p.height) for p in parsed.images] == [("thumbnail", 300, 200)]
