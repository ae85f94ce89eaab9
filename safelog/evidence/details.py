"""What the person adds about an exhibit after it is stored, and incidents made from messages.

The online fields (platform, address, account, time on screen) are often known only after a
paste or a capture: they can be set afterwards, each change a custody entry with the values
before and after, the original bytes untouched. Messages chosen in a chat exhibit become a new
incident dated at the first message, its narrative quoting them with sender and time, and the
exhibit's reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..db import mapped_errors
from ..errors import InvalidInput, NotFound
from ..i18n import _
from ..incidents import store as incidents
from ..incidents.model import Incident
from ..incidents.when import parse_when
from ..vault import Vault
from . import textindex
from .access import get_exhibit
from .importer import check_online
from .model import Exhibit, dump

QUOTE_LIMIT = 50
"""Most messages quoted in one incident's narrative."""


def set_online_details(vault: Vault, ref: str, online: dict[str, str]) -> Exhibit:
    """Replace an exhibit's online fields (empty values remove a field)."""
    details = check_online(online)
    exhibit = get_exhibit(vault, ref)
    with mapped_errors(), vault.transaction() as conn:
        conn.execute("UPDATE exhibits SET online = ? WHERE id = ?", (dump(details), exhibit.id))
        vault.record(
            "exhibit.online", "exhibit", exhibit.ref, {"before": exhibit.online, "after": details}
        )
        words = textindex.stored_words(conn, exhibit.id)
        textindex.index_exhibit(conn, exhibit.id, "\n".join([words, *details.values()]))
    return get_exhibit(vault, exhibit.ref)


def incident_from_messages(
    vault: Vault,
    ref: str,
    indexes: Iterable[int],
    *,
    title: str = "",
    category: str = "online_harassment",
    tz: str = "",
) -> Incident:
    """A new incident from chosen messages (0-based, as ``messages`` lists them) of a chat
    exhibit: its time is the first chosen message's, as the chat recorded it (the exporting
    phone's local time, read in ``tz`` or this computer's zone)."""
    exhibit = get_exhibit(vault, ref)
    messages = exhibit.metadata.get("messages")
    if exhibit.metadata.get("kind") != "chat" or not isinstance(messages, list):
        raise InvalidInput(
            _("{ref} is not a chat with messages SafeLog could read.").format(ref=exhibit.ref)
        )
    chosen = sorted(dict.fromkeys(indexes))
    if not chosen:
        raise InvalidInput(_("Choose at least one message."))
    if len(chosen) > QUOTE_LIMIT:
        raise InvalidInput(
            _("Choose at most {QUOTE_LIMIT} messages for one incident.").format(
                QUOTE_LIMIT=QUOTE_LIMIT
            )
        )
    picked: list[dict[str, Any]] = []
    for index in chosen:
        if not 0 <= index < len(messages) or not isinstance(messages[index], dict):
            raise NotFound(
                _("{ref} has no message number {value}.").format(ref=exhibit.ref, value=index + 1)
            )
        picked.append(messages[index])
    first_time = next((str(m.get("time")) for m in picked if m.get("time")), "")
    if not first_time:
        raise InvalidInput(
            _("None of these messages has a time SafeLog could read; add the incident by hand.")
        )
    app = str(exhibit.metadata.get("app", "chat"))
    lines = [
        f"Messages quoted from {exhibit.ref} ({app} chat, {exhibit.original_name}), "
        "times as the chat recorded them:",
        "",
    ]
    for message in picked:
        when = str(message.get("time", "")).replace("T", " ") or "time unknown"
        lines.append(
            f"[{when}] {message.get('sender') or '(no sender)'}: {message.get('text', '')}"
        )
    first_sender = next((str(m.get("sender")) for m in picked if m.get("sender")), "")
    incident = Incident(
        title=title.strip() or f"{app} messages from {first_sender or 'an unknown sender'}"[:200],
        when=parse_when(first_time.replace("T", " ")[:16], tz=tz),
        category=category,
        narrative="\n".join(lines),
    )
    return incidents.add_incident(vault, incident)
