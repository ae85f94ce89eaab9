"""Checklists in every language: the same items, the same ids, and progress that carries over.

A translation holds only words; the advice (priorities, sources) and the ids come from the
English file, so an item marked done while reading Persian is done in Russian too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safelog import i18n
from safelog.checklists import item_states, load_catalog, set_status
from safelog.checklists.content import ChecklistContentError, default_folder
from safelog.checklists.translated import languages_in, localise, missing_words
from safelog.vault import Vault

TRANSLATED = [code for code in i18n.LANGUAGES if code != "en"]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_checklist_is_translated_item_by_item(code: str) -> None:
    english = load_catalog(language="en")
    assert missing_words(english, default_folder(), code) == []
    translated = localise(english, default_folder(), code, strict=True)
    for before, after in zip(english.checklists, translated.checklists, strict=True):
        assert after.title != before.title, f"{code}/{before.id}.toml"
        assert [i.id for i in after.items] == [i.id for i in before.items]
        assert [i.priority for i in after.items] == [i.priority for i in before.items]
        assert [i.sources for i in after.items] == [i.sources for i in before.items]
        changed = [i for i, j in zip(after.items, before.items, strict=True) if i.why != j.why]
        assert len(changed) == len(before.items), f"{code}/{before.id}.toml has English left"


def test_the_shipped_folder_lists_each_language() -> None:
    assert set(languages_in(default_folder())) == set(TRANSLATED)


def test_progress_recorded_in_one_language_shows_in_another(vault: Vault) -> None:
    persian = load_catalog(language="fa").get("accounts")
    first = persian.items[0]
    set_status(vault, persian, first.id, "done")
    russian = load_catalog(language="ru").get("accounts")
    states = item_states(vault, russian)
    assert states[0].item.id == first.id and states[0].status == "done"
    assert states[0].item.title == russian.items[0].title != first.title


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "checklists"
    shutil.copytree(default_folder(), folder)
    return folder


def test_a_broken_translation_names_its_file_and_line_and_leaves_english(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "ru" / "travel.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('id = "invitations"', 'id = "no-such-item"', 1),
        encoding="utf-8",
    )
    with pytest.raises(ChecklistContentError) as caught:
        load_catalog(folder, language="ru")
    assert "travel.toml, line" in caught.value.sentence and "no-such-item" in caught.value.sentence
    catalog = load_catalog(folder, strict=False, language="ru")
    assert catalog.get("travel").title == load_catalog(folder, language="en").get("travel").title
    assert any("travel.toml" in problem.sentence for problem in catalog.problems)
    assert catalog.get("accounts").title != load_catalog(language="en").get("accounts").title


def test_an_item_the_translation_lacks_is_shown_in_english(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "ru" / "travel.toml"
    text = path.read_text(encoding="utf-8")
    last = text.rindex("[[items]]")
    path.write_text(text[:last], encoding="utf-8")
    english = load_catalog(folder, language="en").get("travel")
    russian = load_catalog(folder, language="ru").get("travel")
    assert russian.items[-1] == english.items[-1]
    assert russian.items[0].title != english.items[0].title
    assert missing_words(load_catalog(folder, language="en"), folder, "ru") == [
        f"ru/travel.toml: {english.items[-1].id}"
    ]


def test_validate_reports_untranslated_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from safelog.cli.main import main

    folder = _copy(tmp_path)
    (folder / "tr" / "family.toml").unlink()
    assert main(["checklist", "validate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "tr/family.toml" in out and "valid" in out
