"""Chat exports: who took part and when the first and last messages were sent.

Recognised: WhatsApp text exports (Android ``22/11/2026, 14:03 - Name: text`` and iOS
``[22/11/2026, 14:03:15] Name: text``, 12- or 24-hour clocks, any date separator), Telegram
Desktop's JSON (``result.json``) and HTML (``messages.html``) exports, and text copied from
Telegram (``Name, [22.11.2026 14:03]``). Chat apps write the phone's local time without a zone,
so the times are returned as local times. Whether a date is day/month or month/day is decided
from the whole file; when nothing tells them apart it is read as day/month and said so.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import Any

from . import Parsed
from .clean import text

MAX_PARTICIPANTS = 200
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " "})
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\ufeff"), None)
_DATE = r"(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?" \
        r"(?:\s?([AaPp])\.?\s?[Mm]\.?)?"
WHATSAPP_ANDROID = re.compile(rf"^{_DATE}\s+[-–]\s+(?:([^:\n]{{1,120}}?):\s)?", re.M)
WHATSAPP_IOS = re.compile(rf"^\[{_DATE}\]\s+(?:([^:\n]{{1,120}}?):\s)?", re.M)
TELEGRAM_COPY = re.compile(rf"^([^\n\[]{{1,120}}), \[{_DATE}\]\s*$", re.M)
_TG_HTML_NAME = re.compile(r'<div class="from_name">\s*([^<]{1,240}?)\s*(?:<|$)')
_TG_HTML_DATE = re.compile(r'class="pull_right date details" title="(\d{2})\.(\d{2})\.(\d{4}) '
                           r'(\d{2}):(\d{2}):(\d{2})')


def parse(data: bytes, content_type: str) -> Parsed:
    content = decode_text(data)
    if content_type == "application/json":
        parsed = _telegram_json(content)
        if parsed.metadata.get("kind") == "chat":
            return parsed
    if content_type == "text/html":
        return _telegram_html(content)
    return parse_text(content)


def decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8-sig", "replace")


_FORMATS = (("WhatsApp", WHATSAPP_ANDROID, False), ("WhatsApp", WHATSAPP_IOS, False),
            ("Telegram", TELEGRAM_COPY, True))  # (app, line pattern, sender before the date?)


def parse_text(content: str) -> Parsed:
    """One pass over the text with the line format its first 64 KiB use most.

    Exports are written oldest first, so the first and last stamped lines give the first and
    last message times; the day/month order is settled by the first day above 12.
    """
    content = content.translate(_SPACES).translate(_INVISIBLE)
    head = content[:65536]
    scores = [sum(1 for _ in pattern.finditer(head)) for _, pattern, _ in _FORMATS]
    best = max(range(len(_FORMATS)), key=scores.__getitem__)
    if not scores[best]:
        return Parsed(metadata={"kind": "text"})
    app, pattern, sender_first = _FORMATS[best]
    count = 0
    senders: dict[str, None] = {}
    day_first: bool | None = None
    first = last = first_any = last_any = None
    for match in pattern.finditer(content):
        groups = match.groups()
        sender, date = (groups[0], groups[1:]) if sender_first else (groups[7], groups[:7])
        count += 1
        if day_first is None and len(date[0] or "") != 4:
            if int(date[0] or 0) > 12:
                day_first = True
            elif int(date[1] or 0) > 12:
                day_first = False
        if first_any is None:
            first_any = date
        last_any = date
        if sender and sender.strip():
            if first is None:
                first = date
            last = date
            if sender not in senders and len(senders) < MAX_PARTICIPANTS:
                senders[sender] = None
    if count < 2 and len(content) >= 4096:
        return Parsed(metadata={"kind": "text"})
    ambiguous = day_first is None and len((first_any or ("",))[0] or "") != 4
    order = True if day_first is None else day_first
    times = [m for m in (_moment(first or first_any, order), _moment(last or last_any, order))
             if m is not None]
    participants = list(dict.fromkeys(text(s, 120) for s in senders))
    parsed = Parsed(metadata=_chat_metadata(app, participants, times, count))
    if ambiguous:
        parsed.metadata["date_order"] = "day/month (assumed)"
        parsed.notes.append("Its dates could be day/month or month/day; they were read as "
                            "day/month.")
    else:
        parsed.metadata["date_order"] = "day/month" if order else "month/day"
    return parsed


def _chat_metadata(app: str, participants: list[str], times: list[datetime],
                   count: int) -> dict[str, Any]:
    md: dict[str, Any] = {"kind": "chat", "app": app, "participants": participants,
                          "message_count": count, "times": "local time of the exporting device"}
    if times:
        md["first_message"] = min(times).isoformat()
        md["last_message"] = max(times).isoformat()
    return md


def _moment(groups: tuple[str | None, ...] | None, day_first: bool) -> datetime | None:
    if groups is None:
        return None
    a, b, c, hour, minute, second, ampm = groups
    try:
        if len(a or "") == 4:
            year, month, day = int(a or 0), int(b or 0), int(c or 0)
        else:
            year = int(c or 0)
            year += 2000 if year < 100 else 0
            day, month = (int(a or 0), int(b or 0)) if day_first else (int(b or 0), int(a or 0))
        h = int(hour or 0)
        if ampm:
            h = h % 12 + (12 if ampm.lower() == "p" else 0)
        return datetime(year, month, day, h, int(minute or 0), int(second or 0))
    except ValueError:
        return None


def _telegram_json(content: str) -> Parsed:
    try:
        doc = json.loads(content)
    except (ValueError, RecursionError):
        return Parsed(metadata={"kind": "text"})
    chats = [doc] if isinstance(doc, dict) and "messages" in doc else (
        doc.get("chats", {}).get("list", []) if isinstance(doc, dict) else [])
    participants: dict[str, None] = {}
    times: list[datetime] = []
    count = 0
    for chat in chats if isinstance(chats, list) else []:
        messages = chat.get("messages") if isinstance(chat, dict) else None
        for message in messages if isinstance(messages, list) else []:
            if not isinstance(message, dict):
                continue
            count += 1
            sender = message.get("from") or message.get("actor")
            if isinstance(sender, str) and sender and len(participants) < MAX_PARTICIPANTS:
                participants[text(sender, 120)] = None
            try:
                times.append(datetime.fromisoformat(str(message.get("date", ""))[:19]))
            except ValueError:
                continue
    if not count:
        return Parsed(metadata={"kind": "text"})
    return Parsed(metadata=_chat_metadata("Telegram", list(participants), times, count))


def _telegram_html(content: str) -> Parsed:
    participants: dict[str, None] = {}
    for match in _TG_HTML_NAME.finditer(content):
        if len(participants) >= MAX_PARTICIPANTS:
            break
        participants[text(html.unescape(match.group(1)), 120)] = None
    times = []
    for match in _TG_HTML_DATE.finditer(content):
        day, month, year, hour, minute, second = (int(g) for g in match.groups())
        try:
            times.append(datetime(year, month, day, hour, minute, second))
        except ValueError:
            continue
    if not times:
        return Parsed(metadata={"kind": "text"})
    return Parsed(metadata=_chat_metadata("Telegram", list(participants), times, len(times)))
