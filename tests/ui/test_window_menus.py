"""The menu bar: every action of the program findable with its shortcut shown, the record
menu made of the detail pane's own actions, Ctrl+P, Del on a list, sorting from Visa, and the
search field at the top."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, ConsentScope
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.record_actions import ActionButton, plain_text
from ambassador.ui.main_window import MainWindow
from ambassador.ui.screens import SCREENS
from tests.factories import make_identity_number, make_participant, make_placement
from tests.ui.driving import finish_work


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


def pane_buttons(pane: object) -> list[ActionButton]:
    assert hasattr(pane, "findChildren")
    return list(pane.findChildren(ActionButton))


def test_every_action_of_the_placement_pane_is_in_the_menu_bar_with_its_shortcut(
    window: MainWindow, services: Services
) -> None:
    window.open_placement(make_placement(services))
    pane = window.placements_screen.detail_pane
    in_menus = menu_bar_actions(window)
    actions = pane.actions()
    assert len(actions) >= 15
    for action in actions:
        assert any(action is listed for listed in in_menus), plain_text(action)
    # The menus show the very objects: shortcut and state cannot differ from the pane's.
    assert pane.write_note_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert window.menus.record_menu.title() == "P&lacement"
    # Each button of the pane is the face of one of those actions.
    for button in pane_buttons(pane):
        assert button.default_action() in actions
        assert button.text() == plain_text(button.default_action())
        assert button.isEnabled() == button.default_action().isEnabled()


@pytest.mark.parametrize(
    ("screen", "title"),
    [(MainWindow.SCREEN_PARTICIPANTS, "&Participant"), (MainWindow.SCREEN_EMPLOYERS, "E&mployer")],
)
def test_the_record_menu_holds_the_pane_of_the_list_in_view(
    window: MainWindow, services: Services, screen: int, title: str
) -> None:
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    window.show_screen(screen)
    shown = window.participants_screen if screen == MainWindow.SCREEN_PARTICIPANTS else None
    listed = shown or window.employers_screen
    listed.open_record(placement.participant_id if shown is not None else placement.employer_id)
    assert window.menus.record_menu.menuAction().isVisible()
    assert window.menus.record_menu.title() == title
    in_menus = menu_bar_actions(window)
    for action in listed.detail_pane.actions():
        assert any(action is listed_action for listed_action in in_menus), plain_text(action)
    window.show_screen(MainWindow.SCREEN_CALENDAR)
    assert not window.menus.record_menu.menuAction().isVisible()


def test_one_primary_action_on_the_placement_and_the_destructive_one_apart(
    window: MainWindow, services: Services
) -> None:
    window.open_placement(make_placement(services))
    pane = window.placements_screen.detail_pane
    defaults = [button for button in pane.findChildren(QPushButton) if button.isDefault()]
    assert defaults == [pane.note_button]
    assert pane.note_button.text() == "Write note…"
    more = pane.more_button.menu()
    assert isinstance(more, QMenu)
    entries = more.actions()
    # Last, after a separator: moving the placement to the trash.
    assert entries[-1] is pane.delete_action and entries[-2].isSeparator()
    # Navigation is a link, not a button.
    assert 'href="participant"' in pane.links_label.text()
    pane.links_label.linkActivated.emit("participant")
    assert window.screens_stack.currentWidget() is window.participants_screen
    assert window.participants_screen.selected_id == pane.detail.participant.id


def test_actions_that_need_a_record_wait_for_one(window: MainWindow, services: Services) -> None:
    make_placement(services)
    window.show_screen(MainWindow.SCREEN_PLACEMENTS)
    pane = window.placements_screen.detail_pane
    assert window.placements_screen.selected_id is None
    assert not any(action.isEnabled() for action in pane.actions())
    assert not pane.more_button.isEnabled()
    assert not window.menus.print_action.isEnabled()
    assert not window.menus.delete_action.isEnabled()
    window.placements_screen.table.selectRow(0)
    assert pane.write_note_action.isEnabled() and pane.note_button.isEnabled()
    assert pane.more_button.isEnabled()
    assert window.menus.print_action.isEnabled() and window.menus.delete_action.isEnabled()


def test_ctrl_p_prints_the_document_of_the_record_in_view(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: tmp_path / "summary.pdf")
    monkeypatch.setattr(dialogs, "open_file", lambda path: opened.append(path) or True)
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    services.participants.give_consent(
        placement.participant_id,
        ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
        placement.employer_id,
        date(2026, 9, 1),
    )
    window.open_placement(placement_id)
    assert window.menus.print_action.shortcut() == QKeySequence("Ctrl+P")
    qtbot.keySequence(window.placements_screen.table, QKeySequence("Ctrl+P"))
    finish_work(qtbot)
    assert opened == [tmp_path / "summary.pdf"]
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_delete_key_on_a_list_moves_the_chosen_record_to_the_trash_after_asking(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object) -> bool:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask", ask)
    participant = make_participant(services)
    window.show_screen(MainWindow.SCREEN_PARTICIPANTS)
    screen = window.participants_screen
    screen.table.selectRow(0)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert asked == ["Delete participant"] and services.participants.get(participant)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert [item.record_id for item in services.trash.items()] == [participant]
    assert screen.model.total == 0
    assert window.menus.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)


def test_delete_key_in_the_lists_search_box_deletes_a_letter_only(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *_args: pytest.fail("asked to delete"))
    make_participant(services)
    window.show_screen(MainWindow.SCREEN_PARTICIPANTS)
    screen = window.participants_screen
    screen.table.selectRow(0)
    screen.search_edit.setText("ab")
    screen.search_edit.setFocus()
    screen.search_edit.setCursorPosition(0)
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Delete)
    assert screen.search_edit.text() == "b"
    assert services.trash.items() == []


def test_sorting_from_the_view_menu_changes_the_lists_order(
    window: MainWindow, services: Services
) -> None:
    for first_name, last_name in (("Ada", "Berg"), ("Cem", "Ahmadi"), ("Bo", "Carlsson")):
        make_participant(services, first_name=first_name, last_name=last_name)
    window.show_screen(MainWindow.SCREEN_PARTICIPANTS)
    screen = window.participants_screen
    model = screen.model

    def names() -> list[str]:
        return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]

    before = names()
    menu = window.menus.sort_menu
    menu.aboutToShow.emit()
    [descending] = [action for action in menu.actions() if action.text() == "&Descending"]
    descending.trigger()
    assert names() == list(reversed(before)) != before
    menu.aboutToShow.emit()
    [checked] = [
        action for action in menu.actions() if action.isChecked() and action.text() != "&Descending"
    ]
    assert checked.text() == str(model.headerData(0, Qt.Orientation.Horizontal))


def test_typing_in_the_search_field_at_the_top_searches_everywhere(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    make_participant(services, first_name="Ada", last_name="Lind")
    field = window.menus.search_field
    assert field.isVisible() and "Ctrl+K" in field.placeholderText()
    field.setFocus()
    qtbot.keyClicks(field, "L")
    search = window.search_dialog
    assert search is not None and search.isVisible()
    assert search.query_edit.text() == "L" and field.text() == ""


def test_the_menus_are_built_again_in_a_new_language(window: MainWindow, english: None) -> None:
    def titles() -> list[str]:
        return [action.text() for action in window.menuBar().actions() if action.isVisible()]

    assert titles() == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    window.set_language("sv")
    try:
        assert titles()[-1] == "&Hjälp"
        assert window.show_log_folder_action.text() == "Visa &loggmappen"
    finally:
        window.set_language("en")


def test_a_locked_window_offers_nothing_from_its_menus(
    window: MainWindow, services: Services
) -> None:
    passphrase = "en lång lösenfras för menyerna"
    participant = make_participant(services)
    services.encryption.encrypt(passphrase)
    window.open_participant(participant)
    window.lock()
    assert window.locked and not window.menuBar().isEnabled()
    window.menus.new_actions["participants"].trigger()  # as a click in a stale menu would
    assert window.participants_screen.detail_pane.open_dialog is None
    assert window.lock_page is not None
    window.lock_page.form.secret_edit.setText(passphrase)
    assert window.lock_page.form.try_unlock()
    assert window.menuBar().isEnabled()


def test_the_identity_number_is_shown_from_the_participant_menu_too(
    window: MainWindow, services: Services
) -> None:
    participant = make_participant(
        services, personal_identity_number=make_identity_number(date(1990, 5, 6))
    )
    window.open_participant(participant)
    pane = window.participants_screen.detail_pane
    assert pane.reveal_action in menu_bar_actions(window)
    pane.reveal_action.trigger()
    assert pane.reveal_button.isChecked() and "*" not in pane.identity_label.text()
    pane.reveal_button.click()
    assert not pane.reveal_action.isChecked()
    assert pane.identity_label.text() == "19900506-****"
    window.open_participant(make_participant(services, personal_identity_number=None))
    assert not pane.reveal_action.isEnabled()


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a written ampersand)."""
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None


