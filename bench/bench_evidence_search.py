"""Search latency when the words inside evidence are indexed too.

Builds (or reuses, with --keep) the 100,000-incident vault of ``bench_vault.py``, attaches
exhibits with chat-like text to every fifth incident (20,000 exhibits of about 600 words each,
indexed exactly as an import indexes them), then times the same queries as ``bench_vault.py``
plus words found only inside exhibits. Not a test: run it by hand.

    .venv/bin/python bench/bench_evidence_search.py --keep /tmp/bench-vault
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vault import PASSPHRASE, QUERIES, RARE, WORDS, build, percentile

from safelog.evidence import textindex
from safelog.incidents import search
from safelog.vault import Vault

INSIDE_ONLY = ["zorblat", "quenvix", "trumolo"]  # words that appear only inside exhibits


def attach_text(vault: Vault, every: int, words_each: int) -> int:
    rng = random.Random(11)
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM incidents ORDER BY id")][::every]
    with vault.transaction() as conn:
        if conn.execute("SELECT count(*) FROM evidence_text").fetchone()[0]:
            return len(ids)
        blob = conn.execute(
            "INSERT INTO blobs (sha256, size, chunk_count, content_type, "
            "complete) VALUES ('bench', 0, 0, 'text/plain', 1)"
        ).lastrowid
        for n, incident_id in enumerate(ids):
            cur = conn.execute(
                "INSERT INTO exhibits (ref, incident_id, blob_id, original_name, imported_at)"
                " VALUES (?, ?, ?, 'chat.txt', '2026-01-01T00:00:00Z')",
                (f"BX{n}", incident_id, blob),
            )
            words = rng.choices(WORDS, k=words_each // 4) + rng.choices(RARE, k=words_each)
            if n % 1000 == 0:
                words.append(INSIDE_ONLY[n // 1000 % len(INSIDE_ONLY)])
            textindex.index_exhibit(conn, int(cur.lastrowid or 0), " ".join(words))
    return len(ids)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp()) / "vault"
    if not folder.exists():
        build(folder, args.incidents)
    with Vault.open(folder, PASSPHRASE) as vault:
        started = time.perf_counter()
        count = attach_text(vault, 5, 600)
        print(f"indexed text of {count} exhibits in {time.perf_counter() - started:.1f} s")
        search.search(vault, "warm")
        times: list[float] = []
        for _ in range(3):
            for query in QUERIES + INSIDE_ONLY:
                started = time.perf_counter()
                ids = search.search(vault, query, limit=50)
                search.evidence_matches(vault, query, ids)
                times.append((time.perf_counter() - started) * 1000)
        p50, p95 = statistics.median(times), percentile(times, 0.95)
        print(
            f"search + which exhibit matched, {len(QUERIES + INSIDE_ONLY)} queries: "
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(times):.1f} ms"
        )
        # The last line: the figures as JSON, so runs can be compared by a program.
        print(
            json.dumps(
                {
                    "search_p50_ms": round(p50, 2),
                    "search_p95_ms": round(p95, 2),
                    "search_max_ms": round(max(times), 2),
                    "exhibits": count,
                    "queries": len(QUERIES + INSIDE_ONLY),
                }
            )
        )


if __name__ == "__main__":
    main()
