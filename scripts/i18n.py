"""Keep SafeLog's translations complete: extract, merge, build, and hand out the work left.

    python scripts/i18n.py update          # code -> .ts (app) and .pot/.po (core), all languages
    python scripts/i18n.py build           # .ts -> .qm and .po -> .mo
    python scripts/i18n.py status          # unfinished / obsolete counts per language
    python scripts/i18n.py todo fa app     # the app strings still to translate, as JSON
    python scripts/i18n.py todo fa core    # the core sentences still to translate, as JSON
    python scripts/i18n.py fill fa app done.json   # write translations back from that JSON

The JSON of ``todo`` is a list of objects; fill in ``translation`` (a string, or a list of plural
forms where ``forms`` says how many) and hand the same list to ``fill``. The app's strings come
from ``tr()`` in ``ui/`` (``pyside6-lupdate``); the core's from ``_()``, ``N_()`` and
``ngettext()`` in ``safelog/`` (Babel). Locations are left out of both, so moving code never
changes a catalogue.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safelog.i18n import LANGUAGES  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
CORE = TRANSLATIONS / "core"
POT = CORE / "safelog.pot"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"safelog_{code}.ts"


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"safelog_{code}.qm"


def po_path(code: str) -> Path:
    return CORE / f"{code}.po"


def mo_path(code: str) -> Path:
    return CORE / f"{code}.mo"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing; install PySide6 (pip install -e '.[test]').")
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


# ----- the app (.ts / .qm) ----------------------------------------------------------------------


def update_app(codes: list[str]) -> None:
    for code in codes:
        path = ts_path(code)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{code}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
    cmd = [qt_tool("pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-locations", "none"]
    cmd += ["-ts", *(str(ts_path(code)) for code in codes)]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def build_app(codes: list[str], out: Path | None = None) -> list[Path]:
    built = []
    for code in codes:
        target = (out / qm_path(code).name) if out else qm_path(code)
        cmd = [qt_tool("pyside6-lrelease"), "-silent", str(ts_path(code)), "-qm", str(target)]
        subprocess.run(cmd, cwd=ROOT, check=True)
        built.append(target)
    return built


def _messages(code: str) -> tuple[ET.ElementTree, list[tuple[str, ET.Element]]]:
    tree = ET.parse(ts_path(code))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return tree, found


def app_status(code: str) -> tuple[int, int, int]:
    """(messages, unfinished, obsolete) in the language's .ts file."""
    _tree, messages = _messages(code)
    unfinished = obsolete = 0
    for _name, message in messages:
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        unfinished += kind == "unfinished"
        obsolete += kind in {"obsolete", "vanished"}
    return len(messages), unfinished, obsolete


def app_todo(code: str, everything: bool = False) -> list[dict[str, object]]:
    _tree, messages = _messages(code)
    todo: list[dict[str, object]] = []
    for name, message in messages:
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished" and not everything:
            continue
        item: dict[str, object] = {"context": name, "source": message.findtext("source") or ""}
        if message.findtext("comment"):
            item["comment"] = message.findtext("comment")
        if message.findtext("extracomment"):
            item["note"] = message.findtext("extracomment")
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            item["forms"] = len(forms)
            item["translation"] = [f.text or "" for f in forms]
        else:
            item["translation"] = translation.text or ""
        todo.append(item)
    return todo


def app_fill(code: str, items: list[dict[str, object]]) -> int:
    tree, messages = _messages(code)
    index = {
        (name, m.findtext("source") or "", m.findtext("comment") or ""): m for name, m in messages
    }
    filled = 0
    for item in items:
        key = (str(item["context"]), str(item["source"]), str(item.get("comment", "")))
        message = index.get(key)
        text = item.get("translation")
        if message is None or not text:
            continue
        translation = message.find("translation")
        assert translation is not None
        if isinstance(text, list):
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for value in text:
                ET.SubElement(translation, "numerusform").text = str(value)
        else:
            translation.text = str(text)
        translation.attrib.pop("type", None)
        filled += 1
    buffer = io.BytesIO()
    tree.write(buffer, encoding="utf-8", xml_declaration=True)
    body = buffer.getvalue().decode("utf-8").replace("?>", "?>\n<!DOCTYPE TS>", 1)
    ts_path(code).write_text(body, encoding="utf-8")
    update_app([code])  # lupdate rewrites the file in its own layout
    return filled


