"""Orders, risk assessments, the signature's meaning and argparse's errors in the person's language.

The core's ``describe()`` of an order or a risk assessment is English for the police dossier; the
terminal says the same in the language of ``--lang``. In English the terminal's line must still be
word for word the dossier's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

import pytest

from safelog import i18n
from safelog.cli.legal_text import order_text, risk_text
from safelog.cli.main import _in_language, _Parser
from safelog.dossier import DossierOptions, build_dossier
from safelog.dossier.signing import PLAIN_WORDS
from safelog.incidents.model import Incident
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from safelog.legal import orders, risk

TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.DEFAULT]
# English words of the dossier's lines that a translated line must not keep ("ref." is Turkish).
ENGLISH_ORDER_WORDS = ("Non-molestation order,", "made", "until", "no expiry", ", ref ", " by ")
ENGLISH_RISK_WORDS = ("high risk", ", by ", ", ref ")

ORDERS = [
    orders.Order(
        "non_molestation", "2026-03-01", "Leeds County Court", "LS26F00123", "", "2027-03-01"
    ),
    orders.Order("spo", "2026-01-10"),
    orders.Order("injunction", "2026-02-01", reference="QB-2026-001"),
    orders.Order("restraining", "2026-02-01", court="Leeds Crown Court", expires="2031-02-01"),
    orders.Order("other", "2026-02-01"),
]
RISKS = [
    risk.RiskAssessment("2026-04-02", "high", "S-DASH", "DC Jones 4411", "CAD 5521"),
    risk.RiskAssessment("2026-04-03", "medium"),
    risk.RiskAssessment("2026-04-04", "standard", by="Victim Support"),
]


@pytest.fixture
def initialised(cli):
    result = cli("init", "--passphrase-stdin", "--name", "Amira Haddad", "--json")
    assert result.code == 0, result.err


@pytest.fixture
def recorded(cli, initialised):
    """One order with every field, broken by one incident, and one risk assessment."""
    made = cli(
        "order",
        "add",
        "--kind",
        "non-molestation",
        "--made",
        "2026-03-01",
        "--expires",
        "2027-03-01",
        "--court",
        "Leeds County Court",
        "--reference",
        "LS26F00123",
        "--terms",
        "Must not contact the applicant",
        "--passphrase-stdin",
    )
    assert made.code == 0, made.err
    added = cli(
        "add",
        "--title",
        "Waited outside my work",
        "--when",
        "2026-05-03 21:10",
        "--breach-of",
        "1",
        "--passphrase-stdin",
    )
    assert added.code == 0, added.err
    risk_added = cli(
        "risk",
        "add",
        "--date",
        "2026-04-02",
        "--tool",
        "S-DASH",
        "--by",
        "DC Jones 4411",
        "--reference",
        "CAD 5521",
        "--level",
        "high",
        "--passphrase-stdin",
    )
    assert risk_added.code == 0, risk_added.err
    return made, risk_added


# ----- orders and risk assessments ------------------------------------------------------------


def test_in_english_the_terminal_line_is_the_dossier_line() -> None:
    for order in ORDERS:
        assert order_text(order) == order.describe()
    for item in RISKS:
        assert risk_text(item) == item.describe()


def test_english_order_and_risk_output(cli, recorded) -> None:
    made, risk_added = recorded
    expected_order = (
        "Non-molestation order, made 2026-03-01 (until 2027-03-01) by Leeds County Court, "
        "ref LS26F00123"
    )
    assert made.out.strip() == f"Recorded order #1: {expected_order}."
    listed = cli("order", "list", "--passphrase-stdin").out.splitlines()
    assert listed[0].startswith(f"#1    {expected_order} [")
    assert listed[1].strip() == "Terms: Must not contact the applicant"
    assert listed[2].strip() == "Breach: #1 3 May 2026, 21:10  Waited outside my work"
    expected_risk = "2026-04-02: high risk (S-DASH), by DC Jones 4411, ref CAD 5521"
    assert risk_added.out.strip() == f"Recorded risk assessment #1: {expected_risk}."
    assert cli("risk", "list", "--passphrase-stdin").out.strip() == f"#1    {expected_risk}"


def test_persian_order_and_risk_output(cli, recorded) -> None:
    shown = cli("order", "show", "1", "--lang", "fa", "--passphrase-stdin")
    assert shown.code == 0, shown.err
    first, terms, breach = shown.out.splitlines()
    assert first.startswith("#1    حکم منع آزار (non-molestation order)، صادرشده در 2026-03-01")
    assert "(معتبر تا 2027-03-01)" in first and "از سوی Leeds County Court" in first
    assert "شمارهٔ مرجع LS26F00123" in first
    for word in ENGLISH_ORDER_WORDS:
        assert word not in first, word
    assert terms.strip() == "مفاد: Must not contact the applicant"
    assert breach.strip().startswith("نقض: #1 2026-05-03")  # not the English "3 May 2026"
    assert "May" not in breach
    listed = cli("risk", "list", "--lang", "fa", "--passphrase-stdin").out.strip()
    assert listed == "#1    2026-04-02: خطر بالا (S-DASH)، توسط DC Jones 4411، شمارهٔ مرجع CAD 5521"
    added = cli(
        "--lang",
        "fa",
        "order",
        "add",
        "--kind",
        "spo",
        "--made",
        "2026-01-10",
        "--passphrase-stdin",
    )
    assert added.code == 0, added.err
    assert "حکم حمایت در برابر تعقیب" in added.out and "بدون تاریخ پایان اعتبار" in added.out
    assert "Stalking Protection Order," not in added.out and "no expiry" not in added.out
    assert "made" not in added.out


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_language_has_its_own_order_and_risk_lines(code: str) -> None:
    i18n.set_language(code)
    for order in ORDERS:
        text = order_text(order)
        assert text != order.describe()
        for word in ENGLISH_ORDER_WORDS:
            assert word not in text, (code, word, text)
        for typed in (order.made, order.expires, order.court, order.reference):
            assert typed in text  # nothing the person typed is lost
    for key, english in orders.SHORT_KINDS.items():
        assert i18n._(english) != english, (code, key)
    for item in RISKS:
        text = risk_text(item)
        for word in ENGLISH_RISK_WORDS:
            assert word not in text, (code, word, text)
        assert item.date in text and item.tool in text and item.by in text


def test_a_bidi_control_in_a_court_name_cannot_reverse_the_line() -> None:
    order = orders.Order("spo", "2026-01-10", court="Evil \u202ecourt")
    assert "\u202e" not in order_text(order)


# ----- what a signature shows -----------------------------------------------------------------


def test_the_words_about_the_signature_are_in_every_catalogue() -> None:
    """The dossier's own sentence is the one translated: the terminal cannot drift from it."""
    for code in TRANSLATED:
        i18n.set_language(code)
        assert i18n._(PLAIN_WORDS) != PLAIN_WORDS, code
    i18n.set_language("en")


