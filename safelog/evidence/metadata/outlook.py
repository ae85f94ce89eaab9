"""Outlook messages (``.msg``), read with the ``extract-msg`` library, inside the sandboxed
worker like every other reader.

A ``.msg`` is a Compound File (the container of old Office documents) holding the message's
properties as streams. extract-msg understands it; its result is turned into the same fields
as a ``.eml`` (``mail.py``): the transport headers Outlook kept give the Received chain and
Authentication-Results, and ``body_text``, ``attachments`` and the address fields come from
the message's properties. An attached message (Outlook's "forward as attachment") is listed
as one attachment and taken out as its own ``.msg``; a file whose attachments contain
themselves makes the library recurse until the worker's limits stop it, which only means
"metadata unreadable". Other Compound Files (old Word and Excel files) give nothing.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
from typing import Any

from . import Member, NoMember, Parsed
from .chat import html_text
from .clean import text, utc_iso
from .mail import BODY_CHARS, MAX_ATTACHMENTS, describe

OUTLOOK = "application/vnd.ms-outlook"


def _open(data: bytes) -> Any:
    import extract_msg  # only in the worker: it is large, and reads untrusted structure

    return extract_msg.openMsg(data)


def is_message(data: bytes) -> bool:
    """Whether a Compound File holds an Outlook message (its class stream is there); a file
    the library cannot even list raises, which parse() reports as unreadable."""
    import olefile

    with olefile.OleFileIO(data) as ole:
        return bool(ole.exists("__substg1.0_001A001F") or ole.exists("__substg1.0_001A001E"))


def parse(data: bytes, content_type: str) -> Parsed:
    if content_type != OUTLOOK and not is_message(data):
        return Parsed()  # an old Word or Excel file, not a message
    with _open(data) as msg:  # a failure here is a damaged message: parse() says so
        parsed = _describe(msg)
    return parsed


def _describe(msg: Any) -> Parsed:
    raw_headers = msg.header.as_string() if getattr(msg, "header", None) is not None else ""
    message = email.parser.Parser(policy=email.policy.default).parsestr(raw_headers or "\n")
    parsed = describe(message)
    parsed.notes = [n for n in parsed.notes if "headers could not be read" not in n]
    md = parsed.metadata
    md["format"] = "Outlook"
    for key, value in (
        ("from", msg.sender),
        ("to", msg.to),
        ("cc", msg.cc),
        ("subject", msg.subject),
        ("message_id", getattr(msg, "messageId", "")),
    ):
        if value and not md.get(key):
            md[key] = text(str(value), 1000)
    moment = msg.date
    if moment is not None and not md.get("date"):
        md["date"] = text(moment.isoformat(), 100)
        if moment.tzinfo is not None:
            md["date_utc"] = utc_iso(moment)
    body = msg.body or ""
    if not body.strip() and getattr(msg, "htmlBody", None):
        body = html_text(msg.htmlBody.decode("utf-8", "replace"))
    body = body.replace("\r\n", "\n").strip()
    md["body_text"] = body[:BODY_CHARS]
    if len(body) > BODY_CHARS:
        parsed.search_text = body
    md["attachments"] = [_info(a) for a in msg.attachments[:MAX_ATTACHMENTS]]
    return parsed


def _bytes(attachment: Any) -> tuple[bytes, str]:
    data = attachment.data
    if isinstance(data, bytes):
        return data, attachment.mimetype or "application/octet-stream"
    export = getattr(data, "exportBytes", None)  # an attached message
    return (export() if callable(export) else b""), OUTLOOK


def _name(attachment: Any, index: int) -> str:
    name = attachment.longFilename or attachment.shortFilename or attachment.displayName or ""
    return str(name).replace("\\", "/").rsplit("/", 1)[-1] or f"attachment-{index + 1}"


def _info(attachment: Any) -> dict[str, Any]:
    data, kind = _bytes(attachment)
    return {
        "name": text(_name(attachment, 0), 255),
        "content_type": text(kind, 100),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def extract(data: bytes, content_type: str, index: int) -> Member:
    with _open(data) as msg:
        attachments = msg.attachments[:MAX_ATTACHMENTS]
        if not 0 <= index < len(attachments):
            raise NoMember(f"The message has no attachment number {index + 1}.")
        body, kind = _bytes(attachments[index])
        return Member(_name(attachments[index], index), kind, body)
