"""safelog.logs: tracebacks keep frames and types, never the message (it may hold typing)."""

from __future__ import annotations

import io
import logging

from safelog.logs import setup_logging

SECRET = "Amira's new address is 12 Mill Lane"


def test_exc_info_never_prints_the_message_even_after_another_handler():
    plain, ours = io.StringIO(), io.StringIO()
    other = logging.StreamHandler(plain)  # e.g. a library's or pytest's, which caches exc_text
    root = logging.getLogger()
    root.addHandler(other)
    handler = setup_logging(ours)
    root.handlers.remove(handler)
    root.handlers.append(handler)  # ours runs after the other handler formatted the record
    try:
        try:
            raise ValueError(SECRET)
        except ValueError:
            logging.getLogger("safelog.test").error("saving failed", exc_info=True)
    finally:
        root.removeHandler(other)
        root.removeHandler(handler)
    assert SECRET in plain.getvalue()  # the control: a stock formatter would leak it
    text = ours.getvalue()
    assert "ERROR safelog.test: saving failed" in text
    assert "builtins.ValueError (message withheld)" in text and "test_logs.py" in text
    assert SECRET not in text


def test_level_follows_safelog_debug(monkeypatch):
    root = logging.getLogger()
    level = root.level
    try:
        monkeypatch.delenv("SAFELOG_DEBUG", raising=False)
        root.removeHandler(setup_logging(io.StringIO()))
        assert root.level == logging.WARNING
        monkeypatch.setenv("SAFELOG_DEBUG", "1")
        root.removeHandler(setup_logging(io.StringIO()))
        assert root.level == logging.DEBUG
    finally:
        root.setLevel(level)
