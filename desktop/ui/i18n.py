"""Choosing and installing the interface language (Dutch or English)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.assets import asset
from desktop.ui import pc_settings

log = logging.getLogger(__name__)
LANGUAGES = {"en": "English", "nl": "Nederlands"}


def chosen_language(settings: QSettings) -> str:
    """The language set in the app, else the system's when we have it, else English."""
    stored = pc_settings.LANGUAGE.get(settings)
    if stored in LANGUAGES:
        return stored
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load our translation, and Qt's own for its standard buttons (Cancel, Save, ...).

    English is the source language; its translation holds only the plural forms ("1 visit",
    "2 visits"), which a source text cannot carry."""
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
    translator = QTranslator(app)
    path = asset(f"i18n/loyalty_{language}.qm")
    if not translator.load(str(path)):
        log.warning("no translation at %s; showing English", path)
        return None
    app.installTranslator(translator)
    return translator
