"""A realistic case for the legal annex and the draft statement tests (made up by us)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from safelog import profile
from safelog.evidence.importer import import_files
from safelog.incidents.model import Incident, Person, PersonLink
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from safelog.legal import orders, risk
from safelog.vault import Vault

PERSIAN_NARRATIVE = (
    "مأموران به خانه پدرم در شیراز رفتند و درباره کارهای من در لندن از او "
    "پرسیدند. گفتند اگر دست برندارم، گذرنامه‌اش را می‌گیرند."
)
PERSIAN_SOURCE = "خواهرم مریم، تلفنی در ۲۰ مه ۲۰۲۶"


def build_case(vault: Vault, tmp: Path | None = None) -> dict[str, int]:
    """Four incidents over two months: one perpetrator twice, an SPO breached, a second-hand
    Persian incident, a risk assessment; with ``tmp``, a photograph and a screenshot as
    exhibits. Returns the ids the tests refer to."""
    profile.save(
        vault,
        profile.Profile(
            name="Maryam Rahimi", initials="MR", language="English and Persian", interpreter="no"
        ),
    )
    spo = orders.add_order(
        vault,
        orders.Order(
            kind="spo",
            made="2026-04-14",
            court="Westminster Magistrates' Court",
            reference="SPO/2026/0412",
            terms="Must not contact Maryam Rahimi by any means or come "
            "within 100 metres of her home.",
            expires="2028-04-14",
        ),
    )
    risk.add_risk(
        vault,
        risk.RiskAssessment(
            date="2026-03-20",
            level="medium",
            tool="S-DASH",
            by="DC Helen Price 4471",
            reference="CAD 2231",
        ),
    )
    risk.add_risk(
        vault,
        risk.RiskAssessment(
            date="2026-05-22",
            level="high",
            tool="S-DASH",
            by="DC Helen Price 4471",
            reference="CAD 3107",
        ),
    )
    man = add_person(
        vault,
        Person(
            name="Man in grey Passat",
            kind="perpetrator_unknown",
            vehicle="grey VW Passat, partial plate LK19",
        ),
    )
    first = add_incident(
        vault,
        Incident(
            "Followed from the tube to my flat",
            parse_when("2026-03-12 18:40", tz="Europe/London"),
            category="following",
            location="Walthamstow Central to Hoe Street",
            narrative="A man in a grey Passat drove slowly beside me from the station and parked "
            "opposite my door. He photographed my window for about ten minutes.",
            impact="I did not sleep that night and now take a taxi home.",
            people=[PersonLink(man.id, "perpetrator")],
            behaviours=["following", "watching"],
            effects=["alarm-distress"],
        ),
    )
    second = add_incident(
        vault,
        Incident(
            "Same car outside my flat again",
            parse_when("2026-04-28 07:15", tz="Europe/London"),
            category="surveillance",
            location="Hoe Street, London E17",
            narrative="The same grey Passat was parked opposite my door when I left for work. The "
            "driver held up his phone towards me.",
            people=[PersonLink(man.id, "perpetrator")],
            behaviours=["loitering", "watching"],
            effects=["fear-of-violence"],
            breach_of=[spo.id],
            attribution="The car was first seen the week after I spoke on Iran International, and "
            "the same plate was photographed outside the embassy.",
        ),
    )
    third = add_incident(
        vault,
        Incident(
            "Officers questioned my father in Shiraz",
            parse_when("2026-05-19", tz="Asia/Tehran"),
            category="threats_to_family",
            narrative=PERSIAN_NARRATIVE,
            source=PERSIAN_SOURCE,
            behaviours=["contacting"],
            attribution="Only the intelligence ministry questions families about work abroad.",
        ),
    )
    fourth = add_incident(
        vault,
        Incident(
            "Post about me on a new Instagram account",
            parse_when("2026-05-30 22:05", tz="Europe/London"),
            category="smear_doxxing",
            narrative="An account called @truth_about_maryam posted my "
            "photo and my street name, calling me a traitor.",
            behaviours=["publishing"],
        ),
    )
    if tmp is not None:
        photo, shot = tmp / "IMG_2041.jpg", tmp / "Screenshot_instagram.png"
        Image.new("RGB", (640, 480), (96, 104, 112)).save(photo, quality=80)
        Image.new("RGB", (360, 640), (240, 240, 240)).save(shot)
        import_files(vault, first.id, [photo])
        import_files(
            vault,
            fourth.id,
            [shot],
            online={
                "platform": "Instagram",
                "url": "https://instagram.com/truth_about_maryam",
                "account": "@truth_about_maryam",
            },
        )
    return {
        "spo": spo.id or 0,
        "man": man.id or 0,
        "first": first.id or 0,
        "second": second.id or 0,
        "third": third.id or 0,
        "fourth": fourth.id or 0,
    }
