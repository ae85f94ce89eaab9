"""Web archives built record by record, as ArchiveWeb.page and Webrecorder write them."""

from __future__ import annotations

import gzip
import io
import json
import uuid
import zipfile
from pathlib import Path

DATA = Path(__file__).parents[1] / "data" / "evidence"
PAGE_URL = "https://x.example/fake_amira_h/status/1861"
IMAGE_URL = "https://pbs.x.example/media/threat.png"
PAGE_HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>fake_amira_h on X</title>"
    "<script>var t = 'do not show';</script></head><body><main><article>"
    "<p>We will find you, Amira. Your flat in Holborn is not safe.</p>"
    "<p>Retweet if you agree — النهاية قريبة</p><img src='" + IMAGE_URL + "'></article>"
    "</main></body></html>"
).encode()


def record(kind: str, uri: str, date: str, block: bytes, content_type: str) -> bytes:
    headers = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        f"WARC-Date: {date}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    if uri:
        headers.insert(3, f"WARC-Target-URI: {uri}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str, extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}"
        f"\r\n{extra}\r\n"
    ).encode() + body


def warc_records(page_html: bytes = PAGE_HTML) -> list[bytes]:
    info = b"software: ArchiveWeb.page 0.12.7\r\nformat: WARC File Format 1.1\r\n"
    return [
        record("warcinfo", "", "2026-11-22T10:31:00Z", info, "application/warc-fields"),
        record(
            "request",
            PAGE_URL,
            "2026-11-22T10:31:07Z",
            b"GET /fake_amira_h/status/1861 HTTP/1.1\r\nHost: x.example\r\n\r\n",
            "application/http; msgtype=request",
        ),
        record(
            "response",
            PAGE_URL,
            "2026-11-22T10:31:07Z",
            http_response(page_html, "text/html; charset=utf-8"),
            "application/http; msgtype=response",
        ),
        record(
            "response",
            IMAGE_URL,
            "2026-11-22T10:31:08Z",
            http_response((DATA / "red.png").read_bytes(), "image/png"),
            "application/http; msgtype=response",
        ),
    ]


def warc_gz(records: list[bytes] | None = None) -> bytes:
    """Gzipped record by record, each record its own gzip member."""
    return b"".join(gzip.compress(r, mtime=0) for r in (records or warc_records()))


def wacz(warc: bytes | None = None, *, extra: dict[str, bytes] | None = None) -> bytes:
    warc = warc if warc is not None else warc_gz()
    pages = (
        json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})
        + "\n"
        + json.dumps(
            {
                "id": "p1",
                "url": PAGE_URL,
                "title": "fake_amira_h on X",
                "ts": "2026-11-22T10:31:07Z",
            }
        )
        + "\n"
    ).encode()
    package = json.dumps(
        {
            "profile": "data-package",
            "wacz_version": "1.1.1",
            "created": "2026-11-22T10:32:00Z",
            "software": "ArchiveWeb.page 0.12.7",
            "resources": [{"name": "data.warc.gz", "path": "archive/data.warc.gz"}],
        }
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("archive/data.warc.gz"), warc)  # stored, as made
        archive.writestr("pages/pages.jsonl", pages, zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            archive.writestr(name, data, zipfile.ZIP_DEFLATED)
        archive.writestr("datapackage.json", package, zipfile.ZIP_DEFLATED)
    return out.getvalue()
