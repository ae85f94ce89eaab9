"""Shared machinery for the fault-injection tests: real `safelog-cli` processes in private
folders, and a vault checker that says everything that is wrong with a vault after a crash.

Every CLI run is ``[sys.executable, "-m", "safelog.cli.main", ...]`` with a private HOME, TMPDIR
and XDG folders, the fast test KDF, and nothing else from the caller's environment, so a test
can afterwards account for every file the run could have written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple orbit"
NEW_PASSPHRASE = "another long passphrase of many words"
CLI = [sys.executable, "-m", "safelog.cli.main"]

slow = pytest.mark.skipif(
    os.environ.get("SAFELOG_SLOW") != "1", reason="long fault-injection run; set SAFELOG_SLOW=1"
)


# ----- private folders and CLI processes ----------------------------------------------------


@dataclass
class Sandbox:
    """A folder tree standing in for a user's home: every place a run could write to."""

    root: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sub in self.dirs().values():
            sub.mkdir(parents=True, exist_ok=True, mode=0o700)

    def dirs(self) -> dict[str, Path]:
        home = self.root / "home"
        return {
            "HOME": home,
            "TMPDIR": self.root / "tmp",
            "XDG_DATA_HOME": home / ".local" / "share",
            "XDG_CONFIG_HOME": home / ".config",
            "XDG_CACHE_HOME": home / ".cache",
            "XDG_STATE_HOME": home / ".local" / "state",
            "XDG_RUNTIME_DIR": self.root / "run",
        }

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: str(v) for k, v in self.dirs().items()}
        env.update(
            PATH=os.environ.get("PATH", "/usr/bin:/bin"),
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            TMP=env["TMPDIR"],
            TEMP=env["TMPDIR"],
            PYTHONDONTWRITEBYTECODE="1",
            PYTHONPATH=str(REPO),
            SAFELOG_KDF_PROFILE="test",
            CI="1",
            SAFELOG_DATA_DIR=str(Path(env["XDG_DATA_HOME"]) / "SafeLog"),
            SAFELOG_CONFIG_DIR=str(Path(env["XDG_CONFIG_HOME"]) / "SafeLog"),
        )
        env.update(self.extra_env)
        env.update(extra)
        return env

    def command(
        self, args: Sequence[str | os.PathLike[str] | bytes], vault: Path | None
    ) -> list[Any]:
        argv: list[Any] = [*CLI, *args]
        if vault is not None:
            argv += ["--vault", str(vault), "--passphrase-stdin"]
        return argv

    def run(
        self,
        *args: str | os.PathLike[str] | bytes,
        vault: Path | None = None,
        stdin: str = PASSPHRASE + "\n",
        timeout: float = 120,
        preexec_fn: Callable[[], None] | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(args, vault),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env or self.env(),
            cwd=self.root,
            preexec_fn=preexec_fn,
            check=False,
        )

    def start(
        self,
        *args: str | os.PathLike[str],
        vault: Path | None = None,
        stdin: str | None = PASSPHRASE + "\n",
        env: dict[str, str] | None = None,
    ) -> subprocess.Popen[str]:
        """Start a CLI in its own process group, passphrase already on its stdin."""
        proc = subprocess.Popen(
            self.command(args, vault),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env or self.env(),
            cwd=self.root,
            start_new_session=True,
        )
        if stdin is not None:
            assert proc.stdin is not None
            proc.stdin.write(stdin)
            proc.stdin.flush()
        return proc


def one_sentence(stderr: str) -> bool:
    """The CLI's promise for a failure: one plain line on stderr, no traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    return len(lines) == 1 and "Traceback" not in stderr and "Error:" not in lines[0]


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[str, str]:
    out, err = proc.communicate(timeout=timeout)
    return out, err


def wait_for(
    proc: subprocess.Popen[str],
    condition: Callable[[], bool],
    timeout: float = 30.0,
    step: float = 0.002,
) -> bool:
    """Wait (bounded, on the process) until ``condition`` holds; False if the process ended or
    the time ran out first. Used to kill or act at the moment a file appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        try:
            proc.wait(timeout=step)
            return condition()
        except subprocess.TimeoutExpired:
            pass
    return False


