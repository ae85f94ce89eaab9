"""What the home screen and the walk-through need: counts, the next step, where to resume.

The overview answers "how far am I, and what should I do next?" for each checklist without the
person reading every item. The walk-through takes items one at a time in content order and must
reopen where the person stopped, because a session with a support worker is often cut short.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..db import mapped_errors
from ..vault import Vault
from .content import PRIORITIES, Catalog, Checklist
from .progress import STATUSES, ItemState, item_states


@dataclass(frozen=True)
class ChecklistOverview:
    checklist_id: str
    title: str
    summary: str
    version: int
    total: int
    counts: dict[str, int]  # every status in STATUSES, zero included
    percent_done: int  # done out of the items that apply (not "not applicable"), rounded down
    next_item: ItemState | None  # the most important open item; None when nothing is open

    @property
    def open_count(self) -> int:
        return self.counts["todo"] + self.counts["need_help"]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.checklist_id,
            "title": self.title,
            "summary": self.summary,
            "version": self.version,
            "total": self.total,
            "counts": dict(self.counts),
            "percent_done": self.percent_done,
            "next_item": None
            if self.next_item is None
            else {
                "id": self.next_item.item.id,
                "number": self.next_item.index + 1,
                "title": self.next_item.item.title,
                "priority": self.next_item.item.priority,
                "status": self.next_item.status,
            },
        }


@dataclass(frozen=True)
class ResumePoint:
    """Where the walk-through should open. ``item_id`` None means every item is answered."""

    item_id: str | None
    index: int | None  # 0-based
    stored: bool  # True: a position saved by set_resume_point; False: first unanswered item

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "number": None if self.index is None else self.index + 1,
            "stored": self.stored,
        }


def next_item(states: list[ItemState]) -> ItemState | None:
    """The open item to do next: highest priority first, then the content's own order.

    Items waiting for help count as open, so they keep coming back until someone helps.
    """
    open_items = [s for s in states if s.is_open]
    if not open_items:
        return None
    return min(open_items, key=lambda s: (PRIORITIES.index(s.item.priority), s.index))


def summarise(checklist: Checklist, states: list[ItemState]) -> ChecklistOverview:
    """The overview of one checklist from states already read (no database access)."""
    counts = {status: 0 for status in STATUSES}
    for state in states:
        counts[state.status] += 1
    applicable = len(states) - counts["not_applicable"]
    percent = 100 if applicable == 0 else (100 * counts["done"]) // applicable
    return ChecklistOverview(
        checklist.id,
        checklist.title,
        checklist.summary,
        checklist.version,
        len(states),
        counts,
        percent,
        next_item(states),
    )


def checklist_overview(vault: Vault, checklist: Checklist) -> ChecklistOverview:
    return summarise(checklist, item_states(vault, checklist))


def overview(vault: Vault, catalog: Catalog) -> list[ChecklistOverview]:
    """One overview per checklist, in the catalog's display order."""
    return [checklist_overview(vault, checklist) for checklist in catalog]


def resume_point(
    vault: Vault, checklist: Checklist, states: list[ItemState] | None = None
) -> ResumePoint:
    """Where the walk-through should open.

    A saved position wins while its item is still in the content; otherwise the first item not
    yet answered (anything but "to do" counts as an answer); otherwise nothing is left.
    """
    with mapped_errors():
        row = vault.conn.execute(
            "SELECT item_id FROM checklist_resume WHERE checklist_id = ?", (checklist.id,)
        ).fetchone()
    if row is not None and checklist.has_item(row[0]):
        return ResumePoint(row[0], checklist.index_of(row[0]), True)
    for state in states if states is not None else item_states(vault, checklist):
        if not state.answered:
            return ResumePoint(state.item.id, state.index, False)
    return ResumePoint(None, None, False)


def set_resume_point(vault: Vault, checklist: Checklist, item_ref: str | None) -> None:
    """Save where the walk-through was left, or forget it with None.

    This is a screen position, not part of the record, so it has no history and no custody
    entry.
    """
    item_id = None if item_ref is None else checklist.item(item_ref).id
    with vault.transaction():
        if item_id is None:
            vault.conn.execute(
                "DELETE FROM checklist_resume WHERE checklist_id = ?", (checklist.id,)
            )
        else:
            vault.conn.execute(
                "INSERT INTO checklist_resume (checklist_id, item_id, at) VALUES (?, ?, ?)"
                " ON CONFLICT (checklist_id) DO UPDATE SET item_id = excluded.item_id,"
                " at = excluded.at",
                (checklist.id, item_id, vault.now()),
            )
