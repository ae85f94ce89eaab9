"""Build a realistic sample dossier and render its pages to PNG, to look at what officers see.

The case: an Iranian journalist in London, 26 incidents over eight months in English and
Persian (one quotes a message in Chinese), a suspected perpetrator and an online account,
reports to 101, Counter Terrorism Policing and Report Fraud with their references, photos (the
corpus photos in ``tests/data/photos``), a WhatsApp chat export, a phishing e-mail with its
Received chain and Authentication-Results, a letter as PDF and a screenshot of a post. Pages
are rendered with ``pdftoppm`` (Debian package poppler-utils).

Usage: .venv/bin/python scripts/render_dossier.py [OUT_DIR] [--dpi 60] [--keep-pdf] [--zone Z]
Default OUT_DIR is docs/dossier (page-NN.png, replaced on each run); the vault and bundle are
made in a temporary folder and deleted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "photos"  # attribution: tests/data/README.md
TESTDATA = ROOT / "tests" / "data" / "evidence"
PASSPHRASE = "correct horse battery staple orbit"
HOME = (51.5390, -0.0080)  # Stratford, east London (sample coordinates)
PLACES = {
    "Home": HOME,
    "Outside my home": HOME,
    "Stratford, London": (51.5416, -0.0034),
    "Westfield Stratford": (51.5432, -0.0065),
    "Stratford station": (51.5416, -0.0034),
}

# when, category, title, narrative, place, exhibits (corpus photo names or made files)
INCIDENTS: list[tuple[str, str, str, str, str, list[str]]] = [
    (
        "2026-03-02 08:40",
        "following",
        "Followed from Stratford station",
        "A man in a grey Toyota (registration AB12 CDE) followed me from Stratford station to my "
        "street. He stopped outside number 12 and waited about twenty minutes.\n"
        "مردی با ماشین خاکستری مرا تا خانه دنبال کرد و بیست دقیقه بیرون منتظر ماند.",
        "Stratford, London",
        ["jpg_gps_DSCN0010.jpg"],
    ),
    (
        "about 2026-03-09 21:00",
        "threats",
        "Phone call: «می‌دانیم کجا زندگی می‌کنی»",
        "A man speaking Persian called my mobile from a withheld number and said «ما می‌دانیم کجا "
        "زندگی می‌کنی» (we know where you live). He hung up after forty seconds.",
        "Home",
        [],
    ),
    (
        "2026-03-15",
        "threats_to_family",
        "Mother questioned in Tehran",
        "My mother was called to an office in Tehran and asked where I live in London and who I "
        "work with. مادرم را به دفتری در تهران احضار کردند.",
        "Tehran (family)",
        [],
    ),
    (
        "2026-03-21 14:05",
        "surveillance",
        "Man photographing my front door",
        "A man photographed my front door from across the road for several minutes, then "
        "walked towards Romford Road.",
        "Outside my home",
        ["jpg_Canon_40D.jpg"],
    ),
    (
        "2026-04-02 10:30",
        "online_harassment",
        "Fake account posts my address",
        "The Telegram account @iran_watch_99 posted my home address and a photo of my building, "
        "calling me a traitor («خائن»).",
        "Online (Telegram)",
        ["screenshot"],
    ),
    (
        "2026-04-10 16:00",
        "hacking_phishing",
        "Phishing e-mail pretending to be BBC Persian",
        "An e-mail that looked like it came from my editor asked me to log in to a shared "
        "document. The link went to a fake Google page.",
        "Online (e-mail)",
        ["email"],
    ),
    (
        "2026-04-18 19:20",
        "following",
        "Same car outside the office",
        "The grey Toyota AB12 CDE was parked outside our office in White City when I left.",
        "White City, London",
        [],
    ),
    (
        "2026-04-29",
        "smear_doxxing",
        "Article calling me a spy",
        "A website linked to state media published an article naming me as a foreign spy.",
        "Online",
        [],
    ),
    (
        "2026-05-06 07:55",
        "surveillance",
        "Man at the bus stop again",
        "The same man as on 21 March was at my bus stop and boarded the same bus.",
        "Romford Road bus stop",
        [],
    ),
    (
        "2026-05-17 22:10",
        "threats",
        "WhatsApp messages threatening my brother",
        "An unknown number sent me messages saying they know which bus my brother takes. I "
        "called 101 the same night.",
        "Home",
        ["chat"],
    ),
    (
        "2026-05-24 13:00",
        "impersonation",
        "Instagram account using my name",
        "An account @maryam.rahimi.real is using my photos and name and messaging my sources.",
        "Online (Instagram)",
        [],
    ),
    (
        "2026-06-03",
        "official_approach",
        "Embassy 'invitation'",
        "A man who said he was from the embassy called and invited me to 'discuss my return'.",
        "Phone",
        ["letter"],
    ),
    (
        "2026-06-12 18:45",
        "following",
        "Followed into the supermarket",
        "A man followed me around Westfield Stratford and took photos of me with his phone.",
        "Westfield Stratford",
        ["jpg_gps_DSCN0012.jpg"],
    ),
    (
        "2026-06-30 09:10",
        "property_damage",
        "Car tyres slashed",
        "All four tyres of my car were slashed overnight. A neighbour saw a man near the car at "
        "about 3 am.",
        "Outside my home",
        ["jpg_Nikon_D70.jpg"],
    ),
    (
        "2026-07-08 11:00",
        "online_harassment",
        "Hundreds of abusive comments",
        "After my report on the protests, hundreds of comments in Persian called for me to be "
        "punished. «باید مجازات شود»",
        "Online (Instagram)",
        [],
    ),
    (
        "2026-07-21 20:30",
        "threats_to_family",
        "Brother's passport taken at the airport",
        "My brother's passport was taken at Imam Khomeini airport and he was told it would be "
        "returned when I stop working.",
        "Tehran (family)",
        [],
    ),
    (
        "2026-08-02 15:15",
        "surveillance",
        "Drone over the garden",
        "A small drone hovered over our garden for about ten minutes.",
        "Home",
        [],
    ),
    (
        "2026-08-19 08:30",
        "following",
        "Grey Toyota at the school gate",
        "The grey Toyota AB12 CDE was outside my daughter's school at drop-off.",
        "Forest Gate",
        [],
    ),
    (
        "2026-09-01 23:40",
        "threats",
        "Voice message: 'your time is coming'",
        "A voice message in Persian said my time is coming. I kept the recording.",
        "Home",
        [],
    ),
    (
        "2026-09-14 12:20",
        "hacking_phishing",
        "Attempt to reset my e-mail password",
        "I received 14 password-reset codes for my work e-mail within an hour.",
        "Online",
        [],
    ),
    (
        "2026-09-28 17:05",
        "following",
        "Man waiting at the station again",
        "The man from March was waiting at Stratford station and followed me to the exit.",
        "Stratford, London",
        ["jpg_gps_DSCN0021.jpg"],
    ),
    (
        "2026-10-06 10:00",
        "threats",
        "Letter pushed through the door",
        "A handwritten letter in Persian was pushed through my door at night: «دست از کار بردار».",
        "Home",
        [],
    ),
    (
        "2026-10-15 21:50",
        "assault",
        "Pushed on the stairs",
        "A man pushed me on the station stairs and said my name. I fell and hurt my wrist.",
        "Stratford station",
        [],
    ),
    (
        "2026-10-22 19:30",
        "surveillance",
        "Car photographed outside home",
        "A passenger in a grey Toyota photographed my house.",
        "Outside my home",
        [],
    ),
    (
        "2026-10-28 21:10",
        "threats",
        "Threat against my daughter",
        "A message to my work e-mail named my daughter's school and said she should be careful.",
        "Online (e-mail)",
        [],
    ),
    # Last in the list so the numbers the reports and people below use stay the same.
    (
        "2026-03-18 19:30",
        "online_harassment",
        "Message in Chinese: «我们知道你的地址»",
        "A message from an unknown account in Chinese, sent to my work e-mail and to a colleague "
        "in Hong Kong: «我们知道你的地址，也认识你的同事。» (we know your address and your "
        "colleagues). The same account asked my colleague about my articles.",
        "Home",
        [],
    ),
]

REPORTS = {
    0: [
        (
            "101",
            "2026-03-02",
            "CAD 2214/02MAR26",
            "PC 2231 Evans",
            "Crime reference given; advised to keep a diary",
            "",
            "",
        )
    ],
    5: [("report_fraud", "2026-04-11", "NFRC260412345678", "", "Acknowledged by e-mail", "", "")],
    9: [
        (
            "101",
            "2026-05-17",
            "CAD 4412/17MAY26",
            "PC 1187 Okafor",
            "Officer to call back; flagged as vulnerable",
            "Counter Terrorism Policing",
            "",
        )
    ],
    12: [("ctp", "2026-06-13", "CTP-LDN-26-08812", "DS Harris", "Statement taken", "", "")],
    13: [
        (
            "101",
            "2026-06-30",
            "CAD 0931/30JUN26",
            "PCSO 7720 Ali",
            "Crime number 01/123456/26 given",
            "",
            "",
        )
    ],
    22: [
        (
            "999",
            "2026-10-15",
            "CAD 6650/15OCT26",
            "PC 3302 Lewis",
            "Officers attended; CCTV requested",
            "",
            "",
        )
    ],
}

CHAT = """17/05/2026, 21:58 - Messages and calls are end-to-end encrypted.
17/05/2026, 21:59 - +44 7700 900456: سلام خانم رحیمی
17/05/2026, 22:00 - +44 7700 900456: We know which bus your brother takes to the university
17/05/2026, 22:00 - +44 7700 900456: برادرت هر روز ساعت هفت سوار اتوبوس می‌شود
17/05/2026, 22:01 - Maryam: Who is this? Stop messaging me.
17/05/2026, 22:03 - +44 7700 900456: Stop writing about Iran. Last warning.
17/05/2026, 22:04 - +44 7700 900456: ‏این آخرین هشدار است
17/05/2026, 22:06 - Maryam: I am reporting this to the police.
17/05/2026, 22:07 - +44 7700 900456: <Media omitted>
"""

EMAIL = """Delivered-To: maryam@newsroom.example
Received: by 2002:a05:6a10:8e0f:b0:5a1:1234:abcd with SMTP id q15csp123456pxl;
        Fri, 10 Apr 2026 08:15:05 -0700 (PDT)
