"""What an exhibit says, printed in the PDF: chat messages, an e-mail's route and verdicts, text.

An officer should see the threat in a chat export or the origin of a phishing e-mail without
opening the files. The text comes from ``exhibits.metadata``, read from the file in SafeLog's
sandbox at import. Authentication-Results are printed as the *receiving server* recorded them:
DKIM is never re-verified here (keys rotate, and a later check proves nothing about the day).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from . import styles
from .collect import ExhibitView
from .flow import cell, user_text
from .para import Paragraph
from .styles import Styles
from .tables import LongTable
from .text import escape, short

CHAT_LIMIT = 60
"""Messages printed per chat; the rest are in the exhibit file."""
EMAIL_BODY_LIMIT = 2500
TEXT_LIMIT = 1800
CONTENT_KEYS = (
    "messages",
    "messages_total",
    "messages_truncated",
    "received",
    "received_total",
    "authentication_results",
    "body_text",
    "attachments",
    "text_excerpt",
    "headers",
)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _cut(text: str, limit: int) -> str:
    """The start of ``text``, lines kept, blank runs squeezed."""
    lines = [line.rstrip() for line in text[:limit].splitlines()]
    kept = "\n".join(line for i, line in enumerate(lines) if line or (i and lines[i - 1]))
    return kept + (" …" if len(text) > limit else "")


def _utc(value: str) -> str:
    """ "2026-04-10T15:15:02Z" -> "10 Apr 2026 15:15:02 UTC"."""
    if value.endswith("Z") and len(value) >= 19:
        return f"{_time(value[:19])}{value[16:19]} UTC"
    return value


def _time(value: str) -> str:
    """ "2026-11-22T09:16:00" -> "22 Nov 2026 09:16"; other text as it is."""
    if len(value) >= 16 and value[4] == "-" and value[10] == "T":
        months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        try:
            return f"{int(value[8:10])} {months[int(value[5:7]) - 1]} {value[:4]} {value[11:16]}"
        except (ValueError, IndexError):
            return value
    return value


def chat(exhibit: ExhibitView, st: Styles) -> list[Flowable]:
    md = exhibit.metadata
    messages = [m for m in md.get("messages") or [] if isinstance(m, dict)]
    if not messages:
        return []
    total = md.get("messages_total")
    total = total if isinstance(total, int) and total >= len(messages) else len(messages)
    shown = messages[:CHAT_LIMIT]
    app = _str(md.get("app")) or "chat"
    out: list[Flowable] = [
        Paragraph(
            f"What the chat says ({escape(app)} export; times are the exporting device's local "
            f"time, as written in the file)",
            st.label,
        )
    ]
    rows: list[list[object]] = []
    for m in shown:
        rows.append(
            [
                cell(short(_str(m.get("sender")) or "(no sender)", 80), st.cell_bold),
                Paragraph(escape(_time(_str(m.get("time")))) or "-", st.cell),
                cell(short(_str(m.get("text")), 1200), st.cell),
            ]
        )
    widths = [34 * mm, 26 * mm]
    widths.append(styles.FRAME_WIDTH - sum(widths))
    heads = [Paragraph(h, st.label) for h in ("Sender", "Time", "Message")]
    out.append(LongTable(heads, rows, widths))
    if total > len(shown):
        out.append(
            Paragraph(
                f"Messages 1 to {len(shown)} of {total} are printed here; the "
                f"chat continues in the exhibit file {escape(exhibit.ref)}.",
                st.small,
            )
        )
    return out


def email(exhibit: ExhibitView, st: Styles) -> list[Flowable]:
    md = exhibit.metadata
    if md.get("kind") != "email":
        return []
    out: list[Flowable] = [Paragraph("What the e-mail says", st.label)]
    rows: list[list[object]] = []
    for key, label in (
        ("from", "From"),
        ("to", "To"),
        ("cc", "Cc"),
        ("date", "Date"),
        ("subject", "Subject"),
    ):
        value = md.get(key)
        if isinstance(value, list):
            value = ", ".join(_str(v) for v in value)
        if _str(value):
            rows.append(
                [Paragraph(label, st.label), cell(short(_str(value), 600), st.cell, ltr=True)]
            )
    if rows:
        out.append(LongTable(None, rows, [24 * mm, styles.FRAME_WIDTH - 24 * mm], styles.fields()))
    hops = [h for h in md.get("received") or [] if isinstance(h, dict)]
    if hops:
        out.append(
            Paragraph(
                "The route it took (Received headers; the first row is the "
                "server nearest the sender, the last is the one that delivered it)",
                st.label,
            )
        )
        hop_rows: list[list[object]] = []
        for n, hop in enumerate(reversed(hops), 1):
            ips = ", ".join(_str(ip) for ip in hop.get("ips") or [])
            hop_rows.append(
                [
                    Paragraph(str(n), st.cell),
                    cell(short(_str(hop.get("from")), 200) or "-", st.cell, ltr=True),
                    cell(short(_str(hop.get("by")), 200) or "-", st.cell, ltr=True),
                    Paragraph(escape(ips) or "-", st.mono),
                    cell(_utc(_str(hop.get("date_utc"))) or _str(hop.get("date")) or "-", st.cell),
                ]
            )
        widths = [9 * mm, 52 * mm, 46 * mm, 30 * mm]
        widths.append(styles.FRAME_WIDTH - sum(widths))
        heads = [
            Paragraph(h, st.label) for h in ("No.", "From", "Received by", "IP addresses", "When")
        ]
        out.append(LongTable(heads, hop_rows, widths))
    verdicts = [a for a in md.get("authentication_results") or [] if isinstance(a, dict)]
    if verdicts:
        out.append(
            Paragraph(
                "Sender checks (Authentication-Results): these are the verdicts "
                "of the receiving server named in each row, recorded when the "
                "e-mail arrived. SafeLog has not checked them again.",
                st.label,
            )
        )
        v_rows = [
            [
                cell(_str(a.get("server")) or "(server not named)", st.cell),
                Paragraph(escape(_str(a.get("spf")) or "-"), st.cell_bold),
                Paragraph(escape(_str(a.get("dkim")) or "-"), st.cell_bold),
                Paragraph(escape(_str(a.get("dmarc")) or "-"), st.cell_bold),
            ]
            for a in verdicts
        ]
        widths = [70 * mm, 30 * mm, 30 * mm]
        widths.append(styles.FRAME_WIDTH - sum(widths))
        heads = [Paragraph(h, st.label) for h in ("Verdict recorded by", "SPF", "DKIM", "DMARC")]
        out.append(LongTable(heads, v_rows, widths))
    body = _str(md.get("body_text")).strip()
    if body:
        out.append(
            Paragraph(
                "Text of the e-mail" + (" (beginning)" if len(body) > EMAIL_BODY_LIMIT else ""),
                st.label,
            )
        )
        out.extend(user_text(_cut(body, EMAIL_BODY_LIMIT), st.cell))
    attachments = [a for a in md.get("attachments") or [] if isinstance(a, dict)]
    if attachments:
        out.append(Paragraph("Attachments", st.label))
        out.extend(
            user_text(
                "\n".join(
                    f"{_str(a.get('name')) or '(no name)'}, {_str(a.get('content_type'))}, "
                    f"{_str(a.get('size'))} bytes, SHA-256 {_str(a.get('sha256'))}"
                    for a in attachments[:20]
                ),
                st.cell,
                ltr=True,
            )
        )
    return out if len(out) > 1 else []


def text_excerpt(exhibit: ExhibitView, st: Styles) -> list[Flowable]:
    excerpt = _str(exhibit.metadata.get("text_excerpt")).strip()
    if not excerpt:
        return []
    what = (
        "The first page's text"
        if exhibit.content_type == "application/pdf"
        else "The first lines of the file"
    )
    return [
        Paragraph(f"{what}, as read from the file", st.label),
        *user_text(_cut(excerpt, TEXT_LIMIT), st.cell),
    ]


def content(exhibit: ExhibitView, st: Styles) -> list[Flowable]:
    """Whatever the file itself says, for the exhibit's block; [] when there is nothing."""
    kind = exhibit.metadata.get("kind")
    if kind == "chat":
        return chat(exhibit, st)
    if kind == "email":
        return email(exhibit, st)
    return text_excerpt(exhibit, st)
