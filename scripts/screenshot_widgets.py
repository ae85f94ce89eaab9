"""Open each record widget in a real window on a throwaway vault and save a picture of it.

Looking at the widgets the way a frightened, non-technical person would is the only way to see
what is cramped or confusing; this script makes that a one-liner. Everything happens under a
temporary HOME, with a throwaway vault full of realistic entries in English, Persian and
Chinese, and photos from the shared corpus.

    xvfb-run -a -s "-screen 0 1600x1200x24" .venv/bin/python scripts/screenshot_widgets.py \
        [--out docs/screenshots] [--rtl] [--all]

``--rtl`` lays the widgets out right to left (as for Persian); ``--all`` also saves the other
editor tabs and the text viewer.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data"  # attribution: tests/data/README.md


def private_environment() -> Path:
    """Send every folder SafeLog or Qt could write to into a temporary directory."""
    home = Path(tempfile.mkdtemp(prefix="safelog-shots-"))
    for sub in ("data", "config", "cache"):
        (home / sub).mkdir()
    os.environ.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        SAFELOG_DATA_DIR=str(home / "data" / "SafeLog"),
        SAFELOG_CONFIG_DIR=str(home / "config" / "SafeLog"),
        SAFELOG_KDF_PROFILE="test",
    )
    return home


def seed(vault: object) -> tuple[int, list[str]]:
    """Realistic entries; returns the main incident's id and its exhibit references."""
    from safelog import evidence
    from safelog.incidents import people, store
    from safelog.incidents.model import Incident, Person, PersonLink, Report
    from safelog.incidents.when import parse_when

    car = people.add_person(
        vault,
        Person(
            name="Man in grey Toyota",
            kind="perpetrator_unknown",
            description="About 40, short dark hair, dark jacket",
            vehicle="Grey Toyota Corolla, plate starts AB12",
            state_link="suspected",
        ),
    )
    witness = people.add_person(
        vault, Person(name="Reza K. (neighbour)", kind="witness", contact="07700 900123")
    )
    official = people.add_person(
        vault, Person(name="مأمور سفارت", kind="perpetrator_known", state_link="confirmed")
    )
    wang = people.add_person(
        vault, Person(name="王先生", kind="other", description="自称是老乡会的人")
    )

    def add(title: str, when: str, category: str, **fields: object) -> int:
        incident = store.add_incident(
            vault,
            Incident(
                title=title, when=parse_when(when, tz="Europe/London"), category=category, **fields
            ),
        )
        return int(incident.id or 0)

    car_link = PersonLink(int(car.id or 0), "perpetrator")
    add(
        "Same grey car parked opposite the flat",
        "about 2026-01-12 08:10",
        "surveillance",
        people=[car_link],
    )
    add("Followed from the bus stop to work", "2026-01-29 08:40", "following", people=[car_link])
    add(
        "تماس تلفنی از سفارت درباره خانواده‌ام",
        "2026-02-03 19:00",
        "official_approach",
        narrative="گفتند اگر به فعالیت ادامه بدهم، برای پدر و مادرم در تهران مشکل پیش می‌آید.",
        people=[PersonLink(int(official.id or 0), "perpetrator")],
    )
    add("Fake account posting my address", "2026-02-14", "smear_doxxing")
    add(
        "有人在微信群里说知道我住在哪里",
        "2026-03-02 21:15",
        "online_harassment",
        narrative="王先生在群里发了我家楼下的照片。",
        people=[PersonLink(int(wang.id or 0), "other")],
    )
    add("Password reset emails I did not ask for", "2026-03-05 07:00", "hacking_phishing")
    add("Mother questioned by police in Tehran", "2026-03-20", "threats_to_family")
    add(
        "Car again, photographed the front door",
        "about 2026-04-02 17:45",
        "surveillance",
        people=[car_link],
    )
    main = add(
        "Grey car outside my flat again, man photographed the door",
        "about 2026-05-03 15:30",
        "surveillance",
        location="Outside 12 Acacia Road, London",
        coordinates=(51.5423, -0.1468),
        narrative="I came home at about half past three and saw the same grey Toyota parked "
        "opposite. The man inside took several photos of my front door and of me. When Reza "
        "from next door walked over, he drove off towards the high street.\n\n"
        "همان مردی بود که در ماه ژانویه دیده بودم.",
        impact="I did not sleep that night and stayed with a friend for two days. I am afraid "
        "to leave the flat alone.",
        private_notes="I think my cousin may have given them my address.",
        tags=["car", "home"],
        people=[car_link, PersonLink(int(witness.id or 0), "witness")],
        reports=[
            Report(
                route="101",
                date="2026-05-03",
                reference="CAD 4417/03MAY26",
                spoken_to="PC J. Smith 4567",
                outcome="Told to keep a diary",
                referred_to="Counter Terrorism Policing",
            ),
            Report(route="ctp", date="2026-05-06", outcome="Officer will call back"),
        ],
    )
    files = [
        CORPUS / "photos" / "jpg_gps_DSCN0010.jpg",
        CORPUS / "photos" / "jpg_orientation_portrait_8.jpg",
    ]
    chat = Path(os.environ["HOME"]) / "chat.txt"
    chat.write_text(
        "[03/05/2026, 15:02] Unknown: We know where you live.\n"
        "[03/05/2026, 15:04] Unknown: مادرت را هم می‌شناسیم\n"
        "[03/05/2026, 15:05] Unknown: 你最好小心点\n",
        encoding="utf-8",
    )
    results = evidence.import_files(vault, main, [str(p) for p in files if p.exists()])
    results += evidence.import_files(
        vault,
        main,
        [str(chat)],
        online={"platform": "WhatsApp", "account": "+44 7700 900999", "shown_time": "15:02"},
    )
    return main, [r.exhibit.ref for r in results]


