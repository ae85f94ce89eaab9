"""How to reach the organisations the checklists name under "Who can help".

A support worker walking a client through a checklist needs the number or address there and
then, not only the organisation's name. The checklists name organisations in words that are
translated; these details are the same in every language (numbers, addresses), so they are kept
once here, keyed by the English name the checklist files use, and shown beside the translated
name. Each comes from a source listed in the project's domain notes (DOMAIN.md: [NSH], [PAL],
[RF], [SERS], [AN], [RHC], [FLD]); names that carry their number already are not repeated.
"""

from __future__ import annotations

CONTACTS: dict[str, str] = {
    "National Stalking Helpline": "0808 802 0300",
    "Paladin": "020 3866 4107",
    "Report Fraud": "reportfraud.police.uk · 0300 123 2040",
    "Suspicious Email Reporting Service": "report@phishing.gov.uk · 7726",
    "Access Now Digital Security Helpline": "accessnow.org/help",
    "Front Line Defenders": "frontlinedefenders.org",
    "Report Harmful Content": "reportharmfulcontent.com",
}


def contacts_for(helpers: tuple[str, ...]) -> tuple[str, ...]:
    """The contact details for each English helper name, "" where there are none."""
    return tuple(CONTACTS.get(name, "") for name in helpers)
