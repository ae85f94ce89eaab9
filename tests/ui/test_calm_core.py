"""Core pieces behind a calm window: typed dates, one display of times, zones by place,
visible markers for hidden characters, and the PySide6 emit balance. No display needed
(except the last test, which needs only QtCore)."""

from __future__ import annotations

import sys
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from safelog.errors import InvalidInput
from safelog.incidents.when import display_time, parse_typed, parse_when
from safelog.textutil import mark_bidi_controls, show_invisible
from safelog.zones import find_zone, search_zones

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1 Dec 2026 18:30", (date(2026, 12, 1), time(18, 30))),
        ("01/12/2026 18:30", (date(2026, 12, 1), time(18, 30))),  # day first, as in the UK
        ("18:30", (TODAY, time(18, 30))),
        ("2026-12-01 18:30", (date(2026, 12, 1), time(18, 30))),
        ("Dec 1, 2026 6pm", (date(2026, 12, 1), time(18, 0))),
        ("yesterday 9pm", (date(2026, 12, 3), time(21, 0))),
        ("۱/۱۲/۲۰۲۶ ۱۸:۳۰", (date(2026, 12, 1), time(18, 30))),
        ("1 Dec 2026", (date(2026, 12, 1), None)),
        ("4/12/26", (TODAY, None)),
    ],
)
def test_parse_typed(typed: str, expected: tuple[date, time | None]) -> None:
    assert parse_typed(typed, TODAY) == expected


def test_parse_typed_takes_other_month_names_and_refuses_bad_days() -> None:
    assert parse_typed("2 دسامبر 2026 07:15", TODAY, month_names={"دسامبر": 12}) == (
        date(2026, 12, 2),
        time(7, 15),
    )
    for bad, words in (
        ("5 Dec 2026", "not come yet"),
        ("31/02/2026", "does not exist"),
        ("25:00", "00:00 to 23:59"),
        ("soon", "such as 1 Dec 2026"),
    ):
        with pytest.raises(InvalidInput, match=words):
            parse_typed(bad, TODAY)


def test_parse_typed_reads_a_day_ahead_only_when_asked() -> None:
    """An order's expiry lies ahead; an incident or a report never does."""
    assert parse_typed("5 Dec 2027", TODAY, date_only=True, future=True) == (
        date(2027, 12, 5),
        None,
    )
    with pytest.raises(InvalidInput, match="not come yet"):
        parse_typed("5 Dec 2027", TODAY, date_only=True)


def test_display_time_is_the_local_time_of_the_incident() -> None:
    tehran = parse_when("2026-11-23 14:21", tz="Asia/Tehran", precision="exact")
    london = ZoneInfo("Europe/London")
    assert display_time(tehran, london) == "23 Nov 2026, 14:21 (Tehran time)"
    assert display_time(tehran, ZoneInfo("Asia/Tehran")) == "23 Nov 2026, 14:21"
    approx = parse_when("about 2026-05-03 15:00", tz="Europe/London")
    assert display_time(approx, london) == "3 May 2026, about 15:00"
    day = parse_when("2026-05-03", tz="Europe/London")
    assert display_time(day, london) == "3 May 2026"
    no_name = parse_when("2026-05-03T15:00+03:30")
    assert display_time(no_name, london) == "3 May 2026, 15:00 (UTC+03:30)"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Tehran", "Asia/Tehran"),
        ("London", "Europe/London"),
        ("Hong Kong", "Asia/Hong_Kong"),
        ("Iran", "Asia/Tehran"),
        ("iran", "Asia/Tehran"),
        ("Europe/Paris", "Europe/Paris"),
        ("Mashhad", "Asia/Tehran"),
        ("São Paulo", "America/Sao_Paulo"),
        ("UK", "Europe/London"),
        ("tehr", "Asia/Tehran"),
    ],
)
def test_find_zone_by_place(typed: str, zone: str) -> None:
    assert find_zone(typed) == zone


def test_unknown_place_and_search() -> None:
    assert find_zone("Atlantis") is None
    assert ("tehran", "Asia/Tehran") == search_zones("teh")[0]


def test_hidden_characters_become_markers() -> None:
    title = "Invoice \u202egpj.exe"
    assert show_invisible(title) == "Invoice [U+202E]gpj.exe"
    assert show_invisible("a\u200fb\u2066c\x1b[31m") == "a[U+200F]b[U+2066]c[U+001B][31m"
    persian = "می\u200cخواهم"  # the zero-width non-joiner Persian needs stays as it is
    assert show_invisible(persian) == persian
    assert show_invisible("line one\nline two\tend") == "line one\nline two\tend"
    assert mark_bidi_controls("a\u200fb\u202ec") == "a\u200fb[U+202E]c"


def test_signal_emits_keep_the_interpreter_alive() -> None:
    """PySide6 6.12.0 drops a reference to True on every emit; ui/__init__ balances it."""
    from PySide6.QtCore import QObject, Signal

    import ui  # noqa: F401 - applies the balance where needed

    class Source(QObject):
        ping = Signal(int)

    source = Source()
    before = sys.getrefcount(True)
    for number in range(3000):  # without the balance the interpreter aborts before 1,000
        source.ping.emit(number)
    assert sys.getrefcount(True) >= before
