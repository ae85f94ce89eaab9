"""Chat exports: who took part and when the first and last messages were sent.

Recognised: WhatsApp text exports (Android ``22/11/2026, 14:03 - Name: text`` and iOS
``[22/11/2026, 14:03:15] Name: text``, 12- or 24-hour clocks, any date separator), Telegram
Desktop's JSON (``result.json``) and HTML (``messages.html``) exports, text copied from
Telegram (``Name, [22.11.2026 14:03]``), and Signal Desktop chats as signal-export writes them
(``chat.md``: ``[2026-11-22 14:03] Name: text``; Signal has no documented export of its own).
Chat apps write the phone's local time without a zone, so the times are returned as local
times. Whether a date is day/month or month/day is decided from the whole file; when nothing
tells them apart it is read as day/month and said so.

The messages themselves are kept for the dossier and for search: ``messages`` holds the first
MAX_MESSAGES as ``{"sender", "time", "text"}`` (time ``YYYY-MM-DDTHH:MM:SS`` device-local, or
"" when unreadable; text cut at MESSAGE_CHARS), with ``messages_total`` and
``messages_truncated``. Plain text that is not a chat keeps its first lines as ``text_excerpt``.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import Any

from . import SEARCH_CHARS, Parsed
from .clean import text

MAX_PARTICIPANTS = 200
MAX_MESSAGES = 500
MESSAGE_CHARS = 2000
EXCERPT_CHARS = 3000
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " "})
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\ufeff"), None)
_DATE = (
    r"(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
    r"(?:\s?([AaPp])\.?\s?[Mm]\.?)?"
)
WHATSAPP_ANDROID = re.compile(rf"^{_DATE}\s+[-–]\s+(?:([^:\n]{{1,120}}?):\s)?", re.M)
WHATSAPP_IOS = re.compile(rf"^\[{_DATE}\]\s+(?:([^:\n]{{1,120}}?):\s)?", re.M)
# Signal Desktop has no export of its own; signal-export (github.com/carderne/signal-export),
# the tool people use, writes chat.md with "[2026-11-22 14:03] Name: text" lines.
SIGNAL_EXPORT = re.compile(
    r"^\[(\d{4})-(\d{2})-(\d{2}),? (\d{2}):(\d{2})(?::(\d{2}))?()\]\s+"
    r"(?:([^:\n]{1,120}?):\s?)?",
    re.M,
)
TELEGRAM_COPY = re.compile(rf"^([^\n\[]{{1,120}}), \[{_DATE}\]\s*$", re.M)
_TG_HTML_NAME = re.compile(r'<div class="from_name">\s*([^<]{1,240}?)\s*(?:<|$)')
_TG_HTML_DATE = re.compile(
    r'class="pull_right date details" title="(\d{2})\.(\d{2})\.(\d{4}) '
    r"(\d{2}):(\d{2}):(\d{2})"
)


def parse(data: bytes, content_type: str) -> Parsed:
    content = decode_text(data)
    if content_type == "application/json":
        parsed = _telegram_json(content)
        if parsed.metadata.get("kind") == "chat":
            return parsed
    if content_type == "text/html":
        return _telegram_html(content)
    return parse_text(content)


def excerpt(content: str, limit: int = EXCERPT_CHARS) -> str:
    """The first lines of a text, at most ``limit`` characters, cut at a line end if one is near."""
    head = content[: limit + 1].replace("\r\n", "\n").replace("\x00", "")
    if len(head) <= limit:
        return head.strip()
    cut = head.rfind("\n", 0, limit)
    return head[: cut if cut > limit // 2 else limit].strip()


def _text_only(content: str) -> Parsed:
    return Parsed(
        metadata={"kind": "text", "text_excerpt": excerpt(content)},
        search_text=_beyond(content, EXCERPT_CHARS),
    )


def _beyond(content: str, kept: int) -> str:
    """The whole text for search, or nothing when the metadata already holds all of it."""
    return content[:SEARCH_CHARS] if len(content) > kept else ""


def message(sender: str, moment: datetime | str | None, body: str) -> dict[str, str]:
    """One kept message in the shape the dossier and search read."""
    when = moment.isoformat(timespec="seconds") if isinstance(moment, datetime) else (moment or "")
    return {
        "sender": text(sender or "", 120),
        "time": when,
        "text": body.replace("\x00", "").strip()[:MESSAGE_CHARS],
    }


def _kept(md: dict[str, Any], messages: list[dict[str, str]], total: int) -> None:
    md["messages"] = messages[:MAX_MESSAGES]
    md["messages_total"] = total
    md["messages_truncated"] = total > len(md["messages"])


def decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8-sig", "replace")


_FORMATS = (
    ("WhatsApp", WHATSAPP_ANDROID, False),
    ("Signal", SIGNAL_EXPORT, False),
    ("WhatsApp", WHATSAPP_IOS, False),
    ("Telegram", TELEGRAM_COPY, True),
)  # (app, line pattern, sender before the date?)


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
        return _text_only(content)
    app, pattern, sender_first = _FORMATS[best]
    count = 0
    senders: dict[str, None] = {}
    day_first: bool | None = None
    first = last = first_any = last_any = None
    raw: list[tuple[str, tuple[str | None, ...], int, int]] = []  # sender, date, text span
    for match in pattern.finditer(content):
        groups = match.groups()
        sender, date = (groups[0], groups[1:]) if sender_first else (groups[7], groups[:7])
        count += 1
        if raw and raw[-1][3] == len(content):  # the message before ends where this begins
            raw[-1] = (*raw[-1][:3], match.start())
        if len(raw) < MAX_MESSAGES:
            raw.append((sender or "", date, match.end(), len(content)))
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
        return _text_only(content)
    ambiguous = day_first is None and len((first_any or ("",))[0] or "") != 4
    order = True if day_first is None else day_first
    times = [
        m
        for m in (_moment(first or first_any, order), _moment(last or last_any, order))
        if m is not None
    ]
    participants = list(dict.fromkeys(text(s, 120) for s in senders))
    parsed = Parsed(
        metadata=_chat_metadata(app, participants, times, count),
        search_text=_beyond(content, 0)
        if count > MAX_MESSAGES or len(content) > MAX_MESSAGES * 200
        else "",
    )
    _kept(
        parsed.metadata,
        [
            message(
                sender, _moment(date, order), content[start : min(end, start + MESSAGE_CHARS * 4)]
            )
            for sender, date, start, end in raw
        ],
        count,
    )
    if ambiguous:
        parsed.metadata["date_order"] = "day/month (assumed)"
        parsed.notes.append(
            "Its dates could be day/month or month/day; they were read as day/month."
        )
    else:
        parsed.metadata["date_order"] = "day/month" if order else "month/day"
    return parsed


def _chat_metadata(
    app: str, participants: list[str], times: list[datetime], count: int
) -> dict[str, Any]:
    md: dict[str, Any] = {
        "kind": "chat",
        "app": app,
        "participants": participants,
        "message_count": count,
        "times": "local time of the exporting device",
    }
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
        return _text_only(content)
    chats = (
        [doc]
        if isinstance(doc, dict) and "messages" in doc
        else (doc.get("chats", {}).get("list", []) if isinstance(doc, dict) else [])
    )
    participants: dict[str, None] = {}
    times: list[datetime] = []
    kept: list[dict[str, str]] = []
    words: list[str] = []
    count = 0
    for chat in chats if isinstance(chats, list) else []:
        messages = chat.get("messages") if isinstance(chat, dict) else None
        for item in messages if isinstance(messages, list) else []:
            if not isinstance(item, dict):
                continue
            count += 1
            sender = item.get("from") or item.get("actor")
            sender = sender if isinstance(sender, str) else ""
            if sender and len(participants) < MAX_PARTICIPANTS:
                participants[text(sender, 120)] = None
            try:
                moment: datetime | None = datetime.fromisoformat(str(item.get("date", ""))[:19])
            except ValueError:
                moment = None
            if moment is not None:
                times.append(moment)
            body = _telegram_text(item)
            if len(kept) < MAX_MESSAGES:
                kept.append(message(sender, moment, body))
            if sum(map(len, words)) < SEARCH_CHARS:
                words.append(f"{sender}: {body}")
    if not count:
        return _text_only(content)
    parsed = Parsed(
        metadata=_chat_metadata("Telegram", list(participants), times, count),
        search_text="\n".join(words)[:SEARCH_CHARS] if count > MAX_MESSAGES else "",
    )
    _kept(parsed.metadata, kept, count)
    return parsed


_TG_MEDIA = (
    ("photo", "photo"),
    ("sticker_emoji", "sticker"),
    ("media_type", "media"),
    ("file", "file"),
    ("action", "action"),
)


def _telegram_text(item: dict[str, Any]) -> str:
    """A Telegram message's text: a string, or a list of strings and ``{"text": …}`` parts;
    a message with only media or a service action says which in brackets."""
    value = item.get("text", "")
    if isinstance(value, list):
        parts = [
            p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
            for p in value[:1000]
        ]
        value = "".join(parts)
    body = value if isinstance(value, str) else ""
    if not body.strip():
        for key, label in _TG_MEDIA:
            found = item.get(key)
            if isinstance(found, str) and found:
                return (
                    f"[{label}: {text(found, 120)}]"
                    if key in ("media_type", "action", "sticker_emoji")
                    else f"[{label}]"
                )
    return body


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
        return _text_only(html_text(content))
    parsed = Parsed(
        metadata=_chat_metadata("Telegram", list(participants), times, len(times)),
        search_text=html_text(content)[:SEARCH_CHARS] if len(times) > MAX_MESSAGES else "",
    )
    _kept(parsed.metadata, _telegram_html_messages(content), len(times))
    return parsed


_TG_HTML_MESSAGE = re.compile(r'<div class="message default[^"]{0,80}"')
_TG_HTML_TEXT = re.compile(r'<div class="text">(.*?)</div>', re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>|</h[1-6]>|</tr>", re.I)
_HIDDEN = re.compile(r"<(script|style|head|template)\b.*?</\1\s*>", re.I | re.S)


def html_text(content: str) -> str:
    """Readable text of an HTML page: scripts and styles dropped, tags removed, entities read."""
    content = _HIDDEN.sub(" ", content)
    content = _BREAK.sub("\n", content)
    lines = (" ".join(html.unescape(_TAG.sub(" ", line)).split()) for line in content.split("\n"))
    return "\n".join(line for line in lines if line)


def _telegram_html_messages(content: str) -> list[dict[str, str]]:
    """Messages of a Telegram HTML export; a "joined" message has no name: it is the sender
    of the message before it."""
    kept: list[dict[str, str]] = []
    sender = ""
    starts = [m.start() for m in _TG_HTML_MESSAGE.finditer(content)]
    for index, start in enumerate(starts[:MAX_MESSAGES]):
        end = starts[index + 1] if index + 1 < len(starts) else len(content)
        block = content[start : min(end, start + 64 * 1024)]
        name = _TG_HTML_NAME.search(block)
        if name:
            sender = html.unescape(name.group(1))
        date = _TG_HTML_DATE.search(block)
        moment = None
        if date:
            day, month, year, hour, minute, second = (int(g) for g in date.groups())
            try:
                moment = datetime(year, month, day, hour, minute, second)
            except ValueError:
                moment = None
        body = _TG_HTML_TEXT.search(block)
        kept.append(message(sender, moment, html_text(body.group(1)) if body else ""))
    return kept
