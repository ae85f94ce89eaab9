"""The metadata the dossier and search read: chat messages, e-mail route and body, text excerpts.

Every sample goes through ``import_files``, so through the sandboxed child and the checks on
what it returns: the names and shapes asserted here are the contract other parts rely on.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from safelog.evidence import import_files
from safelog.evidence.metadata import parse
from safelog.evidence.metadata.chat import MAX_MESSAGES, MESSAGE_CHARS
from tests.core.evidence_helpers import add_incident, chat_zip

pytestmark = pytest.mark.timeout(90)
DATA = Path(__file__).parents[1] / "data" / "evidence"


def _import(vault, *names: str) -> list[dict]:
    add_incident(vault)
    return [r.exhibit.metadata for r in import_files(vault, 1, [DATA / n for n in names])]


def test_whatsapp_messages_keep_sender_time_and_text(vault):
    android, ios = _import(vault, "whatsapp_android.txt", "whatsapp_ios_chat.txt")
    assert android["kind"] == "chat" and android["messages_total"] == 5
    assert android["messages_truncated"] is False
    assert android["messages"][0] == {
        "sender": "",
        "time": "2026-11-22T09:15:00",
        "text": "Messages and calls are end-to-end encrypted. No one outside of this chat, not "
        "even WhatsApp, can read or listen to them. Tap to learn more.",
    }
    assert android["messages"][2] == {
        "sender": "Unknown +44 7700 900123",
        "time": "2026-11-22T09:20:00",
        "text": "We know where your family lives\nand we know which bus your brother takes",
    }
    assert android["messages"][-1]["text"] == "<Media omitted>"
    assert ios["messages"][1] == {
        "sender": "Karim",
        "time": "2026-11-22T21:05:44",
        "text": "سلام، می‌دانیم کجا زندگی می‌کنی",
    }
    assert ios["messages"][3]["text"] == "<attached: 00000012-PHOTO-2026-11-23-07-02-00.jpg>"


def test_telegram_json_and_html_messages(vault):
    tg_json, tg_html = _import(vault, "telegram_result.json", "telegram_messages.html")
    assert [m["sender"] for m in tg_json["messages"]] == [
        "Amira Haddad",
        "Officer Q",
        "Officer Q",
        "Officer Q",
    ]
    assert tg_json["messages"][1] == {
        "sender": "Officer Q",
        "time": "2026-11-22T10:00:00",
        "text": "You will regret talking to the BBC.",
    }
    assert tg_json["messages"][2]["text"] == "[photo]"
    assert tg_json["messages"][3]["text"] == "[action: phone_call]"
    assert tg_json["messages_total"] == 4
    assert tg_html["messages"] == [
        {
            "sender": "Officer Q",
            "time": "2026-11-22T10:00:00",
            "text": "You will regret talking to the BBC .",
        },
        {
            "sender": "Officer Q",
            "time": "2026-11-22T10:02:00",
            "text": "We & our friends are watching.",
        },
    ]


def test_long_chats_keep_the_first_messages_cut_to_size(vault, tmp_path):
    lines = [
        f"22/11/2026, 10:{i % 60:02d} - Sender {i % 3}: message {i} " + "x" * 3000
        for i in range(MAX_MESSAGES + 40)
    ]
    path = tmp_path / "WhatsApp Chat with Sender.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    add_incident(vault)
    [result] = import_files(vault, 1, [path])
    md = result.exhibit.metadata
    assert len(md["messages"]) == MAX_MESSAGES
    assert md["messages_total"] == MAX_MESSAGES + 40 and md["messages_truncated"] is True
    assert all(len(m["text"]) == MESSAGE_CHARS for m in md["messages"])
    assert md["messages"][-1]["text"].startswith(f"message {MAX_MESSAGES - 1} ")


def test_whatsapp_zip_puts_messages_at_the_top(vault, tmp_path):
    text = (DATA / "whatsapp_android.txt").read_bytes()
    path = tmp_path / "WhatsApp Chat with Unknown.zip"
    path.write_bytes(
        chat_zip(
            {
                "WhatsApp Chat with Unknown.txt": text,
                "IMG-20261122-WA0003.jpg": (DATA / "red.png").read_bytes(),
            }
        )
    )
    add_incident(vault)
    [result] = import_files(vault, 1, [path])
    md = result.exhibit.metadata
    assert md["kind"] == "chat" and md["messages_total"] == 5
    assert md["messages"][1]["text"] == "Please stop contacting me"
    assert "messages" not in md["chat"]


def test_email_route_authentication_body_and_attachments(vault):
    [md] = _import(vault, "threat.eml")
    assert md["kind"] == "email"
    assert [hop["by"] for hop in md["received"]] == [
        "2002:a05:6a10:8e0f:b0:5a1:1234:abcd",
        "mx.example.net",
        "mail.evil.example (Postfix)",
    ]
    assert md["received"][1] == {
        "from": "mail.evil.example (mail.evil.example. [203.0.113.9])",
        "by": "mx.example.net",
        "with": "ESMTPS",
        "ips": ["203.0.113.9"],
        "date": "Sun, 22 Nov 2026 01:15:04 -0800 (PST)",
        "date_utc": "2026-11-22T09:15:04Z",
    }
    assert md["received"][2]["ips"] == ["198.51.100.7"]
    [auth] = md["authentication_results"]
    assert (auth["server"], auth["spf"], auth["dkim"], auth["dmarc"]) == (
        "mx.example.net",
        "softfail",
        "fail",
        "fail",
    )
    assert auth["raw"].startswith("mx.example.net; dkim=fail header.i=@evil.example")
    assert md["body_text"] == (
        "We know where your brother studies. Stop talking to journalists — or else."
    )
    png = (DATA / "red.png").read_bytes()
    assert md["attachments"] == [
        {
            "name": "car.png",
            "content_type": "image/png",
            "size": len(png),
            "sha256": hashlib.sha256(png).hexdigest(),
        }
    ]
    assert md["subject"] == "We are watching — you"
    assert {"name": "Delivered-To", "value": "amira@example.net"} in md["headers"]


def test_html_only_email_gives_its_text():
    data = (
        b"From: a@example.org\r\nTo: b@example.net\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>p{}</style>"
        b"</head><body><p>Click <a href='x'>here</a> to verify</p></body></html>\r\n"
    )
    md = parse("message/rfc822", data, len(data)).metadata
    assert md["body_text"] == "Click here to verify"
    assert md["attachments"] == [] and md["received"] == []


def test_pdf_first_page_text(vault):
    [md] = _import(vault, "letter.pdf")
    assert md["text_excerpt"] == (
        "To Amira Haddad,\nStop speaking to the press (this is your "
        "last warning).\nSigné: un « ami » de la famille"
    )


def test_plain_text_excerpt(vault, tmp_path):
    [md] = _import(vault, "notes.txt")
    assert md == {"kind": "text", "text_excerpt": (DATA / "notes.txt").read_text().strip()}
    long = tmp_path / "long.txt"
    long.write_text("line of notes\n" * 1000, encoding="utf-8")
    [result] = import_files(vault, 1, [long])
    excerpt = result.exhibit.metadata["text_excerpt"]
    assert len(excerpt) <= 3000 and excerpt.endswith("line of notes")


def test_metadata_is_stored_as_json_in_exhibits(vault):
    _import(vault, "telegram_result.json")
    raw = vault.conn.execute("SELECT metadata FROM exhibits").fetchone()[0]
    assert json.loads(raw)["messages"][0]["sender"] == "Amira Haddad"


def test_the_date_order_warning_is_kept_once(vault, tmp_path):
    """Issue 12: the reader's note was stored in the metadata and in the note, and shown twice."""
    add_incident(vault)
    text = "01/02/2026, 10:00 - A: x\n03/04/2026, 11:00 - B: y\n"
    first, second = tmp_path / "chat.txt", tmp_path / "same chat.txt"
    for path in (first, second):
        path.write_text(text, encoding="utf-8")
    one, two = import_files(vault, 1, [first, second])
    warning = "Its dates could be day/month or month/day; they were read as day/month."
    for result in (one, two):
        assert "problems" not in result.exhibit.metadata
        assert result.note == warning
        assert json.dumps(result.exhibit.metadata).count("day/month or month/day") == 0
    assert two.duplicate_of == one.exhibit.ref


def test_signal_desktop_chat_as_signal_export_writes_it(vault):
    [md] = _import(vault, "signal_chat.md")
    assert (md["kind"], md["app"]) == ("chat", "Signal")
    assert md["participants"] == ["Unknown", "Amira"]
    assert md["messages"][2] == {
        "sender": "Unknown",
        "time": "2026-11-22T09:20:00",
        "text": "![image](./media/2026-11-22-09-20-00_signal.jpg)\nLook at this photo of your door",
    }
