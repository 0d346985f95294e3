"""The user interface's language: Swedish by default, English on request, through Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ambassador.domain.errors import Problem
from ambassador.domain.messages import MESSAGE_CONTEXT


def load_translator(language: str, directory: Path) -> QTranslator:
    """The translator for `language`; raises if its file is missing."""
    # Parented to the application: Qt keeps no reference, and a collected translator
    # silently turns the window back to English.
    translator = QTranslator(QCoreApplication.instance())
    path = directory / f"ambassador_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(path)
    return translator


def install(language: str, directory: Path) -> QTranslator:
    """Install the language into the running application and make dates follow it.

    A language installed before replaces none: install once, at start.
    """
    translator = load_translator(language, directory)
    # Dates as Swedes write them in either language: English (Sweden) keeps 2026-11-22.
    QLocale.setDefault(QLocale("sv_SE" if language == "sv" else "en_SE"))
    QCoreApplication.installTranslator(translator)
    return translator


def switch(language: str, directory: Path) -> None:
    """Change the running window's language: the installed translator loads the other file
    and is installed again, which sends every widget a LanguageChange."""
    app = QCoreApplication.instance()
    translators = [] if app is None else app.findChildren(QTranslator)
    if not translators:
        install(language, directory)
        return
    translator = translators[-1]
    path = directory / f"ambassador_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(path)
    QLocale.setDefault(QLocale("sv_SE" if language == "sv" else "en_SE"))
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.installTranslator(translator)


def current_language() -> str:
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def message(text: str, **params: object) -> str:
    """A domain text (context `Messages`) in the current language, with its parameters."""
    return QCoreApplication.translate(MESSAGE_CONTEXT, text).format(**params)


def problem_text(problem: Problem) -> str:
    return message(problem.message, **problem.params)
