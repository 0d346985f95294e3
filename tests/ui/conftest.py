"""Window tests: the Swedish translation installed, as a coordinator sees the program.

Type Swedish text with `setText`/`insertPlainText`: `qtbot.keyClicks` aborts the process on
some non-ASCII letters (ä, ö, é) in Qt's offscreen key mapping.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ambassador import paths
from ambassador.ui import i18n
from ambassador.ui.common import dialogs
from ambassador.ui.common.dialogs import SaveChoice
from tests.ui.driving import RecordingNavigator


def _language(code: str) -> Iterator[None]:
    i18n.install(code, paths.translations_dir())
    yield
    i18n.uninstall()
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    yield from _language("sv")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    yield from _language("en")


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    yield from _language("da")


@pytest.fixture(autouse=True)
def _no_language_left_behind() -> Iterator[None]:
    """A window switched to its database's language (a settings save, a restore) installs
    that translation for the whole process: the next test starts without it again."""
    yield
    i18n.uninstall()
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def navigator() -> RecordingNavigator:
    return RecordingNavigator()


@pytest.fixture(autouse=True)
def _changed_forms_close_unsaved(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A form closed with changes asks "Save changes?" in a modal box (forms.FormDialog); in
    a test that does not answer it, say Discard, so closing at the end of the test never waits
    for a click. Tests of the question replace this answer with their own."""
    asked: list[str] = []

    def discard(_parent: object, title: str) -> SaveChoice:
        asked.append(title)
        return SaveChoice.DISCARD

    monkeypatch.setattr(dialogs, "ask_save_changes", discard)
    return asked