# ----- the core (.pot / .po / .mo) ---------------------------------------------------------------


def extract_core() -> Catalog:
    template = Catalog(project="SafeLog", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / "safelog"), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def _write_po(path: Path, catalog: Catalog) -> None:
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        omit_header=False,
        include_lineno=False,
        no_location=True,
        ignore_obsolete=True,
        width=100,
        sort_output=True,
    )
    path.write_bytes(buffer.getvalue())


def _read_po(code: str) -> Catalog:
    with po_path(code).open("rb") as handle:
        return read_po(handle, locale=code)


def update_core(codes: list[str]) -> None:
    CORE.mkdir(parents=True, exist_ok=True)
    template = extract_core()
    if POT.exists():  # keep the date unless the sentences changed: no churn from a re-run
        with POT.open("rb") as handle:
            before = read_po(handle)
        if {m.id for m in before} == {m.id for m in template}:
            template.creation_date = before.creation_date
    _write_po(POT, template)
    for code in codes:
        catalog = _read_po(code) if po_path(code).exists() else Catalog(locale=code)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _write_po(po_path(code), catalog)


def build_core(codes: list[str], out: Path | None = None) -> list[Path]:
    built = []
    for code in codes:
        target = (out / mo_path(code).name) if out else mo_path(code)
        buffer = io.BytesIO()
        write_mo(buffer, _read_po(code), use_fuzzy=False)
        target.write_bytes(buffer.getvalue())
        built.append(target)
    return built


def core_status(code: str) -> tuple[int, int, int]:
    catalog = _read_po(code)
    messages = [m for m in catalog if m.id]
    unfinished = sum(1 for m in messages if not _done(m.string) or m.fuzzy)
    return len(messages), unfinished, len(catalog.obsolete)


def _done(value: object) -> bool:
    if isinstance(value, (list, tuple)):
        return all(value)
    return bool(value)


def core_todo(code: str, everything: bool = False) -> list[dict[str, object]]:
    catalog = _read_po(code)
    todo: list[dict[str, object]] = []
    for message in catalog:
        if not message.id or (_done(message.string) and not message.fuzzy and not everything):
            continue
        if isinstance(message.id, (list, tuple)):
            forms = catalog.num_plurals
            todo.append(
                {
                    "source": list(message.id),
                    "forms": forms,
                    "plural_rule": catalog.plural_expr,
                    "translation": list(message.string or [""] * forms),
                }
            )
        else:
            todo.append({"source": message.id, "translation": message.string or ""})
    return todo


def core_fill(code: str, items: list[dict[str, object]]) -> int:
    catalog = _read_po(code)
    filled = 0
    for item in items:
        source = item["source"]
        key = source[0] if isinstance(source, list) else source
        message = catalog.get(key)
        text = item.get("translation")
        if message is None or not _done(text):
            continue
        message.string = tuple(text) if isinstance(text, list) else str(text)
        message.flags.discard("fuzzy")
        filled += 1
    _write_po(po_path(code), catalog)
    return filled


# ----- command line ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("update", "build", "status"):
        one = sub.add_parser(name)
        one.add_argument("languages", nargs="*", default=TRANSLATED)
    todo = sub.add_parser("todo")
    todo.add_argument("language", choices=TRANSLATED)
    todo.add_argument("part", choices=("app", "core"))
    todo.add_argument("--all", action="store_true", help="every entry, translated or not")
    fill = sub.add_parser("fill")
    fill.add_argument("language", choices=TRANSLATED)
    fill.add_argument("part", choices=("app", "core"))
    fill.add_argument("json_file", type=Path)
    args = parser.parse_args(argv)

    if args.command == "update":
        update_app(args.languages)
        update_core(args.languages)
    elif args.command == "build":
        build_app(args.languages)
        build_core(args.languages)
    elif args.command == "status":
        for code in args.languages:
            app, core = app_status(code), core_status(code)
            print(
                f"{code:6} app {app[0] - app[1]}/{app[0]} done, {app[2]} obsolete;"
                f" core {core[0] - core[1]}/{core[0]} done, {core[2]} obsolete"
            )
    elif args.command == "todo":
        found = (app_todo if args.part == "app" else core_todo)(args.language, args.all)
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        items = json.loads(args.json_file.read_text(encoding="utf-8"))
        filled = (app_fill if args.part == "app" else core_fill)(args.language, items)
        print(f"{filled} of {len(items)} entries written to {args.language} ({args.part})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
