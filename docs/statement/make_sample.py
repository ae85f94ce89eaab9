"""Remake the sample pages in this folder (run from the repository root):

    SAFELOG_KDF_PROFILE=test .venv/bin/python docs/statement/make_sample.py /tmp/sample
    pdftoppm -r 60 -png /tmp/sample/bundle/draft-witness-statement.pdf statement-page

The case is made up: tests/core/legal_case.py plus a mixed English/Persian incident and a second
second-hand one written wholly in Persian.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from safelog.dossier import DossierOptions, build_dossier
from safelog.incidents.model import Incident, Report
from safelog.incidents.store import add_incident, get_incident, update_incident
from safelog.incidents.when import parse_when
from safelog.vault import Vault
from tests.core.legal_case import build_case


def main(out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    (out / "files").mkdir(parents=True)
    vault, _ = Vault.create(out / "vault", "correct horse battery staple orbit")
    with vault:
        ids = build_case(vault, out / "files")
        second = get_incident(vault, ids["second"])
        second.reports.append(
            Report(
                route="101",
                date="2026-04-28",
                reference="CAD 1187/28APR26",
                spoken_to="PC Adeyemi 2210",
                outcome="Crime reference given",
            )
        )
        update_incident(vault, ids["second"], second)
        add_incident(
            vault,
            Incident(
                "Shouted at outside the mosque",
                parse_when("about 2026-05-08 13:30", tz="Europe/London"),
                category="threats",
                location="Green Lane, Ilford",
                narrative="Two men I did not know walked past me after Friday prayers. One said "
                "«خائن» (traitor) and «می‌دانیم کجا زندگی می‌کنی» (we know where you live) before "
                "they walked to a white van.",
                impact="I was shaking and asked my friend to drive me home.",
                behaviours=["contacting"],
                effects=["fear-of-violence"],
            ),
        )
        add_incident(
            vault,
            Incident(
                "پیام صوتی به مادرم",
                parse_when("2026-05-25 09:00", tz="Asia/Tehran"),
                category="threats_to_family",
                narrative="مادرم یک پیام صوتی از شماره ناشناس دریافت کرد که می‌گفت دخترت باید به "
                "ایران برگردد.\nاو از ترس گوشی‌اش را خاموش کرد.",
                source="مادرم، در تماس ویدیویی واتس‌اپ، ۲۶ مه ۲۰۲۶",
                behaviours=["contacting"],
                attribution="The caller used my father's national ID number, which only the "
                "authorities hold.",
            ),
        )
        result = build_dossier(vault, out / "bundle", DossierOptions(statement=True))
        print(result.path)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
