"""Start the real app in each language, as the desktop's locale would, and photograph it.

Each language runs in its own process with ``LANG`` set the way a desktop sets it (so the app
picks the language exactly as it would for a person), on a throwaway vault under a temporary
HOME. The unlock screen, timeline, editor, checklists and walk-through are saved for every
language; ``--every-window`` adds every other window (used for Persian in docs/).

    xvfb-run -a -s "-screen 0 1600x1200x24" .venv/bin/python scripts/screenshot_languages.py \
        [--out docs/screenshots/languages] [--lang fa ru] [--every-window]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LOCALES = {
    "en": "en_GB.UTF-8",
    "fa": "fa_IR.UTF-8",
    "ar": "ar_EG.UTF-8",
    "ur": "ur_PK.UTF-8",
    "zh_CN": "zh_CN.UTF-8",
    "zh_TW": "zh_HK.UTF-8",  # Hong Kong reads Traditional: the locale rule is part of the check
    "ru": "ru_RU.UTF-8",
    "tr": "tr_TR.UTF-8",
    "ti": "ti_ER.UTF-8",
}
PASSPHRASE = "screenshot passphrase, not a real one"


def settle(rounds: int = 6) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        QTest.qWait(40)


def shoot(widget: object, path: Path) -> None:
    from PySide6.QtTest import QTest

    QTest.qWaitForWindowExposed(widget)
    settle()
    widget.grab().save(str(path))
    print(path)


def top_dialog(kind: type) -> object:
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1]


def one_language(code: str, out: Path, every_window: bool) -> int:
    """Runs inside the child process whose LANG is the language's locale."""
    from screenshot_widgets import private_environment, seed

    home = private_environment()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from safelog.vault import Vault
    from ui import app as app_module
    from ui.common import dialogs

    vault, _ = Vault.create(
        home / "vault", PASSPHRASE, owner_name="Amira Haddad", check_strength=False
    )
    try:
        seed(vault)
    finally:
        vault.close()
    dialogs.set_responder(lambda kind, text: False)
    app, window, finish = app_module.start(["safelog", "--vault", str(home / "vault")])
    window.resize(1280, 820)
    out.mkdir(parents=True, exist_ok=True)

    def name(what: str) -> Path:
        return out / f"{code}-{what}.png"

    try:
        shoot(window, name("unlock"))
        QTest.keyClicks(window.unlock_page.field, PASSPHRASE)
        QTest.keyClick(window.unlock_page.field, Qt.Key.Key_Return)
        for _ in range(200):
            settle(1)
            if window.workspace is not None:
                break
        window.workspace.timeline.view.select_first()
        shoot(window, name("timeline"))
        editor = window.open_editor(window.workspace.timeline.current_incident())
        editor.resize(980, 860)
        shoot(editor, name("editor"))
        editor.close()
        window.show_page(3)
        shoot(window, name("checklists"))
        from ui.checklists.page import ChecklistsPage

        page = window.findChild(ChecklistsPage)
        walkthrough = page.open_walkthrough(page.rows[0].checklist_id)
        walkthrough.resize(900, 700)
        shoot(walkthrough, name("walkthrough"))
        walkthrough.close()
        if every_window:
            every_other_window(window, name)
    finally:
        finish()
        app.processEvents()
        shutil.rmtree(home, ignore_errors=True)
    return 0


def every_other_window(window: object, name: Callable[[str], Path]) -> None:
    from ui.access.passphrase_dialog import ChangePassphraseDialog
    from ui.export.dossier_dialog import DossierDialog
    from ui.legal.window import LegalWindow
    from ui.shell.about import AboutDialog
    from ui.shell.profile_dialog import ProfileDialog
    from ui.shell.settings_dialog import SettingsDialog

    for index, page in ((1, "people"), (2, "pattern")):
        window.show_page(index)
        shoot(window, name(page))
    window.show_page(0)
    editor = window.open_editor(None)
    editor.resize(980, 860)
    shoot(editor, name("editor-new"))
    editor.close()
    openers = (
        ("settings", window.open_settings, SettingsDialog),
        ("about", window.about, AboutDialog),
        ("dossier", window.commands.make_dossier, DossierDialog),
        ("orders-and-risk", window.open_legal, LegalWindow),
        ("your-details", window.commands.edit_profile, ProfileDialog),
        ("passphrase", window.commands.change_passphrase, ChangePassphraseDialog),
    )
    for label, opener, kind in openers:
        opener()
        dialog = top_dialog(kind)
        shoot(dialog, name(label))
        dialog.reject()
        settle(2)
    from ui.evidence.viewer import ExhibitViewer

    session = window.session
    from safelog import evidence

    exhibits = evidence.list_exhibits(
        session.require(), window.workspace.timeline.current_incident()
    )
    if exhibits:
        viewer = ExhibitViewer(session, exhibits[0].ref, window)
        viewer.resize(1100, 720)
        viewer.open()
        shoot(viewer, name("viewer"))
        viewer.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "languages")
    parser.add_argument("--lang", nargs="*", default=[c for c in LOCALES if c != "en"])
    parser.add_argument("--every-window", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one_language(args.one, args.out, args.every_window)
    failed = 0
    for code in args.lang:
        env = {k: v for k, v in os.environ.items() if k not in {"LANGUAGE", "LC_ALL"}}
        env.update(LANG=LOCALES[code], LC_MESSAGES=LOCALES[code])
        command = [sys.executable, __file__, "--one", code, "--out", str(args.out)]
        if args.every_window:
            command.append("--every-window")
        failed += subprocess.run(command, env=env, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
