"""Languages of the core: which one the person reads, and the translated sentences.

The app and ``safelog-cli`` share one list of languages and one way of choosing among them, so a
person sees the same language in the window, at the terminal and in every error sentence. The core
uses GNU gettext catalogues (``resources/translations/core/<lang>.mo``); the app's own strings are
Qt's ``.qm`` files, built from the same language codes.

Error sentences are translated when they are raised, in the language chosen at that moment, so a
``SafeLogError`` carries a sentence ready to show.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import paths


@dataclass(frozen=True)
class Language:
    """One language SafeLog ships: its code, its own name, and who has checked it."""

    code: str
    native_name: str
    english_name: str
    rtl: bool
    reviewed: bool  # True only once a native speaker has checked every string


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", rtl=False, reviewed=True),
        Language("fa", "فارسی", "Persian", rtl=True, reviewed=False),
        Language("ar", "العربية", "Arabic", rtl=True, reviewed=False),
        Language("ur", "اردو", "Urdu", rtl=True, reviewed=False),
        Language("zh_CN", "简体中文", "Chinese (Simplified)", rtl=False, reviewed=False),
        Language("zh_TW", "繁體中文", "Chinese (Traditional)", rtl=False, reviewed=False),
        Language("ru", "Русский", "Russian", rtl=False, reviewed=False),
        Language("tr", "Türkçe", "Turkish", rtl=False, reviewed=False),
        Language("ti", "ትግርኛ", "Tigrinya", rtl=False, reviewed=False),
    )
}
DEFAULT = "en"
# Regions and scripts that read Traditional Chinese; every other Chinese reads Simplified.
_TRADITIONAL = frozenset({"TW", "HK", "MO", "HANT"})


def match_language(tag: str) -> str | None:
    """The shipped language for a locale tag such as ``zh_HK.UTF-8``, ``ru-RU`` or ``fa``.

    ``None`` when SafeLog does not ship the language (or the tag is ``C``/``POSIX``), so the caller
    can try the next tag in the person's list.
    """
    tag = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not tag or tag in {"C", "POSIX"}:
        return None
    parts = tag.split("_")
    lang = parts[0].lower()
    rest = {part.upper() for part in parts[1:]}
    if lang == "zh":
        return "zh_TW" if rest & _TRADITIONAL else "zh_CN"
    return lang if lang in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the desktop asks for, read as gettext does.

    ``LANGUAGE`` (a colon-separated list of preferences) counts unless the locale is ``C``; then
    the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set. English when nothing matches.
    """
    env = os.environ if environ is None else environ
    locale_tag = ""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            locale_tag = env[name]
            break
    candidates: list[str] = []
    if env.get("LANGUAGE") and locale_tag.split(".")[0] not in {"C", "POSIX"}:
        candidates.extend(env["LANGUAGE"].split(":"))
    candidates.append(locale_tag)
    for candidate in candidates:
        found = match_language(candidate)
        if found:
            return found
    return DEFAULT


def resolve(choice: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The person's choice when it is a shipped language, otherwise the desktop's."""
    if choice:
        found = match_language(choice)
        if found:
            return found
    return language_from_environment(environ)


def catalogue_folder() -> Path:
    return paths.resource("translations") / "core"


@cache
def _catalogue(code: str) -> gettext.NullTranslations:
    if code == DEFAULT:
        return gettext.NullTranslations()
    try:
        mo = catalogue_folder() / f"{code}.mo"
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except (FileNotFoundError, OSError):
        return gettext.NullTranslations()


_current: list[str] = [DEFAULT]


def set_language(code: str) -> str:
    """Translate the core's sentences into ``code`` (a shipped language) from now on."""
    chosen = code if code in LANGUAGES else DEFAULT
    _current[0] = chosen
    return chosen


def current_language() -> str:
    return _current[0]


def _(message: str) -> str:
    """``message`` in the current language (English when it has no translation yet)."""
    return _catalogue(_current[0]).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a sentence about ``count`` things that the current language uses."""
    return _catalogue(_current[0]).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it now (it is translated on use)."""
    return message
