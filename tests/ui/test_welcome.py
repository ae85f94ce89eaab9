"""First start: the welcome, the passphrase form with its reasons, and the recovery key."""

from __future__ import annotations

import re
import stat

import pytest

from safelog.errors import VaultInUse
from safelog.vault import Vault, is_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import visible_texts

KEY_SHAPE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$")


def test_create_vault_through_the_welcome_flow(
    qtbot, open_window, vault_path, tmp_path, dialog_log
):
    window = open_window(vault_path)
    flow = window.welcome
    assert flow is not None and window.stack.currentWidget() is flow
    assert not is_vault(vault_path)
    assert "stays on this computer" in " ".join(visible_texts())

    flow.intro_page.button.click()
    create = flow.create_page
    assert flow.currentWidget() is create

    create.first.setText("password1")
    create.check()
    assert not create.create_button.isEnabled()
    assert "at least 10 characters" in create.reason.text()

    create.first.setText("password12345")
    create.check()
    assert "too easy to guess" in create.reason.text()
    assert create.meter.value() == 2

    create.first.setText(PASSPHRASE)
    create.second.setText(PASSPHRASE + "x")
    create.check()
    assert create.meter.value() == 4
    assert "not the same" in create.match.text()
    assert not create.create_button.isEnabled()

    create.second.setText(PASSPHRASE)
    create.initials.setText("ah")
    assert create.check()
    with qtbot.waitSignal(create.created, timeout=30_000):
        create.create_button.click()
    assert create.first.text() == "" and create.second.text() == ""

    page = flow.recovery_page
    assert flow.currentWidget() is page
    key = page._key
    assert KEY_SHAPE.match(key)
    assert key.split("-")[0] in page.key_label.text()

    saved = tmp_path / "key.txt"
    dialog_log.answers["save_file"] = str(saved)
    page.save_button.click()  # first: why a file on this computer defeats the purpose
    assert "USB stick" in dialog_log.of("confirm")[-1] and not saved.exists()
    assert not [t for t in dialog_log.of("save_file")]
    dialog_log.answers["confirm"] = True
    page.save_button.click()
    assert key in saved.read_text()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600

    printed = tmp_path / "key.pdf"
    dialog_log.answers["print"] = str(printed)
    page.print_button.click()
    assert printed.stat().st_size > 500

    assert not page.continue_button.isEnabled()
    page.kept.setChecked(True)
    with qtbot.waitSignal(window.unlocked):
        page.continue_button.click()
    assert window.session is not None and window.session.open
    assert window.stack.currentWidget() is window.workspace
    assert not any(key in text or key.split("-")[1] in text for text in visible_texts())
    assert window.session.require().initials == "AH"

    with pytest.raises(VaultInUse):  # the window holds the vault exclusively
        Vault.open(vault_path, PASSPHRASE, exclusive=True, wait=0)
    assert dialog_log.of("error") == []


def test_back_and_refused_creation_say_one_sentence(qtbot, open_window, vault_path, dialog_log):
    vault_path.mkdir()
    (vault_path / "something.txt").write_text("not a vault")
    window = open_window(vault_path)
    flow = window.welcome
    flow.intro_page.button.click()
    flow.create_page.back_button.click()
    assert flow.currentWidget() is flow.intro_page
    flow.intro_page.button.click()
    create = flow.create_page
    create.first.setText(PASSPHRASE)
    create.second.setText(PASSPHRASE)
    assert create.check()
    create.create_button.click()
    qtbot.waitUntil(lambda: bool(dialog_log.of("error")), timeout=30_000)
    assert "already exist" in dialog_log.of("error")[0]
    assert "Traceback" not in dialog_log.of("error")[0]
    qtbot.waitUntil(create.create_button.isEnabled)
