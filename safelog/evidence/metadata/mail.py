"""An e-mail as evidence: its headers, the route it took, what servers said of it, its text and
attachments, from a saved ``.eml`` (or one message of an ``.mbox``, or an Outlook ``.msg``).

Fields (the dossier reads these names):

- ``from``, ``to``, ``cc``, ``date``, ``date_utc``, ``subject``, ``message_id``, ``reply_to``;
- ``headers``: every header as ``{"name", "value"}`` in order (the first MAX_HEADERS);
- ``received``: the Received chain in header order, top first (the last hop, nearest the
  recipient), each ``{"from", "by", "with", "ips", "date", "date_utc"}``; at most MAX_RECEIVED
  are kept and ``received_total`` counts them all;
- ``authentication_results``: ``{"server", "spf", "dkim", "dmarc", "raw"}`` as the receiving
  server recorded them. DKIM is never re-verified here: keys rotate, and a check made today says
  nothing about the day the message arrived;
- ``body_text``: the first BODY_CHARS characters of the plain-text body (or of the HTML body's
  text); ``attachments``: ``{"name", "content_type", "size", "sha256"}`` in MIME order.

A message/rfc822 part is one attachment: its own parts are not walked, so a message that
contains itself (or a chain of forwards) costs one hash. The walk stops at MAX_PARTS parts and
MAX_DEPTH levels of nesting.
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import email.utils
import hashlib
import ipaddress
import re
from typing import Any

from . import SEARCH_CHARS, Member, NoMember, Parsed
from .chat import html_text
from .clean import text, utc_iso

HEADER_BYTES = 1024 * 1024
MAX_HEADERS = 300
MAX_RECEIVED = 100
MAX_AUTH = 20
MAX_PARTS = 1000
MAX_DEPTH = 20
MAX_ATTACHMENTS = 200
BODY_CHARS = 4000
FIELDS = (
    ("from", "From"),
    ("to", "To"),
    ("cc", "Cc"),
    ("date", "Date"),
    ("subject", "Subject"),
    ("message_id", "Message-ID"),
    ("reply_to", "Reply-To"),
)
_CLAUSES = ("from", "by", "with", "via", "id", "for")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]")
_AUTH = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([A-Za-z]+)", re.I)
_COMMENT = re.compile(r"\([^()]*\)")


def parse(data: bytes, content_type: str) -> Parsed:
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(data)
    return describe(message)


def describe(message: email.message.Message) -> Parsed:
    """Everything above from a parsed message (``msg.py`` builds one from an Outlook file)."""
    md: dict[str, Any] = {"kind": "email"}
    parsed = Parsed(metadata=md)
    for key, name in FIELDS:
        value = header(message, name)
        if value:
            md[key] = value
    if "date" in md:
        moment = utc_date(md["date"])
        if moment:
            md["date_utc"] = moment
    raw = _raw_headers(message)
    md["headers"] = [{"name": text(k, 100), "value": text(v, 2000)} for k, v in raw[:MAX_HEADERS]]
    received = [v for k, v in raw if k.lower() == "received"]
    md["received"] = [received_hop(v) for v in received[:MAX_RECEIVED]]
    md["received_total"] = len(received)
    if len(received) > MAX_RECEIVED:
        parsed.notes.append(
            f"It has {len(received)} Received headers; the first "
            f"{MAX_RECEIVED} (nearest the recipient) were kept."
        )
    md["authentication_results"] = [
        auth_result(v) for k, v in raw if k.lower() == "authentication-results"
    ][:MAX_AUTH]
    body, attachments, cut = _walk(message)
    md["body_text"] = body[:BODY_CHARS]
    if len(body) > BODY_CHARS:
        parsed.search_text = body
    md["attachments"] = attachments
    if cut:
        parsed.notes.append(cut)
    if not any(k in md for k in ("from", "to", "date", "subject")):
        parsed.notes.append("Its e-mail headers could not be read.")
    return parsed


def utc_date(value: str) -> str:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""
    return utc_iso(moment) if moment.tzinfo is not None else ""


def _raw_headers(message: email.message.Message) -> list[tuple[str, str]]:
    """Headers as the sender wrote them, unfolded, without decoding encoded words."""
    out = []
    for key, value in message.raw_items():
        raw = value if isinstance(value, str) else str(value)
        out.append((str(key), " ".join(raw[:HEADER_BYTES].split())))
    return out


def received_hop(value: str) -> dict[str, Any]:
    """``from X (helo [ip]) by Y with ESMTPS id Z; date`` split into its clauses."""
    route, _, date = value.rpartition(";")
    if not route:
        route, date = value, ""
    clauses = _clauses(route)
    ips: list[str] = []
    for candidate in _IPV4.findall(route) + _IPV6.findall(route):
        try:
            address = str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
        if address not in ips and len(ips) < 20:
            ips.append(address)
    return {
        "from": text(clauses.get("from", ""), 500),
        "by": text(clauses.get("by", ""), 500),
        "with": text(clauses.get("with", ""), 200),
        "ips": ips,
        "date": text(date.strip(), 100),
        "date_utc": utc_date(date.strip()),
    }


def _clauses(route: str) -> dict[str, str]:
    """Split on the keywords outside parentheses: comments belong to the clause before."""
    found: dict[str, list[str]] = {}
    current = ""
    depth = 0
    words = re.split(r"(\s+|[()])", route[:8192])
    for word in words:
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and word.lower() in _CLAUSES and word.lower() not in found:
            current = word.lower()
            found[current] = []
            continue
        if current:
            found[current].append(word)
    return {k: " ".join("".join(v).split()) for k, v in found.items()}


def auth_result(value: str) -> dict[str, str]:
    """What the receiving server recorded: ``mx.example.net; spf=pass …; dkim=fail …``."""
    server = value.split(";", 1)[0].split()
    results: dict[str, str] = {}
    for method, result in _AUTH.findall(_COMMENT.sub(" ", value)):
        results.setdefault(method.lower(), result.lower())
    return {
        "server": text(server[0] if server else "", 200),
        "spf": results.get("spf", ""),
        "dkim": results.get("dkim", ""),
        "dmarc": results.get("dmarc", ""),
        "raw": text(value, 2000),
    }


def mime_leaves(message: email.message.Message) -> tuple[list[email.message.Message], str]:
    """The non-multipart parts in MIME order, and a note when the walk was cut."""
    leaves: list[email.message.Message] = []
    stack: list[tuple[email.message.Message, int]] = [(message, 0)]
    cut = ""
    while stack:
        part, depth = stack.pop()
        if len(leaves) >= MAX_PARTS:
            cut = f"It has more than {MAX_PARTS} parts; only the first were read."
            break
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            if depth >= MAX_DEPTH:
                cut = f"Its parts are nested more than {MAX_DEPTH} deep; the deeper were not read."
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(
                    (c, depth + 1)
                    for c in reversed(children)
                    if isinstance(c, email.message.Message)
                )
            continue
        leaves.append(part)
    return leaves, cut


def _walk(message: email.message.Message) -> tuple[str, list[dict[str, Any]], str]:
    """(body text, attachments, a note when the walk was cut)."""
    leaves, cut = mime_leaves(message)
    body = body_part(leaves)
    words = _part_text(body) if body is not None else ""
    if body is not None and body.get_content_subtype() == "html":
        words = html_text(words)
    found = [attachment_info(p) for p in _attachment_parts(leaves, body)]
    return words.replace("\r\n", "\n").strip()[:SEARCH_CHARS], found, cut


def _attachment_parts(
    leaves: list[email.message.Message], body_part: email.message.Message | None
) -> list[email.message.Message]:
    return [p for p in leaves if p is not body_part and _is_attachment(p)][:MAX_ATTACHMENTS]


def _is_attachment(part: email.message.Message) -> bool:
    if part.get_filename() or part.get_content_disposition() == "attachment":
        return True
    return part.get_content_maintype() not in ("text", "multipart")


def body_part(leaves: list[email.message.Message]) -> email.message.Message | None:
    """The part a reader takes as the message text: the first plain text, else the first HTML."""
    for subtype in ("plain", "html"):
        for part in leaves:
            if (
                part.get_content_type() == f"text/{subtype}"
                and part.get_content_disposition() != "attachment"
                and not part.get_filename()
            ):
                return part
    return None


def _part_text(part: email.message.Message) -> str:
    data = part_bytes(part)[: SEARCH_CHARS * 4]
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", "replace")


def part_bytes(part: email.message.Message) -> bytes:
    """A part's decoded bytes; an attached message as the bytes it was sent as."""
    if part.get_content_type() == "message/rfc822" or part.is_multipart():
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
            return inner[0].as_bytes(policy=email.policy.compat32)
        return b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def attachment_info(part: email.message.Message) -> dict[str, Any]:
    data = part_bytes(part)
    return {
        "name": text(part.get_filename() or "", 255),
        "content_type": text(part.get_content_type(), 100),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def attachments(message: email.message.Message) -> list[email.message.Message]:
    """The attachment parts in the order ``attachments`` lists them (for extraction)."""
    leaves, _ = mime_leaves(message)
    return _attachment_parts(leaves, body_part(leaves))


def header(message: Any, name: str) -> str:
    try:
        value = message.get(name)
        return text(str(value), 1000) if value is not None else ""
    except Exception:  # an encoded word or address the parser rejects: keep the raw text
        for key, raw in getattr(message, "_headers", []):
            if str(key).lower() == name.lower():
                return text(raw, 1000)
        return ""


def extract(data: bytes, content_type: str, index: int) -> Member:
    """Attachment ``index`` as ``attachments`` lists it, decoded from its transfer encoding."""
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(data)
    return attachment_member(attachments(message), index)


def attachment_member(parts: list[email.message.Message], index: int) -> Member:
    if not 0 <= index < len(parts):
        raise NoMember(f"The e-mail has no attachment number {index + 1}.")
    part = parts[index]
    name = (part.get_filename() or "").replace("\\", "/").rsplit("/", 1)[-1]
    kind = part.get_content_type()
    if not name:
        name = f"attachment-{index + 1}" + (".eml" if kind == "message/rfc822" else "")
    return Member(name, kind, part_bytes(part))
