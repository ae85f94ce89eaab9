"""Evidence import benchmark: throughput against `sha256sum`, and memory against file size.

Throughput: a 1 GB file (random bytes, page cache warm) is hashed by `sha256sum` and imported
into a fresh vault, alternately, several rounds, each import in its own process; the figure that
matters is import MB/s divided by the MB/s of the `sha256sum` run just before it (goal: at least
1.2). Wall time and CPU time are both reported: the import uses two cores (one reads and hashes,
one encrypts and writes) where `sha256sum` uses one, so when the machine is busy the wall-time
ratio falls towards ``ratio_cpu_bound`` (`sha256sum` CPU seconds ÷ the importing process's CPU
seconds), the ratio if every CPU second had to be queued for. ``--baseline DIR`` alternates, in
the same run, with imports from another source tree (e.g. an export of main), so old and new
code see the same load. Memory: peak RSS of the importing process (getrusage in that child) for
a 1 MB photo and for a 2 GB file (goal: no more than 20 MB apart). Not a test: run it by hand
and copy the figures into bench/README.md. The big files and vaults are deleted at the end.

    .venv/bin/python bench/bench_import.py [--rounds 5] [--dir /var/tmp] [--skip-memory]
                                           [--no-write-behind] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
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

# Runs in a child: make a vault (not timed), time import_files, report wall time, CPU time (the
# calling thread, which encrypts and writes; the whole process, which adds the reading and
# hashing thread; and any helper process the import waited for) and peak RSS.
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
def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
def machine_cpu():
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")
cpu0, thread0, kids0 = time.process_time(), time.thread_time(), children_cpu()
machine0 = machine_cpu()
started = time.perf_counter()
[result] = import_files(vault, 1, [sys.argv[2]])
seconds = time.perf_counter() - started
thread_cpu, process_cpu = time.thread_time() - thread0, time.process_time() - cpu0
kids_cpu = children_cpu() - kids0
machine = machine_cpu() - machine0
vault.close()
print(json.dumps({"seconds": seconds, "size": result.exhibit.size,
                  "sha256": result.exhibit.sha256, "thread_cpu_s": thread_cpu,
                  "process_cpu_s": process_cpu, "children_cpu_s": kids_cpu,
                  "others_cpu_s": machine - process_cpu - kids_cpu,
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


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def machine_cpu() -> float:
    """CPU seconds every process on the machine has used (busy, not idle or I/O wait)."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def time_sha256sum(path: Path) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user + system, from the reaped child), CPU seconds the rest
    of the machine used meanwhile, and the digest."""
    cpu, machine = children_cpu(), machine_cpu()
    started = time.perf_counter()
    out = subprocess.run(["sha256sum", str(path)], check=True, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu
    return wall, cpu, machine_cpu() - machine - cpu, out.stdout.split()[0]


def run_import(path: Path, workdir: Path, root: Path = ROOT) -> dict[str, float]:
    """One import in a child process, with SafeLog imported from ``root``."""
    vault = workdir / "vault"
    shutil.rmtree(vault, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(root)}
    try:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault), str(path)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=root,
        )
    finally:
        shutil.rmtree(vault, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


class Series:
    """One tree's rounds: each import beside the `sha256sum` run just before it."""

    def __init__(self, name: str, root: Path, size: int) -> None:
        self.name, self.root, self.size = name, root, size
        self.rows: list[dict[str, float]] = []

    def round(self, path: Path, workdir: Path) -> str:
        sum_s, sum_cpu, sum_others, digest = time_sha256sum(path)
        result = run_import(path, workdir, self.root)
        assert result["sha256"] == digest, "import hashed different bytes"
        row = {
            "sum_mb_s": self.size / sum_s / 1e6,
            "sum_cpu_s": sum_cpu,
            "import_mb_s": self.size / result["seconds"] / 1e6,
            "import_s": result["seconds"],
            "thread_cpu_s": result["thread_cpu_s"],
            "process_cpu_s": result["process_cpu_s"],
            "children_cpu_s": result["children_cpu_s"],
            # what else ran, per wall second (kernel write-back included): 1.0 = a whole core
            "others_sum": sum_others / sum_s,
            "others_import": result["others_cpu_s"] / result["seconds"],
        }
        row["ratio"] = row["import_mb_s"] / row["sum_mb_s"]
        row["ratio_cpu"] = sum_cpu / result["process_cpu_s"]
        self.rows.append(row)
        return (
            f"{self.name:>8}: sha256sum {row['sum_mb_s']:4.0f} MB/s ({sum_s:.2f} s wall, "
            f"{sum_cpu:.2f} s CPU)   import {row['import_mb_s']:4.0f} MB/s "
            f"({result['seconds']:.2f} s wall, CPU {result['thread_cpu_s']:.2f} s inserting "
            f"thread, {result['process_cpu_s']:.2f} s process, "
            f"{result['children_cpu_s']:.2f} s helpers)   ratio {row['ratio']:.2f}"
            f"   CPU ratio {row['ratio_cpu']:.2f}   other load {row['others_sum']:.1f} / "
            f"{row['others_import']:.1f} cores"
        )

    def median(self, key: str) -> float:
        return statistics.median(row[key] for row in self.rows)

    def figures(self, prefix: str = "") -> dict[str, float]:
        ratios = [row["ratio"] for row in self.rows]
        sums, imports = self.median("sum_mb_s"), self.median("import_mb_s")
        sum_cpu, process_cpu = self.median("sum_cpu_s"), self.median("process_cpu_s")
        print(
            f"{self.name}: {self.size / GB:g} GB, {len(self.rows)} rounds: sha256sum median "
            f"{sums:.0f} MB/s ({sum_cpu:.2f} s CPU), import median {imports:.0f} MB/s "
            f"(CPU {self.median('thread_cpu_s'):.2f} s inserting thread, {process_cpu:.2f} s "
            f"process); ratio of medians {imports / sums:.2f} (per round "
            f"{min(ratios):.2f}-{max(ratios):.2f}, median {statistics.median(ratios):.2f}); "
            f"CPU-bound ratio {sum_cpu / process_cpu:.2f}"
        )
        figures = {
            "ratio_vs_sha256sum": round(imports / sums, 3),
            "ratio_min": round(min(ratios), 3),
            "ratio_max": round(max(ratios), 3),
            "ratio_cpu_bound": round(sum_cpu / process_cpu, 3),
            "sha256sum_mb_s": round(sums),
            "import_mb_s": round(imports),
            "sha256sum_cpu_s": round(sum_cpu, 3),
            "import_thread_cpu_s": round(self.median("thread_cpu_s"), 3),
            "import_process_cpu_s": round(process_cpu, 3),
            "import_helpers_cpu_s": round(self.median("children_cpu_s"), 3),
            "other_load_cores": round(self.median("others_import"), 2),
        }
        return {prefix + key: value for key, value in figures.items()}


