"""The legal annex read back with pdftotext: behaviours, occasions, orders, risk, sources."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from safelog.dossier import DossierOptions, build_dossier
from safelog.dossier.collect import collect
from tests.core.legal_case import PERSIAN_SOURCE, build_case


def _pdftotext(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_legal_annex_in_the_dossier(vault, tmp_path):
    ids = build_case(vault)
    result = build_dossier(vault, tmp_path / "bundle")
    text = _pdftotext(result.pdf_path)
    flat = _squash(text)
    assert "Legal annex" in text and "It is not legal advice" in flat
    # Orders in force with their breach beneath.
    assert f"Order {ids['spo']}: Stalking Protection Order, made 14 April 2026" in flat
    assert "SPO/2026/0412" in flat and "Breaches recorded in this dossier: 1" in flat
    # Occasions per suspected perpetrator: two, so a possible course of conduct.
    assert "Man in grey Passat: 2 occasions (two or more occasions" in flat
    # A table per behaviour with its incidents.
    assert "Behaviour: Watching or spying (2 incidents)" in flat
    assert "Behaviour: Publishing material about the person (1 incident)" in flat
    assert "Effect: Fear of violence (1 incident)" in flat
    # Risk assessments, latest first.
    assert flat.index("22 May 2026 High") < flat.index("20 March 2026 Medium")
    # Attribution printed, and the law named with its source.
    assert "spoke on Iran International" in flat
    assert "legislation.gov.uk/ukpga/1997/40/section/2A" in flat
    assert "Civil Evidence Act 1995" in flat
    # The second-hand incident is marked in the chronology with its source.
    assert "Second-hand (information and belief). Source:" in flat
    assert "Second-hand incidents and their sources" in flat
    assert "مریم" in text  # the Persian source is printed (pdftotext gives logical order)


def test_latest_risk_is_on_the_collected_data_for_page_one(vault):
    build_case(vault)
    data = collect(vault, DossierOptions())
    assert data.legal.latest_risk is not None and data.legal.latest_risk.level == "high"
    assert [o.order.reference for o in data.legal.orders] == ["SPO/2026/0412"]


def test_sources_can_be_left_out_but_the_mark_stays(vault, tmp_path):
    build_case(vault)
    result = build_dossier(
        vault, tmp_path / "bundle", DossierOptions(exclude=frozenset({"private-notes", "sources"}))
    )
    text = _pdftotext(result.pdf_path)
    assert PERSIAN_SOURCE.split()[0] not in text
    assert "Second-hand (information and belief). Source: (source not disclosed" in _squash(text)


def test_no_annex_when_nothing_legal_was_recorded(vault, tmp_path):
    from safelog.incidents.model import Incident
    from safelog.incidents.store import add_incident
    from safelog.incidents.when import parse_when

    add_incident(vault, Incident("A plain entry", parse_when("2026-05-03 10:00")))
    text = _pdftotext(build_dossier(vault, tmp_path / "bundle").pdf_path)
    assert "Legal annex" not in text


def test_page_one_prints_the_latest_risk_assessment(vault, tmp_path):
    build_case(vault)
    result = build_dossier(vault, tmp_path / "bundle")
    first_page = _squash(_pdftotext(result.pdf_path).split("\f")[0])
    assert "Latest police risk assessment: High on 22 May 2026" in first_page
    assert "Medium" not in first_page  # only the latest is on page 1; all are in the annex
