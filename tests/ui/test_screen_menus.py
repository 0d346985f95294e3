"""The screen menus: every button of Kalender, Rapporter, Papperskorg, Inställningar and
Datasäkerhet is the face of an action the menu bar holds while the screen is in view, an
entry chosen from the menu does what the button does, and no two actions of the window share
a shortcut."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.record_actions import ActionButton, plain_text
from ambassador.ui.main_window import MainWindow
from ambassador.ui.safety.screen import SafetyScreen
from tests.factories import make_participant, make_placement
from tests.ui.driving import finish_work
from tests.ui.test_window_menus import assert_unique_mnemonics, mnemonic

MENU_SCREENS = [
    (MainWindow.SCREEN_CALENDAR, "&Calendar"),
    (MainWindow.SCREEN_REPORTS, "&Reports"),
    (MainWindow.SCREEN_TRASH, "T&rash"),
    (MainWindow.SCREEN_SETTINGS, "&Settings"),
    (MainWindow.SCREEN_SAFETY, "&Data safety"),
]


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window


def menu_bar_actions(window: MainWindow) -> list[QAction]:
    return [action for _menu, action in window.menus.all_actions()]


def shown_screen(window: MainWindow) -> QWidget:
    screen = window.screens_stack.currentWidget()
    assert screen is not None
    return screen


@pytest.mark.parametrize(("row", "title"), MENU_SCREENS)
def test_every_button_of_the_screen_is_an_entry_of_its_menu(
    window: MainWindow, services: Services, row: int, title: str
) -> None:
    make_placement(services)
    window.show_screen(row)
    screen = shown_screen(window)
    menu = window.menus.screen_menu
    assert menu.menuAction().isVisible() and menu.title() == title
    assert not window.menus.record_menu.menuAction().isVisible()
    in_menus = menu_bar_actions(window)
    buttons = screen.findChildren(ActionButton)
    assert buttons
    for button in buttons:
        action = button.default_action()
        if action.isVisible():  # Encrypt, or Change passphrase once encrypted
            assert any(action is listed for listed in in_menus), plain_text(action)
        assert button.isEnabled() == action.isEnabled()
    listed_by_screen = [entry for entry in screen.actions_for_menu() if entry is not None]  # type: ignore[attr-defined]
    assert listed_by_screen and all(
        any(action is listed for listed in in_menus)
        for action in listed_by_screen
        if action.isVisible()
    )
    # Another screen, another menu: these actions leave the menu bar.
    window.show_screen(MainWindow.SCREEN_OVERVIEW)
    assert not menu.menuAction().isVisible()
    in_menus = menu_bar_actions(window)
    assert not any(button.default_action() in in_menus for button in buttons)


@pytest.mark.parametrize(
    "row",
    [
        MainWindow.SCREEN_OVERVIEW,
        MainWindow.SCREEN_PARTICIPANTS,
        MainWindow.SCREEN_EMPLOYERS,
        MainWindow.SCREEN_PLACEMENTS,
        *(row for row, _title in MENU_SCREENS),
    ],
)
def test_no_two_actions_of_the_window_share_a_shortcut(
    window: MainWindow, services: Services, row: int
) -> None:
    placement_id = make_placement(services)
    window.open_placement(placement_id)  # the placement pane's actions enabled
    window.show_screen(row)
    for action in window.findChildren(QMenu):
        action.aboutToShow.emit()  # the sort menu is filled when opened
    keys = Counter(
        keys.toString(QKeySequence.SequenceFormat.PortableText)
        for _menu, action in window.menus.all_actions()
        for keys in action.shortcuts()
    )
    assert [key for key, count in keys.items() if count > 1] == []
    assert len(keys) >= 15  # the window's own at least: the walk found the menus


def test_the_calendar_moves_from_its_menu_as_from_its_buttons(
    window: MainWindow, services: Services
) -> None:
    window.show_screen(MainWindow.SCREEN_CALENDAR)
    calendar = window.calendar_screen
    start = calendar.period()[0]
    menu = window.menus.screen_menu
    assert calendar.next_action in menu.actions()
    assert calendar.next_action.shortcuts()[:2] == [
        QKeySequence("Alt+Right"),
        QKeySequence("Ctrl+PgDown"),
    ]
    assert calendar.today_action.shortcut() == QKeySequence("Ctrl+T")
    calendar.next_action.trigger()
    after_menu = calendar.period()[0]
    assert after_menu > start
    calendar.previous_button.click()
    assert calendar.period()[0] == start
    calendar.next_button.click()
    assert calendar.period()[0] == after_menu
    # The view as a checked entry: the button follows the menu, and the other way round.
    calendar.month_action.trigger()
    assert calendar.month_mode and calendar.month_button.isChecked()
    assert not calendar.week_button.isChecked()
    calendar.week_button.click()
    assert not calendar.month_mode and calendar.week_action.isChecked()
    calendar.today_action.trigger()
    assert calendar.period()[0] == start


def test_restoring_from_the_trash_menu_brings_the_record_back(
    window: MainWindow, services: Services
) -> None:
    participant_id = make_participant(services, first_name="Åsa")
    services.participants.delete(participant_id)
    window.show_screen(MainWindow.SCREEN_TRASH)
    trash = window.trash_screen
    assert trash.restore_action.isEnabled() and trash.restore_action in menu_bar_actions(window)
    trash.restore_action.trigger()
    assert services.participants.get(participant_id).first_name == "Åsa"
    assert services.trash.items() == []
    assert not trash.restore_button.isEnabled() and not trash.restore_action.isEnabled()


def test_copying_the_outcome_sentences_from_the_reports_menu(
    window: MainWindow, services: Services
) -> None:
    make_placement(services)
    window.show_screen(MainWindow.SCREEN_REPORTS)
    panel = window.reports_screen.sentences_panel
    QGuiApplication.clipboard().clear()
    assert panel.copy_action in menu_bar_actions(window)
    panel.copy_action.trigger()
    text = panel.sentences_edit.toPlainText()
    assert text and QGuiApplication.clipboard().text() == text


def test_saving_the_settings_from_the_settings_menu(window: MainWindow, services: Services) -> None:
    window.show_screen(MainWindow.SCREEN_SETTINGS)
    settings = window.settings_screen
    settings.organisation_edit.setText("Solbacka kommun")
    assert settings.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert settings.save_action in menu_bar_actions(window)
    settings.save_action.trigger()
    assert services.settings.get().organisation_name == "Solbacka kommun"


def test_backing_up_from_the_data_safety_menu_shows_the_backups(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask", lambda _parent, title, *_args: asked.append(title))
    window.show_screen(MainWindow.SCREEN_SAFETY)
    safety = window.safety_screen
    safety.tabs.setCurrentIndex(SafetyScreen.TAB_AUDIT)
    tab = safety.backups_tab
    back_up = tab.back_up_button.default_action()
    assert back_up in menu_bar_actions(window)
    back_up.trigger()
    finish_work(qtbot)
    assert safety.tabs.currentWidget() is tab  # the tab comes into view with the result
    assert len(services.backups.backups()) == 1
    # Restoring from the menu asks, as the button does (the answer here is no).
    tab.backups_table.selectRow(0)
    participant_id = make_participant(services)
    restore = tab.restore_button.default_action()
    assert restore.isEnabled() and restore in menu_bar_actions(window)
    restore.trigger()
    finish_work(qtbot)
    assert len(asked) == 1
    assert services.participants.get(participant_id)


def test_the_screen_menu_is_in_the_shortcuts_dialog(window: MainWindow, services: Services) -> None:
    window.show_screen(MainWindow.SCREEN_CALENDAR)
    listed = {(menu, plain_text(action)) for menu, action in window.menus.all_actions()}
    assert {("&Calendar", name) for name in ("Previous period", "Today", "Next period")} <= listed


@pytest.mark.parametrize(("row", "title"), MENU_SCREENS)
def test_no_two_entries_of_a_screen_menu_share_their_alt_letter(
    english: None, window: MainWindow, services: Services, row: int, title: str
) -> None:
    services.encryption.encrypt("en lång lösenfras för menyerna")  # every Safety entry shown
    window.show_screen(row)
    titles = [
        mnemonic(action.text()) for action in window.menuBar().actions() if action.isVisible()
    ]
    assert len(titles) == len(set(titles)) and None not in titles
    menu = window.menus.screen_menu
    assert menu.title() == title
    window.safety_screen.refresh()
    assert_unique_mnemonics(menu)
    assert all(mnemonic(action.text()) for action in menu.actions() if not action.isSeparator())
