"""THREATS 14-17: SIGKILL during a write leaves the old or the new state, never a mix.

A short campaign (about ten kills, see ``crashkit.CI_PLAN``) runs every time; the long one is
``scripts/crash_rounds.py`` (200 rounds by default) or this file with SAFELOG_SLOW=1. The seed
is printed with every failure; SAFELOG_CRASH_SEED reruns a campaign exactly (the kill moments
still depend on how fast the machine is at that moment, so a failure is reproduced by
running the same seed a few times).
"""

from __future__ import annotations

import os

import pytest

from tests.integration import crashkit
from tests.integration.harness import slow

SEED = int(os.environ.get("SAFELOG_CRASH_SEED", "20260503"))


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    return crashkit.Lab(tmp_path_factory.mktemp("crash"), big_mb=50).build(SEED)


def _campaign(lab, name: str, rounds: int, capsys=None) -> list[crashkit.RoundResult]:
    op = crashkit.OPS[name]
    work = lab.root / f"work-{name}"
    timing = crashkit.calibrate(lab, op, work)
    results = [crashkit.run_round(lab, op, timing, work, SEED, n) for n in range(1, rounds + 1)]
    summary = crashkit.summarise(results)
    print(
        f"\n{name}: typical run {timing.total:.2f}s, write began at "
        f"{timing.trigger if timing.trigger is None else round(timing.trigger, 3)}s\n{summary}"
    )
    failed = [r.describe() for r in results if not r.ok]
    assert not failed, "\n".join(failed)
    assert all(r.strays == 0 for r in results), "a killed command left a helper process running"
    return results


@pytest.mark.parametrize("name,rounds", crashkit.CI_PLAN)
def test_kill_during_write_leaves_old_or_new_state(lab, name, rounds):
    _campaign(lab, name, rounds)


def test_evidence_import_kill_variant(lab):
    """The evidence variant of case 14 on its own: a kill mid-import leaves no partial exhibit."""
    op = crashkit.OPS["import"]
    work = lab.root / "work-evidence-trigger"
    timing = crashkit.calibrate(lab, op, work)
    assert timing.trigger is not None, "the import never opened a journal"
    # One kill at the moment the journal appears: the exhibit's chunks are being written.
    ctx = crashkit.prepare(lab, op, work)
    proc = crashkit.start(lab, op, ctx)
    from tests.integration.harness import close_pipes, kill_after, wait_for

    try:
        wait_for(proc, lambda: op.trigger(ctx), timeout=120, step=0.001)
        killed = kill_after(proc, 0)
    finally:
        close_pipes(proc)
    result = crashkit.RoundResult("import", 0, SEED, "at journal", 0.0, killed)
    crashkit.check(lab, op, ctx, result)
    assert result.ok, result.describe()
    assert result.outcome in ("old", "new")


@slow
@pytest.mark.slow
def test_long_campaign(tmp_path_factory):
    big = crashkit.Lab(tmp_path_factory.mktemp("crash-long"), big_mb=200).build(SEED + 1)
    results = []
    for name in crashkit.OPS:
        results += _campaign(big, name, 5)
    print(crashkit.summarise(results))
