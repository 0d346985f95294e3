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
def navigator() -> RecordingNavigator:
    return RecordingNavigator()