def test_verify_bundle_says_what_a_signature_shows_in_persian(vault, tmp_path: Path, cli) -> None:
    add_incident(vault, Incident("Threat by text", parse_when("2026-05-03 21:30")))
    bundle = build_dossier(vault, tmp_path / "bundle", DossierOptions()).path
    english = cli("verify-bundle", str(bundle), vault=False)
    assert english.code == 0, english.err
    assert PLAIN_WORDS in english.out
    persian = cli("verify-bundle", str(bundle), "--lang", "fa", vault=False)
    assert persian.code == 0, persian.err
    assert "امضا نشان می‌دهد" in persian.out
    assert "It does not show who the person is." not in persian.out


# ----- argparse's own error messages ---------------------------------------------------------


def _parse_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    from safelog.cli.main import main

    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    assert exited.value.code == 2
    return capsys.readouterr().err.splitlines()[-1]


def test_argparse_errors_in_persian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    vault = ["--vault", str(tmp_path / "v")]
    line = _parse_error(capsys, "--lang", "fa", "risk", "add", *vault, "--level", "extreme")
    assert line == (
        "safelog-cli risk add: آرگومان --level: انتخاب نامعتبر: 'extreme' "
        "(یکی از این‌ها را انتخاب کنید: 'standard', 'medium', 'high')"
    )
    line = _parse_error(capsys, "--lang", "fa", "order", "add", *vault)
    assert line == "safelog-cli order add: این آرگومان‌ها لازم‌اند: --kind, --made"
    line = _parse_error(capsys, "--lang", "fa", "list", *vault, "--bogus")
    assert line == "safelog-cli: آرگومان‌های ناشناخته: --bogus"
    line = _parse_error(capsys, "--lang", "fa", "list", "--vault")
    assert line == "safelog-cli list: آرگومان --vault: یک مقدار لازم است"


def test_argparse_errors_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    vault = ["--vault", str(tmp_path / "v")]
    line = _parse_error(capsys, "risk", "add", *vault, "--level", "extreme")
    assert line.startswith("safelog-cli risk add: argument --level: invalid choice: 'extreme'")
    line = _parse_error(capsys, "order", "add", *vault)
    assert line == "safelog-cli order add: the following arguments are required: --kind, --made"


class _Pseudo:
    def gettext(self, message: str) -> str:
        return f"⟪{message}⟫"

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return f"⟪{singular if count == 1 else plural}⟫"


class _Caught(Exception):
    pass


class _Catching(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        raise _Caught(message)


def test_every_argparse_error_this_python_words_is_recognised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If a Python release rewords one of argparse's errors, this names it."""
    parser = _Catching(prog="p")
    parser.add_argument("--level", choices=["low", "high"])
    parser.add_argument("--count", type=int)
    parser.add_argument("--some", nargs="+")
    parser.add_argument("--verbose-output", action="store_true")
    parser.add_argument("--verbose-errors", action="store_true")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--a", action="store_true")
    group.add_argument("--b", action="store_true")
    needs = _Catching(prog="q")
    needs.add_argument("name")
    messages: list[str] = []
    for target, argv in (
        (parser, ["--a", "--level", "middle"]),  # invalid choice
        (parser, ["--a", "--count", "x"]),  # invalid int value
        (parser, ["--a", "--some"]),  # expected at least one argument
        (parser, ["--a", "--level"]),  # expected one argument
        (parser, ["--a", "--b"]),  # not allowed with argument
        (parser, []),  # one of the arguments is required
        (parser, ["--a", "--verbose"]),  # ambiguous option
        (parser, ["--a", "--nonsense"]),  # unrecognized arguments
        (needs, []),  # the following arguments are required
    ):
        with pytest.raises(_Caught) as caught:
            target.parse_args(argv)
        messages.append(str(caught.value))
    monkeypatch.setattr(i18n, "_catalogue", lambda code: _Pseudo())
    for message in messages:
        said = _in_language(message)
        assert said.startswith("⟪") and said.endswith("⟫"), message
        if message.startswith("argument "):
            assert said.count("⟪") == 2, message  # the wrapper and the problem inside it


def test_an_error_argparse_does_not_word_is_left_as_it_is() -> None:
    assert _in_language("--vault was given twice") == "--vault was given twice"
    assert isinstance(_Parser(prog="x"), argparse.ArgumentParser)
