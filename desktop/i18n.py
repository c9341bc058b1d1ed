"""UI language: Qt translations (``resources/i18n/inkstone_<lang>.qm``) plus Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_dir

#: Languages the UI offers, by code, with their own names (not translated on purpose).
UI_LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []


def resolve_language(preference: str) -> str:
    """"system" becomes the system locale's language when Inkstone has it, else English."""
    if preference in UI_LANGUAGES:
        return preference
    name = QLocale.system().name()  # e.g. "zh_CN", "en_US"
    if name.startswith("zh") and name not in ("zh_TW", "zh_HK", "zh_MO"):
        return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, preference: str = "system") -> str:
    """Load the translations for ``preference``; return the language code in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(preference)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"inkstone_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and context menus (Undo, Copy, ...)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