def assert_unique_mnemonics(menu: QMenu) -> None:
    letters = [mnemonic(action.text()) for action in menu.actions() if action.isVisible()]
    taken = [letter for letter in letters if letter is not None]
    assert len(taken) == len(set(taken)), (menu.title(), [a.text() for a in menu.actions()])
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            assert_unique_mnemonics(submenu)


@pytest.mark.parametrize(
    "screen",
    [MainWindow.SCREEN_PARTICIPANTS, MainWindow.SCREEN_EMPLOYERS, MainWindow.SCREEN_PLACEMENTS],
)
def test_no_two_entries_of_a_menu_share_their_alt_letter(
    window: MainWindow, services: Services, screen: int
) -> None:
    make_placement(services)
    window.show_screen(screen)
    titles = [
        mnemonic(action.text()) for action in window.menuBar().actions() if action.isVisible()
    ]
    assert len(titles) == len(set(titles)) and None not in titles
    for action in window.menuBar().actions():
        submenu = action.menu()
        assert isinstance(submenu, QMenu)
        submenu.aboutToShow.emit()
        assert_unique_mnemonics(submenu)


def test_a_check_in_not_held_is_marked_from_its_button_or_the_menu(
    window: MainWindow, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    changes = services.follow_up.schedule_check_in(
        placement_id, clock.now() - timedelta(hours=3), "Arbetsplatsbesök"
    )
    [check_in_id] = changes.check_ins
    window.open_placement(placement_id, check_in_id)
    pane = window.placements_screen.detail_pane
    assert pane.done_button.isEnabled() and pane.not_held_button.isEnabled()
    menu = pane.not_held_button.menu()
    assert isinstance(menu, QMenu)
    assert menu.actions() == [pane.missed_action, pane.cancelled_action]
    menu.actions()[0].trigger()
    [marked] = services.follow_up.check_ins_of_placement(placement_id)
    assert marked.status is CheckInStatus.MISSED
    assert not pane.not_held_button.isEnabled()  # nothing planned is chosen any more


@pytest.mark.parametrize("language", ["swedish", "danish"])
def test_no_two_entries_of_a_menu_share_their_alt_letter_in_swedish_or_danish(
    request: pytest.FixtureRequest, services: Services, language: str
) -> None:
    """The translations choose their own letters: checked on every screen, as in English."""
    request.getfixturevalue(language)
    make_placement(services)
    window = request.getfixturevalue("window")
    for screen in range(len(SCREENS)):
        window.show_screen(screen)
        for action in window.menuBar().actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu) and action.isVisible():
                submenu.aboutToShow.emit()
                assert_unique_mnemonics(submenu)
