"""Dossier benchmark: 500 incidents and 200 photos, time and peak memory, against a baseline.

Builds a vault with 500 incidents (one in ten written in Persian, one in ten in Chinese) and 200
photos (800x600 JPEGs made with Pillow, imported through the evidence pipeline so thumbnails are
the real ones), then, each in a fresh child process so peak RSS is the build's own:

- ``dossier``: ``build_dossier`` (PDF + bundle with the 200 originals);
- ``bare``: a plain ReportLab document of the same size in the same run: 500 sections of the
  same text in Helvetica and the same 200 thumbnails, no bidi, no fallback fonts, no bundle.

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
        else:
            result = child_bare(Path(rest[0]), Path(rest[1]), int(rest[2]))
        result["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="safelog-bench-") as tmp:
        vault, root = _vault_for(args.keep, Path(tmp), args.incidents, args.photos)
        dossier, bare, noaccel = [], [], []
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
            if not args.no_accel_runs:
                noaccel.append(
                    run_child(["dossier-noaccel", str(vault), str(Path(tmp) / f"na{run}")])
                )
        for name, rows in (
            ("dossier", dossier),
            ("bare ReportLab", bare),
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
                    "pages": dossier[0]["pages"],
                    "incidents": args.incidents,
                    "photos": args.photos,
                    **flat,
                    "runs": {"dossier": dossier, "bare": bare, "no_accel": noaccel},
                }
            )
        )


if __name__ == "__main__":
    main()
