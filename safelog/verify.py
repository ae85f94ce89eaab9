"""``verify``: prove the vault is intact: pages, schema, search index, custody chain, exhibits.

Each check runs on a fresh connection, because after one HMAC failure SQLCipher's connection is
unreliable. ``cipher_integrity_check`` reads every page and names any page whose HMAC fails
(including garbage appended to the file); ``against`` takes custody-chain heads printed in
earlier dossiers and says whether the log still contains them, which is the only way to notice
a vault rolled back to an older copy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import custody
from .db import Connection, connect, dbapi2
from .evidence import verify_exhibits
from .progress import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .vault import DB_FILE, Vault


@dataclass
class VerifyReport:
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    checks: dict[str, str] = field(default_factory=dict)
    chain_length: int = 0
    chain_head: str = custody.GENESIS
    against: dict[str, bool] = field(default_factory=dict)
    exhibits_checked: int = 0

    def fail(self, check: str, problem: str) -> None:
        self.ok = False
        self.checks[check] = "failed"
        self.problems.append(problem)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@contextlib.contextmanager
def _fresh(vault: Vault) -> Iterator[Connection]:
    if vault._master is None:
        raise RuntimeError("vault is closed")
    conn = connect(
        vault.path / DB_FILE,
        vault._master,
        page_size=vault.header.page_size,
        hmac_algorithm=vault.header.hmac_algorithm,
    )
    try:
        yield conn
    finally:
        conn.close()


def _run(
    report: VerifyReport, vault: Vault, name: str, check: Callable[[Connection, VerifyReport], None]
) -> None:
    try:
        with _fresh(vault) as conn:
            check(conn, report)
        report.checks.setdefault(name, "ok")
    except dbapi2.Error as exc:
        report.fail(name, f"The {name} check could not read the database ({exc}).")
    except Exception as exc:  # a damaged vault may fail in ways we cannot list
        report.fail(name, f"The {name} check failed ({type(exc).__name__}).")


def _pages(conn: Connection, report: VerifyReport) -> None:
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    for (message,) in rows:
        report.fail("pages", f"Database damage: {message}.")
    size = (
        conn.execute("PRAGMA page_count").fetchone()[0],
        conn.execute("PRAGMA page_size").fetchone()[0],
    )
    report.checks["page_count"] = str(size[0])


def _structure(conn: Connection, report: VerifyReport) -> None:
    for (message,) in conn.execute("PRAGMA integrity_check").fetchall():
        if message != "ok":
            report.fail("structure", f"Database structure: {message}.")


def _search_index(conn: Connection, report: VerifyReport) -> None:
    try:
        conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
    except dbapi2.Error as exc:
        report.fail(
            "search index",
            f"The search index is damaged ({exc}); run "
            "'safelog-cli verify' again after a backup and restore.",
        )


def verify_vault(
    vault: Vault,
    *,
    against: list[str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> VerifyReport:
    """Run every check; never raises for damage, it reports it."""
    report = VerifyReport()
    steps: list[tuple[str, Callable[[Connection, VerifyReport], None]]] = [
        ("pages", _pages),
        ("structure", _structure),
        ("search index", _search_index),
    ]
    total = len(steps) + 2
    for done, (name, check) in enumerate(steps):
        cancel.check()
        progress(done, total)
        _run(report, vault, name, check)

    def chain(conn: Connection, rep: VerifyReport) -> None:
        result = custody.verify_chain(conn, against)
        rep.chain_length, rep.chain_head, rep.against = result.length, result.head, result.contains
        for problem in result.problems:
            rep.fail("custody log", problem)
        for head, present in result.contains.items():
            if not present:
                rep.fail(
                    "custody log",
                    f"The custody log no longer contains {head}: the vault "
                    "may have been replaced by an older copy or altered.",
                )

    progress(len(steps), total)
    _run(report, vault, "custody log", chain)
    cancel.check()
    try:
        with _fresh(vault) as conn:
            fresh = Vault(
                vault.path,
                conn,
                vault.header,
                vault._lock,
                vault.clock,
                vault._master or b"",
                vault.actor,
            )
            problems = verify_exhibits(fresh, progress=no_progress, cancel=cancel)
            report.exhibits_checked = int(
                conn.execute("SELECT count(*) FROM exhibits").fetchone()[0]
            )
        for problem in problems:
            report.fail("exhibits", problem)
        report.checks.setdefault("exhibits", "ok")
    except dbapi2.Error as exc:
        report.fail("exhibits", f"The exhibits could not be read ({exc}).")
    progress(total, total)
    return report
