"""Checklists in the person's language, laid over the English content.

A translation lives in ``resources/checklists/<lang>/<id>.toml`` and carries only words: the
checklist's title and summary, and each item's title, why-text and who-can-help list, under the
English item ids. Priorities, sources and order always come from the English file, so progress
(kept by item id) reads the same in every language and a translation cannot change the advice.
An item the translation lacks (new in English since) is shown in English rather than hidden.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

from ..i18n import _
from .content import MAX_FILE_BYTES, MAX_TITLE, Catalog, Checklist, ChecklistContentError, Item
from .locate import Locator, syntax_error_line

_TOP_KEYS = {"id", "language", "based_on_version", "title", "summary", "items"}
_ITEM_KEYS = {"id", "title", "why", "help"}
# Other languages take more letters than English for the same words: half as much room again.
TITLE_LIMIT = MAX_TITLE * 3 // 2


def translation_folder(folder: Path, language: str) -> Path:
    return folder / language


def localise(catalog: Catalog, folder: Path, language: str, *, strict: bool = False) -> Catalog:
    """``catalog`` with every checklist that has a ``language`` translation in that language.

    A broken translation file is reported in ``Catalog.problems`` (or raised with ``strict``) and
    its checklist stays in English, so a bad file never hides a checklist.
    """
    where = translation_folder(folder, language)
    if language == "en" or not where.is_dir():
        return catalog
    problems = list(catalog.problems)
    localised: list[Checklist] = []
    for checklist in catalog.checklists:
        path = where / f"{checklist.id}.toml"
        if not path.is_file():
            localised.append(checklist)
            continue
        try:
            localised.append(load_translation(checklist, path))
        except ChecklistContentError as exc:
            if strict:
                raise
            problems.append(exc)
            localised.append(checklist)
    return Catalog(tuple(localised), problems)


def load_translation(english: Checklist, path: Path) -> Checklist:
    """``english`` with the words of the translation at ``path``; raises with file and line."""
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise ChecklistContentError(path, 1, _("the file is too large for a checklist."))
    try:
        text = raw.decode("utf-8")
        doc = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ChecklistContentError(path, line, _("the text is not UTF-8.")) from exc
    except tomllib.TOMLDecodeError as exc:
        line, message = syntax_error_line(str(exc), raw.decode("utf-8", "replace"))
        raise ChecklistContentError(
            path, line, _("this is not valid TOML ({message}).").format(message=message)
        ) from exc
    return _Overlay(path, text, english).apply(doc)


class _Overlay:
    def __init__(self, path: Path, text: str, english: Checklist) -> None:
        self.path = path
        self.where = Locator(text)
        self.english = english

    def fail(self, line: int, problem: str) -> ChecklistContentError:
        return ChecklistContentError(self.path, line, problem)

    def text(self, value: object, what: str, line: int, limit: int) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(line, _("{what} must be a non-empty text.").format(what=what))
        flat = " ".join(value.split())
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in flat):
            raise self.fail(line, _("{what} contains a control character.").format(what=what))
        if len(flat) > limit:
            raise self.fail(
                line, _("{what} is longer than {limit} characters.").format(what=what, limit=limit)
            )
        return flat

    def apply(self, doc: dict[str, Any]) -> Checklist:
        top = self.where.top
        for key in doc:
            if key not in _TOP_KEYS:
                raise self.fail(top(key), _("unknown key {key!r}.").format(key=key))
        if doc.get("id") != self.english.id:
            raise self.fail(
                top("id"),
                _("the id must be {id!r}, the same as the English file.").format(
                    id=self.english.id
                ),
            )
        items_raw = doc.get("items", [])
        if not isinstance(items_raw, list):
            raise self.fail(top("items"), _("items must be a list of [[items]]."))
        by_id: dict[str, Item] = {}
        known = {item.id: item for item in self.english.items}
        for index, raw in enumerate(items_raw):
            by_id.update([self.item(index, raw, known)])
        return dataclasses.replace(
            self.english,
            title=self.text(doc.get("title"), "title", top("title"), TITLE_LIMIT),
            summary=self.text(doc.get("summary"), "summary", top("summary"), 900),
            language=str(doc.get("language") or self.english.language),
            items=tuple(by_id.get(item.id, item) for item in self.english.items),
            path=self.path,
        )

    def item(self, index: int, raw: object, known: dict[str, Item]) -> tuple[str, Item]:
        at = self.where.item(index)
        if not isinstance(raw, dict):
            raise self.fail(at, _("each item must be a table ([[items]])."))
        for key in raw:
            if key not in _ITEM_KEYS:
                raise self.fail(at, _("unknown item key {key!r}.").format(key=key))
        english = known.get(str(raw.get("id")))
        if english is None:
            raise self.fail(
                at,
                _("item {number} has the id {id!r}, which the English file does not have.").format(
                    number=index + 1, id=raw.get("id")
                ),
            )
        helpers = raw.get("help", list(english.help))
        if not isinstance(helpers, list) or len(helpers) != len(english.help):
            raise self.fail(
                at,
                _("item {id!r}: help must list the same {count} entries as the English.").format(
                    id=english.id, count=len(english.help)
                ),
            )
        return english.id, dataclasses.replace(
            english,
            title=self.text(raw.get("title"), "title", at, TITLE_LIMIT),
            why=self.text(raw.get("why"), "why", at, 1200),
            help=tuple(self.text(h, "help", at, 120) for h in helpers),
        )


def languages_in(folder: Path) -> list[str]:
    """The languages ``folder`` has translations for (its sub-folders)."""
    return sorted(
        p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    )


def missing_words(english: Catalog, folder: Path, language: str) -> list[str]:
    """What a translation still lacks: whole checklists, or items shown in English for now."""
    where = translation_folder(folder, language)
    missing: list[str] = []
    for checklist in english.checklists:
        path = where / f"{checklist.id}.toml"
        if not path.is_file():
            missing.append(f"{language}/{checklist.id}.toml")
            continue
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        have = {str(raw.get("id")) for raw in doc.get("items", []) if isinstance(raw, dict)}
        missing += [
            f"{language}/{checklist.id}.toml: {item.id}"
            for item in checklist.items
            if item.id not in have
        ]
    return missing
