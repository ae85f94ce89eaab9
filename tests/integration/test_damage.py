"""THREATS 2, 8 and 9 through a real `safelog-cli` process, where SQLCipher's own stderr can be
seen: a truncated database (at and between page boundaries), garbage appended, a flipped byte
in a middle page. Each is one plain sentence or a `verify` report naming the damage, never a
traceback or SQLCipher's "ERROR CORE" lines, and no run changes a byte of the vault.

(The in-process CLI tests cannot see SQLCipher's C-level stderr, which is why these run here.)
"""

from __future__ import annotations

import pytest

from tests.integration.harness import PASSPHRASE, Sandbox, file_hashes, one_sentence

PAGE = 65536


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    import os
    from unittest import mock

    from safelog.incidents import store
    from safelog.incidents.model import Incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    path = tmp_path_factory.mktemp("damage") / "vault"
    with mock.patch.dict(os.environ, {"SAFELOG_KDF_PROFILE": "test"}):
        vault, _ = Vault.create(path, PASSPHRASE)
    with vault, vault.transaction():
        for n in range(60):
            store.insert_incident(
                vault,
                Incident(f"n{n}", parse_when("2026-01-01 10:00"), narrative=f"entry {n} " * 800),
            )
    size = (path / "vault.db").stat().st_size
    assert size >= 6 * PAGE
    return path


def _damaged(pristine, tmp_path, how: str):
    import shutil

    path = tmp_path / "vault"
    shutil.copytree(pristine, path)
    db = path / "vault.db"
    raw = bytearray(db.read_bytes())
    pages = len(raw) // PAGE
    if how == "cut at a page boundary":
        raw = raw[: (pages - 2) * PAGE]
    elif how == "cut inside a page":
        raw = raw[: (pages - 2) * PAGE + 12345]
    elif how == "garbage appended":
        raw += b"\x5a" * 5000
    elif how == "whole garbage page appended":
        raw += bytes(range(256)) * (PAGE // 256)
    elif how == "byte flipped in a middle page":
        raw[(pages // 2) * PAGE + 777] ^= 0x40
    db.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize(
    "how",
    [
        "cut at a page boundary",
        "cut inside a page",
        "garbage appended",
        "whole garbage page appended",
        "byte flipped in a middle page",
    ],
)
def test_damage_is_reported_plainly_and_changes_nothing(pristine, tmp_path, how):
    path = _damaged(pristine, tmp_path, how)
    before = file_hashes(path)
    sandbox = Sandbox(tmp_path / "sandbox")
    verify = sandbox.run("verify", vault=path)
    listing = sandbox.run("list", "--json", vault=path)
    for result in (verify, listing):
        assert "ERROR CORE" not in result.stderr + result.stdout
        assert "Traceback" not in result.stderr + result.stdout
    assert verify.returncode in (5, 13), (verify.returncode, verify.stdout, verify.stderr)
    if verify.returncode == 13:
        assert "PROBLEM" in verify.stdout
        assert "page" in verify.stdout.lower() or "database" in verify.stdout.lower()
    else:
        assert one_sentence(verify.stderr)
    assert listing.returncode in (0, 5), listing.stderr
    if listing.returncode == 5:
        assert one_sentence(listing.stderr) and "damaged" in listing.stderr
    if how == "cut inside a page":
        assert "not a whole number of pages" in verify.stderr
    if how.startswith(("garbage", "whole garbage")):
        assert verify.returncode == 13 and "page" in verify.stdout  # verify names the page
    assert file_hashes(path) == before, "reading a damaged vault changed it"


def test_wrong_passphrase_in_a_real_process(pristine, tmp_path):
    import shutil

    path = tmp_path / "vault"
    shutil.copytree(pristine, path)
    before = file_hashes(path)
    result = Sandbox(tmp_path / "sandbox").run(
        "list", vault=path, stdin="not the passphrase at all\n"
    )
    assert result.returncode == 3
    assert result.stderr.strip() == "That passphrase does not open this vault."
    assert file_hashes(path) == before
