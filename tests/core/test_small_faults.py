"""Small faults of issue 12 (item 11): report semicolons, person list, plurals, checklist "by"
labels, and the WhatsApp date warning printed once in the dossier."""

from __future__ import annotations

import json

from safelog.dossier import DossierOptions, build_dossier
from safelog.evidence import import_files
from safelog.incidents.model import Incident, Person, PersonLink
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident, get_incident
from safelog.incidents.when import parse_when
from tests.core.dossier_case import pdftotext

P = "--passphrase-stdin"


def test_a_semicolon_inside_a_report_value_is_accepted_escaped(vault, cli):
    vault.close()
    r = cli(
        "add",
        P,
        "--title",
        "Followed",
        "--when",
        "2026-05-03 10:00",
        "--report",
        r"route=101; reference=CAD 4412/17MAY26; outcome=Advised\; officer to call back",
        "--json",
    )
    assert r.code == 0, r.err
    report = json.loads(r.out)["reports"][0]
    assert report["outcome"] == "Advised; officer to call back"
    assert report["reference"] == "CAD 4412/17MAY26"
    r = cli(
        "add",
        P,
        "--title",
        "x",
        "--when",
        "2026-05-03",
        "--report",
        "route=101; outcome=Advised; call back",
    )
    assert r.code != 0 and "\\;" in r.err


def test_person_list_one_record_per_block_and_plurals(vault, cli):
    a = add_person(
        vault, Person(name="مرد با ماشین خاکستری @iran_watch", kind="perpetrator_unknown")
    )
    b = add_person(vault, Person(name="Mrs Jones", kind="witness"))
    add_incident(
        vault,
        Incident(
            title="one",
            when=parse_when("2026-05-03 10:00"),
            people=[PersonLink(a.id, "perpetrator"), PersonLink(b.id, "witness")],
        ),
    )
    add_incident(
        vault,
        Incident(
            title="two",
            when=parse_when("2026-05-04 10:00"),
            people=[PersonLink(a.id, "perpetrator")],
        ),
    )
    vault.close()
    r = cli("person", "list", P)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == f"#{a.id}  مرد با ماشین خاکستری @iran_watch"
    assert lines[1] == "    Perpetrator (unknown), 2 incidents"
    assert lines[3] == "    Witness, 1 incident"
    assert "incident(s)" not in r.out and "1 incidents" not in r.out


def test_dossier_cli_counts_read_as_words(vault, cli, tmp_path):
    add_incident(vault, Incident(title="one", when=parse_when("2026-05-03 10:00")))
    vault.close()
    r = cli("dossier", P, "--out", str(tmp_path / "out"))
    assert r.code == 0, r.err
    assert ": 1 incident, 0 exhibits," in r.out


def test_checklist_by_labels(vault, cli):
    from safelog import profile

    profile.save(vault, profile.Profile(name="Maryam Rahimi"))
    vault.close()
    assert cli("checklist", "set", "accounts", "1", "done", "--by", "Maryam", P).code == 0
    assert (
        cli(
            "checklist", "set", "accounts", "2", "done", "--by", "Ali Rezaei (support worker)", P
        ).code
        == 0
    )
    show = cli("checklist", "show", "accounts", P).out
    assert "Maryam (support worker)" not in show
    assert "(support worker) (support worker)" not in show
    assert "by Ali Rezaei (support worker)" in show


def test_whatsapp_date_warning_printed_once_in_the_dossier(vault, tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "01/02/2026, 09:15 - Amira: hello\n03/04/2026, 10:00 - Bob: hi\n", encoding="utf-8"
    )
    inc = add_incident(vault, Incident(title="chat", when=parse_when("2026-02-01 09:00")))
    import_files(vault, inc.id, [chat])
    assert get_incident(vault, inc.id).id == inc.id
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    text = " ".join(pdftotext(result.pdf_path).split())
    assert text.count("could be day/month or month/day") == 1
