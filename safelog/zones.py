"""Finding a time zone by the place a person names: "Tehran", "Iran", "Hong Kong", "London".

People who log something that happened abroad know the city or the country, not the IANA name
("Asia/Tehran"). The table below maps countries and well-known cities that are not themselves
part of a zone name to their zone; every zone's own city part ("Hong_Kong" in
"Asia/Hong_Kong") is found as well. Countries with several zones map to the one most people
live in. Recently used zones come from the vault itself (the incidents already logged), so no
place is ever written outside it.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

if TYPE_CHECKING:
    from .vault import Vault

PLACES: dict[str, str] = {
    # countries (and common short names)
    "afghanistan": "Asia/Kabul",
    "albania": "Europe/Tirane",
    "algeria": "Africa/Algiers",
    "argentina": "America/Argentina/Buenos_Aires",
    "armenia": "Asia/Yerevan",
    "australia": "Australia/Sydney",
    "austria": "Europe/Vienna",
    "azerbaijan": "Asia/Baku",
    "bahrain": "Asia/Bahrain",
    "bangladesh": "Asia/Dhaka",
    "belarus": "Europe/Minsk",
    "belgium": "Europe/Brussels",
    "bosnia": "Europe/Sarajevo",
    "brazil": "America/Sao_Paulo",
    "bulgaria": "Europe/Sofia",
    "cambodia": "Asia/Phnom_Penh",
    "canada": "America/Toronto",
    "chile": "America/Santiago",
    "china": "Asia/Shanghai",
    "colombia": "America/Bogota",
    "croatia": "Europe/Zagreb",
    "cuba": "America/Havana",
    "cyprus": "Asia/Nicosia",
    "czechia": "Europe/Prague",
    "czech republic": "Europe/Prague",
    "denmark": "Europe/Copenhagen",
    "egypt": "Africa/Cairo",
    "eritrea": "Africa/Asmara",
    "estonia": "Europe/Tallinn",
    "ethiopia": "Africa/Addis_Ababa",
    "finland": "Europe/Helsinki",
    "france": "Europe/Paris",
    "georgia": "Asia/Tbilisi",
    "germany": "Europe/Berlin",
    "ghana": "Africa/Accra",
    "greece": "Europe/Athens",
    "hong kong": "Asia/Hong_Kong",
    "hungary": "Europe/Budapest",
    "iceland": "Atlantic/Reykjavik",
    "india": "Asia/Kolkata",
    "indonesia": "Asia/Jakarta",
    "iran": "Asia/Tehran",
    "iraq": "Asia/Baghdad",
    "ireland": "Europe/Dublin",
    "israel": "Asia/Jerusalem",
    "italy": "Europe/Rome",
    "japan": "Asia/Tokyo",
    "jordan": "Asia/Amman",
    "kazakhstan": "Asia/Almaty",
    "kenya": "Africa/Nairobi",
    "kuwait": "Asia/Kuwait",
    "kyrgyzstan": "Asia/Bishkek",
    "latvia": "Europe/Riga",
    "lebanon": "Asia/Beirut",
    "libya": "Africa/Tripoli",
    "lithuania": "Europe/Vilnius",
    "luxembourg": "Europe/Luxembourg",
    "malaysia": "Asia/Kuala_Lumpur",
    "mexico": "America/Mexico_City",
    "moldova": "Europe/Chisinau",
    "morocco": "Africa/Casablanca",
    "myanmar": "Asia/Yangon",
    "burma": "Asia/Yangon",
    "nepal": "Asia/Kathmandu",
    "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam",
    "new zealand": "Pacific/Auckland",
    "nigeria": "Africa/Lagos",
    "north korea": "Asia/Pyongyang",
    "norway": "Europe/Oslo",
    "oman": "Asia/Muscat",
    "pakistan": "Asia/Karachi",
    "palestine": "Asia/Gaza",
    "philippines": "Asia/Manila",
    "poland": "Europe/Warsaw",
    "portugal": "Europe/Lisbon",
    "qatar": "Asia/Qatar",
    "romania": "Europe/Bucharest",
    "russia": "Europe/Moscow",
    "rwanda": "Africa/Kigali",
    "saudi arabia": "Asia/Riyadh",
    "serbia": "Europe/Belgrade",
    "singapore": "Asia/Singapore",
    "slovakia": "Europe/Bratislava",
    "slovenia": "Europe/Ljubljana",
    "somalia": "Africa/Mogadishu",
    "south africa": "Africa/Johannesburg",
    "south korea": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "spain": "Europe/Madrid",
    "sri lanka": "Asia/Colombo",
    "sudan": "Africa/Khartoum",
    "sweden": "Europe/Stockholm",
    "switzerland": "Europe/Zurich",
    "syria": "Asia/Damascus",
    "taiwan": "Asia/Taipei",
    "tajikistan": "Asia/Dushanbe",
    "thailand": "Asia/Bangkok",
    "tibet": "Asia/Shanghai",
    "tunisia": "Africa/Tunis",
    "turkey": "Europe/Istanbul",
    "türkiye": "Europe/Istanbul",
    "turkmenistan": "Asia/Ashgabat",
    "uganda": "Africa/Kampala",
    "ukraine": "Europe/Kyiv",
    "united arab emirates": "Asia/Dubai",
    "uae": "Asia/Dubai",
    "united kingdom": "Europe/London",
    "uk": "Europe/London",
    "britain": "Europe/London",
    "great britain": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "northern ireland": "Europe/London",
    "united states": "America/New_York",
    "usa": "America/New_York",
    "us": "America/New_York",
    "america": "America/New_York",
    "uzbekistan": "Asia/Tashkent",
    "venezuela": "America/Caracas",
    "vietnam": "Asia/Ho_Chi_Minh",
    "yemen": "Asia/Aden",
    "zimbabwe": "Africa/Harare",
    "macau": "Asia/Macau",
    "xinjiang": "Asia/Urumqi",
    # cities that are not the city part of a zone name
    "mashhad": "Asia/Tehran",
    "isfahan": "Asia/Tehran",
    "shiraz": "Asia/Tehran",
    "tabriz": "Asia/Tehran",
    "herat": "Asia/Kabul",
    "mazar-i-sharif": "Asia/Kabul",
    "islamabad": "Asia/Karachi",
    "lahore": "Asia/Karachi",
    "peshawar": "Asia/Karachi",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "wuhan": "Asia/Shanghai",
    "chengdu": "Asia/Shanghai",
    "lhasa": "Asia/Shanghai",
    "ankara": "Europe/Istanbul",
    "izmir": "Europe/Istanbul",
    "abu dhabi": "Asia/Dubai",
    "jeddah": "Asia/Riyadh",
    "mecca": "Asia/Riyadh",
    "alexandria": "Africa/Cairo",
    "st petersburg": "Europe/Moscow",
    "saint petersburg": "Europe/Moscow",
    "kiev": "Europe/Kyiv",
    "odesa": "Europe/Kyiv",
    "kharkiv": "Europe/Kyiv",
    "manchester": "Europe/London",
    "birmingham": "Europe/London",
    "leeds": "Europe/London",
    "glasgow": "Europe/London",
    "edinburgh": "Europe/London",
    "cardiff": "Europe/London",
    "belfast": "Europe/London",
    "liverpool": "Europe/London",
    "bristol": "Europe/London",
    "hamburg": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "geneva": "Europe/Zurich",
    "the hague": "Europe/Amsterdam",
    "rotterdam": "Europe/Amsterdam",
    "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "marseille": "Europe/Paris",
    "lyon": "Europe/Paris",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "melbourne": "Australia/Melbourne",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
    "osaka": "Asia/Tokyo",
    "hanoi": "Asia/Bangkok",
    "saigon": "Asia/Ho_Chi_Minh",
    "erbil": "Asia/Baghdad",
    "aleppo": "Asia/Damascus",
    "abuja": "Africa/Lagos",
    "mogadishu": "Africa/Mogadishu",
    "kowloon": "Asia/Hong_Kong",
}


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.strip().lower().replace("_", " "))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


@lru_cache(maxsize=1)
def all_zones() -> tuple[str, ...]:
    """Every IANA zone name this computer knows, sorted; the legacy aliases left out."""
    return tuple(
        sorted(
            z
            for z in available_timezones()
            if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))
        )
    )


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for zone in all_zones():
        index.setdefault(_key(zone.rsplit("/", 1)[1]), zone)
        index.setdefault(_key(zone), zone)
    for place, zone in PLACES.items():
        index[_key(place)] = zone
    return index


def find_zone(text: str) -> str | None:
    """The IANA zone for a zone name, a city or a country the person typed; None if unknown.

    Exact names win ("Europe/London", "london", "Hong Kong", "Iran"); otherwise a place whose
    name starts with what was typed, if only one zone matches ("tehr").
    """
    if not text.strip():
        return None
    if "/" in text and text.strip() in available_timezones():
        return text.strip()
    key = _key(text)
    index = _index()
    if key in index:
        return index[key]
    if text.strip() in available_timezones():  # "UTC", and legacy names such as "GB"
        return text.strip()
    candidates = {zone for place, zone in index.items() if place.startswith(key)}
    return candidates.pop() if len(key) >= 3 and len(candidates) == 1 else None


def search_zones(text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(place as known, zone) pairs whose place or zone contains ``text``, best first."""
    key = _key(text)
    if not key:
        return []
    hits = [(place, zone) for place, zone in _index().items() if key in place]
    hits.sort(key=lambda hit: (not hit[0].startswith(key), len(hit[0]), hit[0]))
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str]] = []
    for place, zone in hits:
        if (place, zone) not in seen:
            seen.add((place, zone))
            out.append((place, zone))
    return out[:limit]


def place_labels() -> list[tuple[str, str]]:
    """(label, zone) for a completer: "Iran — Asia/Tehran", "Tehran — Asia/Tehran", ..."""
    labels = [(f"{place.title()} — {zone}", zone) for place, zone in PLACES.items()]
    labels += [(zone, zone) for zone in all_zones()]
    return sorted(labels, key=lambda item: item[0].lower())


def recent_zones(vault: Vault, limit: int = 5) -> list[str]:
    """Zones of the most recently written incidents, newest first, each once.

    Read from the vault, so which places matter to the person is never stored anywhere else.
    """
    rows = vault.conn.execute(
        "SELECT doc FROM incidents ORDER BY updated_at DESC, id DESC LIMIT 200"
    ).fetchall()
    zones: list[str] = []
    for (doc,) in rows:
        try:
            zone = json.loads(doc).get("when", {}).get("tz") or ""
        except (ValueError, AttributeError):
            continue
        if zone and zone not in zones:
            zones.append(zone)
        if len(zones) >= limit:
            break
    return zones
