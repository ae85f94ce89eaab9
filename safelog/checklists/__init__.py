"""Safety checklists: content shipped as data, progress kept in the vault.

Content (what each checklist says) lives in ``resources/checklists`` as one versioned TOML file
per checklist and is loaded by :mod:`.content`. Progress (what the person has done, with a note,
a date and who marked it) lives in the vault and is handled by :mod:`.progress`; the overview and
the walk-through position are in :mod:`.overview`. Progress is keyed by stable item ids, so a new
content version keeps the person's answers on the items that remain.
"""

from __future__ import annotations

from .content import (
    PRIORITIES,
    Catalog,
    Checklist,
    ChecklistContentError,
    Item,
    Source,
    default_folder,
    load_catalog,
    load_checklist,
)
from .overview import (
    ChecklistOverview,
    ResumePoint,
    checklist_overview,
    next_item,
    overview,
    resume_point,
    set_resume_point,
)
from .progress import (
    PRIORITY_LABELS,
    STATUS_LABELS,
    STATUSES,
    HistoryEntry,
    ItemState,
    RemovedItem,
    history,
    item_state,
    item_states,
    parse_status,
    removed_items,
    set_status,
)

__all__ = [
    "PRIORITIES",
    "PRIORITY_LABELS",
    "STATUSES",
    "STATUS_LABELS",
    "Catalog",
    "Checklist",
    "ChecklistContentError",
    "ChecklistOverview",
    "HistoryEntry",
    "Item",
    "ItemState",
    "RemovedItem",
    "ResumePoint",
    "Source",
    "checklist_overview",
    "default_folder",
    "history",
    "item_state",
    "item_states",
    "load_catalog",
    "load_checklist",
    "next_item",
    "overview",
    "parse_status",
    "removed_items",
    "resume_point",
    "set_resume_point",
    "set_status",
]
