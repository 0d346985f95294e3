"""The user interface's language: Swedish by default, English on request, through Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from ambassador.domain import formats
from ambassador.domain.errors import AmbassadorError, Problem
from ambassador.domain.messages import MESSAGE_CONTEXT

if TYPE_CHECKING:
    # Names only: the frame imports this module before its first paint, the lists later.
    from ambassador.domain.enums import ListName
    from ambassador.domain.list_names import ListNames

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


# The locale each language's window works in: English (Sweden) keeps the dates Swedish.
LOCALES = {"sv": "sv_SE", "en": "en_SE", "da": "da_DK"}


def _set_locale(language: str) -> None:
    QLocale.setDefault(QLocale(LOCALES.get(language, "sv_SE")))


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
    _LIST_NAMES.clear()


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


class _ListNamesCache:
    """The editable lists' names in the window's language (domain/list_names.py), read once
    per language: table models and timelines ask for a name in `data()`, where no query may
    run. Like the installed translator, one for the running window, which gives it its
    source (`use_list_names`) and tells it when the lists change (`forget_list_names`)."""

    def __init__(self) -> None:
        self.source: Callable[[str], ListNames] | None = None
        self.names: ListNames | None = None
        self.owner = 0  # id() of the window that gave the source

    def current(self) -> ListNames | None:
        language = current_language()
        if (self.names is None or self.names.language != language) and self.source is not None:
            try:
                self.names = self.source(language)
            except AmbassadorError:
                # A database closed under a window being torn down: the labels will do.
                self.names = None
        return self.names

    def clear(self, *_args: object) -> None:
        self.source = None
        self.names = None
        self.owner = 0


_LIST_NAMES = _ListNamesCache()


def use_list_names(owner: QObject, source: Callable[[str], ListNames]) -> None:
    """Show the lists' entries by their names from `source` (a language's names) while
    `owner`, the window, lives."""
    _LIST_NAMES.clear()
    _LIST_NAMES.source = source
    owner_id = _LIST_NAMES.owner = id(owner)
    owner.destroyed.connect(lambda *_args: _stop(owner_id))


def stop_list_names(owner: QObject) -> None:
    """`owner` closed: its database is no longer read for names (a window deleted later,
    or another window's lists, must not show names from a closed file)."""
    _stop(id(owner))


def _stop(owner_id: int) -> None:
    if _LIST_NAMES.owner == owner_id:
        _LIST_NAMES.clear()


def forget_list_names() -> None:
    """The lists changed: read their names again when next asked."""
    _LIST_NAMES.names = None


def list_name(name: ListName, label: str) -> str:
    """What the window calls a stored entry of list `name`: its name in the window's
    language, else its label."""
    names = _LIST_NAMES.current()
    return label if names is None else names.name(name, label)


def list_names(name: ListName, labels: Iterable[str]) -> list[str]:
    return [list_name(name, label) for label in labels]


def current_language() -> str:
    spoken = QLocale().language()
    if spoken == QLocale.Language.Swedish:
        return "sv"
    return "da" if spoken == QLocale.Language.Danish else "en"


def message(text: str, **params: object) -> str:
    """A domain text (context `Messages`) in the current language, with its parameters."""
    shown = formats.shown_params(params, current_language())
    return QCoreApplication.translate(MESSAGE_CONTEXT, text).format(**shown)


def problem_text(problem: Problem) -> str:
    return message(problem.message, **problem.params)
