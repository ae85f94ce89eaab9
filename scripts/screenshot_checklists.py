"""Screenshots of the Checklists page and the walk-through, in the real window, for review.

Run under a virtual display, from the repository root:

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python scripts/screenshot_checklists.py

It builds a throw-away vault in a temporary folder (with the fast test KDF), marks a few steps as
a person might have, opens the main window on it with the Checklists page, and saves
``docs/screenshots/checklists.png`` and ``docs/screenshots/walkthrough.png`` with
``QWidget.grab()``. ``--dark`` and ``--rtl`` render the same screens with the dark palette or a
right-to-left layout, to check that both still read well; ``--out`` picks another folder.
Nothing is written outside the temporary folder and the output folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "screenshot passphrase for a throw-away vault"
DEMO = {  # checklist id -> [(item number, status, note, marked by)]
    "accounts": [
        ("1", "done", "", ""),
        ("2", "done", "", ""),
        ("3", "need_help", "Ask Sam to help set up the code app.", "Sam Ortiz"),
        ("5", "not_applicable", "", ""),
    ],
    "physical": [("1", "done", "", ""), ("2", "done", "", ""), ("3", "done", "", "")],
    "reporting": [("1", "done", "", "Sam Ortiz")],
    "wellbeing": [("1", "done", "", ""), ("2", "not_applicable", "", "")],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    parser.add_argument("--rtl", action="store_true", help="lay the window out right to left")
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="safelog-shots-"))
    for name, sub in (
        ("SAFELOG_DATA_DIR", "data"),
        ("SAFELOG_CONFIG_DIR", "config"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
    ):
        os.environ[name] = str(home / sub)
    os.environ["SAFELOG_KDF_PROFILE"] = "test"  # a throw-away vault: no need to wait for the KDF
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    if args.dark:  # a bare X server has no desktop colour scheme to follow: ask for dark
        from ui.common import theme

        theme.is_dark = lambda: True  # type: ignore[assignment]
    if args.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

    from safelog.checklists import load_catalog, set_status
    from safelog.clock import SystemClock
    from safelog.vault import Vault
    from ui.checklists.page import ChecklistsPage
    from ui.common.app_settings import AppSettings
    from ui.common.theme import apply_theme
    from ui.shell.main_window import MainWindow

    apply_theme(app)
    vault_path = home / "vault"
    vault, _ = Vault.create(vault_path, PASSPHRASE, owner_name="Demo Person")
    catalog = load_catalog()
    for checklist_id, marks in DEMO.items():
        for number, status, note, by in marks:
            set_status(vault, catalog.get(checklist_id), number, status, note=note, by=by)
    vault.close()

    window = MainWindow(vault_path, AppSettings(autolock_minutes=60), SystemClock())
    window.resize(1100, 720)
    window.show()
    window.activateWindow()  # so the keyboard focus ring shows as a person would see it
    window.open_session(Vault.open(vault_path, PASSPHRASE))
    assert window.session is not None and window.workspace is not None
    page = ChecklistsPage(window.session)
    index = window.workspace.add_page(window.tr("Checklists"), page)  # what main_window will do
    window.workspace.setCurrentIndex(index)
    page.select("accounts")
    page.table.setFocus()
    settle(app)

    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + ("-rtl" if args.rtl else "")
    saved = [save(window, args.out / f"checklists{suffix}.png", app)]

    walkthrough = page.open_walkthrough("accounts")
    assert walkthrough is not None
    walkthrough.go_to(3)  # item 4, as if the session had stopped there
    walkthrough.by_field.setText("Sam Ortiz")
    walkthrough.note.setPlainText("Checked together with Sam on 12 May.")
    walkthrough.focus_start()
    settle(app)
    saved.append(save(window, args.out / f"walkthrough{suffix}.png", app))

    window.lock()  # leaves nothing behind but the temporary folder
    window.close()
    for path in saved:
        print(path)
    return 0


def settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def save(window: object, path: Path, app: object) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    settle(app)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
