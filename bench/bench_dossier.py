"""Dossier benchmark: 500 incidents and 200 photos, time and peak memory, against a baseline.

Builds a vault with 500 incidents (one in ten written in Persian, one in ten in Chinese) and 200
photos (800x600 JPEGs made with Pillow, imported through the evidence pipeline so thumbnails are
the real ones), then, each in a fresh child process so peak RSS is the build's own:

- ``dossier``: ``build_dossier`` (PDF + bundle with the 200 originals);
- ``bare``: a plain ReportLab document of the same size in the same run: 500 sections of the
  same text in Helvetica and the same 200 thumbnails, no bidi, no fallback fonts, no bundle
  (134 pages against the dossier's 305: it leaves out the tables);
- ``bare-tables``: the same plus the dossier's tables (each incident's fields, reports and
  photo details, the exhibit index, a 300-row custody extract), about as many pages as the
  dossier; ``ratio_vs_bare_tables`` compares with it.

Then the time per page is compared with one build of the same content at ``--flat`` incidents
(2,000 by default): it should not grow with the number of pages.

Usage: .venv/bin/python bench/bench_dossier.py [--incidents 500] [--photos 200] [--runs 3]
       [--flat 2000] [--keep DIR] [--no-accel-runs]
(--keep builds the vaults once under DIR and reuses them.)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "correct horse battery staple orbit"
ENGLISH = (
    "A man in a grey car waited outside the house for about twenty minutes, took "
    "photographs of the front door and followed me to the station. He said he knew "
    "where my family lives. "
)
PERSIAN = "مردی با ماشین خاکستری مرا تا خانه دنبال کرد و از در خانه عکس گرفت. "
CHINESE = "他在我家门外拍照，然后跟踪我到地铁站，说他知道我的家人住在哪里。"


def _narrative(i: int) -> str:
    if i % 10 == 3:
        return PERSIAN * 4 + ENGLISH
    if i % 10 == 7:
        return CHINESE * 4 + ENGLISH
    return ENGLISH * 3


def make_vault(root: Path, incidents: int, photos: int) -> Path:
    from PIL import Image, ImageDraw

    from safelog.evidence import import_files
    from safelog.incidents.model import CATEGORIES, Incident, Report
    from safelog.incidents.store import insert_incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    os.environ.setdefault("SAFELOG_KDF_PROFILE", "test")
    vault_path = root / "vault"
    vault, _ = Vault.create(vault_path, PASSPHRASE, owner_name="Amira Haddad", check_strength=False)
    rng = random.Random(7)
    cats = list(CATEGORIES)
    ids = []
    with vault.transaction():
        for i in range(incidents):
            day = 1 + i % 28
            month = 1 + (i // 28) % 12
            inc = Incident(
                title=f"Incident {i}: followed from the station",
                when=parse_when(
                    f"2025-{month:02d}-{day:02d} {8 + i % 12:02d}:15", tz="Europe/London"
                ),
                category=cats[rng.randrange(len(cats))],
                narrative=_narrative(i),
                location="Outside 12 Example Road, London",
                impact="I was afraid.",
                reports=[Report(route="101", date="2025-06-01", reference=f"CAD {i}/01JUN")]
                if i % 5 == 0
                else [],
            )
            ids.append(insert_incident(vault, inc))
    photo_dir = root / "photos"
    photo_dir.mkdir()
    for n in range(photos):
        img = Image.new("RGB", (800, 600), (rng.randrange(256), rng.randrange(256), 90))
        draw = ImageDraw.Draw(img)
        for _ in range(40):
            x, y = rng.randrange(800), rng.randrange(600)
            draw.rectangle(
                (x, y, x + rng.randrange(200), y + rng.randrange(150)),
                fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
            )
        img.save(photo_dir / f"photo_{n:03d}.jpg", quality=88)
    for n in range(photos):
        import_files(vault, ids[(n * 5) % incidents], [photo_dir / f"photo_{n:03d}.jpg"])
    thumbs = root / "thumbs"
    thumbs.mkdir()
    from safelog.evidence import list_exhibits, thumbnail

    for exhibit in list_exhibits(vault):
        derived = thumbnail(vault, exhibit.ref)
        if derived is not None:
            (thumbs / f"{exhibit.ref}.jpg").write_bytes(derived.data)
    vault.close()
    return vault_path


def child_dossier(vault_path: Path, out: Path) -> dict[str, float]:
    from safelog.dossier import DossierOptions, build_dossier
    from safelog.vault import Vault

    with Vault.open(vault_path, PASSPHRASE) as vault:
        start = time.perf_counter()
        result = build_dossier(vault, out, DossierOptions())
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "pages": result.page_count,
        "pdf_mb": (out / "dossier.pdf").stat().st_size / 1e6,
    }


def child_bare(thumbs: Path, out: Path, incidents: int) -> dict[str, float]:
    from reportlab import rl_config
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

    rl_config.useA85 = 0
    styles = getSampleStyleSheet()
    images = sorted(thumbs.glob("*.jpg"))
    start = time.perf_counter()
    story = []
    for i in range(incidents):
        story.append(Paragraph(f"Incident {i}: followed from the station", styles["Heading2"]))
        story.append(Paragraph("When: 3 May 2025, 15:15 (Europe/London)", styles["Normal"]))
        story.append(Paragraph("Where: Outside 12 Example Road, London", styles["Normal"]))
        story.append(Paragraph(ENGLISH * 3, styles["Normal"]))
        if i % 5 < 2 and images:  # a file name: ReportLab embeds the JPEG without decoding
            story.append(
                Image(
                    str(images[(i // 5 * 2 + i % 5) % len(images)]), width=44 * mm, height=33 * mm
                )
            )
        story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(out))
    doc.build(story)
    return {
        "seconds": time.perf_counter() - start,
        "pages": doc.page,
        "pdf_mb": out.stat().st_size / 1e6,
    }


def child_bare_tables(thumbs: Path, out: Path, incidents: int, photos: int) -> dict[str, float]:
    """Bare ReportLab with the dossier's tables too: per incident the field table, the reports
    table and each photo's detail table beside its thumbnail; then the exhibit index and a
    300-row custody extract. Still Helvetica, no bidi, no font per character, no bundle."""
    import hashlib

    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table

    rl_config.useA85 = 0
    styles = getSampleStyleSheet()
    normal = ParagraphStyle("cell", parent=styles["Normal"], fontSize=8.5, leading=11.5)
    small = ParagraphStyle("tiny", parent=styles["Normal"], fontSize=7, leading=8.5)
    grid = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "grey"),
    ]
    images = sorted(thumbs.glob("*.jpg"))
    start = time.perf_counter()

    def fields(rows: list[tuple[str, str]], width: float) -> Table:
        table = Table(
            [[label, Paragraph(value, normal)] for label, value in rows],
            colWidths=[32 * mm, width - 32 * mm],
            splitInRow=1,
        )
        table.setStyle(grid)
        return table

    def sha(n: int) -> str:
        return hashlib.sha256(str(n).encode()).hexdigest()

    story = []
    by_incident: dict[int, list[int]] = {}
    for n in range(photos):
        by_incident.setdefault((n * 5) % incidents, []).append(n)
    for i in range(incidents):
        story.append(Paragraph(f"Incident {i + 1} &middot; Following", styles["Heading4"]))
        story.append(Paragraph(f"Incident {i}: followed from the station", styles["Heading2"]))
        rows = [
            ("When", "3 May 2025, 15:15 (Europe/London)"),
            ("How exact", "Exact time"),
            ("Where", "Outside 12 Example Road, London"),
            ("First recorded", "4 December 2026, 18:34 UTC"),
            ("Last changed", "4 December 2026, 18:34 UTC (never changed since)"),
        ]
        story.append(fields(rows, 170 * mm))
        story.append(Paragraph("What happened", styles["Heading3"]))
        story.append(Paragraph(ENGLISH * 3, styles["Normal"]))
        story.append(Paragraph("Effect on the person", styles["Heading3"]))
        story.append(Paragraph("I was afraid.", normal))
        if i % 5 == 0:
            story.append(Paragraph("Reports made", styles["Heading3"]))
            heads = ["Date", "Made to", "Reference", "Officer", "Outcome", "Referred to", "Inc."]
            values = ["1 June 2025", "101 (non-emergency)", f"CAD {i}/01JUN", "none"]
            values += ["not reported", "none", str(i)]
            table = Table(
                [heads, [Paragraph(v, small) for v in values]],
                colWidths=[20 * mm, 30 * mm, 34 * mm, 25 * mm, 33 * mm, 22 * mm, 6 * mm],
                repeatRows=1,
            )
            table.setStyle(grid)
            story.append(table)
        if by_incident.get(i):
            story.append(Paragraph("Exhibits", styles["Heading3"]))
        for n in by_incident.get(i, []):
            details = fields(
                [
                    ("Reference", f"AH{n + 1}"),
                    ("File in bundle", f"exhibits/AH{n + 1}_photo_{n:03d}.jpg"),
                    ("Original name", f"photo_{n:03d}.jpg"),
                    ("Type", "image/jpeg"),
                    ("Size", "88,000 bytes (86 KB)"),
                    ("SHA-256", sha(n)),
                    ("Produced by", "Amira Haddad (the person reporting)"),
                    ("How obtained", "not recorded: ask the person"),
                    ("Added to SafeLog", "4 December 2026, 18:34 UTC"),
                    ("Picture size", "800 × 600 pixels"),
                ],
                120 * mm,
            )
            thumb = Image(str(images[n % len(images)]), width=44 * mm, height=33 * mm)
            story.append(Table([[thumb, details]], colWidths=[50 * mm, 120 * mm]))
        story.append(Spacer(1, 6))
    index = [["Ref.", "Inc.", "Page", "File in bundle", "Type", "Size", "SHA-256"]]
    for n in range(photos):
        index.append(
            [
                f"AH{n + 1}",
                str((n * 5) % incidents + 1),
                str(10 + n),
                Paragraph(f"AH{n + 1}_photo_{n:03d}.jpg", small),
                "image/jpeg",
                "86 KB",
                Paragraph(f"{sha(n)[:32]}<br/>{sha(n)[32:]}", small),
            ]
        )
    table = Table(
        index,
        repeatRows=1,
        colWidths=[14 * mm, 10 * mm, 11 * mm, 43 * mm, 29 * mm, 18 * mm, 45 * mm],
    )
    table.setStyle(grid)
    story.append(table)
    custody = [["Entry", "When (UTC)", "What", "Record", "Fingerprint (start)"]]
    for n in range(300):
        custody.append(
            [
                str(n + 1),
                "4 December 2026, 18:34",
                Paragraph("exhibit.import", small),
                Paragraph(f"exhibit AH{n % photos + 1}", small),
                Paragraph(sha(n)[:20] + "…", small),
            ]
        )
    table = Table(custody, repeatRows=1, colWidths=[12 * mm, 44 * mm, 40 * mm, 40 * mm, 34 * mm])
    table.setStyle(grid)
    story.append(table)
    doc = SimpleDocTemplate(str(out))
    doc.build(story)
    return {
        "seconds": time.perf_counter() - start,
        "pages": doc.page,
        "pdf_mb": out.stat().st_size / 1e6,
    }


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM; ru_maxrss carries the parent's over)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(args: list[str]) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _vault_for(keep: Path | None, tmp: Path, incidents: int, photos: int) -> tuple[Path, Path]:
    """The vault with ``incidents`` and ``photos`` (kept under ``keep`` for the next run)."""
    root = keep / f"{incidents}-{photos}" if keep else tmp / f"{incidents}-{photos}"
    if (root / "vault" / "vault.db").exists():
        return root / "vault", root
    root.mkdir(parents=True)
    t0 = time.perf_counter()
    vault = make_vault(root, incidents, photos)
    seconds = time.perf_counter() - t0
    print(f"setup: {incidents} incidents, {photos} photos imported in {seconds:.1f} s")
    return vault, root


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=500)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="+")
    parser.add_argument("--keep", type=Path, help="build the vault here once and reuse it")
    parser.add_argument("--no-accel-runs", action="store_true", help="skip the no-rl-accel runs")
    parser.add_argument(
        "--flat",
        type=int,
        default=2000,
        help="also build a dossier of this many incidents and compare the time per page (0: no)",
    )
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "dossier-noaccel":  # hide ReportLab's C accelerator (the rl-accel package)
            sys.modules["_rl_accel"] = None  # type: ignore[assignment]
            kind = "dossier"
        if kind == "dossier":
            result = child_dossier(Path(rest[0]), Path(rest[1]))
        elif kind == "bare-tables":
            result = child_bare_tables(Path(rest[0]), Path(rest[1]), int(rest[2]), int(rest[3]))
        else:
            result = child_bare(Path(rest[0]), Path(rest[1]), int(rest[2]))
        result["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="safelog-bench-") as tmp:
        vault, root = _vault_for(args.keep, Path(tmp), args.incidents, args.photos)
        dossier, bare, noaccel, tables = [], [], [], []
        for run in range(args.runs):
            dossier.append(run_child(["dossier", str(vault), str(Path(tmp) / f"out{run}")]))
            bare.append(
                run_child(
                    [
                        "bare",
                        str(root / "thumbs"),
                        str(Path(tmp) / f"bare{run}.pdf"),
                        str(args.incidents),
                    ]
                )
            )
            tables.append(
                run_child(
                    [
                        "bare-tables",
                        str(root / "thumbs"),
                        str(Path(tmp) / f"tables{run}.pdf"),
                        str(args.incidents),
                        str(args.photos),
                    ]
                )
            )
            if not args.no_accel_runs:
                noaccel.append(
                    run_child(["dossier-noaccel", str(vault), str(Path(tmp) / f"na{run}")])
                )
        for name, rows in (
            ("dossier", dossier),
            ("bare ReportLab", bare),
            ("bare ReportLab + tables", tables),
            ("dossier, no C accelerator", noaccel),
        ):
            if not rows:
                continue
            print(
                f"{name:26s} median {statistics.median(r['seconds'] for r in rows):6.2f} s, "
                f"peak RSS {max(r['peak_rss_mb'] for r in rows):6.1f} MB, "
                f"{rows[0]['pages']:.0f} pages, PDF {rows[0]['pdf_mb']:.1f} MB"
            )
        ratio_t = statistics.median(r["seconds"] for r in dossier) / statistics.median(
            r["seconds"] for r in bare
        )
        ratio_m = max(r["peak_rss_mb"] for r in dossier) / max(r["peak_rss_mb"] for r in bare)
        print(f"ratio dossier/bare: time x{ratio_t:.1f}, peak RSS x{ratio_m:.1f}")
        ratio_tables = statistics.median(r["seconds"] for r in dossier) / statistics.median(
            r["seconds"] for r in tables
        )
        print(
            f"ratio dossier/bare with the dossier's tables ({tables[0]['pages']:.0f} pages): "
            f"time x{ratio_tables:.1f}"
        )
        flat: dict[str, float] = {}
        if args.flat:
            # Time per page must not grow with the number of pages: the same content at
            # args.flat incidents, built once, against the median of the runs above.
            big_vault, _ = _vault_for(args.keep, Path(tmp), args.flat, args.photos)
            big = run_child(["dossier", str(big_vault), str(Path(tmp) / "flat")])
            small_per_page = statistics.median(r["seconds"] / r["pages"] for r in dossier)
            big_per_page = big["seconds"] / big["pages"]
            flat = {
                "flat_incidents": args.flat,
                "flat_seconds": round(big["seconds"], 3),
                "flat_pages": big["pages"],
                "flat_peak_rss_mb": round(big["peak_rss_mb"], 1),
                "ms_per_page": round(small_per_page * 1000, 2),
                "flat_ms_per_page": round(big_per_page * 1000, 2),
                "per_page_growth": round(big_per_page / small_per_page, 3),
            }
            print(
                f"time per page: {small_per_page * 1000:.1f} ms at {args.incidents} incidents "
                f"({dossier[0]['pages']:.0f} pages), {big_per_page * 1000:.1f} ms at {args.flat} "
                f"({big['pages']:.0f} pages): x{big_per_page / small_per_page:.2f} (goal: flat)"
            )
        # The last line: the figures as JSON, so runs can be compared by a program.
        print(
            json.dumps(
                {
                    "ratio_vs_bare": round(ratio_t, 3),
                    "seconds": round(statistics.median(r["seconds"] for r in dossier), 3),
                    "peak_rss_mb": round(max(r["peak_rss_mb"] for r in dossier), 1),
                    "bare_seconds": round(statistics.median(r["seconds"] for r in bare), 3),
                    "rss_ratio_vs_bare": round(ratio_m, 3),
                    "ratio_vs_bare_tables": round(ratio_tables, 3),
                    "bare_tables_seconds": round(
                        statistics.median(r["seconds"] for r in tables), 3
                    ),
                    "bare_tables_pages": tables[0]["pages"],
                    "bare_tables_peak_rss_mb": round(max(r["peak_rss_mb"] for r in tables), 1),
                    "pages": dossier[0]["pages"],
                    "incidents": args.incidents,
                    "photos": args.photos,
                    **flat,
                    "runs": {
                        "dossier": dossier,
                        "bare": bare,
                        "bare_tables": tables,
                        "no_accel": noaccel,
                    },
                }
            )
        )


if __name__ == "__main__":
    main()
