"""Kill-and-verify rounds: start a `safelog-cli` write, SIGKILL it at a random (seeded) moment,
then check that the vault holds the state before or the state after, never a mix.

Used by ``tests/integration/test_crash.py`` (a short run) and ``scripts/crash_rounds.py`` (the
long campaign). Each operation says how to prepare its inputs, which file appearing means its
write has begun (the trigger), and how to tell the old state from the new one. A round:

1. copy the prepared base vault;
2. start the command and choose a kill moment with the round's own random generator: a fraction
   of the operation's measured duration, a moment inside its measured write window, or a short
   delay after its trigger file appears (all bounded waits on the process, no sleeps);
3. SIGKILL it (and report any helper process it left behind);
4. open the vault, run ``verify`` and the invariants of :func:`harness.problems_of`, and the
   operation's own old-or-new check.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from tests.integration.harness import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Sandbox,
    close_pipes,
    kill_after,
    leftovers,
    problems_of,
    strays,
    wait_for,
    which_open,
)

VAULT_FILES = ("vault.db", "vault.key", "vault.lock")
EDIT_WORD = "zebrafinchcrashword"
CHECK_NOTE = "crash round note"
CSV_ROWS = 3000
BASE_INCIDENTS = 300
HEAVY_ROWS = 200_000
HEAVY_MIGRATION = (
    "CREATE TABLE crash_extra (n INTEGER PRIMARY KEY, pad TEXT NOT NULL);\n"
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < "
    f"{HEAVY_ROWS}) INSERT INTO crash_extra SELECT n, hex(randomblob(48)) FROM c;\n"
    "UPDATE incidents SET updated_at = updated_at;\n"
)
MIGRATE_CHILD = f"""
import sys
from safelog import schema
schema.MIGRATIONS.append({HEAVY_MIGRATION!r})
schema.SCHEMA_VERSION = len(schema.MIGRATIONS)
from safelog.vault import Vault
Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\\n")).close()
print("migrated")
"""


class RoundFailed(AssertionError):
    pass


@contextlib.contextmanager
def test_kdf() -> Iterator[None]:
    with mock.patch.dict(os.environ, {"SAFELOG_KDF_PROFILE": "test"}):
        yield


@contextlib.contextmanager
def heavy_schema() -> Iterator[None]:
    """This process's SafeLog, taught the migration the ``migrate`` rounds run."""
    from safelog import schema

    with (
        mock.patch.object(schema, "MIGRATIONS", [*schema.MIGRATIONS, HEAVY_MIGRATION]),
        mock.patch.object(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1),
    ):
        yield


# ----- the lab: a base vault and the inputs every operation needs ---------------------------


@dataclass
class Lab:
    root: Path
    big_mb: int = 50
    base: Path = field(init=False)
    recovery: str = ""
    big: Path = field(init=False)
    big_sha: str = ""
    narrative_file: Path = field(init=False)
    diary: Path = field(init=False)
    base_docs: dict[int, str] = field(default_factory=dict)
    sandbox: Sandbox = field(init=False)

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.base = self.root / "base-vault"
        self.big = self.root / "inputs" / "large-evidence.bin"
        self.narrative_file = self.root / "inputs" / "narrative.txt"
        self.diary = self.root / "inputs" / "diary.csv"
        self.sandbox = Sandbox(self.root / "sandbox")

    def build(self, seed: int = 0) -> Lab:
        from safelog.incidents import people, store
        from safelog.incidents.model import Incident, Person, PersonLink
        from safelog.incidents.when import parse_when
        from safelog.vault import Vault

        rng = random.Random(seed)
        (self.root / "inputs").mkdir(exist_ok=True)
        digest = hashlib.sha256()
        with open(self.big, "wb") as handle:
            for _ in range(self.big_mb):
                block = rng.randbytes(1 << 20)
                digest.update(block)
                handle.write(block)
        self.big_sha = digest.hexdigest()
        words = ["watched", "car", "grey", "door", "called", "message", "تهدید", "跟踪"]
        text = " ".join(rng.choice(words) for _ in range(150_000))
        self.narrative_file.write_text(f"{text} {EDIT_WORD} {text[:1000]}", encoding="utf-8")
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["Date", "Time", "Location", "What happened", "Witness"])
        for n in range(CSV_ROWS):
            writer.writerow(
                [
                    f"{1 + n % 28:02d}/{1 + n % 12:02d}/2025",
                    "14:30",
                    f"Street {n}",
                    f"Diary row {n}: " + " ".join(rng.choice(words) for _ in range(60)),
                    f"Witness {n % 40}",
                ]
            )
        self.diary.write_text(buffer.getvalue(), encoding="utf-8")
        with test_kdf():
            vault, self.recovery = Vault.create(self.base, PASSPHRASE, owner_name="Amira Haddad")
        with vault:
            person = people.add_person(
                vault, Person(name="Man in grey car", kind="perpetrator_unknown")
            )
            first = store.add_incident(
                vault,
                Incident(
                    "Followed from the station",
                    parse_when("2026-05-03 15:30", tz="Europe/London"),
                    category="following",
                    narrative="The old narrative.",
                    people=[PersonLink(person.id or 0, "perpetrator")],
                ),
            )
            with vault.transaction():
                for n in range(BASE_INCIDENTS - 1):
                    store.insert_incident(
                        vault,
                        Incident(
                            f"Earlier incident {n}",
                            parse_when("2026-01-01 10:00"),
                            narrative=" ".join(rng.choice(words) for _ in range(300)),
                        ),
                    )
            self.base_docs = {
                i.id or 0: json.dumps(i.to_doc(), sort_keys=True)
                for i in store.list_incidents(vault)
            }
            assert first.id == 1
        return self


