"""The translations stay complete: every catalogue matches the code, is finished, and is built.

A string added to the code without a translation, a translation left behind by a string that
changed, a placeholder lost in translation, or a .qm/.mo file not rebuilt after its source
changed each fail here, naming the language. ``python scripts/i18n.py update`` and ``build``
fix the mechanical part; a translator fills in what ``todo`` lists.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from safelog.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != "en"]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()
PLACEHOLDER = re.compile(r"%L?n|%\d|\{[a-z_][a-z_0-9]*(![rsa])?(:[^}]*)?\}")
DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _keys(items: list[dict[str, object]]) -> set[tuple[str, str, str]]:
    return {(str(i["context"]), str(i["source"]), str(i.get("comment", ""))) for i in items}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_app_string_is_translated(code: str) -> None:
    total, unfinished, obsolete = script.app_status(code)
    assert total > 0
    left = [i["source"] for i in script.app_todo(code)]
    assert (unfinished, obsolete) == (0, 0), f"{code}: {left[:10]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_core_sentence_is_translated(code: str) -> None:
    total, unfinished, obsolete = script.core_status(code)
    assert total > 0
    left = [i["source"] for i in script.core_todo(code)]
    assert (unfinished, obsolete) == (0, 0), f"{code}: {left[:10]}"


def test_the_app_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """lupdate run now finds no string missing from, or extra in, the .ts files."""
    fresh = tmp_path / "fresh.ts"
    fresh.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru" sourcelanguage="en"></TS>\n',
        encoding="utf-8",
    )
    lupdate = script.qt_tool("pyside6-lupdate")
    subprocess.run(
        [lupdate, *script.ui_sources(), "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    original = script.ts_path
    try:
        script.ts_path = lambda code: fresh if code == "fresh" else original(code)
        expected = _keys(script.app_todo("fresh", everything=True))
    finally:
        script.ts_path = original
    for code in TRANSLATED:
        assert _keys(script.app_todo(code, everything=True)) == expected, code


def test_the_core_template_holds_exactly_the_sentences_of_the_code() -> None:
    extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in script.extract_core() if m.id}
    with script.POT.open("rb") as handle:
        template = {
            m.id if isinstance(m.id, str) else m.id[0] for m in script.read_po(handle) if m.id
        }
    assert extracted == template
    for code in TRANSLATED:
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in script._read_po(code) if m.id}
        assert ids == template, code


@pytest.mark.parametrize("code", TRANSLATED)
def test_built_catalogues_match_their_sources(code: str, tmp_path: Path) -> None:
    """A .qm or .mo older than its .ts or .po (not rebuilt) is caught by rebuilding it."""
    (qm,) = script.build_app([code], out=tmp_path)
    assert qm.read_bytes() == script.qm_path(code).read_bytes(), f"rebuild {code}.qm"
    (mo,) = script.build_core([code], out=tmp_path)
    assert mo.read_bytes() == script.mo_path(code).read_bytes(), f"rebuild {code}.mo"


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text) and [m.group(0) for m in PLACEHOLDER.finditer(text)])


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code: str) -> None:
    """A lost %1 or {name} would print a sentence with a hole, or crash .format()."""
    wrong = []
    for item in script.app_todo(code, everything=True):
        source = str(item["source"])
        wanted = _placeholders(source)
        translations = item["translation"]
        forms = translations if isinstance(translations, list) else [translations]
        for form in forms:
            if not form:
                continue  # untranslated: test_every_app_string_is_translated says so
            got = _placeholders(str(form))
            # a language may write "one" or "two" as a word instead of %n in those forms
            if got - wanted or (wanted - got) - {"%n", "%Ln"}:
                wrong.append((source, form))
    for item in script.core_todo(code, everything=True):
        sources = item["source"] if isinstance(item["source"], list) else [item["source"]]
        wanted = set().union(*(_placeholders(str(s)) for s in sources))
        translations = item["translation"]
        for form in translations if isinstance(translations, list) else [translations]:
            if not form:
                continue
            if _placeholders(str(form)) - wanted:
                wrong.append((sources[0], form))
            if len(sources) == 1 and _placeholders(str(form)) != wanted:
                wrong.append((sources[0], form))
    assert wrong == [], f"{code}: {wrong[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_invisible_direction_marks_in_translations(code: str) -> None:
    """The app adds isolates where it needs them; marks typed into a catalogue would ride
    along into copied --options and be shown as [U+200E] by the safe-text guard."""
    texts = [str(i["translation"]) for i in script.app_todo(code, everything=True)]
    texts += [str(i["translation"]) for i in script.core_todo(code, everything=True)]
    assert [t for t in texts if DIRECTION_MARKS.search(t)] == []


def test_tr_is_only_called_where_lupdate_can_read_its_context() -> None:
    """``widget.tr("...")`` on another object is looked up at run time under that object's
    class, but lupdate files it under the variable's name, so no translation would ever match."""
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![\w.])(?!self\b)[a-z_]\w*\.tr\(", line):
                found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_has_a_glossary_and_says_it_is_not_reviewed(code: str) -> None:
    glossary = ROOT / "resources" / "translations" / f"glossary_{code}.md"
    text = glossary.read_text(encoding="utf-8")
    assert text.count("|") > 100  # a table of terms
    if not LANGUAGES[code].reviewed:
        assert "not yet reviewed by a native speaker" in text
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert re.search(rf"{re.escape(LANGUAGES[code].native_name)}.*not yet reviewed", readme)


def test_the_script_runs_from_a_shell() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "status", "ru"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("ru ")
