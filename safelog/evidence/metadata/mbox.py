"""A mailbox file (``.mbox``: Thunderbird, Gmail's Takeout, Apple Mail's export): the list of
messages it holds, so the person can pick the ones to keep as exhibits of their own.

Messages start at a line beginning ``From `` after a blank line (or at the very start). For
each, only its header block is read: ``members`` lists ``{"index", "name", "from", "to",
"subject", "date", "date_utc", "message_id", "size"}`` for the first MAX_LISTED messages and
``messages_total`` counts them all. The reader sees at most the mbox route's byte limit (256
MiB); the rest of a bigger file is stored but not listed, and a note says so. A message taken
out is its exact bytes, without the ``From `` separator line.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from typing import Any

from . import Member, NoMember, Parsed
from .clean import text
from .mail import header, utc_date

MAX_LISTED = 10_000
HEAD_BYTES = 64 * 1024


def spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each message's bytes, after its separator line. ``bytes.find`` rather
    than a regular expression: it scans 256 MiB in a fraction of a second."""
    starts = [0] if data.startswith(b"From ") else []
    pos = 0
    while True:
        pos = data.find(b"\nFrom ", pos)
        if pos < 0:
            break
        starts.append(pos + 1)
        pos += 6
    found = []
    for number, start in enumerate(starts):
        line_end = data.find(b"\n", start, start + 1000)
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(data)
        if line_end >= 0:
            found.append((line_end + 1, max(end, line_end + 1)))
    return found


def parse(data: bytes, content_type: str) -> Parsed:
    found = spans(data)
    md: dict[str, Any] = {"kind": "mailbox", "messages_total": len(found)}
    parsed = Parsed(metadata=md)
    members = []
    words = []
    for index, (start, end) in enumerate(found[:MAX_LISTED]):
        head = data[start : min(end, start + HEAD_BYTES)]
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
            head, headersonly=True
        )
        item = {
            "index": index,
            "from": header(message, "From"),
            "to": header(message, "To"),
            "subject": header(message, "Subject"),
            "date": header(message, "Date"),
            "message_id": header(message, "Message-ID"),
            "size": end - start,
        }
        item["date_utc"] = utc_date(str(item["date"])) if item["date"] else ""
        item["name"] = text(item["subject"] or f"message {index + 1}", 200)
        members.append(item)
        words.append(f"{item['from']} {item['to']} {item['subject']}")
    md["members"] = members
    parsed.search_text = "\n".join(words)
    if len(found) > MAX_LISTED:
        parsed.notes.append(
            f"It holds {len(found):,} messages; the first {MAX_LISTED:,} are listed."
        )
    if not found:
        parsed.notes.append("No messages were found in it.")
    return parsed


def extract(data: bytes, content_type: str, index: int) -> Member:
    found = spans(data)
    if not 0 <= index < min(len(found), MAX_LISTED):
        raise NoMember(f"The mailbox has no message number {index + 1}.")
    start, end = found[index]
    body = data[start:end]
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
        body[:HEAD_BYTES], headersonly=True
    )
    subject = re.sub(r"[^\w\s-]", "", header(message, "Subject"))[:60].strip()
    return Member(
        f"{index + 1:04d} {subject}.eml" if subject else f"message-{index + 1}.eml",
        "message/rfc822",
        body,
    )
