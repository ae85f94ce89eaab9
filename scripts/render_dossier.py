"""Build a sample dossier and render its pages to PNG, to look at what officers will see.

The sample has incidents written in English, Persian, Chinese, Russian, Tigrinya and Urdu,
hostile markup in a narrative, people, reports, and the corpus photos from
``tests/data/photos`` as exhibits. Pages are rendered with ``pdftoppm`` (Debian package
poppler-utils).

Usage: .venv/bin/python scripts/render_dossier.py [OUT_DIR] [--dpi 50]
Default OUT_DIR is docs/dossier (page-NN.png, replaced on each run); the vault and bundle are
made in a temporary folder and deleted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "photos"  # attribution: tests/data/README.md
PASSPHRASE = "correct horse battery staple orbit"

INCIDENTS = [
    ("2026-03-02 08:40", "following", "Followed from the station",
     "A man in a grey Toyota (registration AB12 CDE) followed me from Stratford station to "
     "my street. He stopped outside number 12 and waited about twenty minutes.\n"
     "مردی با ماشین خاکستری مرا تا خانه دنبال کرد و بیست دقیقه بیرون منتظر ماند.",
     "Stratford, London", ["jpg_gps_DSCN0010.jpg", "jpg_gps_DSCN0012.jpg"]),
    ("about 2026-03-09 21:00", "threats", "电话威胁",
     "他打电话说：我们知道你住在哪里，也知道你母亲在哪里。The caller spoke Mandarin and "
     "hung up after forty seconds.", "Home", ["jpg_orientation_portrait_8.jpg"]),
    ("2026-03-15", "threats_to_family", "Угрозы семье",
     "Мою мать в Тегеране вызвали на допрос и спросили, где я живу в Лондоне. "
     "My mother was questioned about where I live.", "", []),
    ("2026-03-21 14:05", "surveillance", "ስእሊ ተወሲዱ",
     "ኣብ ደገ ገዛይ ደው ኢሉ ስእሊ ይወስድ ነበረ። A man photographed my front door from across "
     "the road.", "Outside my home", ["jpg_Canon_40D.jpg", "jpg_Nikon_D70.jpg"]),
    ("2026-04-02 10:30", "online_harassment", "پیغام دھمکی",
     "وہ میرے گھر کے باہر کھڑا تھا اور تصویریں لے رہا تھا۔ The same account then posted my "
     "address online.", "Online", ["jpg_Sony_HDR-HC3.jpg", "jpg_corrupted.jpg"]),
    ("2026-04-10 16:00", "other", "Hostile text in a narrative",
     'The message read: <img src="/home/u/.ssh/id.png"> <a href="javascript:alert(1)">click'
     '</a> <font color="[[[x]]]">red</font> <b>unbalanced & bare <3 — all printed literally.',
     "", ["heic_samplefilehub.heif", "tiff_Arbitro.tiff"]),
]


def build(workdir: Path) -> Path:
    os.environ.setdefault("SAFELOG_KDF_PROFILE", "test")
    from safelog.clock import FakeClock
    from safelog.dossier import DossierOptions, build_dossier
    from safelog.evidence import import_files
    from safelog.incidents.model import Incident, Person, PersonLink, Report
    from safelog.incidents.people import add_person
    from safelog.incidents.store import add_incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    clock = FakeClock(datetime(2026, 4, 12, 9, 30, tzinfo=UTC))
    vault, _ = Vault.create(workdir / "vault", PASSPHRASE, owner_name="Amira Haddad",
                            clock=clock, check_strength=False)
    with vault:
        man = add_person(vault, Person(name="مرد با ماشین خاکستری", kind="perpetrator_unknown",
                                       description="About 40, short dark hair, grey jacket",
                                       vehicle="Grey Toyota AB12 CDE", state_link="suspected"))
        witness = add_person(vault, Person(name="Mrs Jones (neighbour)", kind="witness",
                                           contact="07700 900123"))
        for n, (when, category, title, narrative, place, photos) in enumerate(INCIDENTS):
            reports = [Report(route="101", date="2026-03-02", reference="CAD 4471/02MAR26",
                              spoken_to="PC 2231 Evans", outcome="Crime reference given",
                              referred_to="Counter Terrorism Policing")] if n == 0 else []
            people = [PersonLink(man.id, "perpetrator")] + (
                [PersonLink(witness.id, "witness")] if n in (0, 3) else [])
            incident = add_incident(vault, Incident(
                title=title, when=parse_when(when, tz="Europe/London"), category=category,
                narrative=narrative, location=place, impact="I no longer walk home alone."
                if n == 0 else "", private_notes="not for export", reports=reports,
                people=people if n < 4 else []))
            paths = [CORPUS / p for p in photos if (CORPUS / p).exists()]
            if paths:
                import_files(vault, incident.id, paths,
                             online={"platform": "Telegram", "account": "@example_account",
                                     "url": "https://t.me/example/123",
                                     "shown_time": "10:31"} if n == 4 else None)
        result = build_dossier(vault, workdir / "bundle",
                               DossierOptions(exclude=frozenset({"private-notes"})))
    return result.path / "dossier.pdf"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "dossier"))
    parser.add_argument("--dpi", type=int, default=50)
    parser.add_argument("--keep-pdf", action="store_true", help="copy dossier.pdf to OUT too")
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="safelog-sample-") as tmp:
        pdf = build(Path(tmp))
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(out / "page")],
                       check=True)
        if args.keep_pdf:
            shutil.copy(pdf, out / "sample-dossier.pdf")
    pages = sorted(out.glob("page-*.png"))
    total = sum(p.stat().st_size for p in pages)
    print(f"{len(pages)} pages rendered to {out} ({total / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
