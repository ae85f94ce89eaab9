"""A realistic case for dossier tests: 25 incidents over eight months, 13 exhibits, Persian text,
a suspect, reports with CAD references, a chat export, an e-mail, a PDF and a screenshot."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from safelog import profile
from safelog.evidence import import_files, set_provenance
from safelog.incidents.model import Incident, Person, PersonLink, Report
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when

DATA = Path(__file__).resolve().parents[1] / "data"
PHOTO_GPS = DATA / "dossier" / "jpg_gps_DSCN0010.jpg"  # 2008 camera date, GPS in Italy
PHOTO_GIMP = DATA / "dossier" / "jpg_Canon_40D.jpg"  # saved by GIMP 2.4.5
EMAIL = DATA / "evidence" / "threat.eml"
LETTER = DATA / "evidence" / "letter.pdf"
HOME = (51.5390, -0.0080)
CATS = ["following", "threats", "surveillance", "online_harassment", "threats_to_family"]
SAFE_CONTACT = "Text 07700 900111 first; never leave voicemail"


def long_chat(count: int = 80) -> str:
    lines = ["22/11/2026, 09:15 - Messages and calls are end-to-end encrypted."]
    for n in range(count):
        who = "Unknown +44 7700 900123" if n % 2 == 0 else "Maryam"
        text = (
            "We know which bus your brother takes"
            if n == 0
            else "پیام شماره " + str(n)
            if n % 3 == 0
            else f"message number {n}"
        )
        lines.append(f"22/11/2026, {10 + n // 60:02d}:{n % 60:02d} - {who}: {text}")
    return "\n".join(lines) + "\n"


def screenshot_png(path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 700), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for n in range(8):
        draw.text((30, 30 + 80 * n), f"@iran_watch_99 line {n}", fill=(0, 0, 0))
    image.save(path, "PNG")
    return path


def jpeg(path: Path, shade: int) -> Path:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 240), (shade, 90, 160)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def build_case(vault: object, tmp: Path) -> list[int]:
    """Fill ``vault``; returns the incident ids, oldest first."""
    profile.save(
        vault,
        profile.Profile(
            name="Maryam Rahimi",
            initials="MR",  # type: ignore
            safe_contact=SAFE_CONTACT,
            language="Persian (Farsi)",
            interpreter="yes",
        ),
    )
    man = add_person(
        vault,
        Person(name="Unknown man, grey Toyota", kind="perpetrator_unknown", vehicle="AB12 CDE"),
    )
    account = add_person(vault, Person(name="حساب ناظر @iran_watch_99", kind="perpetrator_unknown"))
    ids: list[int] = []
    for n in range(25):
        month, day = 3 + n // 4, 1 + (n % 4) * 7
        when = f"2026-{month:02d}-{day:02d} {8 + n % 12:02d}:15"
        reports = (
            [
                Report(
                    route="101",
                    date=f"2026-{month:02d}-{day:02d}",
                    reference="CAD 4412/17MAY26",
                    spoken_to="PC 1187 Okafor",
                    outcome="Call back; flagged as vulnerable",
                )
            ]
            if n == 9
            else []
        )
        if n == 20:
            reports = [
                Report(
                    route="ctp",
                    reference="CTP-LDN-26-08812",
                    spoken_to="DS Harris",
                    outcome="Statement taken",
                )
            ]
        people = [PersonLink(man.id, "perpetrator")] if n % 2 == 0 else []
        if n % 5 == 1:
            people.append(PersonLink(account.id, "perpetrator"))
        inc = add_incident(
            vault,
            Incident(
                title=f"Incident {n + 1} " + ("مرا تا خانه دنبال کرد" if n % 6 == 0 else "seen"),
                when=parse_when(when, tz="Europe/London"),
                category=CATS[n % 5],
                narrative=f"Narrative {n + 1}.",
                location="Home" if n % 3 == 0 else "Stratford",
                coordinates=HOME if n % 3 == 0 else None,
                reports=reports,
                people=people,
            ),
        )
        assert inc.id is not None
        ids.append(inc.id)
    chat = tmp / "WhatsApp Chat with Unknown.txt"
    chat.write_text(long_chat(), encoding="utf-8")
    files = [
        [PHOTO_GPS],
        [PHOTO_GIMP],
        [chat],
        [EMAIL],
        [LETTER],
        [screenshot_png(tmp / "Screenshot_20260402.png")],
    ]
    files += [[jpeg(tmp / f"photo{n}.jpg", 20 * n)] for n in range(7)]
    for n, paths in enumerate(files):
        result = import_files(vault, ids[n * 3 % 25 if n else 0], paths)[0]
        set_provenance(
            vault,
            result.exhibit.ref,
            obtained=f"Obtained how {n}",
            original_kept="Sealed envelope at home" if n == 4 else "",
        )
    return ids


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
