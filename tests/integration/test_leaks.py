"""THREATS 37 (core part) and 39 (SQLite's temporary files): no plaintext outside the vault.

A canary phrase goes into every field the core stores (titles, narratives, places, people,
reports, private notes, checklist notes, exhibit notes, evidence bytes), driven through real
`safelog-cli` processes with a private HOME, TMPDIR, XDG folders and SQLITE_TMPDIR. Afterwards
every file those processes could have written, new entries in /dev/shm and /tmp, the vault and
its encrypted backup are searched for the canary (UTF-8, UTF-16 either way round), the evidence
file's marker bytes and its SHA-256 (hex either case, raw): they may appear only in the exports
the run asked for, and must appear there (which shows the search itself works).

The GUI part (QtProject.conf, recently-used.xbel, thumbnails) belongs to the app's tests.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.integration.harness import PASSPHRASE, Sandbox, close_pipes, wait_for

MAX_SCAN_BYTES = 64 << 20
# /proc/<pid>/fd, /dev/shm and SQLITE_TMPDIR behave this way on Linux only.
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc/<pid>/fd and /dev/shm (Linux)"
)


def needles(*texts: str, raw: tuple[bytes, ...] = ()) -> list[bytes]:
    found = list(raw)
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
    return found


def scan(paths: list[Path], wanted: list[bytes]) -> list[str]:
    """Files (not followed through symlinks) holding any of ``wanted``."""
    hits = []
    for top in paths:
        if not top.exists() and not top.is_symlink():
            continue
        walker = [(str(top), [], [top.name])] if top.is_file() else os.walk(top)
        for folder, _dirs, files in walker:
            for name in files:
                path = Path(folder) / name if not top.is_file() else top
                try:
                    if (
                        path.is_symlink()
                        or not path.is_file()
                        or path.stat().st_size > MAX_SCAN_BYTES
                    ):
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                for needle in wanted:
                    if needle in data:
                        hits.append(f"{path}: {needle[:24]!r}")
                        break
    return hits


def snapshot(folder: Path) -> set[str]:
    try:
        return set(os.listdir(folder))
    except OSError:
        return set()


def make_evidence(path: Path, canary: str) -> bytes:
    """A real PNG (so the metadata reader and thumbnailer run) carrying the canary in a text
    chunk, with random marker bytes after its end."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", canary)
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    image.save(path, format="PNG", pnginfo=info)
    marker = secrets.token_bytes(48)
    with open(path, "ab") as handle:
        handle.write(marker)
    return marker


def test_canary_appears_only_in_requested_exports(tmp_path):
    token = secrets.token_hex(6)
    canary = f"Canary{token}Quill"
    canary_fa = f"قناری{token}"
    root = tmp_path / "run"
    sandbox = Sandbox(root / "user")
    sqlite_tmp = root / "sqlite-tmp"
    sqlite_tmp.mkdir()
    sandbox.extra_env["SQLITE_TMPDIR"] = str(sqlite_tmp)
    vault = root / "vault"
    exports = root / "exports"
    exports.mkdir()
    backups = root / "backups"
    backups.mkdir()
    source = tmp_path / "source"  # the person's own file: outside what we account for
    source.mkdir()
    evidence = source / "screenshot.png"
    marker = make_evidence(evidence, canary)
    digest = hashlib.sha256(evidence.read_bytes())
    shm_before, tmp_before = snapshot(Path("/dev/shm")), snapshot(Path("/tmp"))

    def cli(*args: str, code: int = 0) -> str:
        result = sandbox.run(*args, vault=vault)
        assert result.returncode == code, (args, result.stderr)
        return result.stdout

    init = sandbox.run(
        "init", "--vault", str(vault), "--passphrase-stdin", "--name", "Amira Haddad"
    )
    assert init.returncode == 0, init.stderr
    cli(
        "person",
        "add",
        "--name",
        f"Man {canary}",
        "--kind",
        "perpetrator_unknown",
        "--description",
        canary_fa,
        "--vehicle",
        f"grey car {canary}",
        "--notes",
        canary,
        "--contact",
        canary,
    )
    cli(
        "add",
        "--title",
        f"Followed {canary}",
        "--when",
        "2026-05-03 15:30",
        "--category",
        "following",
        "--location",
        f"Holborn {canary}",
        "--narrative",
        f"He waited by the door. {canary} {canary_fa}",
        "--impact",
        canary,
        "--private-notes",
        f"private {canary}",
        "--tag",
        canary,
        "--report",
        f"route=101; date=2026-05-04; reference={canary}; spoken_to=PC {canary}; outcome={canary}",
    )
    cli("person", "link", "1", "1", "--role", "perpetrator")
    cli("edit", "1", "--narrative", f"Changed account {canary} {canary_fa}")
    cli("checklist", "set", "accounts", "email-password", "done", "--note", f"note {canary}")
    cli(
        "import",
        "--incident",
        "1",
        str(evidence),
        "--note",
        f"exhibit {canary}",
        "--platform",
        "Instagram",
        "--account",
        f"@{canary}",
    )
    cli("exhibits")
    for args in (
        ("search", canary),
        ("search", canary_fa),
        ("show", "1"),
        ("list",),
        ("history", "1"),
        ("person", "list"),
        ("person", "show", "1"),
        ("checklist", "show", "accounts"),
        ("verify",),
    ):
        cli(*args)
    assert "#1" in cli("search", canary)
    cli("export-log", str(exports / "log.json"))
    ref = cli("exhibits", "--json").split('"ref": "')[1].split('"')[0]
    cli("export-exhibit", ref, str(exports / "exhibit.png"))
    cli("backup", str(backups / "vault.backup"))

    wanted = needles(
        canary,
        canary_fa,
        digest.hexdigest(),
        digest.hexdigest().upper(),
        raw=(marker, digest.digest()),
    )
    # The exports asked for hold the canary: the search is able to find it.
    assert scan([exports / "log.json"], needles(canary))
    assert scan([exports / "log.csv"], needles(canary_fa))
    assert scan([exports / "exhibit.png"], [marker])
    # Nowhere else: not the vault, not its backup, not any private folder, journal or cache.
    accounted = [p for p in root.iterdir() if p != exports]
    assert sorted(p.name for p in (vault).iterdir()) == ["vault.db", "vault.key", "vault.lock"]
    assert scan(accounted, wanted) == []
    new_shm = [Path("/dev/shm") / n for n in snapshot(Path("/dev/shm")) - shm_before]
    new_tmp = [Path("/tmp") / n for n in snapshot(Path("/tmp")) - tmp_before]
    assert scan(new_shm + new_tmp, wanted) == []
    assert list(sqlite_tmp.iterdir()) == []


