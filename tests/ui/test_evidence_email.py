"""An e-mail exhibit reads as an e-mail: From, To, Date, Subject, the words and the attachment
names, with the original source a click away. Broken or hostile messages give one sentence,
never a crash, and nothing is ever written to disk while a message is shown."""

from __future__ import annotations

import base64
import builtins
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from safelog.incidents import store
from safelog.incidents.model import Incident
from safelog.incidents.when import parse_when
from tests.conftest import CORPUS
from tests.ui.conftest import Answers
from ui.common.session import Session
from ui.evidence.email_view import EmailPane, read_email
from ui.evidence.panel import EvidencePanel
from ui.evidence.viewer import ExhibitViewer

THREAT = CORPUS / "evidence" / "threat.eml"
BROKEN = CORPUS / "evidence" / "broken.eml"


@pytest.fixture
def panel(qtbot: Any, session: Session, answers: Answers) -> EvidencePanel:
    incident = store.add_incident(
        session.require(),
        Incident(
            title="Threatening e-mail", when=parse_when("2026-11-22 10:15", tz="Europe/London")
        ),
    )
    widget = EvidencePanel(session)
    qtbot.addWidget(widget)
    widget.set_incident(incident.id)
    return widget


def open_viewer(qtbot: Any, panel: EvidencePanel, path: Path) -> ExhibitViewer:
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        panel.import_paths([str(path)])
    (ref,) = done.args[0]
    panel.select_ref(ref)
    QTest.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    assert panel.viewer is not None
    qtbot.waitExposed(panel.viewer)
    return panel.viewer


