"""Vault benchmark: unlock cost, bulk creation, open time and search latency at 100,000 incidents.

Prints figures and ratios against baselines measured in the same run (a raw-key SQLCipher open,
a LIKE full scan), because shared machines drift. Not a test: run it by hand and copy the
figures into bench/README.md.

    .venv/bin/python bench/bench_vault.py [--incidents 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from safelog.db import connect
from safelog.header import read_header
from safelog.incidents import search, store
from safelog.incidents.model import CATEGORIES, Incident
from safelog.incidents.when import parse_when
from safelog.vault import DB_FILE, HEADER_FILE, Vault

PASSPHRASE = "benchmark passphrase with enough words"
WORDS = (
    "car man followed station phone call threat brother embassy message account "
    "password photo outside door street night morning bus tube friend family mother "
    "father visa passport consulate police report officer reference camera window "
    "watched waiting garden shop market work university mosque church temple"
).split()
PERSIAN = "تهدید برادر سفارت پلیس تماس تعقیب خانه مادر پدر خیابان".split()
RUSSIAN = "слежка угроза посольство полиция звонок брат дом улица".split()
CHINESE = ["警察局", "悬赏", "跟踪", "威胁", "大使馆", "家人", "电话"]
# The first ten are common words: the worst case for ranking.
QUERIES = [
    "car",
    "followed station",
    "threat*",
    "embassy",
    "passport consulate",
    "brother",
    "police report",
    "camera",
    "night bus",
    "tube",
    "تهدید",
    "سفارت",
    "слежка",
    "посольство",
    "警察",
    "悬赏",
    "跟踪",
    "mother phone",
    "reference officer",
    "university",
]


SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ne",
    "ta",
    "ri",
    "so",
    "vu",
    "de",
    "ba",
    "zen",
    "tor",
    "mar",
    "lin",
    "gar",
    "pe",
    "fi",
    "shu",
)
RARE = sorted({"".join(random.Random(n).choices(SYLLABLES, k=3)) for n in range(20_000)})
# Zipf-like weights: real text uses a few words often and most words rarely.
RARE_WEIGHTS = [1 / (rank + 10) for rank in range(len(RARE))]


def narrative(rng: random.Random) -> str:
    count = rng.randint(30, 120)
    words = rng.choices(WORDS, k=count // 4) + rng.choices(RARE, RARE_WEIGHTS, k=count)
    rng.shuffle(words)
    extra = rng.choice([PERSIAN, RUSSIAN, CHINESE, [], [], []])
    words += rng.choices(extra, k=5) if extra else []
    return " ".join(words).capitalize() + "."


def build(path: Path, count: int) -> float:
    rng = random.Random(7)
    vault, _ = Vault.create(path, PASSPHRASE, check_strength=False)
    cats = list(CATEGORIES)
    started = time.perf_counter()
    with vault, vault.transaction():
        for n in range(count):
            day = 1 + n % 28
            month = 1 + (n // 28) % 12
            year = 2020 + (n // 336) % 7
            store.insert_incident(
                vault,
                Incident(
                    title=" ".join(rng.choices(WORDS, k=4)).capitalize(),
                    when=parse_when(f"{year}-{month:02d}-{day:02d} {n % 24:02d}:00", tz="UTC"),
                    category=rng.choice(cats),
                    location=rng.choice(WORDS),
                    narrative=narrative(rng),
                ),
            )
    return time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the built vault here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="safelog-bench-"))
    path = args.keep or work / "vault"
    try:
        if not (path / DB_FILE).exists():
            seconds = build(path, args.incidents)
            print(
                f"create {args.incidents} incidents: {seconds:.1f} s "
                f"({args.incidents / seconds:,.0f}/s, one transaction, with search index, "
                "revisions and custody log)"
            )
        header = read_header(path / HEADER_FILE)
        slot = header.slot("passphrase")
        assert slot is not None
        print(
            f"KDF: Argon2id t={slot.kdf.time_cost} m={slot.kdf.memory_kib // 1024} MiB "
            f"p={slot.kdf.parallelism}"
        )
        size = (path / DB_FILE).stat().st_size
        print(f"database size: {size / 2**20:.1f} MiB")

        started = time.perf_counter()
        key = slot.open(PASSPHRASE.encode())
        unwrap = time.perf_counter() - started
        assert key is not None
        started = time.perf_counter()
        raw = connect(
            path / DB_FILE, key, page_size=header.page_size, hmac_algorithm=header.hmac_algorithm
        )
        raw.close()
        raw_open = time.perf_counter() - started
        print(f"unlock (key derivation + unwrap): {unwrap * 1000:.0f} ms")
        print(f"baseline raw-key SQLCipher open: {raw_open * 1000:.2f} ms")

        started = time.perf_counter()
        vault = Vault.open(path, PASSPHRASE)
        open_total = time.perf_counter() - started
        print(
            f"open vault incl. KDF: {open_total * 1000:.0f} ms "
            f"(goal < 1500 ms; {open_total / unwrap:.2f}x the KDF alone)"
        )

        with vault:
            count = store.count_incidents(vault)
            search.search(vault, "warm")  # first query on a cold connection
            latencies = []
            for query in QUERIES:
                started = time.perf_counter()
                ids = search.search(vault, query, limit=50)
                store.list_summaries(vault, store.Filters(ids=ids))
                latencies.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            vault.conn.execute(
                "SELECT count(*) FROM incidents WHERE doc LIKE '%embassy%'"
            ).fetchone()
            like = (time.perf_counter() - started) * 1000
            p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
            print(
                f"search over {count} incidents, 20 queries (top 50 + their rows): "
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(latencies):.1f} ms "
                "(goal p50 < 10 ms, p95 < 100 ms)"
            )
            print(
                f"baseline LIKE full scan: {like:.0f} ms (search p50 is {like / p50:.0f}x faster)"
            )
        # The last line: the figures as JSON, so runs can be compared by a program.
        print(
            json.dumps(
                {
                    "search_p50_ms": round(p50, 2),
                    "search_p95_ms": round(p95, 2),
                    "search_max_ms": round(max(latencies), 2),
                    "incidents": count,
                    "unlock_ms": round(unwrap * 1000),
                    "like_scan_ms": round(like, 1),
                    "database_mib": round(size / 2**20, 1),
                }
            )
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