Received: from mail.bbc-persian-news.example (mail.bbc-persian-news.example. [203.0.113.9])
        by mx.newsroom.example with ESMTPS id a1si2345678wrx.111.2026.04.10.08.15.04
        for <maryam@newsroom.example>;
        Fri, 10 Apr 2026 08:15:04 -0700 (PDT)
Authentication-Results: mx.newsroom.example;
       dkim=fail header.i=@bbc-persian-news.example header.s=s1;
       spf=softfail (mx.newsroom.example: domain of editor@bbc-persian-news.example does not
 designate 198.51.100.7 as permitted sender) smtp.mailfrom=editor@bbc-persian-news.example;
       dmarc=fail (p=NONE) header.from=bbc-persian-news.example
Received: from [198.51.100.7] (unknown [198.51.100.7])
        by mail.bbc-persian-news.example (Postfix) with ESMTPSA id 4ZxYw;
        Fri, 10 Apr 2026 15:15:02 +0000 (UTC)
From: =?utf-8?b?2K/Yqtix2Kog2LPYsdiv2KjbjNix?= <editor@bbc-persian-news.example>
To: Maryam Rahimi <maryam@newsroom.example>
Subject: Shared document: interview schedule
Date: Fri, 10 Apr 2026 16:15:00 +0100
Message-ID: <abc123@bbc-persian-news.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Maryam,

