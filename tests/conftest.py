"""Shared fixtures: every test gets private data/config/temp folders and a fast KDF."""

from __future__ import annotations

import gc
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Tests read English unless they choose a language: the machine's locale must not decide.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

PASSPHRASE = "correct horse battery staple orbit"
# Sample files copied into the repository (attribution in tests/data/README.md).
CORPUS = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Send every folder SafeLog or Qt could write to into tmp_path."""
    home = tmp_path / "home"
    for sub in ("data", "config", "cache", "tmp"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("SAFELOG_DATA_DIR", str(home / "data" / "SafeLog"))
    monkeypatch.setenv("SAFELOG_CONFIG_DIR", str(home / "config" / "SafeLog"))
    monkeypatch.setenv("SAFELOG_KDF_PROFILE", "test")
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    yield home
    from safelog import i18n

    i18n.set_language(i18n.DEFAULT)  # a test that chose a language leaves English behind


@pytest.fixture(autouse=True)
def cycles_collected_on_the_test_thread() -> Iterator[None]:
    """As in the app (``ui.common.collector``): Python never collects cycles in a worker
    thread, where freeing a Qt object kills the process; the test's own thread collects after."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    from safelog.vault import Vault

    v, _ = Vault.create(vault_path, PASSPHRASE, owner_name="Amira Haddad")
    try:
        yield v
    finally:
        v.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(vault_path: Path):
    """Run safelog-cli in-process against the test vault; stdin defaults to the passphrase."""
    from safelog.cli.main import main

    def run(*argv: str, stdin: str | None = None, vault: bool = True) -> CliResult:
        args = list(argv)
        if vault:
            args += ["--vault", str(vault_path)]
        out, err = io.StringIO(), io.StringIO()
        code = main(
            args,
            stdin=io.StringIO(PASSPHRASE + "\n" if stdin is None else stdin),
            stdout=out,
            stderr=err,
        )
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
