"""Time zones by the names a person reads in their own language: "وقت عادی ایران", "Иран".

The core finds a zone from English places ("Tehran", "Iran", :mod:`safelog.zones`). A person
writing in Persian or Russian types the place in their own script, so the editor also offers
Qt's own localized zone names (the Unicode CLDR's generic names, such as "وقت عادی ایران" for
Asia/Tehran and "Иран, стандартное время" in Russian), which usually name the country. They are
Qt's data, not the person's: nothing about the person is kept, and they are built once per
language when the editor first needs them.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLocale, QTimeZone

from safelog import zones

SEPARATOR = " — "  # "وقت عادی ایران — Asia/Tehran": the zone after the last separator


@lru_cache(maxsize=4)
def _names(locale_name: str) -> tuple[tuple[str, str], ...]:
    locale = QLocale(locale_name)
    named: list[tuple[str, str]] = []
    for zone in zones.all_zones():
        tz = QTimeZone(zone.encode())
        name = tz.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, locale)
        # Qt falls back to "GMT+03:30" where it has no name: that names no place.
        if tz.isValid() and name and not name.startswith(("GMT", "UTC")):
            named.append((name, zone))
    return tuple(named)


def local_names(locale: QLocale | None = None) -> tuple[tuple[str, str], ...]:
    """(name in the reader's language, zone) for every zone Qt names; none in English."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return ()
    return _names(locale.name())


def labels(locale: QLocale | None = None) -> list[str]:
    """Completer entries: "وقت عادی ایران — Asia/Tehran"."""
    return [f"{name}{SEPARATOR}{zone}" for name, zone in local_names(locale)]


def find_local(text: str, locale: QLocale | None = None) -> str | None:
    """The zone whose localized name is, or alone contains, what was typed; None if unsure."""
    typed = " ".join(text.casefold().split())
    if len(typed) < 2:
        return None
    found = {zone for name, zone in local_names(locale) if typed == name.casefold()}
    if not found:
        found = {zone for name, zone in local_names(locale) if typed in name.casefold()}
    return found.pop() if len(found) == 1 else None
