"""A recorded place as an English phrase: "at home", "online (Telegram)", "in Stratford, London".

People type the "where" of an incident in every form: "Home", "Outside my home", "Online
(Telegram)", "Phone", "Tehran (family)", "Romford Road bus stop". SafeLog's own sentences (the
draft statement, the latest incident on page 1) put it after a verb, so it needs the right
preposition, or none when the person already wrote one. The person's words are kept as typed;
only a capital at the very start of a phrase that now sits mid-sentence is lowered.
"""

from __future__ import annotations

import re

from ..zones import find_zone

# Words a place can start with that already say how it relates: no preposition is added.
_PREPOSITIONS = frozenset(
    "at in on outside inside near by behind opposite across around along beside from into "
    "towards toward via over under through between within off outside_of next close".split()
)
_DETERMINERS = frozenset("my our the a an his her their your someone's".split())
_HOME = re.compile(r"(?:at\s+)?(?:my\s+|our\s+)?home\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_ONLINE = re.compile(r"online\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_PHONE = frozenset(
    {"phone", "telephone", "phone call", "by phone", "by telephone", "on the phone", "call"}
)
_EMAIL = frozenset({"email", "e-mail", "by email", "by e-mail"})
_PLATFORMS = frozenset(
    "telegram whatsapp signal instagram facebook twitter x tiktok youtube wechat weibo "
    "linkedin snapchat viber imo discord reddit clubhouse threads bluesky mastodon".split()
)
# A place named by what it is ("Stratford station", "the school gate") is somewhere one is at.
_FACILITIES = frozenset(
    "station stop airport office embassy consulate school gate shop supermarket centre center "
    "park cafe café restaurant mosque church temple gurdwara synagogue hospital building door "
    "house flat apartment bus train tube platform market mall hotel library university "
    "college court street road lane square corner entrance car block estate border "
    "checkpoint port terminal".split()
)


def _lower_first(text: str) -> str:
    """ "Outside my home" -> "outside my home"; "UK", "iPhone" and names stay as written."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _rest(rest: str) -> str:
    """What follows "home": ", London" reads "in London"; "(London)" stays."""
    rest = rest.strip()
    if rest.startswith(","):
        after = rest[1:].strip()
        return f" in {after}" if after else ""
    if rest.startswith(":"):
        return rest
    return f" {rest}" if rest else ""


def place_phrase(location: str) -> str:
    """The place as a phrase that can follow "This happened on 2 March 2026": "at home",
    "outside my home", "online (Telegram)", "by phone", "in Tehran (family)", "at Westfield"."""
    text = " ".join(location.split()).rstrip(".")
    if not text:
        return ""
    low = text.lower().rstrip(".")
    home = _HOME.fullmatch(text)
    if home and (not home.group("rest") or home.group("rest")[0] in " ,(-"):
        return "at home" + _rest(home.group("rest"))
    online = _ONLINE.fullmatch(text)
    if online and (not online.group("rest") or online.group("rest")[0] in " ,(:-"):
        return "online" + _rest(online.group("rest"))
    if low in _PHONE:
        return "by phone"
    if low in _EMAIL:
        return "by e-mail"
    if low in _PLATFORMS:
        return f"on {text}"
    first = low.split(" ", 1)[0]
    if first in _PREPOSITIONS or low.startswith(("next to ", "close to ")):
        return _lower_first(text)
    if first in _DETERMINERS:
        return "at " + _lower_first(text)
    head = re.split(r"[,(]", low, maxsplit=1)[0].strip()
    if head.split(" ")[-1] in _FACILITIES:
        return f"at {text}"
    if "," in text or find_zone(head) is not None:
        return f"in {text}"  # an area, a city or a country: "in White City, London"
    return f"at {text}"
