"""Who sent an e-mail, to whom, when, about what: the headers of a saved ``.eml`` message.

Only the header block is parsed (the body and attachments are left as stored bytes), with the
standard library's parser; malformed encoded words fall back to the raw header text.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
from typing import Any

from . import Parsed
from .clean import text, utc_iso

HEADER_BYTES = 1024 * 1024
FIELDS = (("from", "From"), ("to", "To"), ("cc", "Cc"), ("date", "Date"),
          ("subject", "Subject"), ("message_id", "Message-ID"), ("reply_to", "Reply-To"))


def parse(data: bytes, content_type: str) -> Parsed:
    head = data[:HEADER_BYTES]
    end = min((i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0),
              default=len(head))
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
        head[:end + 2], headersonly=True)
    md: dict[str, Any] = {"kind": "email"}
    for key, name in FIELDS:
        value = _header(message, name)
        if value:
            md[key] = value
    if "date" in md:
        try:
            moment = email.utils.parsedate_to_datetime(md["date"])
            if moment.tzinfo is not None:
                md["date_utc"] = utc_iso(moment)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    parsed = Parsed(metadata=md)
    if not any(k in md for k in ("from", "to", "date", "subject")):
        parsed.notes.append("Its e-mail headers could not be read.")
    return parsed


def _header(message: Any, name: str) -> str:
    try:
        value = message.get(name)
        return text(str(value), 1000) if value is not None else ""
    except Exception:  # an encoded word or address the parser rejects: keep the raw text
        for key, raw in getattr(message, "_headers", []):
            if str(key).lower() == name.lower():
                return text(raw, 1000)
        return ""
