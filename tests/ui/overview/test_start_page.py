"""The first run: an empty register shows four ways in, each leading where it says, and the
sample data opens apart from the coordinator's own register."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.employers.dialog import EmployerDialog
from ambassador.ui.files.import_dialog import ImportDialog
from ambassador.ui.main_window import MainWindow
from ambassador.ui.overview import start_page
from ambassador.ui.participants.dialog import ParticipantDialog
from tests.factories import employer_fields


@pytest.fixture
def window(qtbot: QtBot, services: Services, english: None) -> MainWindow:
    window = build_window(services, "new.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_register_shows_the_four_ways_in(window: MainWindow) -> None:
    overview = window.overview_screen
    assert overview.showing_start_page
    page = overview.start_page
    assert page.isVisible() and not overview.overview_page.isVisible()
    assert [button.text() for button in page.buttons()] == [
        "Add an employer",
        "Add a participant",
        "Import from Excel",
        "Explore the sample data",
    ]
    for button in page.buttons():
        assert button.isVisible() and button.isEnabled()
        assert button.description() and button.accessibleDescription() == button.description()
    # No section of zeros beside it.
    assert not any(section.isVisible() for section in overview.sections())


def test_add_an_employer_opens_the_lists_new_employer_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    _click(qtbot, window.overview_screen.start_page.employer_button)
    assert window.screens_stack.currentWidget() is window.employers_screen
    dialog = window.employers_screen.detail_pane.open_dialog
    assert isinstance(dialog, EmployerDialog) and dialog.isVisible()
    dialog.reject()


def test_add_a_participant_opens_the_lists_new_participant_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    _click(qtbot, window.overview_screen.start_page.participant_button)
    assert window.screens_stack.currentWidget() is window.participants_screen
    dialog = window.participants_screen.detail_pane.open_dialog
    assert isinstance(dialog, ParticipantDialog) and dialog.isVisible()
    dialog.reject()


def test_import_opens_the_import_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        opened.append(dialog)
        return False

    monkeypatch.setattr(dialogs, "run_dialog", run)
    _click(qtbot, window.overview_screen.start_page.import_button)
    assert len(opened) == 1 and isinstance(opened[0], ImportDialog)


def test_sample_data_opens_in_a_window_of_its_own_after_saying_so(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    launched: list[str] = []
    answer = [False]

    def ask(_parent: object, _title: str, text: str, _confirm: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(start_page, "launch_sample_window", launched.append)
    button = window.overview_screen.start_page.sample_button

    _click(qtbot, button)  # and Cancel
    assert len(asked) == 1 and "file of its own" in asked[0] and launched == []

    answer[0] = True
    with qtbot.waitSignal(window.overview_screen.start_page.sample_opened):
        _click(qtbot, button)
    assert launched == ["en"]
    # Nothing made up came into this register.
    assert services.participants.page() == [] and services.employers.page() == []
    assert window.overview_screen.showing_start_page


def test_sample_window_is_the_program_started_on_its_demo_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    command = start_page.sample_window_command("sv")
    assert command == [sys.executable, "-m", "ambassador", "--demo", "--lang", "sv"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert start_page.sample_window_command("en") == [sys.executable, "--demo", "--lang", "en"]


def test_sample_window_that_cannot_start_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []

    def fail(_language: str) -> None:
        raise FileNotFoundError("python")

    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, _text: errors.append(title))
    monkeypatch.setattr(start_page, "launch_sample_window", fail)
    _click(qtbot, window.overview_screen.start_page.sample_button)
    assert errors == ["The sample data did not open"]


def test_first_record_brings_the_overview(window: MainWindow, services: Services) -> None:
    overview = window.overview_screen
    assert overview.showing_start_page
    saved = services.employers.create(employer_fields())
    window.data_changed.emit(saved.changes)
    assert not overview.showing_start_page
    assert overview.overview_page.isVisible() and overview.today_section.isVisible()
    assert overview.today_section.empty_label.isVisible()