SORTER = textwrap.dedent("""
    import sys
    from safelog.vault import Vault
    path, canary, mode = sys.argv[1:4]
    vault = Vault.open(path, sys.stdin.readline().rstrip("\\n"))
    if mode == "temp_store=FILE":  # the control: what SafeLog must never do
        vault.conn.execute("PRAGMA temp_store = FILE")
    with vault.transaction():
        vault.conn.execute(
            "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000) "
            "INSERT INTO revisions (entity, entity_id, rev, at, actor, doc) "
            "SELECT 'scratch', n, 1, '', '', ? || ' ' || hex(randomblob(2000)) FROM c",
            (canary,))
    cursor = vault.conn.execute("SELECT doc FROM revisions ORDER BY substr(doc, 40) DESC")
    cursor.fetchone()
    print("sorted", flush=True)
    sys.stdin.readline()
    cursor.fetchall()
    vault.conn.execute("CREATE TEMP TABLE t AS SELECT doc FROM revisions ORDER BY random()")
    vault.conn.execute("VACUUM")
    vault.close()
    print("done", flush=True)
""")


def _fds_into(pid: int, folder: Path) -> dict[str, bytes]:
    """Contents of every file the process has open inside ``folder`` (deleted ones too)."""
    found: dict[str, bytes] = {}
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return found
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith(str(folder)):
                with open(f"/proc/{pid}/fd/{fd}", "rb") as handle:
                    found[target] = handle.read(MAX_SCAN_BYTES)
        except OSError:
            continue
    return found


@pytest.mark.parametrize("mode", ["as shipped", "temp_store=FILE"])
def test_sqlite_temporary_files_stay_in_memory(vault, vault_path, tmp_path, mode):
    """Case 39: a large ORDER BY, a temporary table and VACUUM with SQLITE_TMPDIR pointed at a
    watched folder. Temporary files SQLite opens there are unlinked at once, so the test reads
    them through /proc/<pid>/fd while the sort is open, and watches during VACUUM. The
    ``temp_store=FILE`` control shows the watch works: there the sorted rows, canary and all,
    sit in plaintext in the watched folder."""
    vault.close()
    canary = f"Canary{secrets.token_hex(6)}Sort"
    watched = tmp_path / "watched"
    watched.mkdir()
    sandbox = Sandbox(tmp_path / "sandbox")
    env = sandbox.env(SQLITE_TMPDIR=str(watched), TMPDIR=str(watched))
    proc = subprocess.Popen(
        [sys.executable, "-c", SORTER, str(vault_path), canary, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=sandbox.root,
    )
    seen: dict[str, bytes] = {}
    try:
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "sorted", proc.stderr.read()
        seen.update(_fds_into(proc.pid, watched))
        proc.stdin.write("\n")
        proc.stdin.flush()

        def watch() -> bool:
            seen.update(_fds_into(proc.pid, watched))
            return False

        wait_for(proc, watch, timeout=120, step=0.002)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        close_pipes(proc)
    assert proc.returncode == 0, err
    plaintext = [name for name, data in seen.items() if canary.encode() in data]
    if mode == "as shipped":
        assert seen == {}, f"SQLite opened temporary files: {sorted(seen)}"
        assert list(watched.iterdir()) == []
    else:
        assert plaintext, "the control should have written the sorted rows to SQLITE_TMPDIR"