# ----- operations -------------------------------------------------------------------------


@dataclass
class Context:
    lab: Lab
    work: Path

    @property
    def vault(self) -> Path:
        return self.work / "vault"

    @property
    def out(self) -> Path:
        return self.work / "out"


@dataclass
class Op:
    name: str
    argv: Callable[[Context], list[str]]
    trigger: Callable[[Context], bool]
    check: Callable[[Context, Any], str]  # returns "old" or "new"; raises RoundFailed
    stdin: str = PASSPHRASE + "\n"
    uses_vault_option: bool = True
    secrets: tuple[str, ...] = (PASSPHRASE,)
    needs_evidence: bool = False
    raw: bool = False  # argv is a whole command line, not CLI arguments


def _journal(ctx: Context) -> bool:
    return (ctx.vault / "vault.db-journal").exists()


def _hidden(folder: Path, prefix: str) -> Callable[[], bool]:
    def seen() -> bool:
        try:
            return any(name.startswith(prefix) for name in os.listdir(folder))
        except FileNotFoundError:
            return False

    return seen


def _incident_doc(vault: Any, incident_id: int) -> tuple[int, str]:
    from safelog.incidents import store

    incident = store.get_incident(vault, incident_id)
    return incident.revision, json.dumps(incident.to_doc(), sort_keys=True)


def check_import(ctx: Context, vault: Any) -> str:
    rows = vault.conn.execute(
        "SELECT b.sha256, b.size FROM exhibits e JOIN blobs b ON b.id = e.blob_id"
    ).fetchall()
    if not rows:
        return "old"
    if rows != [(ctx.lab.big_sha, ctx.lab.big_mb << 20)]:
        raise RoundFailed(f"unexpected exhibits after import: {rows}")
    return "new"


def check_import_log(ctx: Context, vault: Any) -> str:
    count = vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
    imports = vault.conn.execute(
        "SELECT count(*) FROM custody WHERE action = 'log.import'"
    ).fetchone()[0]
    if (count, imports) == (BASE_INCIDENTS, 0):
        return "old"
    if (count, imports) == (BASE_INCIDENTS + CSV_ROWS, 1):
        return "new"
    raise RoundFailed(f"import-log left {count} incidents and {imports} custody entries")


def check_edit(ctx: Context, vault: Any) -> str:
    from safelog.incidents.search import search

    revision, doc = _incident_doc(vault, 1)
    found = 1 in search(vault, EDIT_WORD)
    if revision == 1 and doc == ctx.lab.base_docs[1] and not found:
        return "old"
    narrative = json.loads(doc)["narrative"]
    expected = ctx.lab.narrative_file.read_text(encoding="utf-8")
    if revision == 2 and narrative == expected and found:
        return "new"
    raise RoundFailed(
        f"edit left version {revision}, narrative of {len(narrative)} characters,"
        f" search {'finds' if found else 'misses'} the new word"
    )


def check_checklist(ctx: Context, vault: Any) -> str:
    row = vault.conn.execute("SELECT status, note, rev FROM checklist_progress").fetchall()
    revs = vault.conn.execute(
        "SELECT count(*) FROM revisions WHERE entity = 'checklist_item'"
    ).fetchone()[0]
    if not row and not revs:
        return "old"
    if row == [("done", CHECK_NOTE, 1)] and revs == 1:
        return "new"
    raise RoundFailed(f"checklist left {row} with {revs} revisions")


