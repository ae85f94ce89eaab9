"""Loading and checking checklist content: one versioned TOML file per checklist.

Content is data, not code, so advice can be corrected or translated without touching the
program. Every rule is checked on load, because a frightened person must never see an item with
no source or a half-written checklist: a broken file is refused with one sentence that names the
file and the line. The format is described in ``resources/checklists/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InvalidInput, NotFound
from ..i18n import _, current_language
from .contacts import contacts_for
from .locate import Locator, syntax_error_line

PRIORITIES: tuple[str, ...] = ("high", "medium", "low")
MAX_FILE_BYTES = 1_000_000
MAX_TITLE = 90

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_SOURCE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_URL = re.compile(r"https?://[^\s<>\"]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOP_KEYS = {"id", "version", "title", "summary", "language", "order", "sources", "items"}
_ITEM_KEYS = {"id", "title", "why", "priority", "help", "sources"}


class ChecklistContentError(InvalidInput):
    """A checklist file breaks the format; the sentence names the file and the line."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        super().__init__(f"Checklist file {self.path.name}, line {line}: {problem}")


@dataclass(frozen=True)
class Source:
    """Where an item's advice comes from: shown with the item, so it can be checked."""

    key: str
    title: str
    url: str

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "title": self.title, "url": self.url}


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    why: str
    priority: str
    help: tuple[str, ...]
    sources: tuple[Source, ...]
    line: int = 0  # where it starts in its file, for messages
    # How to reach each helper (same order as ``help``; "" for none): from the English names,
    # so a translation keeps them (see ``contacts``).
    contacts: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "why": self.why,
            "priority": self.priority,
            "help": list(self.help),
            "contacts": list(self.contacts),
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    title: str
    summary: str
    language: str
    order: int
    items: tuple[Item, ...]
    path: Path | None = None

    def index_of(self, item_id: str) -> int:
        """0-based position of an item; raises NotFound."""
        for index, item in enumerate(self.items):
            if item.id == item_id:
                return index
        raise NotFound(
            _("The checklist {id!r} has no item {item_id!r}.").format(id=self.id, item_id=item_id)
        )

    def item(self, ref: str) -> Item:
        """An item by id, or by its number in the list (1 = first); raises NotFound."""
        ref = ref.strip()
        if ref.isdigit():
            number = int(ref)
            if 1 <= number <= len(self.items):
                return self.items[number - 1]
            raise NotFound(
                _("The checklist {id!r} has items 1 to {count}; there is no item {number}.").format(
                    id=self.id, count=len(self.items), number=number
                )
            )
        return self.items[self.index_of(ref)]

    def has_item(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self.items)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "summary": self.summary,
            "language": self.language,
            "items": [item.to_json() for item in self.items],
        }


@dataclass
class Catalog:
    """All checklists of one folder, in display order."""

    checklists: tuple[Checklist, ...]
    problems: list[ChecklistContentError] = field(default_factory=list)

    def __iter__(self) -> Iterator[Checklist]:
        return iter(self.checklists)

    def __len__(self) -> int:
        return len(self.checklists)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.checklists]

    def get(self, checklist_id: str) -> Checklist:
        for checklist in self.checklists:
            if checklist.id == checklist_id.strip():
                return checklist
        raise NotFound(
            _("There is no checklist called {checklist_id!r}. The checklists are: {value}.").format(
                checklist_id=checklist_id, value=", ".join(self.ids) or "none"
            )
        )


def default_folder() -> Path:
    """The shipped content, from a checkout, an installed package or a bundle."""
    from ..paths import resource

    return resource("checklists")


