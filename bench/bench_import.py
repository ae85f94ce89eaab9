"""Evidence import benchmark: throughput against `sha256sum`, and memory against file size.

Throughput: a 1 GB file (random bytes, page cache warm) is hashed by `sha256sum` and imported
into a fresh vault, alternately, several rounds, each in its own process; the figure that
matters is import MB/s divided by sha256sum MB/s (goal: at least 0.9). Memory: peak RSS of the
importing process (getrusage in that child) for a 1 MB photo and for a 2 GB file (goal: no more
than 100 MB apart). Not a test: run it by hand and copy the figures into bench/README.md. The big
files and vaults are deleted at the end.

    .venv/bin/python bench/bench_import.py [--rounds 5] [--dir /var/tmp] [--skip-memory]
                                           [--no-write-behind]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GB = 1000**3
MiB = 1024**2
ROOT = Path(__file__).resolve().parents[1]

# Runs in a child: make a vault (not timed), time import_files, report wall time and peak RSS.
# Creating the vault runs Argon2 (64 MiB even in the test profile), so the peak is reset first
# (clear_refs 5 resets VmHWM, which getrusage's ru_maxrss reports for a live process).
CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
os.environ["SAFELOG_KDF_PROFILE"] = "test"
from safelog.vault import Vault
from safelog.evidence import import_files, store
if os.environ.get("BENCH_NO_WRITE_BEHIND"):
    store.WriteBehind.kick = lambda self: None
vault, _ = Vault.create(Path(sys.argv[1]), "benchmark passphrase with enough words",
                        owner_name="Bench Mark")
vault.conn.execute("INSERT INTO incidents (id, created_at, updated_at, revision, start_utc, "
                   "precision, category, title, doc) VALUES (1, 'x', 'x', 1, "
                   "'2026-01-01T00:00:00Z', 'exact', 'other', 't', '{}')")
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
[result] = import_files(vault, 1, [sys.argv[2]])
seconds = time.perf_counter() - started
vault.close()
print(json.dumps({"seconds": seconds, "size": result.exhibit.size,
                  "sha256": result.exhibit.sha256,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "before_kib": before}))
"""


def make_file(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        left = size
        while left:
            block = os.urandom(min(left, 16 * MiB))
            f.write(block)
            left -= len(block)


def make_photo(path: Path) -> None:
    """A real JPEG of about 1 MB (noise compresses badly)."""
    from PIL import Image

    image = Image.frombytes("RGB", (1200, 900), os.urandom(1200 * 900 * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    path.write_bytes(out.getvalue())


def warm(path: Path) -> None:
    with open(path, "rb", buffering=0) as f:
        while f.read(16 * MiB):
            pass


def time_sha256sum(path: Path) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run(["sha256sum", str(path)], check=True, capture_output=True, text=True)
    return time.perf_counter() - started, out.stdout.split()[0]


def run_import(path: Path, workdir: Path) -> dict[str, float]:
    vault = workdir / "vault"
    shutil.rmtree(vault, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault), str(path)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
    finally:
        shutil.rmtree(vault, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def throughput(workdir: Path, rounds: int, size: int = GB) -> dict[str, float]:
    path = workdir / "one-gb.bin"
    make_file(path, size)
    warm(path)
    sums, imports, ratios = [], [], []
    for number in range(1, rounds + 1):
        seconds, digest = time_sha256sum(path)
        result = run_import(path, workdir)
        assert result["sha256"] == digest, "import hashed different bytes"
        sums.append(size / seconds / 1e6)
        imports.append(size / result["seconds"] / 1e6)
        ratios.append(imports[-1] / sums[-1])
        print(
            f"round {number}: sha256sum {sums[-1]:6.0f} MB/s   import {imports[-1]:6.0f} MB/s"
            f"   ratio {ratios[-1]:.2f}",
            flush=True,
        )
    path.unlink()
    print(
        f"{size / GB:g} GB, {rounds} rounds: "
        f"sha256sum median {statistics.median(sums):.0f} MB/s, "
        f"import median {statistics.median(imports):.0f} MB/s, ratio of medians "
        f"{statistics.median(imports) / statistics.median(sums):.2f} "
        f"(per-round ratios {min(ratios):.2f}-{max(ratios):.2f}, median "
        f"{statistics.median(ratios):.2f})"
    )
    return {
        "ratio_vs_sha256sum": round(statistics.median(imports) / statistics.median(sums), 3),
        "sha256sum_mb_s": round(statistics.median(sums)),
        "import_mb_s": round(statistics.median(imports)),
        "file_gb": size / GB,
    }


def memory(workdir: Path, size: int = 2 * GB) -> dict[str, float]:
    photo, big = workdir / "photo.jpg", workdir / "two-gb.bin"
    make_photo(photo)
    small = run_import(photo, workdir)
    make_file(big, size)
    large = run_import(big, workdir)
    big.unlink()
    delta = (large["maxrss_kib"] - small["maxrss_kib"]) / 1024
    print(
        f"peak RSS importing a {photo.stat().st_size / 1e6:.1f} MB photo: "
        f"{small['maxrss_kib'] / 1024:.0f} MiB (process before the import: "
        f"{small['before_kib'] / 1024:.0f} MiB)"
    )
    print(
        f"peak RSS importing a {size / GB:g} GB file: {large['maxrss_kib'] / 1024:.0f} MiB "
        f"({large['seconds']:.1f} s, {size / large['seconds'] / 1e6:.0f} MB/s)"
    )
    print(f"difference: {delta:.0f} MiB (goal: at most 20 MB)")
    return {
        "memory_growth_mb": round((large["maxrss_kib"] - small["maxrss_kib"]) * 1024 / 1e6, 1),
        "peak_rss_small_mb": round(small["maxrss_kib"] * 1024 / 1e6, 1),
        "peak_rss_large_mb": round(large["maxrss_kib"] * 1024 / 1e6, 1),
        "large_file_gb": size / GB,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dir", help="where to put the big files (default: system temp)")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument(
        "--no-write-behind",
        action="store_true",
        help="measure without the early write-back (for comparison)",
    )
    parser.add_argument(
        "--size-mb",
        type=int,
        default=GB // 10**6,
        help="size of the throughput file (default 1000; the memory run "
        "uses twice this); small values make a quick smoke run",
    )
    args = parser.parse_args()
    size = args.size_mb * 10**6
    figures: dict[str, float] = {}
    if args.no_write_behind:
        os.environ["BENCH_NO_WRITE_BEHIND"] = "1"
    workdir = Path(tempfile.mkdtemp(prefix="safelog-bench-import-", dir=args.dir))
    try:
        if not args.skip_throughput:
            figures.update(throughput(workdir, args.rounds, size))
        if not args.skip_memory:
            figures.update(memory(workdir, 2 * size))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    # The last line: the figures as JSON, so runs can be compared by a program.
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
