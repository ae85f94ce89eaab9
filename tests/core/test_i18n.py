"""The core speaks the person's language: which language, error sentences, the command line.

The language comes from the desktop the way gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG), or from ``--lang``; Traditional Chinese for Taiwan and Hong Kong, Simplified otherwise.
"""

from __future__ import annotations

import gettext
import io
import tomllib
from pathlib import Path

import pytest

from safelog import i18n
from safelog.cli.main import main
from safelog.errors import WrongPassphrase
from safelog.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in i18n.LANGUAGES if code != "en"]
LOCALES = {
    "fa": "fa_IR.UTF-8",
    "ar": "ar_EG.UTF-8",
    "ur": "ur_PK.UTF-8",
    "zh_CN": "zh_CN.UTF-8",
    "zh_TW": "zh_TW.UTF-8",
    "ru": "ru_RU.UTF-8",
    "tr": "tr_TR.UTF-8",
    "ti": "ti_ER.UTF-8",
}


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("ru-RU", "ru"),
        ("fa", "fa"),
        ("zh_TW.UTF-8", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh", "zh_CN"),
        ("ti_ER.UTF-8", "ti"),
        ("tr_TR.UTF-8@euro", "tr"),
        ("de_DE.UTF-8", None),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_a_locale_tag_names_a_shipped_language(tag: str, expected: str | None) -> None:
    assert i18n.match_language(tag) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fa_IR.UTF-8"}, "fa"),
        ({"LANG": "fa_IR.UTF-8", "LC_ALL": "tr_TR.UTF-8"}, "tr"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "de:zh_HK:en"}, "zh_TW"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "ru"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_desktop_language_is_read_as_gettext_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.language_from_environment(environ) == expected


def test_a_choice_wins_over_the_desktop_and_a_bad_choice_does_not() -> None:
    assert i18n.resolve("ur", {"LANG": "ru_RU.UTF-8"}) == "ur"
    assert i18n.resolve("klingon", {"LANG": "ru_RU.UTF-8"}) == "ru"
    assert i18n.resolve("", {"LANG": "zh_HK.UTF-8"}) == "zh_TW"


def _catalogue(code: str) -> gettext.GNUTranslations:
    with (ROOT / "resources" / "translations" / "core" / f"{code}.mo").open("rb") as handle:
        return gettext.GNUTranslations(handle)


@pytest.mark.parametrize("code", TRANSLATED)
def test_an_error_sentence_is_raised_in_the_chosen_language(code: str) -> None:
    english = WrongPassphrase().sentence
    i18n.set_language(code)
    translated = WrongPassphrase().sentence
    assert translated == _catalogue(code).gettext(english)
    assert translated != english
    i18n.set_language("en")
    assert WrongPassphrase().sentence == english


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _key = Vault.create(path, PASSPHRASE)
    vault.close()
    return path


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_command_line_follows_lang(
    code: str, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``LANG=ru_RU.UTF-8 safelog-cli checklist list`` prints the checklists in Russian, and a
    wrong passphrase is refused with the Russian sentence."""
    monkeypatch.setenv("LANG", LOCALES[code])
    status, out, _err = _run(
        ["--vault", str(vault_dir), "--passphrase-stdin", "checklist", "list"], PASSPHRASE
    )
    assert status == 0
    physical = ROOT / "resources" / "checklists" / code / "physical.toml"
    title = tomllib.loads(physical.read_text(encoding="utf-8"))["title"]
    assert title in out
    assert "Physical safety" not in out
    status, _out, err = _run(["--vault", str(vault_dir), "--passphrase-stdin", "list"], "wrong")
    assert status == WrongPassphrase.exit_code
    assert err.strip() == _catalogue(code).gettext(WrongPassphrase.message)


def test_lang_on_the_line_wins_wherever_it_is(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    status, _out, err = _run(
        ["--vault", str(vault_dir), "--passphrase-stdin", "list", "--lang", "tr"], "wrong"
    )
    assert status == WrongPassphrase.exit_code
    assert err.strip() == _catalogue("tr").gettext(WrongPassphrase.message)
    status, _out, err = _run(
        ["--lang=en", "--vault", str(vault_dir), "--passphrase-stdin", "list"], "wrong"
    )
    assert err.strip() == WrongPassphrase.message


def test_the_dossier_checklist_annex_stays_english_whatever_the_language(
    vault_dir: Path,
) -> None:
    from safelog.checklists import load_catalog
    from safelog.dossier.appendix import checklist_overviews

    i18n.set_language("ru")
    assert load_catalog().get("physical").title != "Physical safety and routines"
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        titles = [row.title for row in checklist_overviews(vault)]
    finally:
        vault.close()
    assert "Physical safety and routines" in titles