def load_catalog(
    folder: Path | None = None, *, strict: bool = True, language: str | None = None
) -> Catalog:
    """Load every ``*.toml`` file in ``folder`` (default: the shipped content).

    The words come in ``language`` where ``folder/<language>/`` has them (default: the language
    SafeLog speaks now, see ``safelog.i18n``); ids, priorities and sources are always English.

    With ``strict`` (the default) the first broken file raises ChecklistContentError. Without it,
    broken files are left out and listed in ``Catalog.problems``, so the app can still show the
    checklists that are fine.
    """
    folder = Path(folder) if folder is not None else default_folder()
    if not folder.is_dir():
        raise NotFound(_("The checklist folder {folder} does not exist.").format(folder=folder))
    loaded: list[Checklist] = []
    problems: list[ChecklistContentError] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            checklist = load_checklist(path)
            if checklist.id in seen:
                text = path.read_text(encoding="utf-8")
                raise ChecklistContentError(
                    path,
                    Locator(text).top("id"),
                    f"the id {checklist.id!r} is already used by {seen[checklist.id].name}.",
                )
        except ChecklistContentError as exc:
            if strict:
                raise
            problems.append(exc)
            continue
        seen[checklist.id] = path
        loaded.append(checklist)
    loaded.sort(key=lambda c: (c.order, c.id))
    from .translated import localise  # translated.py builds on this module's types

    wanted = language if language is not None else current_language()
    return localise(Catalog(tuple(loaded), problems), folder, wanted, strict=strict)


def load_checklist(path: Path) -> Checklist:
    """Read and check one file; raises ChecklistContentError naming the file and the line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistContentError(
            path, 1, f"the file could not be read ({exc.strerror})."
        ) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ChecklistContentError(path, 1, "the file is too large for a checklist.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ChecklistContentError(path, line, "the text is not UTF-8.") from exc
    return parse_checklist(text, path)


def parse_checklist(text: str, path: Path) -> Checklist:
    """Check the parsed document against the content rules."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = syntax_error_line(str(exc), text)
        raise ChecklistContentError(path, line, f"this is not valid TOML ({message}).") from exc
    return _Reader(path, text).checklist(doc)


