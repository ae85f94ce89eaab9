"""import-log and export-log: diaries in, whole logs out, all or nothing."""

from __future__ import annotations

import csv
import json

import pytest

from safelog.errors import ExportFailed, InvalidInput
from safelog.incidents import people, store
from safelog.logio.transfer import export_log, import_log

DIARY = (
    "DATE,Approx. Time,Where,What happened?,Witness,Reported To,Officer name/number,"
    "Crime Ref,Mood\n"
    '03/05/2026,about 3pm,Outside flat,"Man in grey car watched the door, an hour",'
    "Sara K; Tom,101,PC Smith 1234,CAD 4411,scared\n"
    "4 May 2026,,Tube,Followed from Holborn,,,,,\n"
    "2026-05-06,21:15,Home,Call from unknown number,Sara K,,,,\n"
)


def write(tmp_path, text, name="diary.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_diary_matched_by_header(vault, tmp_path):
    result = import_log(vault, write(tmp_path, DIARY))
    assert len(result.created) == 3 and result.people_created == 2
    first, second, third = store.list_incidents(vault)
    assert first.when.precision == "approximate" and first.when.start.hour == 15
    assert first.when.start.day == 3 and first.when.start.month == 5  # UK day-first
    assert second.when.precision == "date"
    assert third.when.precision == "exact"
    assert first.reports[0].reference == "CAD 4411"
    assert first.reports[0].spoken_to == "PC Smith 1234"
    assert "Mood: scared" in first.narrative  # unknown column kept
    assert first.location == "Outside flat"
    sara = people.find_person_by_name(vault, "Sara K")
    assert sara is not None and people.incidents_of(vault, sara.id) == [first.id, third.id]


def test_dry_run_adds_nothing(vault, tmp_path):
    result = import_log(vault, write(tmp_path, DIARY), dry_run=True)
    assert result.would_create == 3 and store.count_incidents(vault) == 0


def test_bad_row_stops_everything_with_its_number(vault, tmp_path):
    bad = DIARY + "31/02/2026,10:00,x,y,,,,,\n"
    with pytest.raises(InvalidInput, match="Row 5"):
        import_log(vault, write(tmp_path, bad))
    assert store.count_incidents(vault) == 0
    assert people.list_people(vault) == []
    result = import_log(vault, write(tmp_path, bad, "again.csv"), skip_bad_rows=True)
    assert len(result.created) == 3 and result.skipped[0][0] == 5


@pytest.mark.parametrize(
    "content,message",
    [
        (b"\xff\xfe\x00\x00garbage" + bytes(range(256)), "UTF-16"),
        (b"Date,What\n" + "01/01/2026,caf\xe9\n".encode("latin-1"), "UTF-8"),
        (b"Name,Colour\nx,y\n", "date column"),
        (b"", "empty"),
    ],
)
def test_malformed_files_give_plain_errors(vault, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        import_log(vault, path)
    assert store.count_incidents(vault) == 0


def test_semicolon_and_utf16_diaries(vault, tmp_path):
    text = "Datum;What happened\n03/05/2026;x\n".replace("Datum", "Date")
    import_log(vault, write(tmp_path, text, "semi.csv"))
    import_log(
        vault, write(tmp_path, "Date\tWhat happened\n04/05/2026\tتهدید\n", "u16.csv", "utf-16")
    )
    assert [i.narrative for i in store.list_incidents(vault)] == ["x", "تهدید"]


def test_export_then_import_round_trip(vault, tmp_path):
    from safelog.vault import Vault
    from tests.conftest import PASSPHRASE

    import_log(vault, write(tmp_path, DIARY))
    written = export_log(vault, tmp_path / "out.json")
    assert sorted(p.name for p in written) == ["out.csv", "out.json"]
    other, _ = Vault.create(tmp_path / "second", PASSPHRASE)
    with other:
        result = import_log(other, tmp_path / "out.json")
        assert len(result.created) == 3
        before = [i.to_doc() for i in store.list_incidents(vault)]
        after = [i.to_doc() for i in store.list_incidents(other)]
        for a, b in zip(before, after, strict=True):
            a.pop("people"), b.pop("people")
        assert before == after


def test_export_csv_neutralises_formulas(vault, tmp_path):
    import_log(
        vault,
        write(
            tmp_path,
            'Date,What happened\n03/05/2026,"=HYPERLINK(""x"")"\n'
            "04/05/2026,@SUM(A1)\n05/05/2026,+44 7700\n",
        ),
    )
    export_log(vault, tmp_path / "out.csv", formats=("csv",))
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["narrative"] for r in rows] == ['\'=HYPERLINK("x")', "'@SUM(A1)", "'+44 7700"]


def test_export_never_overwrites_or_follows_links(vault, tmp_path):
    (tmp_path / "taken.json").write_text("mine")
    with pytest.raises(ExportFailed):
        export_log(vault, tmp_path / "taken.json")
    assert (tmp_path / "taken.json").read_text() == "mine"
    (tmp_path / "link.json").symlink_to(tmp_path / "target.json")
    with pytest.raises(ExportFailed):
        export_log(vault, tmp_path / "link.json")
    assert not (tmp_path / "target.json").exists()


def test_export_can_leave_out_private_notes(vault, tmp_path):
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when

    store.add_incident(
        vault, Incident("x", parse_when("2026-05-03 10:00"), private_notes="SECRET-NOTE")
    )
    files = export_log(vault, tmp_path / "out.json", exclude_private=True)
    for path in files:
        assert "SECRET-NOTE" not in path.read_text(encoding="utf-8-sig")
    document = json.loads((tmp_path / "out.json").read_text())
    assert "private_notes" not in document["incidents"][0]
