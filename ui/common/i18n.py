"""Languages: loading SafeLog's and Qt's translations, right-to-left layout, scripts' fonts.

Every visible string goes through Qt's ``tr()``, so ``pyside6-lupdate`` can extract it into
``resources/translations/safelog_<lang>.ts`` (see ``scripts/i18n.py``). Which language, and the
list of languages, come from ``safelog.i18n``, so the window, ``safelog-cli`` and the core's error
sentences always agree. Persian, Arabic and Urdu mirror the whole layout.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase

from safelog import i18n, paths

log = logging.getLogger(__name__)

# Language code -> the language's own name (shown in its own script, so anyone can find theirs).
LANGUAGE_NAMES = {code: lang.native_name for code, lang in i18n.LANGUAGES.items()}

# The fonts SafeLog ships for the dossier, registered with Qt for the scripts a desktop may lack,
# so Tigrinya, Arabic-script and Chinese text never shows as empty boxes.
SCRIPT_FONTS = {
    "ti": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    "fa": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "ar": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "ur": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "zh_CN": ("DroidSansFallbackFull.ttf",),
    "zh_TW": ("DroidSansFallbackFull.ttf",),
}
_loaded_fonts: set[str] = set()


def resolve_language(choice: str) -> str:
    """The language to use: the person's choice, or the desktop's (LANGUAGE, LC_ALL, ... LANG)."""
    return i18n.resolve(choice)


def is_rtl(language: str) -> bool:
    found = i18n.LANGUAGES.get(language) or i18n.LANGUAGES.get(language.split("_")[0])
    return bool(found and found.rtl)


def ensure_script_fonts(language: str) -> list[str]:
    """Register the shipped fonts for ``language``'s script with Qt (once per run).

    Registering costs about a millisecond, far less than asking every installed font whether
    it covers the script (seconds), so the fonts are always offered; Qt's font fallback uses them
    only for characters the desktop's own fonts lack. English registers nothing.
    """
    added: list[str] = []
    for name in SCRIPT_FONTS.get(language, ()):
        if name in _loaded_fonts:
            continue
        try:
            path = paths.resource("fonts") / name
        except FileNotFoundError:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _loaded_fonts.add(name)
            added += QFontDatabase.applicationFontFamilies(font_id)
    return added


def ensure_every_script_font() -> list[str]:
    """All the shipped script fonts: the person's own text may be in any script (a Chinese
    message in a Russian app). Run after the first paint, so start-up does not wait for it."""
    added: list[str] = []
    for language in SCRIPT_FONTS:
        added += ensure_script_fonts(language)
    return added


_PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[a-z_]*\}|&(?=\w)")


@lru_cache(maxsize=4096)  # asked on every tr() call in a right-to-left language
def opens_left_to_right(text: str) -> bool:
    """A right-to-left sentence whose first word is Latin ("SafeLog در این ..."), placeholders
    ("%Ln", "{name}", "%1") and accelerators aside. All-Latin text ("SafeLog", a default file
    name) is not one: it has no right-to-left letter and reads the same either way."""
    bare = _PLACEHOLDER.sub("", text)
    classes = [unicodedata.bidirectional(ch) for ch in bare]
    first = next((c for c in classes if c in ("L", "R", "AL")), "")
    return first == "L" and any(c in ("R", "AL") for c in classes)


class ReadingOrderTranslator(QTranslator):
    """The app's catalogue for a right-to-left language, each sentence set to read right to left.

    Qt lays a label's paragraph out in the direction of its first strong letter, so a Persian or
    Urdu sentence that opens with "SafeLog" or "PDF" came out left to right: its words out of
    order, its full stop at the wrong end. One invisible right-to-left mark in front (skipped by
    screen readers) fixes every such string here, instead of one call per label.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        return "\u200f" + text if text and opens_left_to_right(text) else text


def install_language(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Load translations for ``choice`` ("" = the desktop's) and set the layout direction.

    Returns the installed translators; the caller keeps them alive for the life of the app.
    The core's sentences (errors, checklists) switch to the same language.
    """
    language = i18n.set_language(resolve_language(choice))
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    if language != i18n.DEFAULT:
        ours = ReadingOrderTranslator(app) if is_rtl(language) else QTranslator(app)
        try:
            folder = str(paths.resource("translations"))
        except FileNotFoundError:
            folder = ""
        if folder and ours.load(f"safelog_{language}", folder):
            app.installTranslator(ours)
            installed.append(ours)
        qt_base = QTranslator(app)  # Qt's own dialogs and buttons, where Qt ships the language
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt_base)
            installed.append(qt_base)
        if hasattr(app, "font"):
            ensure_script_fonts(language)
    direction = (
        Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    log.debug("language %s, %d translators", language, len(installed))
    return installed


def reinstall_language(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Switch to ``choice`` while running: the translators installed before go, new ones come.

    Every translator ``install_language`` makes is a child of the app, so they are found there
    whoever keeps the list. Each old one is removed and handed back to Python, which frees it
    once no list holds it (removing it again later is harmless).
    """
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.setParent(None)
    return install_language(app, choice)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def category_label(key: str) -> str:
    """The translated name of a category key from ``safelog.incidents.model.CATEGORIES``."""
    labels = {
        "surveillance": QCoreApplication.translate("Category", "Surveillance"),
        "following": QCoreApplication.translate("Category", "Following"),
        "online_harassment": QCoreApplication.translate("Category", "Online harassment"),
        "threats": QCoreApplication.translate("Category", "Threats"),
        "threats_to_family": QCoreApplication.translate("Category", "Threats to family abroad"),
        "hacking_phishing": QCoreApplication.translate("Category", "Hacking or phishing"),
        "impersonation": QCoreApplication.translate("Category", "Impersonation"),
        "smear_doxxing": QCoreApplication.translate("Category", "Smear or doxxing"),
        "official_approach": QCoreApplication.translate("Category", "Approach by officials"),
        "coerced_return": QCoreApplication.translate("Category", "Coerced return"),
        "bounty": QCoreApplication.translate("Category", "Bounty"),
        "assault": QCoreApplication.translate("Category", "Assault"),
        "property_damage": QCoreApplication.translate("Category", "Property damage"),
        "other": QCoreApplication.translate("Category", "Other"),
    }
    return labels.get(key, key)


def plural(translated: str, count: int) -> str:
    """English plural forms for ``tr("%n thing(s)", "", n)`` where no catalogue supplies them.

    Qt fills in ``%n`` but leaves "(s)" as written unless a translation with numerus forms is
    loaded; English has none installed, so "1 incident(s)" becomes "1 incident" and
    "2 incident(s)" becomes "2 incidents" here. Translated text has no "(s)" and is untouched.
    """
    return translated.replace("(s)", "" if count == 1 else "s")