def test_eml_reads_as_an_email_with_its_source_a_click_away(
    qtbot: Any, panel: EvidencePanel
) -> None:
    viewer = open_viewer(qtbot, panel, THREAT)
    assert viewer.kind == "email"
    pane = viewer.email
    assert viewer.stack.currentWidget() is pane
    # The Persian name is isolated: it cannot turn the address around.
    assert pane.fields["From"].text() == "\u200e\u2068مجهول\u2069 <sender@evil.example>"
    assert pane.fields["From"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert pane.fields["To"].text() == "Amira Haddad <amira@example.net>"
    assert pane.fields["Subject"].text() == "We are watching — you"
    assert pane.fields["Date"].text() == "Sun, 22 Nov 2026 10:15:00 +0100"
    assert pane.body.toPlainText() == (
        "We know where your brother studies. Stop talking to journalists — or else."
    )
    assert pane.attachments.text() == "car.png"
    assert not pane.fields["Cc"].isVisibleTo(pane)  # no empty "Copy to" row
    assert not pane.problem.isVisibleTo(pane)
    assert pane.readable.isVisibleTo(viewer) and not pane.source.isVisibleTo(viewer)

    QTest.mouseClick(pane.source_button, Qt.MouseButton.LeftButton)
    assert pane.stack.currentWidget() is pane.source and pane.source.isVisibleTo(viewer)
    source = pane.source.toPlainText()
    assert "Received: from mail.evil.example (mail.evil.example. [203.0.113.9])" in source
    assert "dkim=fail header.i=@evil.example" in source
    assert "Subject: =?utf-8?q?We_are_watching_=E2=80=94_you?=" in source  # as it was sent
    assert pane.source_button.text() == "Show the readable message"
    QTest.mouseClick(pane.source_button, Qt.MouseButton.LeftButton)
    assert pane.stack.currentWidget() is pane.readable
    assert pane.source_button.text() == "Show the original message source"

    panel.session.lock()  # nothing of the message is left in the widgets
    assert pane.body.toPlainText() == "" and pane.source.toPlainText() == ""
    assert pane.fields["From"].text() == ""


def test_broken_eml_gives_a_sentence(qtbot: Any, panel: EvidencePanel) -> None:
    viewer = open_viewer(qtbot, panel, BROKEN)
    assert viewer.kind == "email"
    pane = viewer.email
    assert viewer.stack.currentWidget() is pane
    assert pane.problem.isVisibleTo(viewer)
    assert pane.problem.text() == (
        "This file does not look like a complete e-mail: it has no sender, recipient, subject "
        "or date. “Show the original message source” shows exactly what it holds."
    )
    QTest.mouseClick(pane.source_button, Qt.MouseButton.LeftButton)
    assert "this is not base64" in pane.source.toPlainText()


def _writes_forbidden(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any file opened for writing, or any temporary file, is recorded and refused."""
    attempts: list[str] = []
    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            attempts.append(str(file))
            raise PermissionError("no writing while an e-mail is shown")
        return real_open(file, mode, *args, **kwargs)

    def no_temp(*_args: Any, **_kwargs: Any) -> Any:
        attempts.append("tempfile")
        raise PermissionError("no temporary files")

    monkeypatch.setattr(builtins, "open", guarded_open)
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temp)
    return attempts


HOSTILE = {
    "a five-megabyte header": b"From: a@example.net\r\nSubject: "
    + b"A" * 5_000_000
    + b"\r\nTo: b@example.net\r\n\r\nbody",
    "parts nested 3,000 deep": b"From: a@example.net\r\nContent-Type: multipart/mixed; "
    b"boundary=b0\r\n\r\n"
    + b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
        for i in range(3000)
    ),
    "30,000 tiny parts": b"From: a@example.net\r\nContent-Type: multipart/mixed; boundary=zz"
    b"\r\n\r\n" + b"--zz\r\nContent-Type: image/png\r\n\r\nx\r\n" * 30_000,
    "an unknown charset and broken base64": b"From: =?x-nope?q?abc?=\r\nSubject: =?utf-8?b?!!?="
    b"\r\nContent-Type: text/plain; charset=x-unknown\r\nContent-Transfer-Encoding: base64"
    b"\r\n\r\n!!!notbase64",
    "random bytes": bytes(range(256)) * 4000,
    "nothing": b"",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_messages_give_a_sentence_and_write_nothing(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    pane = EmailPane()
    qtbot.addWidget(pane)
    attempts = _writes_forbidden(monkeypatch)
    parts = pane.load(HOSTILE[name])
    assert attempts == []
    if name == "a five-megabyte header":  # read, and shown cut short
        subject = pane.fields["Subject"].text()
        assert len(subject) <= 2000 and subject.endswith("…")
        assert pane.body.toPlainText() == "body" and parts.problem == ""
    elif name == "an unknown charset and broken base64":
        assert pane.fields["From"].text() == "=?x-nope?q?abc?="  # shown as written
        assert pane.body.toPlainText() == "!!!notbase64"
    else:
        assert parts.problem.endswith(
            "“Show the original message source” shows exactly what it holds."
        )
        assert pane.problem.text() == parts.problem
    if name == "30,000 tiny parts":
        assert "damaged or unusual" in parts.problem and len(parts.attachments) == 200


def test_html_body_is_text_only(qtbot: Any) -> None:
    parts = read_email(
        b"From: a@example.net\r\nSubject: hi\r\nContent-Type: text/html\r\n\r\n"
        b"<img src='https://tracker.example/x.png'><script>alert(1)</script>"
        b"<p>Hello &amp; goodbye</p>"
    )
    assert parts.body == "Hello & goodbye"
    assert parts.problem == ""


def test_direction_tricks_in_headers_are_made_visible(qtbot: Any) -> None:
    pane = EmailPane()
    qtbot.addWidget(pane)
    name = "=?utf-8?b?" + base64.b64encode("Bank \u202egpj.exe".encode()).decode() + "?="
    pane.load(f"From: {name} <a@example.net>\r\nSubject: hi\r\n\r\nbody".encode())
    shown = pane.fields["From"].text()
    assert "\u202e" not in shown and "<a@example.net>" in shown