class _Reader:
    """Turns a parsed document into a Checklist, or raises with file and line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.where = Locator(text)

    def fail(self, line: int, problem: str) -> ChecklistContentError:
        return ChecklistContentError(self.path, line, problem)

    def text(self, value: object, what: str, line: int, *, limit: int | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(line, f"{what} must be a non-empty text.")
        if "\x00" in value:
            raise self.fail(line, f"{what} contains a NUL character.")
        flat = " ".join(value.split())  # multi-line TOML strings read as one paragraph
        if _CONTROL.search(flat):
            raise self.fail(line, f"{what} contains a control character.")
        if limit is not None and len(flat) > limit:
            raise self.fail(line, f"{what} is longer than {limit} characters.")
        return flat

    def checklist(self, doc: dict[str, Any]) -> Checklist:
        top = self.where.top
        for key in doc:
            if key not in _TOP_KEYS:
                raise self.fail(
                    top(key), f"unknown key {key!r} (allowed: {', '.join(sorted(_TOP_KEYS))})."
                )
        for key in ("id", "version", "title", "summary", "language", "items"):
            if key not in doc:
                raise self.fail(1, f"the checklist has no {key!r}.")
        checklist_id = doc["id"]
        if not isinstance(checklist_id, str) or not _ID.fullmatch(checklist_id):
            raise self.fail(top("id"), "id must be lower-case letters, digits and dashes.")
        version = doc["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail(top("version"), "version must be a whole number, 1 or more.")
        order = doc.get("order", 100)
        if isinstance(order, bool) or not isinstance(order, int):
            raise self.fail(top("order"), "order must be a whole number.")
        language = doc["language"]
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            raise self.fail(top("language"), "language must be a language tag such as 'en'.")
        sources = self.sources(doc.get("sources", {}))
        items_raw = doc["items"]
        if not isinstance(items_raw, list) or not items_raw:
            raise self.fail(top("items"), "the checklist must have at least one [[items]].")
        items: list[Item] = []
        first_seen: dict[str, int] = {}
        used: set[str] = set()
        for index, raw in enumerate(items_raw):
            item = self.item(index, raw, sources)
            if item.id in first_seen:
                raise self.fail(
                    self.where.item(index, "id", item.id),
                    f"the item id {item.id!r} is used twice (first on line {first_seen[item.id]}).",
                )
            first_seen[item.id] = self.where.item(index, "id", item.id)
            used.update(s.key for s in item.sources)
            items.append(item)
        for key in sources:
            if key not in used:
                raise self.fail(
                    self.where.source(key), f"the source {key!r} is defined but no item cites it."
                )
        return Checklist(
            id=checklist_id,
            version=version,
            title=self.text(doc["title"], "title", top("title"), limit=MAX_TITLE),
            summary=self.text(doc["summary"], "summary", top("summary"), limit=600),
            language=language,
            order=order,
            items=tuple(items),
            path=self.path,
        )

    def sources(self, raw: object) -> dict[str, Source]:
        if not isinstance(raw, dict):
            raise self.fail(
                self.where.top("sources"),
                'sources must be a table of KEY = { title = "...", url = "..." }.',
            )
        sources: dict[str, Source] = {}
        for key, value in raw.items():
            line = self.where.source(key)
            if not _SOURCE_KEY.fullmatch(key):
                raise self.fail(
                    line,
                    f"the source key {key!r} may use only letters, digits, dashes and underscores.",
                )
            if not isinstance(value, dict) or set(value) != {"title", "url"}:
                raise self.fail(line, f"the source {key!r} needs exactly a title and a url.")
            title = self.text(value["title"], f"the title of source {key!r}", line, limit=300)
            url = value["url"]
            if not isinstance(url, str) or not _URL.fullmatch(url):
                raise self.fail(
                    line,
                    f"the url of source {key!r} must start with https:// "
                    "or http:// and contain no spaces.",
                )
            sources[key] = Source(key, title, url)
        return sources

    def item(self, index: int, raw: object, sources: dict[str, Source]) -> Item:
        where = self.where
        if not isinstance(raw, dict):
            raise self.fail(where.item(index), "each item must be a table ([[items]]).")
        item_id = raw.get("id")
        hint = item_id if isinstance(item_id, str) else None

        def at(key: str | None = None) -> int:
            return where.item(index, key, hint)

        for key in raw:
            if key not in _ITEM_KEYS:
                raise self.fail(
                    at(key), f"unknown item key {key!r} (allowed: {', '.join(sorted(_ITEM_KEYS))})."
                )
        label = f"item {index + 1}" + (f" ({item_id!r})" if hint else "")
        for key in ("id", "title", "why", "priority", "help", "sources"):
            if key not in raw:
                raise self.fail(at(), f"{label} has no {key!r}.")
        if not isinstance(item_id, str) or not _ID.fullmatch(item_id):
            raise self.fail(
                at("id"),
                f"{label}: id must be lower-case letters, digits and "
                "dashes, starting with a letter or digit.",
            )
        title = self.text(raw["title"], f"the title of {label}", at("title"), limit=MAX_TITLE)
        why = self.text(raw["why"], f"the text of {label}", at("why"), limit=800)
        priority = raw["priority"]
        if priority not in PRIORITIES:
            raise self.fail(
                at("priority"), f"{label}: priority must be one of {', '.join(PRIORITIES)}."
            )
        help_raw = raw["help"]
        if not isinstance(help_raw, list) or not help_raw:
            raise self.fail(
                at("help"),
                f"{label}: help must list at least one person or organisation who can help.",
            )
        helpers = tuple(
            self.text(h, f"who can help with {label}", at("help"), limit=120) for h in help_raw
        )
        cited = raw["sources"]
        if not isinstance(cited, list) or not cited:
            raise self.fail(at("sources"), f"{label} must cite at least one source.")
        resolved: list[Source] = []
        for key in cited:
            if not isinstance(key, str) or key not in sources:
                raise self.fail(
                    at("sources"), f"{label} cites {key!r}, which is not in this file's [sources]."
                )
            if sources[key] in resolved:
                raise self.fail(at("sources"), f"{label} cites {key!r} twice.")
            resolved.append(sources[key])
        return Item(
            item_id,
            title,
            why,
            str(priority),
            helpers,
            tuple(resolved),
            at(),
            contacts_for(helpers),
        )
