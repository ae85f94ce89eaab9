"""The dossier read back: text in every script, fonts, hostile markup, exclusions, bundle."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import unicodedata
import zlib
from pathlib import Path

import pypdf
import pytest

from safelog.dossier import DossierOptions, build_dossier, preview, verify_bundle
from safelog.dossier.attach import read_attachment
from safelog.errors import Cancelled, ExportFailed
from safelog.evidence import import_files
from safelog.incidents.model import Incident, Person, PersonLink, Report
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from tests.conftest import CORPUS

PHOTOS = CORPUS / "photos"

PERSIAN = "مردی با ماشین خاکستری مرا تا خانه دنبال کرد"
CHINESE = "他在我家门外拍照然后跟踪我到地铁站"
RUSSIAN = "Мою мать в Тегеране вызвали на допрос"
TIGRINYA = "ኣብ ደገ ገዛይ ደው ኢሉ ስእሊ ይወስድ ነበረ"
URDU = "وہ میرے گھر کے باہر کھڑا تھا"
HOSTILE = (
    '<img src="/home/u/.ssh/id.png"> <a href="javascript:alert(1)">click</a> '
    '<font color="[[[x]]]">red</font> <b>unbalanced & bare <3 &#0; </para>'
)
CANARIES = {
    "private": "PRIVATE-CANARY-7731",
    "contact": "CONTACT-CANARY-0208",
    "coord": "51.123456",
}


def _text(pdf: Path) -> str:
    reader = pypdf.PdfReader(str(pdf))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


@pytest.fixture
def sample(vault):
    """Incidents in five scripts, two people, a report and three photos."""
    man = add_person(
        vault,
        Person(
            name="مرد با ماشین خاکستری",
            kind="perpetrator_unknown",
            description="grey Toyota",
            contact=CANARIES["contact"],
        ),
    )
    witness = add_person(
        vault, Person(name="Mrs Jones", kind="witness", contact=CANARIES["contact"])
    )
    rows = [
        ("Followed home", "following", f"{PERSIAN}. He waited 20 minutes."),
        ("电话威胁", "threats", f"{CHINESE}。The caller knew my address."),
        ("Угрозы семье", "threats_to_family", RUSSIAN),
        ("ስእሊ ተወሲዱ", "surveillance", TIGRINYA),
        ("Hostile markup", "other", HOSTILE),
        ("Urdu", "online_harassment", URDU),
    ]
    ids = []
    for n, (title, category, narrative) in enumerate(rows):
        inc = add_incident(
            vault,
            Incident(
                title=title,
                when=parse_when(f"2026-05-{3 + n:02d} 15:00", tz="Europe/London"),
                category=category,
                narrative=narrative,
                location="Oxford Street",
                coordinates=(float(CANARIES["coord"]), -0.5),
                private_notes=CANARIES["private"],
                reports=[
                    Report(
                        route="101",
                        date="2026-05-04",
                        reference="CAD 1234",
                        spoken_to="PC 1234 Smith",
                    )
                ]
                if n == 0
                else [],
                people=[PersonLink(man.id, "perpetrator"), PersonLink(witness.id, "witness")]
                if n < 2
                else [],
            ),
        )
        ids.append(inc.id)
    import_files(vault, ids[0], [PHOTOS / "jpg_gps_DSCN0010.jpg", PHOTOS / "jpg_Canon_40D.jpg"])
    import_files(vault, ids[1], [PHOTOS / "jpg_orientation_portrait_8.jpg"])
    return ids


def test_text_in_every_script_reads_back(vault, sample, tmp_path):
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    text = _text(result.pdf_path)
    for needle in (
        PERSIAN.split()[1],
        "خاکستری",
        "دنبال",
        CHINESE[:6],
        "电话威胁",
        RUSSIAN,
        "ስእሊ",
        "ተወሲዱ",
        "تھا",
        "Followed home",
        "Mrs Jones",
    ):
        assert needle in text, needle
    pages = len(pypdf.PdfReader(str(result.pdf_path)).pages)
    assert pages == result.page_count
    for n in (1, pages):  # "M" comes from a form XObject: pypdf puts it on its own line
        assert re.search(rf"Page {n} of\s*{pages}\b", text)
    assert text.count(result.document_id) >= pages
    assert text.count("Confidential: personal information") == pages
    assert result.chain_head[1] in text.replace("\n", "")


def test_hostile_markup_prints_literally_and_adds_nothing(vault, sample, tmp_path):
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    text = _text(result.pdf_path)
    flat = " ".join(text.split())
    for literal in (
        '<img src="/home/u/.ssh/id.png">',
        '<a href="javascript:alert(1)">',
        '<font color="[[[x]]]">',
        "<b>unbalanced & bare <3 &#0;",
        "</para>",
    ):
        assert literal in flat, literal
    raw = result.pdf_path.read_bytes()
    # The only annotations are SafeLog's own links within the document (contents, index).
    assert b"/URI" not in raw and b"/JavaScript" not in raw and b"/Launch" not in raw
    assert raw.count(b"/Subtype /Link") == raw.count(b"/Type /Annot")
    reader = pypdf.PdfReader(str(result.pdf_path))
    images = sum(len(page.images) for page in reader.pages)
    expected = sum(
        1 for line in (result.path / "manifest.csv").read_text().splitlines() if ",image/" in line
    )
    assert images == expected  # only the thumbnails SafeLog drew


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_every_font_is_embedded_and_metadata_is_clean(vault, sample, tmp_path):
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    fonts = subprocess.run(
        ["pdffonts", str(result.pdf_path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\syes\s+yes\s+yes\s", line) for line in fonts), fonts
    assert not any("Helvetica" in line for line in fonts)
    info = subprocess.run(
        ["pdfinfo", str(result.pdf_path)], capture_output=True, text=True, check=True
    ).stdout
    for leak in (
        "Amira",
        "Haddad",
        os.environ.get("HOME", "/nonexistent"),
        str(tmp_path),
        "Followed",
        "root",
    ):
        assert leak not in info


def test_exclusions_are_absent_everywhere(vault, sample, tmp_path):
    options = DossierOptions(
        exclude=frozenset(
            {
                "private-notes",
                "exact-locations",
                "people-contacts",
                "device-metadata",
                "original-names",
            }
        )
    )
    result = build_dossier(vault, tmp_path / "bundle", options)
    text = _text(result.pdf_path)
    files = [
        p
        for p in result.path.rglob("*")
        if p.is_file() and p.suffix not in (".pdf", ".sig") and "exhibits" not in p.parts
    ]
    attached = read_attachment(result.pdf_path.read_bytes(), "manifest.json")
    assert attached is not None
    blobs = [text, attached.decode()] + [p.read_text("utf-8") for p in files]
    for canary in CANARIES.values():
        for blob in blobs:
            assert canary not in blob
    for blob in blobs:
        assert "43.467" not in blob and "11.885" not in blob  # DSCN0010's GPS
        assert "NIKON" not in blob.upper() and "Canon" not in blob
        assert "DSCN0010" not in blob and "Canon_40D" not in blob
    names = [p.name for p in (result.path / "exhibits").iterdir()]
    assert all(re.fullmatch(r"AH\d+\.[a-z]+", n) for n in names), names
    # And without the exclusions they are there, so the test above means something.
    full = build_dossier(vault, tmp_path / "full", DossierOptions(exclude=frozenset()))
    full_text = "".join(_text(full.pdf_path).split())  # narrow cells wrap long words
    assert CANARIES["private"] in full_text and CANARIES["contact"] in full_text


def test_bundle_hashes_match_and_sha256sum_agrees(vault, sample, tmp_path):
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    manifest = json.loads((result.path / "manifest.json").read_text())
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (result.path / "SHA256SUMS").read_text().splitlines()
    )
    for item in manifest["files"]:
        digest = hashlib.sha256((result.path / item["path"]).read_bytes()).hexdigest()
        assert digest == item["sha256"] == sums[item["path"]]
    for exhibit in manifest["exhibits"]:
        assert sums[exhibit["file"]] == exhibit["sha256"]
    assert (
        sums["manifest.json"]
        == hashlib.sha256((result.path / "manifest.json").read_bytes()).hexdigest()
    )
    assert manifest["document_id"] == result.document_id
    if shutil.which("sha256sum"):
        run = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=result.path, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stdout + run.stderr
    assert verify_bundle(result.path).ok
    if manifest["exhibits"]:
        target = result.path / manifest["exhibits"][0]["file"]
        target.write_bytes(target.read_bytes()[:-1] + b"\0")
        report = verify_bundle(result.path)
        assert not report.ok and any(manifest["exhibits"][0]["file"] in p for p in report.problems)


def test_zip_bundle_verifies_and_custody_records_export(vault, sample, tmp_path):
    from safelog import custody

    before = custody.head(vault.conn)
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions(zip=True))
    assert result.path.name == "bundle.zip" and result.path.is_file()
    assert result.chain_head == before
    report = verify_bundle(result.path)
    assert report.ok, report.problems
    last = custody.entries(vault.conn, since=before[0])
    assert [e.action for e in last] == ["dossier.export"]
    assert last[0].detail["chain_head"] == before[1]
    assert last[0].detail["document_id"] == result.document_id
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_target_is_created_exclusively(vault, sample, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (tmp_path / "link").symlink_to(victim)
    (tmp_path / "file").write_text("keep")
    build_dossier(vault, tmp_path / "done", DossierOptions())
    for name in ("link", "file", "done", "victim"):
        with pytest.raises(ExportFailed):
            build_dossier(vault, tmp_path / name, DossierOptions())
    assert list(victim.iterdir()) == [] and (tmp_path / "file").read_text() == "keep"
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(ExportFailed):
        build_dossier(vault, tmp_path / "dangling", DossierOptions())
    assert not (tmp_path / "nowhere").exists()


def test_failed_or_cancelled_export_leaves_nothing(vault, sample, tmp_path, monkeypatch):
    from safelog import custody
    from safelog.dossier import build as build_module
    from safelog.progress import CancelToken

    before = custody.head(vault.conn)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        build_dossier(vault, tmp_path / "out", DossierOptions(), progress=progress, cancel=token)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module.bundle, "write_json", broken)
    with pytest.raises(Exception):  # noqa: B017 - DiskFull or ExportFailed, both fine
        build_dossier(vault, tmp_path / "out", DossierOptions())
    assert [p.name for p in tmp_path.iterdir() if "out" in p.name] == []
    assert custody.head(vault.conn) == before


def test_preview_counts_and_filters(vault, sample, tmp_path):
    everything = preview(vault, DossierOptions())
    assert everything.incident_count == 6 and everything.people_count == 2
    one = preview(vault, DossierOptions(incident_ids=[sample[0]]))
    assert one.incident_count == 1
    threats = preview(vault, DossierOptions(categories=["threats"]))
    assert threats.incident_count == 1
    from datetime import date

    window = preview(
        vault,
        DossierOptions(start=date(2026, 5, 4), end=date(2026, 5, 5), timezone="Europe/London"),
    )
    assert window.incident_count == 2
    result = build_dossier(vault, tmp_path / "b", DossierOptions(incident_ids=[sample[2]]))
    assert result.incident_count == 1
    assert "Followed home" not in _text(result.pdf_path)


def test_huge_and_strange_text_still_builds(vault, tmp_path):
    narrative = (
        ("word " * 200_000)
        + "x" * 200_000
        + "\n".join(["line"] * 10_000)
        + " \x00\x07 \u202e gpj.exe "
        + PERSIAN
        + CHINESE * 50
    )
    add_incident(
        vault,
        Incident(
            title="Big", when=parse_when("2026-05-03 15:00"), category="other", narrative=narrative
        ),
    )
    result = build_dossier(vault, tmp_path / "big", DossierOptions())
    assert result.page_count > 50
    # The narrative starts after the opening pages (how many depends on their text) and runs on.
    opening = pypdf.PdfReader(str(result.pdf_path)).pages[3:9]
    assert sum("word word word" in page.extract_text() for page in opening) >= 3
    assert "[U+202E]" in _text(result.pdf_path)


def test_pdf_streams_are_binary(vault, sample, tmp_path):
    """useA85 = 0: content streams are Flate only, not ASCII85-wrapped."""
    raw = build_dossier(vault, tmp_path / "b", DossierOptions()).pdf_path.read_bytes()
    assert b"/ASCII85Decode" not in raw
    assert zlib  # imported for readers who want to inspect streams


def test_sigkill_during_export_leaves_nothing_that_looks_complete(vault, sample, tmp_path):
    """Adversarial case 17: a killed export leaves only a hidden ``.NAME.partial-…`` folder."""
    import signal
    import sys
    import textwrap

    vault_path, out = vault.path, tmp_path / "killed"
    vault.close()
    # The child reports each progress step on stdout and, after the third, waits on stdin for
    # ever: the parent kills it at a known point of the export, without guessing times.
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from safelog.dossier import DossierOptions, build_dossier
        from safelog.vault import Vault

        steps = []

        def progress(done, total):
            steps.append(done)
            print("step", flush=True)
            if len(steps) == 3:
                sys.stdin.readline()

        v = Vault.open(Path({str(vault_path)!r}), "correct horse battery staple orbit")
        build_dossier(v, Path({str(out)!r}), DossierOptions(), progress=progress)
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        env=os.environ.copy(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for _ in range(3):
        assert child.stdout.readline() == "step\n", "the export stopped before its third step"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert list(tmp_path.glob(".killed.partial-*")), "the export never started"
    assert not out.exists()
    for leftover in tmp_path.glob(".killed.partial-*"):
        assert not (leftover / "SHA256SUMS").exists()