def kill_after(proc: subprocess.Popen[str], delay: float) -> bool:
    """SIGKILL the process after ``delay`` seconds unless it ends first; True if killed.

    The wait is on the process (``proc.wait(timeout=...)``), not a sleep. Any process left in
    its group afterwards (a helper it started) is killed too and reported.
    """
    try:
        proc.wait(timeout=max(delay, 0.0))
        killed = False
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = True
    return killed


def strays(proc: subprocess.Popen[str]) -> int:
    """Processes still alive in the killed process's group (then killed); 0 if none."""
    try:
        os.killpg(proc.pid, 0)
    except (ProcessLookupError, PermissionError):
        return 0
    count = sum(1 for pid in _pids() if _pgid(pid) == proc.pid)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    return max(count, 1)


def _pids() -> Iterable[int]:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            yield int(entry)


def _pgid(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def close_pipes(proc: subprocess.Popen[str]) -> None:
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: sha256_file(p) for p in sorted(folder.iterdir()) if p.is_file()}


# ----- the vault checker --------------------------------------------------------------------


def open_with(path: Path, secrets: Sequence[str]) -> tuple[Any, str] | None:
    """Open with the first secret that works: (vault, secret), or None."""
    from safelog.errors import WrongPassphrase
    from safelog.vault import Vault

    for secret in secrets:
        try:
            return Vault.open(path, secret, wait=10), secret
        except WrongPassphrase:
            continue
    return None


def which_open(path: Path, secrets: Sequence[str]) -> list[str]:
    """Every secret in ``secrets`` that opens the vault."""
    from safelog.errors import WrongPassphrase
    from safelog.vault import Vault

    works = []
    for secret in secrets:
        try:
            Vault.open(path, secret, wait=10).close()
            works.append(secret)
        except WrongPassphrase:
            pass
    return works


