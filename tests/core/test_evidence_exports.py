"""Every common export, through the CLI and the sandboxed reader: saved pages (MHTML, WARC,
WACZ), e-mail with attachments, mailboxes, chat zips with photos; files inside taken out as
linked exhibits with exactly their bytes."""

from __future__ import annotations

import hashlib
import json

import pytest

from safelog.incidents.search import search
from tests.core.evidence_helpers import add_incident, chat_zip
from tests.core.web_samples import DATA, IMAGE_URL, PAGE_URL

pytestmark = pytest.mark.timeout(120)
UNLOCK = "--passphrase-stdin"
PNG = (DATA / "red.png").read_bytes()
PNG_SHA = hashlib.sha256(PNG).hexdigest()


@pytest.fixture
def ready(vault):
    add_incident(vault)
    return vault


def _run(cli, *argv: str) -> object:
    result = cli(*argv, UNLOCK, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_mhtml_page_text_url_time_and_image(cli, ready):
    [imported] = _run(cli, "import", "--incident", "1", str(DATA / "profile.mhtml"))
    ex = imported["exhibit"]
    assert ex["content_type"] == "multipart/related"
    md = ex["metadata"]
    assert md["kind"] == "web_page" and md["format"] == "MHTML"
    assert md["url"] == "https://www.instagram.com/fake_amira_h/"
    assert md["captured_utc"] == "2026-11-22T10:31:07Z"
    assert md["title"] == "@fake_amira_h on Instagram"
    assert "here is where she lives: Holborn" in md["text_excerpt"]
    assert "track()" not in md["text_excerpt"]
    assert md["members"] == [
        {
            "index": 0,
            "name": "https://cdn.example.com/p/profile.png",
            "content_type": "image/png",
            "size": len(PNG),
            "sha256": PNG_SHA,
        }
    ]
    assert ready.conn.execute("SELECT count(*) FROM derived").fetchone()[0] == 1  # thumbnail
    human = cli("exhibits", UNLOCK).out
    assert "page https://www.instagram.com/fake_amira_h/" in human
    [image] = _run(cli, "extract", "AH1")
    assert image["exhibit"]["sha256"] == PNG_SHA
    assert image["exhibit"]["original_name"] == "profile.png"
    assert image["exhibit"]["metadata"]["extracted_from"] == {
        "exhibit": "AH1",
        "sha256": ex["sha256"],
        "member": 0,
        "name": "profile.png",
    }


@pytest.mark.parametrize(
    "name, fmt", [("capture.warc", "WARC"), ("capture.warc.gz", "WARC"), ("capture.wacz", "WACZ")]
)
def test_web_archives_give_the_page_and_the_recorded_time(cli, ready, name, fmt):
    [imported] = _run(cli, "import", "--incident", "1", str(DATA / name), "--extract-attachments")[
        :1
    ]
    md = imported["exhibit"]["metadata"]
    assert (md["kind"], md["format"]) == ("web_page", fmt)
    assert md["url"] == PAGE_URL and md["captured"] == "2026-11-22T10:31:07Z"
    assert md["title"] == "fake_amira_h on X" and md["software"] == "ArchiveWeb.page 0.12.7"
    assert md["text_excerpt"] == (
        "We will find you, Amira. Your flat in Holborn is not safe.\n"
        "Retweet if you agree — النهاية قريبة"
    )
    assert md["members"][0]["name"] == IMAGE_URL
    listing = _run(cli, "exhibits")
    assert [e["sha256"] for e in listing][1] == PNG_SHA
    assert listing[1]["metadata"]["extracted_from"]["exhibit"] == "AH1"


def test_eml_attachment_becomes_a_linked_exhibit(cli, ready):
    results = _run(
        cli, "import", "--incident", "1", str(DATA / "threat.eml"), "--extract-attachments"
    )
    email, attachment = (r["exhibit"] for r in results)
    assert email["metadata"]["attachments"][0]["sha256"] == PNG_SHA
    assert attachment["ref"] == "AH2" and attachment["sha256"] == PNG_SHA
    assert attachment["original_name"] == "car.png"
    assert attachment["metadata"]["obtained"] == "taken out of AH1 (threat.eml)"
    assert attachment["metadata"]["width"] == 4  # read like any photo
    members = cli("members", "AH1", UNLOCK).out
    assert "#1" in members and "car.png" in members and PNG_SHA in members
    again = _run(cli, "extract", "AH1", "--pick", "1")
    assert again[0]["duplicate_of"] == "AH2"  # not taken out twice
    custody = ready.conn.execute("SELECT detail FROM custody WHERE entity_id = 'AH2'").fetchone()[0]
    assert json.loads(custody)["extracted_from"] == "AH1"


def test_whatsapp_zip_photos_become_linked_exhibits(cli, ready, tmp_path):
    path = tmp_path / "WhatsApp Chat with Unknown.zip"
    path.write_bytes(
        chat_zip(
            {
                "WhatsApp Chat with Unknown.txt": (DATA / "whatsapp_android.txt").read_bytes(),
                "IMG-20261122-WA0003.jpg": PNG,
                "../../evil/.bashrc": b"echo owned",
            }
        )
    )
    results = _run(cli, "import", "--incident", "1", str(path))
    md = results[0]["exhibit"]["metadata"]
    assert md["kind"] == "chat" and md["messages"][2]["sender"] == "Unknown +44 7700 900123"
    assert [m["name"] for m in md["members"]] == ["IMG-20261122-WA0003.jpg", "../../evil/.bashrc"]
    photo, other = (r["exhibit"] for r in _run(cli, "extract", "AH1"))
    assert photo["sha256"] == PNG_SHA and photo["original_name"] == "IMG-20261122-WA0003.jpg"
    assert other["original_name"] == ".bashrc"  # a name to show, never a path
    assert not (tmp_path / "evil").exists()


def test_mailbox_list_then_import_chosen_messages(cli, ready):
    listing = cli("mailbox", str(DATA / "takeout.mbox"), UNLOCK)
    assert listing.code == 0, listing.err
    assert "#2" in listing.out and "Your brother" in listing.out
    assert "3 messages." in listing.out
    kept = _run(cli, "import", "--incident", "1", str(DATA / "takeout.mbox"), "--pick", "1-2")
    assert [r["exhibit"]["metadata"]["subject"] for r in kept] == [
        "We are watching — you",
        "Your brother",
    ]
    second = kept[1]["exhibit"]
    assert second["content_type"] == "message/rfc822"
    assert second["metadata"]["extracted_from"]["file"] == "takeout.mbox"
    assert (
        second["metadata"]["extracted_from"]["sha256"]
        == hashlib.sha256((DATA / "takeout.mbox").read_bytes()).hexdigest()
    )
    assert len(_run(cli, "exhibits")) == 2  # the mailbox itself was not stored
    assert search(ready, "university") == [1]


def test_whole_mailbox_import_lists_messages_to_extract(cli, ready):
    [imported] = _run(cli, "import", "--incident", "1", str(DATA / "takeout.mbox"))
    md = imported["exhibit"]["metadata"]
    assert md["kind"] == "mailbox" and md["messages_total"] == 3
    [third] = _run(cli, "extract", "AH1", "--pick", "3")
    assert third["exhibit"]["metadata"]["subject"] == "Winter sale"
    bad = cli("extract", "AH1", "--pick", "9", UNLOCK)
    assert bad.code == 8 and "has no member number 9" in bad.err


def test_telegram_export_through_the_cli(cli, ready):
    [imported] = _run(cli, "import", "--incident", "1", str(DATA / "telegram_result.json"))
    md = imported["exhibit"]["metadata"]
    assert md["messages"][1]["text"] == "You will regret talking to the BBC."
    human = cli("exhibits", UNLOCK).out
    assert "Telegram chat, 4 messages" in human


def test_outlook_msg_headers_body_and_attachment(cli, ready):
    results = _run(
        cli, "import", "--incident", "1", str(DATA / "threat.msg"), "--extract-attachments"
    )
    message, attachment = (r["exhibit"] for r in results)
    assert message["content_type"] == "application/vnd.ms-outlook"
    md = message["metadata"]
    assert (md["kind"], md["format"]) == ("email", "Outlook")
    assert md["subject"] == "Your family" and md["message_id"] == "<msg789@evil.example>"
    assert md["date_utc"] == "2026-11-22T09:15:00Z"
    assert md["received"][0]["ips"] == ["203.0.113.9"]
    assert (md["authentication_results"][0]["spf"], md["authentication_results"][0]["dmarc"]) == (
        "fail",
        "fail",
    )
    assert md["body_text"] == "Your mother was seen at the embassy yesterday."
    assert md["attachments"] == [
        {"name": "car.png", "content_type": "image/png", "size": len(PNG), "sha256": PNG_SHA}
    ]
    assert attachment["sha256"] == PNG_SHA and attachment["original_name"] == "car.png"
    assert search(ready, "embassy") == [1]


def test_an_html_email_with_inline_pictures_is_not_taken_for_a_saved_page():
    from safelog.evidence.sniff import sniff

    mail = (
        b"From: a@example.org\r\nTo: b@example.net\r\nSubject: x\r\n"
        b"Message-ID: <1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: "
        b'multipart/related; type="text/html"; boundary="x"\r\n\r\n--x\r\n'
    )
    assert sniff(mail) == "message/rfc822"
    assert sniff((DATA / "profile.mhtml").read_bytes()) == "multipart/related"
    assert sniff((DATA / "capture.warc.gz").read_bytes()) == "application/warc"
    assert sniff((DATA / "takeout.mbox").read_bytes()) == "application/mbox"
    assert sniff((DATA / "threat.msg").read_bytes()) == "application/vnd.ms-outlook"


def test_extract_from_a_photo_says_there_is_nothing_inside(cli, ready):
    _run(cli, "import", "--incident", "1", str(DATA / "red.png"))
    result = cli("extract", "AH1", UNLOCK)
    assert result.code == 9 and "AH1 holds no files SafeLog can take out." in result.err
