"""No text in the dossier overprints other text, whatever the values (item 8 of issue 12).

The dossier is built with long values in every column - long dates, Persian names with
@handles, long references, long content types and custody records - and every page's word boxes
from ``pdftotext -bbox`` are compared: no two words may overlap.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from safelog.dossier import DossierOptions, build_dossier
from safelog.evidence import import_files, set_provenance
from safelog.incidents.model import CATEGORIES, Incident, Person, PersonLink, Report
from safelog.incidents.people import add_person
from safelog.incidents.store import add_incident
from safelog.incidents.when import parse_when
from tests.core.dossier_case import EMAIL, long_chat

WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
    r"(.*?)</word>"
)
LONG_REF = "CAD 4412/17MAY26 and crime reference 01/1234567/26-CONTINUED-REF"


def _overlaps(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    problems: list[str] = []
    for number, page in enumerate(out.split("<page ")[1:], 1):
        words = [
            (float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(page)
        ]
        words.sort()
        for i, (x0, y0, x1, y1, w) in enumerate(words):
            for u0, v0, u1, v1, other in words[i + 1 :]:
                if u0 >= x1 - 0.6:
                    break  # sorted by left edge: nothing further right can overlap
                # Boxes span the font's whole ascent and descent, taller than the line
                # spacing of Arabic script: lines overlap a little by design. Overprinting
                # means sharing most of the height and some width.
                shared = min(y1, v1) - max(y0, v0)
                if shared > 0.5 * min(y1 - y0, v1 - v0) and min(x1, u1) - max(x0, u0) > 0.6:
                    problems.append(f"page {number}: {w!r} overlaps {other!r}")
    return problems


def test_no_word_overlaps_another_with_long_values_everywhere(vault, tmp_path):
    names = [
        "مرد با ماشین خاکستری @iran_watch_99_official_account_backup",
        "Dr Alexandria Konstantinopoulou-Whitfield-Smythe (neighbour, flat 12B)",
        "@verylonghandlewithoutanyspaces_and_more_characters_than_fit_1234567890",
    ]
    people = [
        add_person(
            vault,
            Person(
                name=name,
                kind="perpetrator_unknown" if n < 2 else "witness",
                description="About 40, short dark hair, grey jacket, glasses, a scar on the left "
                "cheek " * 3,
                vehicle="Grey Toyota Corolla Hybrid Estate AB12 CDE",
                contact="07700 900123, or via her daughter on +44 7700 900456 after 6pm",
            ),
        ).id
        for n, name in enumerate(names)
    ]
    # Enough people for the table to cross a page: one header per page, never mid-page, and
    # its last row stays above the footer (a row in the footer would overlap its words).
    people += [
        add_person(
            vault,
            Person(
                name=f"Witness {n} @handle_{n} شاهد",
                kind="witness",
                contact="via the caseworker " * 3,
            ),
        ).id
        for n in range(45)
    ]
    categories = list(CATEGORIES)
    ids = []
    for n in range(16):
        when = parse_when(
            f"about 2026-09-{10 + n:02d} 23:45",
            tz="Asia/Tehran" if n % 2 else "Europe/London",
            end=f"2026-09-{11 + n:02d} 01:30",
        )
        inc = add_incident(
            vault,
            Incident(
                title="Threatening message from a new account " * 4,
                when=when,
                category=categories[n % len(categories)],
                location="Westfield Stratford City shopping centre, Montfichet Road, London E20",
                narrative="They wrote «می‌دانیم کجا زندگی می‌کنی» again. " * 5,
                reports=[
                    Report(
                        route="local_online",
                        date="2026-09-30",
                        reference=LONG_REF,
                        spoken_to="Detective Constable 123456 Konstantinopoulou",
                        outcome="Crime report taken; safeguarding referral made; advice",
                        referred_to="Counter Terrorism Policing (Metropolitan Police)",
                    )
                ],
                people=[
                    PersonLink(pid, "perpetrator" if k < 2 else "witness")
                    for k, pid in enumerate(people[:3] if n else people)
                ],
            ),
        )
        ids.append(inc.id)
    chat = tmp_path / "chat.txt"
    chat.write_text(long_chat(30), encoding="utf-8")
    for path in (chat, EMAIL):
        ref = import_files(vault, ids[0], [path])[0].exhibit.ref
        set_provenance(
            vault,
            ref,
            obtained="Exported from the phone of my cousin in Tehran "
            "and sent to me over Signal " * 3,
            original_kept="x" * 200,
        )
    result = build_dossier(vault, tmp_path / "bundle", DossierOptions())
    problems = _overlaps(result.pdf_path)
    assert not problems, "\n".join(problems[:20])
    pages = subprocess.run(
        ["pdftotext", str(result.pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    with_people = [p for p in pages if "Witness 44" in p or "Witness 1 " in p]
    assert len(with_people) >= 2
    for page in pages:
        assert page.count("Name or description") <= 1