def problems_of(vault: Any) -> list[str]:
    """Everything wrong with an open vault: ``verify`` plus the crash-specific invariants.

    - ``verify`` passes (pages, ``integrity_check``, FTS5 ``integrity-check``, custody chain,
      exhibit hashes when the evidence part is installed);
    - ``PRAGMA integrity_check`` and the FTS5 check, run here too on a fresh connection;
    - every exhibit's blob is complete and its chunks, in order, hash to its SHA-256;
    - no chunk belongs to a missing or incomplete blob, no blob is incomplete or unused;
    - the custody log ends on a complete entry and records every exhibit, incident version and
      checklist change the tables hold (so the record is never a mix of old and new).
    """
    from safelog import custody
    from safelog.db import connect
    from safelog.vault import DB_FILE
    from safelog.verify import verify_vault

    problems: list[str] = []
    report = verify_vault(vault)
    problems += [f"verify: {p}" for p in report.problems]
    conn = connect(
        vault.path / DB_FILE,
        vault._master,
        page_size=vault.header.page_size,
        hmac_algorithm=vault.header.hmac_algorithm,
    )
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.append(f"integrity_check: {rows[:5]}")
        try:
            conn.execute(
                "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"
            )
        except Exception as exc:
            problems.append(f"FTS5 integrity-check: {exc}")
        problems += _exhibit_problems(conn)
        chain = custody.verify_chain(conn)
        problems += [f"custody: {p}" for p in chain.problems]
        problems += _custody_matches_tables(conn)
        last = conn.execute(
            "SELECT seq, at, actor, action, entity, entity_id, detail, "
            "prev_hash, hash FROM custody ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if last is None:
            problems.append("custody log is empty")
        else:
            seq, at, actor, action, entity, entity_id, detail, prev, digest = last
            json.loads(detail)
            if (
                custody.entry_hash(prev, seq, at, actor, action, entity, entity_id, detail)
                != digest
            ):
                problems.append("the custody log's last entry is incomplete")
    finally:
        conn.close()
    return problems


def _exhibit_problems(conn: Any) -> list[str]:
    problems = []
    for ref, blob_id, sha, size, count, complete in conn.execute(
        "SELECT e.ref, b.id, b.sha256, b.size, b.chunk_count, b.complete FROM exhibits e "
        "LEFT JOIN blobs b ON b.id = e.blob_id"
    ).fetchall():
        if blob_id is None:
            problems.append(f"exhibit {ref} has no stored content")
            continue
        if complete != 1:
            problems.append(f"exhibit {ref} points at an incomplete blob")
        digest, total, seqs = hashlib.sha256(), 0, []
        for seq, data in conn.execute(
            "SELECT seq, data FROM chunks WHERE blob_id = ? ORDER BY seq", (blob_id,)
        ):
            digest.update(data)
            total += len(data)
            seqs.append(seq)
        if seqs != list(range(count)):
            problems.append(f"exhibit {ref}: chunks {len(seqs)} of {count}")
        if total != size or digest.hexdigest() != sha:
            problems.append(f"exhibit {ref}: stored bytes do not match its SHA-256")
    checks = {
        "chunks without a complete blob": "SELECT count(*) FROM chunks WHERE blob_id NOT IN "
        "(SELECT id FROM blobs WHERE complete = 1)",
        "incomplete blobs": "SELECT count(*) FROM blobs WHERE complete != 1",
        "blobs no exhibit uses": "SELECT count(*) FROM blobs WHERE id NOT IN "
        "(SELECT blob_id FROM exhibits)",
        "derived records without their original": "SELECT count(*) FROM derived WHERE blob_id "
        "NOT IN (SELECT id FROM blobs)",
    }
    for label, sql in checks.items():
        count = conn.execute(sql).fetchone()[0]
        if count:
            problems.append(f"{count} {label}")
    return problems


def _custody_matches_tables(conn: Any) -> list[str]:
    problems = []
    log: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for action, entity_id, detail in conn.execute("SELECT action, entity_id, detail FROM custody"):
        log.setdefault((action, entity_id), []).append(json.loads(detail))
    for ref, sha in conn.execute(
        "SELECT e.ref, b.sha256 FROM exhibits e JOIN blobs b ON b.id = e.blob_id"
    ):
        if not any(d.get("sha256") == sha for d in log.get(("exhibit.import", ref), [])):
            problems.append(f"exhibit {ref} has no custody entry")
    for incident_id, revision in conn.execute("SELECT id, revision FROM incidents"):
        n = conn.execute(
            "SELECT count(*) FROM revisions WHERE entity = 'incident' AND entity_id = ?",
            (str(incident_id),),
        ).fetchone()[0]
        if n != revision:
            problems.append(f"incident {incident_id} is version {revision} with {n} revisions")
        if ("incident.create", str(incident_id)) not in log:
            problems.append(f"incident {incident_id} has no custody entry")
        edits = {d.get("rev") for d in log.get(("incident.edit", str(incident_id)), [])}
        missing = set(range(2, revision + 1)) - edits
        if missing:
            problems.append(f"incident {incident_id} versions {sorted(missing)} not in custody")
    for checklist_id, item_id, rev in conn.execute(
        "SELECT checklist_id, item_id, rev FROM checklist_progress"
    ):
        entity_id = f"{checklist_id}/{item_id}"
        revs = {d.get("rev") for d in log.get(("checklist.set", entity_id), [])}
        if rev not in revs:
            problems.append(f"checklist {entity_id} version {rev} not in custody")
    return problems


def leftovers(folder: Path, expected: Iterable[str]) -> list[str]:
    """Names in ``folder`` other than ``expected``."""
    allowed = set(expected)
    return sorted(p.name for p in folder.iterdir() if p.name not in allowed)
