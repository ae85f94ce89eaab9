"""Issue 16 item 2 and issue 12 items 10-11: a bundle that checks itself and says where from.

A forger who changes an exhibit and rewrites manifest.json, manifest.csv and SHA256SUMS to fit
used to get "complete and unchanged" from verify-bundle. Now the PDF carries its own copy of the
manifest, SHA256SUMS is signed with the vault's key, and two bundles can be compared.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safelog.dossier import DossierOptions, build_dossier, verify_bundle
from safelog.dossier.attach import read_attachment
from safelog.dossier.signing import SETTING, fingerprint, grouped, load_public
from safelog.errors import Cancelled
from safelog.evidence import import_files
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from safelog.progress import CancelToken
from safelog.vault import Vault
from tests.conftest import PASSPHRASE


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def exported(vault, tmp_path) -> Path:
    inc = add_incident(
        vault, Incident("Threat by text", parse_when("2026-05-03 21:30", tz="Europe/London"))
    )
    note = tmp_path / "threat.txt"
    note.write_text("You will regret talking to the press.\n")
    import_files(vault, inc.id, [note])
    return build_dossier(vault, tmp_path / "bundle", DossierOptions()).path


def forge(bundle: Path, new_bytes: bytes) -> str:
    """Swap the one exhibit and fix manifest.json, manifest.csv and SHA256SUMS to fit."""
    exhibit = next((bundle / "exhibits").iterdir())
    rel = f"exhibits/{exhibit.name}"
    old = sha(exhibit.read_bytes())
    exhibit.write_bytes(new_bytes)
    new = sha(new_bytes)
    manifest = json.loads((bundle / "manifest.json").read_text())
    for item in manifest["files"] + manifest["exhibits"]:
        if item.get("path", item.get("file")) == rel:
            item["sha256"], item["size"] = new, len(new_bytes)
    rows = list(csv.reader(io.StringIO((bundle / "manifest.csv").read_text())))
    for row in rows:
        if row[0] == rel:
            row[1], row[2] = new, str(len(new_bytes))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    (bundle / "manifest.csv").write_text(out.getvalue())
    csv_sha = sha((bundle / "manifest.csv").read_bytes())
    for item in manifest["files"]:
        if item["path"] == "manifest.csv":
            item["sha256"], item["size"] = csv_sha, (bundle / "manifest.csv").stat().st_size
    (bundle / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    sums = (bundle / "SHA256SUMS").read_text().replace(old, new)
    sums = re.sub(r"^[0-9a-f]{64}(  manifest\.csv)$", csv_sha + r"\1", sums, flags=re.M)
    sums = re.sub(
        r"^[0-9a-f]{64}(  manifest\.json)$",
        sha((bundle / "manifest.json").read_bytes()) + r"\1",
        sums,
        flags=re.M,
    )
    (bundle / "SHA256SUMS").write_text(sums)
    return rel


def test_consistently_rewritten_bundle_fails(exported):
    rel = forge(exported, b"Nothing to see here.\n")
    assert (
        subprocess.run(
            ["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=exported, capture_output=True
        ).returncode
        == 0
    )  # the lists agree with the files
    report = verify_bundle(exported)
    assert not report.ok
    text = "\n".join(report.problems)
    assert f"{rel} has changed" in text and "inside dossier.pdf" in text
    assert "signature does not match" in text


def test_re_signed_forgery_still_fails_and_is_another_vault(exported, tmp_path):
    original = tmp_path / "original"
    shutil.copytree(exported, original)
    forge(exported, b"Nothing to see here.\n")
    forger = Ed25519PrivateKey.generate()
    (exported / "signing-key.pub").write_bytes(
        forger.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    (exported / "SHA256SUMS.sig").write_bytes(forger.sign((exported / "SHA256SUMS").read_bytes()))
    report = verify_bundle(exported)
    assert not report.ok and not report.signed
    assert any("inside dossier.pdf" in p for p in report.problems)


def test_pdf_carries_the_manifest_and_prints_the_key(exported):
    report = verify_bundle(exported)
    assert report.ok, report.problems
    assert report.signed
    pem = (exported / "signing-key.pub").read_bytes()
    fp = fingerprint(load_public(pem))
    assert report.key_fingerprint == fp
    listing = subprocess.run(
        ["pdfdetach", "-list", str(exported / "dossier.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "manifest.json" in listing
    check = subprocess.run(
        ["qpdf", "--check", str(exported / "dossier.pdf")], capture_output=True, text=True
    )
    assert check.returncode == 0 and "WARNING" not in check.stdout + check.stderr, check.stdout
    attached = json.loads(read_attachment((exported / "dossier.pdf").read_bytes(), "manifest.json"))
    bundle_manifest = json.loads((exported / "manifest.json").read_text())
    assert attached["exhibits"] == bundle_manifest["exhibits"]
    assert attached["signing"]["key_fingerprint_sha256"] == fp
    text = subprocess.run(
        ["pdftotext", "-layout", str(exported / "dossier.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert "".join(grouped(fp).split()) in "".join(flat.split())
    assert "It does not show who the person is." in flat
    assert "same SafeLog vault" in flat


def test_openssl_checks_the_signature_without_safelog(exported):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    run = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "signing-key.pub",
            "-rawin",
            "-in",
            "SHA256SUMS",
            "-sigfile",
            "SHA256SUMS.sig",
        ],
        cwd=exported,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and "Success" in run.stdout, run.stdout + run.stderr


def test_one_changed_file_is_one_problem(exported, cli):
    exhibit = next((exported / "exhibits").iterdir())
    exhibit.write_bytes(b"changed")
    report = verify_bundle(exported)
    assert len(report.problems) == 1, report.problems
    result = cli("verify-bundle", str(exported), vault=False)
    assert result.code == 15 and "1 problem found" in result.err


def test_same_vault_as(vault, exported, tmp_path, cli):
    second = build_dossier(vault, tmp_path / "second", DossierOptions()).path
    assert verify_bundle(second).key_fingerprint == verify_bundle(exported).key_fingerprint
    same = cli("verify-bundle", str(exported), "--same-vault-as", str(second), vault=False)
    assert same.code == 0, same.out + same.err
    assert "signed by the same SafeLog vault" in same.out
    assert "It does not show who the person is." in same.out
    other_vault, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    with other_vault:
        add_incident(other_vault, Incident("x", parse_when("2026-05-03 10:00")))
        third = build_dossier(other_vault, tmp_path / "third", DossierOptions()).path
    different = cli("verify-bundle", str(exported), "--same-vault-as", str(third), vault=False)
    assert different.code == 15
    assert "different SafeLog vaults" in different.out
    as_json = cli(
        "verify-bundle", str(exported), "--same-vault-as", str(third), "--json", vault=False
    )
    assert json.loads(as_json.out)["same_vault"] is False


def test_signing_key_is_made_once_and_only_kept_with_an_export(vault, tmp_path):
    add_incident(vault, Incident("x", parse_when("2026-05-03 10:00")))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        build_dossier(vault, tmp_path / "cancelled", DossierOptions(), cancel=token)
    assert vault.setting(SETTING) == ""
    first = build_dossier(vault, tmp_path / "a", DossierOptions()).path
    stored = vault.setting(SETTING)
    assert len(stored) == 64
    build_dossier(vault, tmp_path / "b", DossierOptions())
    assert vault.setting(SETTING) == stored
    assert stored not in (first / "manifest.json").read_text()
    assert bytes.fromhex(stored) not in (first / "dossier.pdf").read_bytes()


def test_zip_bundle_is_signed_too(vault, tmp_path):
    add_incident(vault, Incident("x", parse_when("2026-05-03 10:00")))
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions(zip=True))
    report = verify_bundle(result.path)
    assert report.ok and report.signed, report.problems


# ----- issue 12 item 10: local times in the manifests --------------------------------------------


def test_manifest_times_are_local_and_date_only_keeps_its_day(vault, tmp_path):
    add_incident(vault, Incident("Date only, Tokyo", parse_when("2026-05-03", tz="Asia/Tokyo")))
    timed = add_incident(
        vault, Incident("Timed, London", parse_when("about 2026-05-04 00:30", tz="Europe/London"))
    )
    note = tmp_path / "n.txt"
    note.write_text("x")
    import_files(vault, timed.id, [note])
    bundle = build_dossier(vault, tmp_path / "bundle", DossierOptions()).path
    manifest = json.loads((bundle / "manifest.json").read_text())
    whens = {i["title"]: i["when"] for i in manifest["incidents"]}
    tokyo = whens["Date only, Tokyo"]
    assert tokyo["precision"] == "date" and tokyo["zone"] == "Asia/Tokyo"
    assert tokyo["start"]["date"] == "2026-05-03"  # not 2026-05-02, as UTC would make it
    assert tokyo["start"]["time"] is None and tokyo["start"]["utc"] is None
    london = whens["Timed, London"]
    assert london["start"] == {
        "date": "2026-05-04",
        "time": "00:30",
        "utc_offset": "+01:00",
        "utc": "2026-05-03T23:30:00Z",
    }
    assert london["precision"] == "approximate" and london["zone"] == "Europe/London"
    rows = list(csv.DictReader(io.StringIO((bundle / "manifest.csv").read_text())))
    exhibit_row = next(r for r in rows if r["exhibit_ref"])
    assert (
        exhibit_row["incident_date"],
        exhibit_row["incident_time"],
        exhibit_row["incident_zone"],
        exhibit_row["incident_precision"],
    ) == ("2026-05-04", "00:30", "Europe/London", "approximate")


def test_reading_the_attachment_from_hostile_pdfs_never_raises(exported):
    """dossier.pdf in a bundle is untrusted: cut, flipped or garbage, the answer is None."""
    import random

    pdf = (exported / "dossier.pdf").read_bytes()
    rng = random.Random(16)
    samples = [
        b"",
        b"<<" * 10_000,
        b"/Type /Filespec" * 100,
        b"1 0 obj <<(" + b"a" * 70_000,
        pdf[: len(pdf) // 2],
        pdf.replace(b"/Length ", b"/Length 9"),
    ]
    for _ in range(200):
        mutated = bytearray(pdf)
        for _ in range(rng.randint(1, 20)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        samples.append(bytes(mutated))
    for sample in samples:
        result = read_attachment(sample, "manifest.json")
        assert result is None or isinstance(result, bytes)
    (exported / "dossier.pdf").write_bytes(b"<<" * 10_000)
    report = verify_bundle(exported)
    assert not report.ok
