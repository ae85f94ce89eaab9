"""Languages: loading SafeLog's and Qt's translations, right-to-left layout, shared labels.

Every visible string goes through Qt's ``tr()``, so ``pyside6-lupdate`` can extract it into
``resources/translations/safelog_<lang>.ts``. The core's labels (categories, report routes) are
English data; the functions here give their translated form, so every widget says the same
words. Persian, Arabic and Urdu mirror the whole layout.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from safelog import paths

log = logging.getLogger(__name__)

RTL_LANGUAGES = frozenset({"fa", "ar", "ur", "he", "ps", "ku"})

# Language code -> the language's own name (shown in its own script, so anyone can find theirs).
LANGUAGE_NAMES = {"en": "English", "fa": "فارسی"}


def resolve_language(choice: str) -> str:
    """The two-letter language to use: the user's choice, or the system's."""
    if choice:
        return choice
    return QLocale.system().name().split("_")[0] or "en"


def is_rtl(language: str) -> bool:
    return language.split("_")[0] in RTL_LANGUAGES


def install_language(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Load translations for ``choice`` ("" = system) and set the layout direction.

    Returns the installed translators; the caller keeps them alive for the life of the app.
    A language without a translation file falls back to English without complaint.
    """
    language = resolve_language(choice)
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    if language != "en":
        ours = QTranslator(app)
        try:
            folder = str(paths.resource("translations"))
        except FileNotFoundError:
            folder = ""
        if folder and ours.load(f"safelog_{language}", folder):
            app.installTranslator(ours)
            installed.append(ours)
        qt_base = QTranslator(app)
        if qt_base.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_base)
            installed.append(qt_base)
    direction = (
        Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    log.debug("language %s, %d translators", language, len(installed))
    return installed


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