def grab(widget: object, path: Path, width: int, height: int) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget.resize(width, height)
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    for _ in range(5):
        QApplication.processEvents()
        QTest.qWait(30)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--rtl", action="store_true", help="lay out right to left")
    parser.add_argument("--all", action="store_true", help="also the other editor tabs")
    parser.add_argument("--dark", action="store_true", help="a dark palette (colour check)")
    args = parser.parse_args()
    home = private_environment()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from safelog.vault import Vault
    from ui.common import dialogs
    from ui.common.session import Session
    from ui.editor.window import IncidentEditor
    from ui.evidence.viewer import ExhibitViewer
    from ui.incident.view import IncidentView
    from ui.pattern.chart import PatternChart
    from ui.people.view import PeopleView

    app = QApplication(sys.argv[:1])
    if args.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#202124"),
            (QPalette.ColorRole.WindowText, "#E8EAED"),
            (QPalette.ColorRole.Base, "#2A2B2E"),
            (QPalette.ColorRole.Text, "#E8EAED"),
            (QPalette.ColorRole.Button, "#303134"),
            (QPalette.ColorRole.ButtonText, "#E8EAED"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    dialogs.set_responder(lambda kind, text: False)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    vault, _ = Vault.create(
        home / "vault",
        "screenshot passphrase, not a real one",
        owner_name="Amira Haddad",
        check_strength=False,
    )
    try:
        session = Session(vault)
        main_id, refs = seed(vault)
        suffix = ("-rtl" if args.rtl else "") + ("-dark" if args.dark else "")
        editor = IncidentEditor(session, main_id)
        grab(editor, out / f"editor{suffix}.png", 980, 860)
        if args.all:
            for index, name in ((1, "people"), (2, "reports"), (3, "evidence"), (4, "private")):
                editor.tabs.setCurrentIndex(index)
                grab(editor, out / f"editor-{name}{suffix}.png", 980, 860)
            new = IncidentEditor(session)
            grab(new, out / f"editor-new{suffix}.png", 980, 860)
            new.close()
        editor.close()
        view = IncidentView(session)
        view.show_incident(main_id)
        grab(view, out / f"incident{suffix}.png", 900, 1150)
        people = PeopleView(session)
        people.select_person(1)
        grab(people, out / f"people{suffix}.png", 1100, 640)
        chart = PatternChart(session)
        grab(chart, out / f"pattern{suffix}.png", 980, 600)
        chart.week.setChecked(True)
        if args.all:
            grab(chart, out / f"pattern-week{suffix}.png", 980, 600)
        viewer = ExhibitViewer(session, refs[0])
        grab(viewer, out / f"viewer{suffix}.png", 1100, 720)
        if args.all and len(refs) > 2:
            text = ExhibitViewer(session, refs[-1])
            grab(text, out / f"viewer-text{suffix}.png", 1000, 560)
        session.lock()
    finally:
        if vault.conn is not None:
            vault.close()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