def throughput(
    workdir: Path, rounds: int, size: int = GB, baseline: Path | None = None
) -> dict[str, float]:
    path = workdir / "one-gb.bin"
    make_file(path, size)
    warm(path)
    series = [Series("this", ROOT, size)]
    if baseline is not None:
        series.append(Series("baseline", baseline, size))
    for number in range(1, rounds + 1):
        print(f"round {number}:", flush=True)
        # Alternate which tree goes first, so neither always follows the other's write-back.
        for one in series if number % 2 else series[::-1]:
            print(one.round(path, workdir), flush=True)
    path.unlink()
    figures = {"file_gb": size / GB}
    figures.update(series[0].figures())
    if baseline is not None:
        figures.update(series[1].figures("baseline_"))
        gain = series[0].median("import_mb_s") / series[1].median("import_mb_s")
        print(f"this tree ÷ baseline, median import MB/s: {gain:.2f}")
        figures["speedup_vs_baseline"] = round(gain, 3)
    return figures


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
        "--baseline",
        type=Path,
        help="another source tree (e.g. `git archive main`) to alternate with, same run",
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
            figures.update(throughput(workdir, args.rounds, size, args.baseline))
        if not args.skip_memory:
            figures.update(memory(workdir, 2 * size))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    # The last line: the figures as JSON, so runs can be compared by a program.
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