Please review the interview schedule before tomorrow:
https://docs-google.example/login?doc=8812

Thanks, the editor
"""


def screenshot(path: Path) -> None:
    """A picture of a social-media post, drawn here (no real account is shown)."""
    from PIL import Image, ImageDraw, ImageFont

    font_path = ROOT / "resources" / "fonts"
    regular = next(iter(sorted(font_path.rglob("NotoSans-Regular.ttf"))), None)
    image = Image.new("RGB", (1080, 760), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(str(regular), 40) if regular else ImageFont.load_default()
    small = ImageFont.truetype(str(regular), 30) if regular else ImageFont.load_default()
    draw.rectangle((0, 0, 1080, 110), fill=(36, 129, 204))
    draw.text((40, 30), "Telegram  ·  @iran_watch_99", fill=(255, 255, 255), font=big)
    lines = [
        "Journalist Maryam Rahimi lives at",
        "14 Example Road, London E15.",
        "She works for foreign media.",
        "Everyone should know who she is.",
        "",
        "2 April 2026, 10:28  ·  1.2K views",
    ]
    for n, line in enumerate(lines):
        draw.text(
            (40, 160 + n * 80),
            line,
            fill=(20, 20, 20) if n < 4 else (110, 110, 110),
            font=big if n < 4 else small,
        )
    image.save(path, "PNG")


def make_files(workdir: Path) -> dict[str, Path]:
    files = {
        "chat": workdir / "WhatsApp Chat with +44 7700 900456.txt",
        "email": workdir / "Shared document interview schedule.eml",
        "screenshot": workdir / "Screenshot_20260402-103102.png",
        "letter": workdir / "embassy-letter.pdf",
    }
    files["chat"].write_text(CHAT, encoding="utf-8")
    files["email"].write_text(EMAIL, encoding="utf-8")
    screenshot(files["screenshot"])
    shutil.copy(TESTDATA / "letter.pdf", files["letter"])
    return files


PROVENANCE = {
    "chat": ("Exported from WhatsApp on my phone on 18 May 2026", "The phone, kept at home"),
    "email": ("Received in my work e-mail; saved as .eml on 11 April 2026", ""),
    "screenshot": ("Screenshot taken on my phone on 2 April 2026 at 10:31", ""),
    "letter": ("Letter scanned on 4 June 2026", "The paper letter, in a sealed envelope at home"),
}


def build(workdir: Path, zone: str = "Europe/London") -> Path:
    os.environ.setdefault("SAFELOG_KDF_PROFILE", "test")
    from safelog import profile
    from safelog.clock import FakeClock
    from safelog.dossier import DossierOptions, build_dossier
    from safelog.evidence import import_files, set_provenance
    from safelog.incidents.model import Incident, Person, PersonLink, Report
    from safelog.incidents.people import add_person
    from safelog.incidents.store import add_incident
    from safelog.incidents.when import parse_when
    from safelog.vault import Vault

    clock = FakeClock(datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    vault, _ = Vault.create(
        workdir / "vault", PASSPHRASE, owner_name="Maryam Rahimi", clock=clock, check_strength=False
    )
    made = make_files(workdir)
    with vault:
        profile.save(
            vault,
            profile.Profile(
                name="مریم رحیمی",
                name_latin="Maryam Rahimi",
                initials="MR",
                safe_contact="اول به ۰۷۷۰۰۹۰۰۱۱۱ پیامک بدهید؛ پیام صوتی نگذارید.",
                safe_contact_en="Text 07700 900111 first; never leave voicemail (shared phone). "
                "Do not visit the home address unannounced.",
                language="Persian (Farsi); good English",
                interpreter="yes",
            ),
        )
        man = add_person(
            vault,
            Person(
                name="Unknown man, grey Toyota AB12 CDE",
                kind="perpetrator_unknown",
                description="About 40, short dark hair, grey jacket",
                vehicle="Grey Toyota AB12 CDE",
                state_link="suspected",
            ),
        )
        account = add_person(
            vault,
            Person(
                name="حساب «ناظر ایران» @iran_watch_99",
                kind="perpetrator_unknown",
                description="Telegram account that posted my address",
            ),
        )
        witness = add_person(
            vault, Person(name="Mrs Jones (neighbour)", kind="witness", contact="07700 900123")
        )
        for n, (when, category, title, narrative, place, exhibits) in enumerate(INCIDENTS):
            tz = "Asia/Tehran" if "Tehran" in place else "Europe/London"
            people = []
            if category in ("following", "surveillance", "property_damage", "assault"):
                people.append(PersonLink(man.id, "perpetrator"))
            if category in ("online_harassment", "smear_doxxing") or n in (4, 9):
                people.append(PersonLink(account.id, "perpetrator"))
            if n in (0, 13):
                people.append(PersonLink(witness.id, "witness"))
            reports = [
                Report(
                    route=r[0],
                    date=r[1],
                    reference=r[2],
                    spoken_to=r[3],
                    outcome=r[4],
                    referred_to=r[5],
                    notes=r[6],
                )
                for r in REPORTS.get(n, [])
            ]
            incident = add_incident(
                vault,
                Incident(
                    title=title,
                    when=parse_when(when, tz=tz),
                    category=category,
                    narrative=narrative,
                    location=place,
                    coordinates=PLACES.get(place),
                    impact="I no longer walk home alone; I changed my route to work."
                    if n in (0, 22)
                    else "",
                    private_notes="not for export",
                    reports=reports,
                    people=people,
                ),
            )
            for name in exhibits:
                path = made.get(name) or CORPUS / name
                if not path.exists():
                    continue
                result = import_files(vault, incident.id, [path])[0]
                obtained, kept = PROVENANCE.get(name, ("Photo taken on my phone", ""))
                set_provenance(vault, result.exhibit.ref, obtained=obtained, original_kept=kept)
        result = build_dossier(
            vault,
            workdir / "bundle",
            DossierOptions(exclude=frozenset({"private-notes"}), timezone=zone, statement=True),
        )
    return result.path / "dossier.pdf"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "dossier"))
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument(
        "--keep-pdf",
        action="store_true",
        help="copy dossier.pdf (and the draft witness statement) to OUT too",
    )
    parser.add_argument(
        "--zone", default="Europe/London", help="the person's usual time zone (IANA name)"
    )
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="safelog-sample-") as tmp:
        pdf = build(Path(tmp), args.zone)
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(out / "page")], check=True
        )
        if args.keep_pdf:
            shutil.copy(pdf, out / "sample-dossier.pdf")
            shutil.copy(pdf.parent / "draft-witness-statement.pdf", out / "sample-statement.pdf")
    pages = sorted(out.glob("page-*.png"))
    total = sum(p.stat().st_size for p in pages)
    print(f"{len(pages)} pages rendered to {out} ({total / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
