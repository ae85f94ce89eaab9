"""Checklist content: every shipped file is valid and sourced; broken files name file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safelog.checklists import (
    PRIORITIES,
    ChecklistContentError,
    default_folder,
    load_catalog,
    load_checklist,
)
from safelog.errors import InvalidInput, NotFound

DOMAIN = Path(__file__).resolve().parents[3] / "shared" / "DOMAIN.md"

GOOD = """\
id = "demo"
version = 1
order = 3
language = "en"
title = "Demo checklist"
summary = "A small checklist for tests."

[[items]]
id = "first"
title = "Do the first thing"
why = \"\"\"
Because it helps.
It is easy.
\"\"\"
priority = "high"
help = ["Your support worker"]
sources = ["SRC"]

[[items]]
id = "second"
title = "Do the second thing"
why = "It also helps."
priority = "low"
help = ["Someone you trust"]
sources = ["SRC", "OTHER"]

[sources]
SRC = { title = "A source", url = "https://example.org/a" }
OTHER = { title = "Another source", url = "http://example.org/b" }
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


def content_error(path: Path) -> ChecklistContentError:
    with pytest.raises(ChecklistContentError) as info:
        load_checklist(path)
    return info.value


# ----- the shipped content ----------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():
    return load_catalog()


def test_shipped_folder_is_the_resources_folder():
    folder = default_folder()
    assert folder.name == "checklists" and folder.parent.name == "resources"
    assert (folder / "README.md").is_file()


def test_every_shipped_file_loads_and_none_is_skipped(shipped):
    files = sorted(default_folder().glob("*.toml"))
    assert len(files) >= 7
    assert len(shipped) == len(files)
    assert not shipped.problems
    for path in files:  # each file also loads on its own
        assert load_checklist(path).id in shipped.ids


def test_the_issue_topics_are_all_covered(shipped):
    assert {"physical", "accounts", "hacking", "family", "travel", "reporting", "wellbeing"} <= set(
        shipped.ids
    )
    orders = [c.order for c in shipped]
    assert orders == sorted(orders)


def test_every_item_is_complete_and_sourced(shipped):
    for checklist in shipped:
        assert 8 <= len(checklist.items) <= 15, checklist.id
        assert checklist.version >= 1 and checklist.language == "en"
        assert checklist.title and checklist.summary
        for item in checklist.items:
            where = f"{checklist.id}/{item.id}"
            assert item.priority in PRIORITIES, where
            assert item.help and all(h.strip() for h in item.help), where
            assert item.sources, where
            for source in item.sources:
                assert source.title.strip(), where
                assert re.fullmatch(r"https?://\S+", source.url), where


def test_shipped_items_are_plain_and_short(shipped):
    """Short imperative titles, one to three sentences of why and how."""
    for checklist in shipped:
        assert any(i.priority == "high" for i in checklist.items), checklist.id
        for item in checklist.items:
            where = f"{checklist.id}/{item.id}"
            assert len(item.title) <= 60, where
            assert not item.title.endswith("."), where
            sentences = re.findall(r"[.!?](?:\s|$)", item.why)
            assert 1 <= len(sentences) <= 3, where
            assert len(item.why) <= 500, where
            assert "e.g." not in item.why and "i.e." not in item.why, where


def test_reporting_checklist_names_the_routes_and_safelog(shipped):
    text = " ".join(i.why + " " + i.title for i in shipped.get("reporting").items)
    for needle in (
        "999",
        "101",
        "Report Fraud",
        "Report Harmful Content",
        "SafeLog",
        "crime reference number",
    ):
        assert needle in text, needle


def test_shipped_sources_come_from_the_domain_notes(shipped):
    """Every address is one the project's domain notes list: no invented sources."""
    if not DOMAIN.is_file():
        pytest.skip("DOMAIN.md is not beside this checkout")
    domain = DOMAIN.read_text(encoding="utf-8")
    for checklist in shipped:
        for item in checklist.items:
            for source in item.sources:
                repo = re.fullmatch(r"https://github\.com/([\w.-]+/[\w.-]+)", source.url)
                needle = f"repo {repo.group(1)}" if repo else source.url
                assert needle in domain, f"{checklist.id}/{item.id}: {source.url}"


def test_item_ids_are_unique_and_the_same_source_key_means_the_same_address(shipped):
    by_key: dict[str, str] = {}
    for checklist in shipped:
        ids = [i.id for i in checklist.items]
        assert len(ids) == len(set(ids))
        for item in checklist.items:
            for source in item.sources:
                assert by_key.setdefault(source.key, source.url) == source.url, source.key


# ----- the format ------------------------------------------------------------------------


def test_a_good_file_loads_with_joined_lines_and_resolved_sources(tmp_path):
    checklist = load_checklist(write(tmp_path, "demo.toml", GOOD))
    assert (checklist.id, checklist.version, checklist.order) == ("demo", 1, 3)
    first, second = checklist.items
    assert first.why == "Because it helps. It is easy."
    assert [s.key for s in second.sources] == ["SRC", "OTHER"]
    assert second.sources[1].url == "http://example.org/b"
    assert first.line == line_of(GOOD, "[[items]]")
    assert checklist.item("2") is second and checklist.item("second") is second
    with pytest.raises(NotFound):
        checklist.item("3")
    with pytest.raises(NotFound):
        checklist.item("third")


