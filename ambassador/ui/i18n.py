"""The user interface's language: Swedish by default, English on request, through Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ambassador.domain.errors import Problem
from ambassador.domain.messages import MESSAGE_CONTEXT

# Object names that tell the program's translator from Qt's own among the application's
# children (Qt keeps no list of the translators installed).
PROGRAM_TRANSLATOR = "ambassador"
QT_TRANSLATOR = "qt"
# Qt's texts for its own widgets: the file dialogs, the line edits' context menus, the
# message boxes' buttons. English is their source, so English needs no file.
QT_CATALOG = "qtbase_{language}.qm"


def load_translator(language: str, directory: Path) -> QTranslator:
    """The translator for `language`; raises if its file is missing."""
    # Parented to the application: Qt keeps no reference, and a collected translator
    # silently turns the window back to English.
    translator = QTranslator(QCoreApplication.instance())
    translator.setObjectName(PROGRAM_TRANSLATOR)
    path = directory / f"ambassador_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(path)
    return translator


def qt_translations_dir() -> Path:
    """Where Qt keeps its own translations: from Qt itself, else beside PySide6 (a bundle
    whose Qt was not told its prefix)."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if reported.is_dir():
        return reported
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def _load_qt(translator: QTranslator, language: str) -> bool:
    """Fill `translator` with Qt's texts in `language`; False when Qt has none (English,
    or a bundle without the file: Qt's widgets then speak English, the rest is unchanged)."""
    if language == "en":
        return False
    return translator.load(str(qt_translations_dir() / QT_CATALOG.format(language=language)))


def _installed(name: str) -> QTranslator | None:
    app = QCoreApplication.instance()
    found = [] if app is None else app.findChildren(QTranslator, name)
    return found[-1] if found else None


def _set_locale(language: str) -> None:
    # Dates as Swedes write them in either language: English (Sweden) keeps 2026-11-22.
    QLocale.setDefault(QLocale("sv_SE" if language == "sv" else "en_SE"))


def install(language: str, directory: Path) -> QTranslator:
    """Install the language, the program's texts and Qt's own, into the running application
    and make dates follow it.

    A language installed before replaces none: install once, at start.
    """
    translator = load_translator(language, directory)
    qt = QTranslator(QCoreApplication.instance())
    qt.setObjectName(QT_TRANSLATOR)
    _set_locale(language)
    if _load_qt(qt, language):
        QCoreApplication.installTranslator(qt)
    QCoreApplication.installTranslator(translator)
    return translator


def uninstall() -> None:
    """Remove every translator `install` made: the window speaks Qt's English source again."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for name in (PROGRAM_TRANSLATOR, QT_TRANSLATOR):
        for translator in app.findChildren(QTranslator, name):
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)


def switch(language: str, directory: Path) -> None:
    """Change the running window's language: the installed translators load the other files
    and are installed again, which sends every widget a LanguageChange."""
    translator = _installed(PROGRAM_TRANSLATOR)
    if translator is None:
        install(language, directory)
        return
    path = directory / f"ambassador_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(path)
    _set_locale(language)
    qt = _installed(QT_TRANSLATOR)
    if qt is not None:
        QCoreApplication.removeTranslator(qt)
        if _load_qt(qt, language):
            QCoreApplication.installTranslator(qt)
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.installTranslator(translator)


def current_language() -> str:
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def message(text: str, **params: object) -> str:
    """A domain text (context `Messages`) in the current language, with its parameters."""
    return QCoreApplication.translate(MESSAGE_CONTEXT, text).format(**params)


def problem_text(problem: Problem) -> str:
    return message(problem.message, **problem.params)
