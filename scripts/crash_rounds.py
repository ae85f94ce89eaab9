#!/usr/bin/env python3
"""The long kill-and-verify campaign (THREATS 14-17): SIGKILL `safelog-cli` at random moments.

    .venv/bin/python scripts/crash_rounds.py                  # 200 rounds, 200 MB evidence file
    .venv/bin/python scripts/crash_rounds.py --rounds 30 --size-mb 50 --ops import,edit

Rounds are spread over the operations (evidence import of a large file, import-log, edit,
checklist set, export-log, backup, passwd, init, a migration), each killed at a moment drawn
from its own seeded generator: a fraction of the operation's measured duration, a moment inside
its measured write window, or just after its journal or temporary file appears. After each kill
the vault is opened and checked: ``verify``, ``integrity_check``, the FTS5 check, every exhibit
complete and hash-correct, no orphan chunk, the custody log ending on a complete entry and
matching the tables, the operation's old-or-new state, no final-named export that is incomplete,
no plaintext in journals or temporary files. Prints a summary; exits 1 if any round failed
(failed rounds' folders are kept under --workdir).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("SAFELOG_KDF_PROFILE", "test")

from tests.integration import crashkit  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    parser.add_argument("--size-mb", type=int, default=200, help="size of the evidence file")
    parser.add_argument(
        "--ops",
        default=",".join(crashkit.OPS),
        help="comma-separated, from: " + ", ".join(crashkit.OPS),
    )
    parser.add_argument("--workdir", type=Path, help="default: a new temporary folder")
    args = parser.parse_args(argv)

    names = [n.strip() for n in args.ops.split(",") if n.strip()]
    unknown = [n for n in names if n not in crashkit.OPS]
    if unknown:
        parser.error(f"unknown operation(s): {', '.join(unknown)}")
    if "import" in names and not crashkit.evidence_available():
        print("safelog-cli import is not available: running import-log instead")
        names = [n for n in names if n != "import"] + (
            [] if "import-log" in names else ["import-log"]
        )
    root = args.workdir or Path(tempfile.mkdtemp(prefix="safelog-crash-"))
    print(
        f"seed {args.seed}, {args.rounds} rounds over {', '.join(names)}, "
        f"{args.size_mb} MB evidence file, work folder {root}"
    )
    began = time.monotonic()
    lab = crashkit.Lab(root, big_mb=args.size_mb).build(args.seed)
    timings = {}
    for name in names:
        timings[name] = crashkit.calibrate(lab, crashkit.OPS[name], root / f"work-{name}")
        t = timings[name]
        write = f"{t.trigger:.2f}s" if t.trigger is not None else "unseen"
        print(f"  {name:<11} runs {t.total:.2f}s when left alone; write begins at {write}")
    results = []
    for number in range(args.rounds):
        name = names[number % len(names)]
        result = crashkit.run_round(
            lab,
            crashkit.OPS[name],
            timings[name],
            root / f"round-{number:04d}-{name}",
            args.seed,
            number,
        )
        results.append(result)
        mark = "." if result.ok else "F"
        print(mark, end="" if (number + 1) % 50 else "\n", flush=True)
        if not result.ok:
            print(f"\n{result.describe()}", flush=True)
    print()
    print(crashkit.summarise(results))
    print(f"{time.monotonic() - began:.0f} s in all")
    failed = any(not r.ok for r in results)
    if not failed and args.workdir is None:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
