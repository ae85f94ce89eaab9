"""What the evidence commands print for a person: exhibits, files inside them, imports.

Kept apart from the command definitions in ``evidence_cmds``. Labels and sentences are
translated; file names, hashes, addresses and metadata values are shown as stored (through
``safe_text``, so a bidi control in a file name cannot reverse the line).
"""

from __future__ import annotations

from typing import Any

from ..evidence import safe_text
from ..evidence.model import Exhibit, ImportResult, human_size
from ..evidence.sniff import describe
from ..i18n import N_, _, ngettext

# Labels of a member's details in ``members`` (the keys are the metadata's own).
_MEMBER_LABELS = {"from": N_("from"), "date": N_("date")}

# Labels of an exhibit's metadata in ``exhibits`` and ``online``, in the order shown.
_METADATA_LABELS = (
    ("from", N_("from")),
    ("to", N_("to")),
    ("date", N_("date")),
    ("subject", N_("subject")),
    ("creator", N_("creator")),
    ("creation_date", N_("created")),
    ("first_message", N_("first message")),
    ("last_message", N_("last message")),
)
_ONLINE_LABELS = (
    ("platform", N_("platform")),
    ("url", N_("URL")),
    ("account", N_("account")),
    ("shown_time", N_("time shown")),
)


def members_text(exhibit: Exhibit, found: list[dict[str, Any]]) -> str:
    if not found:
        return _("{ref} holds no files SafeLog can take out.").format(ref=exhibit.ref)
    lines = []
    for item in found:
        size = item.get("size")
        parts = [f"#{item['index'] + 1:<4}", safe_text(str(item.get("name", "")), 80)]
        for key, label in _MEMBER_LABELS.items():
            if item.get(key):
                parts.append(f"{_(label)} {safe_text(str(item[key]), 60)}")
        if isinstance(size, int):
            parts.append(human_size(size))
        if item.get("sha256"):
            parts.append(f"SHA-256 {item['sha256']}")
        lines.append("  ".join(parts))
    lines.append(
        _("'safelog-cli extract {ref} --pick N' makes exhibits of them.").format(ref=exhibit.ref)
    )
    return "\n".join(lines)


def import_text(results: list[ImportResult], incident: int) -> str:
    lines = []
    for result in results:
        ex = result.exhibit
        lines.append(
            f"{ex.ref}  {describe(ex.content_type)}, {human_size(ex.size)}  {ex.display_name}"
        )
        lines.append(f"    SHA-256 {ex.sha256}")
        if result.duplicate_of:
            lines.append(f"    {result.duplicate_sentence}")
        if result.note:
            lines.append(f"    {safe_text(result.note, 1000)}")
    count = len(results)
    lines.append(
        ngettext(
            "Imported {count} file into incident {incident}.",
            "Imported {count} files into incident {incident}.",
            count,
        ).format(count=count, incident=incident)
    )
    return "\n".join(lines)


def exhibits_text(exhibits: list[Exhibit]) -> str:
    if not exhibits:
        return _("No exhibits.")
    lines = []
    for ex in exhibits:
        lines.append(
            _("{ref}  incident {incident}  {kind}, {size}  imported {at}Z  {name}").format(
                ref=ex.ref,
                incident=ex.incident_id,
                kind=describe(ex.content_type),
                size=human_size(ex.size),
                at=ex.imported_at[:19],
                name=ex.display_name,
            )
        )
        details = details_text(ex)
        if details:
            lines.append(f"    {details}")
        if ex.metadata_note:
            lines.append(f"    {safe_text(ex.metadata_note, 1000)}")
        if ex.obtained:
            lines.append("    " + _("obtained: {value}").format(value=safe_text(ex.obtained, 300)))
        if ex.original_kept:
            lines.append(
                "    " + _("original kept: {value}").format(value=safe_text(ex.original_kept, 300))
            )
    return "\n".join(lines)


def details_text(ex: Exhibit) -> str:
    """The exhibit's metadata and online details on one line, ``; ``-separated."""
    md = ex.metadata
    parts: list[str] = []

    def add(label: str, value: object, limit: int = 80) -> None:
        """``label`` is already translated ("" for a value that reads on its own)."""
        if isinstance(value, str | int | float) and str(value):
            parts.append(f"{label} {safe_text(str(value), limit)}".strip())

    if md.get("kind") == "chat":
        count = md.get("message_count", 0)
        add(
            "",
            ngettext("{app} chat, {count} message", "{app} chat, {count} messages", count).format(
                app=md.get("app", ""), count=count
            ),
        )
    if md.get("kind") == "web_page":
        add("", _("saved page ({format})").format(format=md.get("format", "")))
        add(_("page"), md.get("url"), 200)
        add(_("captured"), md.get("captured"))
    if md.get("kind") == "mailbox":
        count = md.get("messages_total", 0)
        add(
            "",
            ngettext("mailbox, {count} message", "mailbox, {count} messages", count).format(
                count=count
            ),
        )
    add("", md.get("obtained"), 120)
    if md.get("kind") != "mailbox" and (md.get("attachments") or md.get("members")):
        count = len(md.get("attachments") or md.get("members") or [])
        add("", ngettext("{count} file inside", "{count} files inside", count).format(count=count))
    if isinstance(md.get("width"), int) and isinstance(md.get("height"), int):
        add("", f"{md['width']} × {md['height']} px")
    add(_("taken"), md.get("date_taken"))
    camera = " ".join(
        str(md[k]) for k in ("camera_make", "camera_model") if isinstance(md.get(k), str)
    )
    add(_("camera"), camera)
    gps = md.get("gps")
    if isinstance(gps, dict) and "latitude" in gps:
        add(_("GPS"), f"{gps.get('latitude')}, {gps.get('longitude')}")
    for key, label in _METADATA_LABELS:
        add(_(label), md.get(key))
    if isinstance(md.get("participants"), list):
        add(_("participants"), ", ".join(str(n) for n in md["participants"][:10]), 300)
    for key, label in _ONLINE_LABELS:
        add(_(label), ex.online.get(key), 200)
    return "; ".join(parts)