def check_export(ctx: Context, vault: Any) -> str:
    files = {p.name: p for p in ctx.out.iterdir() if not p.name.startswith(".")}
    exported = vault.conn.execute(
        "SELECT count(*) FROM custody WHERE action = 'log.export'"
    ).fetchone()[0]
    if not files:
        if exported:
            raise RoundFailed("the custody log records an export whose files are missing")
        return "old"
    if sorted(files) != ["log.csv", "log.json"]:
        raise RoundFailed(f"export left only {sorted(files)}")
    document = json.loads(files["log.json"].read_text(encoding="utf-8"))
    if len(document["incidents"]) != BASE_INCIDENTS:
        raise RoundFailed("the exported JSON is incomplete")
    with open(files["log.csv"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if len(rows) != BASE_INCIDENTS + 1:
        raise RoundFailed("the exported CSV is incomplete")
    if exported == 0:  # killed between placing the files and committing the custody entry
        return "new, entry lost"
    return "new"


def check_backup(ctx: Context, vault: Any) -> str:
    from safelog.backup import check_backup as verify_file

    target = ctx.out / "vault.backup"
    recorded = vault.conn.execute(
        "SELECT count(*) FROM custody WHERE action = 'vault.backup'"
    ).fetchone()[0]
    if not target.exists():
        if recorded:
            raise RoundFailed("the custody log records a backup whose file is missing")
        return "old"
    try:
        verify_file(target)
    except Exception as exc:
        raise RoundFailed(f"a backup file with the final name is incomplete: {exc}") from exc
    if recorded == 0:  # killed between placing the file and committing the custody entry
        return "new, entry lost"
    return "new"


def check_passwd(ctx: Context, vault: Any) -> str:
    works = which_open(ctx.vault, [PASSPHRASE, NEW_PASSPHRASE])
    if len(works) != 1:
        raise RoundFailed(f"after passwd {len(works)} of the two passphrases open the vault")
    if not which_open_recovery(ctx.vault, ctx.lab.recovery):
        raise RoundFailed("the recovery key no longer opens the vault")
    return "old" if works == [PASSPHRASE] else "new"


def which_open_recovery(path: Path, recovery: str) -> bool:
    from safelog.vault import Vault

    try:
        Vault.open(path, recovery_key=recovery, wait=10).close()
        return True
    except Exception:
        return False


def check_init(ctx: Context, vault: Any) -> str:
    return "new" if vault is not None else "old"


def check_migrate(ctx: Context, vault: Any) -> str:
    from safelog import schema

    version = schema.current_version(vault.conn)
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
    if version == schema.SCHEMA_VERSION - 1 and "crash_extra" not in tables:
        return "old"
    if version == schema.SCHEMA_VERSION and "crash_extra" in tables:
        rows = vault.conn.execute("SELECT count(*) FROM crash_extra").fetchone()[0]
        if rows == HEAVY_ROWS:
            return "new"
    raise RoundFailed(f"migration left version {version}, tables {sorted(tables)}")


OPS: dict[str, Op] = {
    op.name: op
    for op in (
        Op(
            "import",
            lambda c: ["import", "--incident", "1", str(c.lab.big)],
            _journal,
            check_import,
            needs_evidence=True,
        ),
        Op("import-log", lambda c: ["import-log", str(c.lab.diary)], _journal, check_import_log),
        Op(
            "edit",
            lambda c: ["edit", "1", "--narrative-file", str(c.lab.narrative_file)],
            _journal,
            check_edit,
        ),
        Op(
            "checklist",
            lambda c: [
                "checklist",
                "set",
                "accounts",
                "email-password",
                "done",
                "--note",
                CHECK_NOTE,
            ],
            _journal,
            check_checklist,
        ),
        Op(
            "export-log",
            lambda c: ["export-log", str(c.out / "log.json")],
            lambda c: _journal(c) or _hidden(c.out, ".log.")(),
            check_export,
        ),
        Op(
            "backup",
            lambda c: ["backup", str(c.out / "vault.backup")],
            lambda c: _hidden(c.out, ".vault.backup.")(),
            check_backup,
        ),
        Op(
            "passwd",
            lambda c: ["passwd"],
            lambda c: _hidden(c.vault, ".vault.key.tmp")(),
            check_passwd,
            stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
            secrets=(PASSPHRASE, NEW_PASSPHRASE),
        ),
        Op(
            "init",
            lambda c: [
                "init",
                "--vault",
                str(c.work / "new-vault"),
                "--passphrase-stdin",
                "--name",
                "Amira Haddad",
            ],
            lambda c: _hidden(c.work, ".new-vault.creating-")(),
            check_init,
            uses_vault_option=False,
        ),
        Op(
            "migrate",
            lambda c: [sys.executable, "-c", MIGRATE_CHILD, str(c.vault)],
            _journal,
            check_migrate,
            raw=True,
        ),
    )
}
CI_PLAN = [
    ("import", 3),
    ("edit", 2),
    ("checklist", 1),
    ("export-log", 1),
    ("backup", 1),
    ("passwd", 1),
    ("migrate", 1),
]


# ----- rounds -----------------------------------------------------------------------------


@dataclass
class Timing:
    total: float
    trigger: float | None  # seconds after start when the trigger file was first seen


@dataclass
class RoundResult:
    op: str
    number: int
    seed: int
    mode: str
    delay: float
    killed: bool
    outcome: str = ""
    problems: list[str] = field(default_factory=list)
    strays: int = 0
    litter: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        return (
            f"{self.op} round {self.number} (seed {self.seed}, {self.mode}, kill at "
            f"{self.delay:.3f}s, {'killed' if self.killed else 'finished'}): "
            f"{self.outcome or 'not checked'}; " + ("; ".join(self.problems) or "ok")
        )


def prepare(lab: Lab, op: Op, work: Path) -> Context:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    shutil.copytree(lab.base, work / "vault")
    (work / "out").mkdir()
    return Context(lab, work)


def start(lab: Lab, op: Op, ctx: Context) -> subprocess.Popen[str]:
    if op.raw:
        proc = subprocess.Popen(
            op.argv(ctx),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=lab.sandbox.env(),
            cwd=lab.sandbox.root,
            start_new_session=True,
        )
        assert proc.stdin is not None
        proc.stdin.write(op.stdin)
        proc.stdin.flush()
        return proc
    return lab.sandbox.start(
        *op.argv(ctx), vault=ctx.vault if op.uses_vault_option else None, stdin=op.stdin
    )


def calibrate(lab: Lab, op: Op, work: Path) -> Timing:
    """Run the operation once to the end: its duration, its trigger time, and proof that the
    operation and its checker agree on the finished state ("new", no problems)."""
    ctx = prepare(lab, op, work)
    began = time.monotonic()
    proc = start(lab, op, ctx)
    seen = wait_for(proc, lambda: op.trigger(ctx), timeout=300, step=0.001)
    trigger = time.monotonic() - began if seen else None
    _out, err = proc.communicate(timeout=300)
    total = time.monotonic() - began
    if proc.returncode != 0:
        raise RoundFailed(f"{op.name} did not finish when left alone: {err.strip()}")
    result = RoundResult(op.name, 0, 0, "calibration", total, False)
    check(lab, op, ctx, result)
    if result.outcome != "new" or result.problems:
        raise RoundFailed(f"{op.name} calibration: {result.describe()}")
    shutil.rmtree(work, ignore_errors=True)
    return Timing(total, trigger)


def run_round(
    lab: Lab, op: Op, timing: Timing, work: Path, seed: int, number: int, keep_failed: bool = True
) -> RoundResult:
    rng = random.Random(f"{seed}:{op.name}:{number}")
    mode = rng.choice(["fraction", "window", "trigger"])
    ctx = prepare(lab, op, work)
    began = time.monotonic()
    proc = start(lab, op, ctx)
    try:
        if mode == "fraction" or timing.trigger is None:
            mode = "fraction"
            delay = rng.uniform(0.0, 1.1 * timing.total)
            killed = kill_after(proc, delay)
        elif mode == "window":
            delay = rng.uniform(timing.trigger, timing.total * 1.02)
            killed = kill_after(proc, delay)
        else:
            wait_for(proc, lambda: op.trigger(ctx), timeout=300, step=0.001)
            after = rng.uniform(0.0, max(timing.total - timing.trigger, 0.002))
            delay = time.monotonic() - began + after
            killed = kill_after(proc, after)
        result = RoundResult(op.name, number, seed, mode, delay, killed)
        result.strays = strays(proc)
        if not killed and proc.returncode != 0:
            assert proc.stderr is not None
            result.problems.append(f"exit {proc.returncode}: {proc.stderr.read().strip()}")
    finally:
        close_pipes(proc)
    if result.ok:
        check(lab, op, ctx, result)
    result.seconds = time.monotonic() - began
    if result.ok or not keep_failed:
        shutil.rmtree(work, ignore_errors=True)
    return result


def check(lab: Lab, op: Op, ctx: Context, result: RoundResult) -> None:
    from safelog.vault import Vault

    try:
        if op.name == "init":
            target = ctx.work / "new-vault"
            if not target.exists() or not any(target.iterdir()):
                result.outcome = "old"
                return
            ctx_vault = target
        else:
            ctx_vault = ctx.vault
        schema_patch = heavy_schema() if op.name == "migrate" else contextlib.nullcontext()
        with schema_patch:
            opened = None
            for secret in op.secrets:
                try:
                    opened = Vault.open(ctx_vault, secret, wait=10)
                    break
                except Exception as exc:
                    if type(exc).__name__ != "WrongPassphrase":
                        raise
            if opened is None:
                raise RoundFailed("no passphrase opens the vault")
            with opened as vault:
                result.problems += problems_of(vault)
                result.outcome = op.check(ctx, vault)
        result.problems += plaintext_problems(ctx)
        result.litter = (
            [
                f"{name} ({(ctx_vault / name).stat().st_size} bytes)"
                for name in leftovers(ctx_vault, VAULT_FILES)
            ]
            + [p.name for p in ctx.work.iterdir() if p.name.startswith(".new-vault.creating")]
            + [p.name for p in ctx.out.iterdir() if p.name.startswith(".")]
        )
    except RoundFailed as exc:
        result.problems.append(str(exc))
    except Exception as exc:
        result.problems.append(f"{type(exc).__name__}: {exc}")


PLAIN_MARKERS = [
    EDIT_WORD,
    CHECK_NOTE,
    "Diary row",
    "Earlier incident",
    "Followed from the",
    "Man in grey car",
]


def plaintext_problems(ctx: Context) -> list[str]:
    """Text of the record in any file of the vault folder, or in a temporary file left beside
    an export: journals and snapshots must be as encrypted as the database."""
    problems = []
    folders = [ctx.vault, ctx.work / "new-vault"]
    files = [p for folder in folders if folder.is_dir() for p in folder.iterdir()]
    files += [p for p in ctx.out.iterdir() if p.name.startswith(".")]
    files += [p for p in ctx.work.glob(".new-vault.creating-*/*")]
    for path in files:
        if not path.is_file():
            continue
        data = path.read_bytes()
        for marker in PLAIN_MARKERS:
            for encoded in (marker.encode(), marker.encode("utf-16-le")):
                if encoded in data:
                    problems.append(f"{path.name} holds the plaintext {marker!r}")
    return problems


def summarise(results: list[RoundResult]) -> str:
    lines = [
        f"{'operation':<11} {'rounds':>6} {'killed':>6} {'->old':>6} {'->new':>6} "
        f"{'done':>5} {'failed':>6} {'strays':>6} {'litter':>6} {'s/round':>7}"
    ]
    for name in dict.fromkeys(r.op for r in results):
        rs = [r for r in results if r.op == name]
        killed = [r for r in rs if r.killed]
        lines.append(
            f"{name:<11} {len(rs):>6} {len(killed):>6} "
            f"{sum(r.outcome == 'old' for r in killed):>6} "
            f"{sum(r.outcome.startswith('new') for r in killed):>6} "
            f"{sum(not r.killed for r in rs):>5} {sum(not r.ok for r in rs):>6} "
            f"{sum(r.strays for r in rs):>6} {sum(bool(r.litter) for r in rs):>6} "
            f"{sum(r.seconds for r in rs) / len(rs):>7.2f}"
        )
    lost = [r for r in results if r.outcome == "new, entry lost"]
    if lost:
        lines.append(
            f"{len(lost)} round(s) killed after an export file was placed and before "
            "its custody entry was committed"
        )
    failed = [r for r in results if not r.ok]
    lines.append(f"{len(results)} rounds, {len(failed)} failed")
    lines += [f"FAILED {r.describe()}" for r in failed]
    litter = sorted({name for r in results for name in r.litter})
    if litter:
        lines.append("left in the vault folder (temporary names): " + ", ".join(litter[:10]))
    return "\n".join(lines)