def test_syntax_error_names_file_and_line(tmp_path):
    text = GOOD.replace('priority = "low"', 'priority = "low')
    err = content_error(write(tmp_path, "broken.toml", text))
    assert isinstance(err, InvalidInput)
    assert err.path.name == "broken.toml"
    assert err.line == line_of(text, 'priority = "low')
    assert str(err).startswith(f"Checklist file broken.toml, line {err.line}:")


def test_missing_source_names_the_item_line(tmp_path):
    text = GOOD.replace('sources = ["SRC", "OTHER"]\n', "")
    text = text.replace('OTHER = { title = "Another source", url = "http://example.org/b" }\n', "")
    err = content_error(write(tmp_path, "nosource.toml", text))
    assert err.line == line_of(text, "[[items]]", 2)
    assert "'second'" in str(err) and "sources" in str(err)


def test_empty_source_list_names_the_sources_line(tmp_path):
    text = GOOD.replace('sources = ["SRC", "OTHER"]', "sources = []")
    text = text.replace('OTHER = { title = "Another source", url = "http://example.org/b" }\n', "")
    err = content_error(write(tmp_path, "empty.toml", text))
    assert err.line == line_of(text, "sources = []")
    assert "at least one source" in str(err)


def test_unknown_source_key_is_refused(tmp_path):
    text = GOOD.replace('sources = ["SRC", "OTHER"]', 'sources = ["SRC", "OTHER", "NOPE"]')
    err = content_error(write(tmp_path, "unknown.toml", text))
    assert err.line == line_of(text, '"NOPE"')
    assert "'NOPE'" in str(err)


def test_unused_source_is_refused_at_its_line(tmp_path):
    text = GOOD.replace('sources = ["SRC", "OTHER"]', 'sources = ["SRC"]')
    err = content_error(write(tmp_path, "unused.toml", text))
    assert err.line == line_of(text, "OTHER = {")


def test_source_needs_title_and_web_address(tmp_path):
    text = GOOD.replace('url = "http://example.org/b"', 'url = "example.org/b"')
    err = content_error(write(tmp_path, "badurl.toml", text))
    assert err.line == line_of(text, "OTHER = {")
    text = GOOD.replace('OTHER = { title = "Another source", ', "OTHER = { ")
    err = content_error(write(tmp_path, "notitle.toml", text))
    assert err.line == line_of(text, "OTHER = {")


def test_duplicate_item_id_names_the_second_line(tmp_path):
    text = GOOD.replace('id = "second"', 'id = "first"')
    err = content_error(write(tmp_path, "dup.toml", text))
    first = line_of(text, 'id = "first"')
    assert err.line == line_of(text, 'id = "first"', 2)
    assert f"first on line {first}" in str(err)


def test_duplicate_checklist_id_across_files_names_both(tmp_path):
    write(tmp_path, "a.toml", GOOD)
    write(tmp_path, "b.toml", "# the same id again\n" + GOOD)
    with pytest.raises(ChecklistContentError) as info:
        load_catalog(tmp_path)
    assert info.value.path.name == "b.toml" and info.value.line == 2
    assert "a.toml" in str(info.value)


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ('priority = "low"', 'priority = "urgent"', 'priority = "urgent"'),
        ('help = ["Someone you trust"]', "help = []", "help = []"),
        ('why = "It also helps."', 'why = "   "', 'why = "   "'),
        ('why = "It also helps."', 'why = "It also helps."\ncolour = "red"', 'colour = "red"'),
        ('id = "second"', 'id = "Second Item"', 'id = "Second Item"'),
        ("version = 1", 'version = "one"', 'version = "one"'),
        ('language = "en"', 'language = "English"', 'language = "English"'),
    ],
)
def test_bad_values_name_their_line(tmp_path, old, new, needle):
    text = GOOD.replace(old, new)
    err = content_error(write(tmp_path, "bad.toml", text))
    assert err.line == line_of(text, needle), str(err)


def test_missing_top_level_field_and_unknown_key(tmp_path):
    err = content_error(
        write(tmp_path, "notitle.toml", GOOD.replace('title = "Demo checklist"\n', ""))
    )
    assert "'title'" in str(err)
    text = GOOD.replace("order = 3", 'order = 3\nauthor = "me"')
    err = content_error(write(tmp_path, "author.toml", text))
    assert err.line == line_of(text, "author =")


def test_missing_item_field_names_the_item(tmp_path):
    text = GOOD.replace('priority = "high"\n', "")
    err = content_error(write(tmp_path, "noprio.toml", text))
    assert err.line == line_of(text, "[[items]]", 1)
    assert "'first'" in str(err) and "'priority'" in str(err)


def test_text_that_is_not_utf8_names_its_line(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("It also helps.", "Ça aide.").encode("latin-1"))
    err = content_error(path)
    assert err.line == line_of(GOOD, "It also helps.")


def test_lenient_catalog_keeps_the_good_files(tmp_path):
    write(tmp_path, "good.toml", GOOD)
    write(tmp_path, "bad.toml", "id = \n")
    write(tmp_path, "README.md", "not a checklist")
    catalog = load_catalog(tmp_path, strict=False)
    assert catalog.ids == ["demo"]
    assert [p.path.name for p in catalog.problems] == ["bad.toml"]
    with pytest.raises(ChecklistContentError):
        load_catalog(tmp_path)


def test_unknown_checklist_and_missing_folder_are_not_found(tmp_path, shipped):
    with pytest.raises(NotFound, match="physical"):
        shipped.get("nothing-here")
    with pytest.raises(NotFound):
        load_catalog(tmp_path / "missing")
