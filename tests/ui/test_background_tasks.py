"""Background work: the session cancels its tasks when it locks (bounded wait), late results are
dropped, and unexpected failures are logged with their frames but without their message."""

from __future__ import annotations

import io
import logging
import threading

import pytest
from PySide6.QtWidgets import QWidget

from safelog.errors import InvalidInput
from safelog.logs import describe_exception, setup_logging
from ui.common.session import Session
from ui.common.worker import run_task, session_of

SECRET = "Kourosh followed me from Tottenham Court Road"


class Owner(QWidget):
    """A widget working for a session, as every page in the app does."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session


@pytest.fixture
def session(vault):
    s = Session(vault)
    yield s
    s.lock()


@pytest.fixture
def owner(qtbot, session):
    widget = Owner(session)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def log_text():
    stream = io.StringIO()
    handler = setup_logging(stream)
    yield stream
    logging.getLogger().removeHandler(handler)


def test_tasks_are_found_through_the_owner_and_its_parents(qtbot, owner, session):
    child = QWidget(owner)
    assert session_of(child) is session and session_of(owner) is session
    assert session_of(QWidget()) is None


def test_locking_cancels_running_work_before_the_vault_closes(qtbot, owner, session):
    started, seen = threading.Event(), []
    results: list[object] = []
    errors: list[tuple[str, bool]] = []

    def work(progress, cancel):
        vault = session.require()
        started.set()
        while not cancel.cancelled:
            progress(0, 0)
            cancel_seen = cancel._event.wait(0.01)  # a chunk of work, then the cancel check
            del cancel_seen
        # still before vault.close(): the key is there, the connection usable
        seen.append(vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
        cancel.check()

    handle = run_task(
        owner, work, on_done=results.append, on_error=lambda s, c: errors.append((s, c))
    )
    assert started.wait(30)
    assert session.running_tasks == [handle]
    session.lock()
    assert handle.work_returned and seen == [0]  # returned before the vault was closed
    assert session.vault is None
    qtbot.waitUntil(lambda: handle.done)
    assert results == [] and len(errors) == 1 and errors[0][1] is True
    assert session.running_tasks == []


def test_a_stuck_task_delays_locking_only_a_bounded_time(qtbot, owner, session, caplog):
    release, started = threading.Event(), threading.Event()
    results: list[object] = []
    errors: list[tuple[str, bool]] = []

    def stuck(progress, cancel):  # ignores its cancel token
        started.set()
        release.wait(60)
        return SECRET

    session.lock_wait = 0.05
    handle = run_task(
        owner, stuck, on_done=results.append, on_error=lambda s, c: errors.append((s, c))
    )
    assert started.wait(30)
    with caplog.at_level(logging.WARNING, logger="ui.common.session"):
        session.lock()
    assert session.vault is None and not handle.work_returned  # lock did not wait for it
    assert "did not stop" in caplog.text
    release.set()
    qtbot.waitUntil(lambda: handle.done)
    assert results == []  # the late result (decrypted text, perhaps) is dropped
    assert errors and errors[0][1] is True


def test_no_task_is_accepted_after_locking(qtbot, owner, session):
    session.lock()
    errors: list[tuple[str, bool]] = []
    ran: list[bool] = []
    handle = run_task(
        owner, lambda p, c: ran.append(True), on_error=lambda s, c: errors.append((s, c))
    )
    qtbot.waitUntil(lambda: handle.done)
    assert ran == [] and errors and errors[0][1] is True  # refused as a cancel, never run
    assert handle not in session.running_tasks


def test_unexpected_failure_logs_frames_not_the_message(qtbot, owner, log_text):
    errors: list[tuple[str, bool]] = []

    def parse_what_was_typed(text: str) -> None:
        raise ValueError(f"bad date in {text!r}")

    def work(progress, cancel):
        try:
            parse_what_was_typed(SECRET)
        except ValueError as exc:
            raise RuntimeError(f"while saving {SECRET}") from exc

    handle = run_task(owner, work, on_error=lambda s, c: errors.append((s, c)))
    qtbot.waitUntil(lambda: handle.done)
    logged = log_text.getvalue()
    assert "ERROR ui.common.worker: background task failed: RuntimeError" in logged
    assert "in parse_what_was_typed" in logged and "in work" in logged  # the frames
    assert "builtins.ValueError (message withheld)" in logged
    assert "direct cause" in logged
    assert "Kourosh" not in logged and "Tottenham" not in logged
    assert errors == [
        ("Something unexpected went wrong (RuntimeError); nothing more was changed.", False)
    ]


def test_expected_failures_are_not_logged_as_errors(qtbot, owner, log_text):
    errors: list[tuple[str, bool]] = []

    def work(progress, cancel):
        raise InvalidInput(f"The date {SECRET} is not one SafeLog understands.")

    handle = run_task(owner, work, on_error=lambda s, c: errors.append((s, c)))
    qtbot.waitUntil(lambda: handle.done)
    assert log_text.getvalue() == ""
    assert errors[0][0].startswith("The date")  # the person sees their sentence


def test_describe_exception_keeps_types_and_lines_only():
    def inner() -> None:
        raise KeyError(SECRET)

    try:
        try:
            inner()
        except KeyError:
            raise OSError(5, SECRET) from None
    except OSError as exc:
        text = describe_exception(exc)
    assert SECRET not in text
    assert "builtins.OSError (message withheld)" in text
    assert "KeyError" not in text  # "from None" hides the context, as Python does
    assert text.startswith("Traceback (most recent call last):") and ", line " in text


def test_cli_and_app_share_one_logging_setup(monkeypatch):
    import ui.app
    from safelog.logs import MessageFreeFormatter

    root = logging.getLogger()
    before = list(root.handlers)
    monkeypatch.setenv("SAFELOG_DEBUG", "1")
    try:
        ui.app.setup_logging()
        ui.app.setup_logging()  # twice: still one handler
        ours = [h for h in root.handlers if getattr(h, "safelog", False)]
        assert len(ours) == 1 and isinstance(ours[0].formatter, MessageFreeFormatter)
        assert root.level == logging.DEBUG
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
        root.setLevel(logging.WARNING)


def test_the_apps_last_resort_logs_frames_not_the_message(qapp, log_text, dialog_log):
    import sys

    import ui.app

    previous = ui.app.install_excepthook(qapp)
    try:
        try:
            raise ValueError(SECRET)
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    logged = log_text.getvalue()
    assert "ERROR ui.app: the app failed: ValueError" in logged
    assert "test_background_tasks.py" in logged and SECRET not in logged
