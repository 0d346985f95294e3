"""Datasäkerhet's tests: the questions and messages the screen shows, answered by the test,
the screen itself, and a click that waits for the work it starts on the window's worker."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.safety.screen import SafetyScreen
from tests.ui.driving import RecordingNavigator, finish_work


@dataclass
class Boxes:
    """The questions and messages the screen showed, with the answer to give to questions."""

    answer: bool = True
    asked: list[str] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def ask(self, _parent: object, _title: str, text: str, _confirm: str) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    found = Boxes()
    monkeypatch.setattr(dialogs, "ask", found.ask)
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: found.informed.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: found.errors.append(text))
    return found


@pytest.fixture
def screen(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, boxes: Boxes
) -> SafetyScreen:
    widget = SafetyScreen(services, navigator)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.refresh()
    return widget


def click(qtbot: QtBot, button: object) -> None:
    """Click, and wait for the work it started off the window's thread (if any)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finish_work(qtbot)
