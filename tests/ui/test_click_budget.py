"""The click budget: from the Översikt, a note for a check-in due today takes at most five
actions, and ending a placement at most six (DESIGN.md, "Few clicks").

Every action goes to a real widget as a real mouse or key event and is counted: a click, a
key press (a shortcut counts once), or typing one text (the words themselves are the
person's, not the program's overhead, so a typed text counts as one action).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Gender, Outcome
from ambassador.services.bundle import Services
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from ambassador.ui.placements.followup_dialogs import NoteDialog
from tests.factories import make_employer, make_participant, make_placement

NOTE_BUDGET = 5
ENDING_BUDGET = 6


class Actions:
    """A person's hands: each method is one action, sent as real events and counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.done: list[str] = []

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        if pos is None:
            self._qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self._qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.done.append(f"click {widget.accessibleName() or type(widget).__name__}")

    def click_row(self, table: QAbstractItemView, row: int) -> None:
        rect = table.visualRect(table.model().index(row, 0))
        assert rect.isValid()
        self.click(table.viewport(), rect.center())

    def _activate(self, widget: QWidget) -> None:
        """A dialog comes up as the active window for a person; offscreen Qt needs telling."""
        window = widget.window()
        window.activateWindow()
        self._qtbot.waitUntil(window.isActiveWindow)

    def type(self, widget: QWidget, text: str) -> None:
        self._activate(widget)
        # Where the keys go without a click first: the focus of the widget's window.
        assert widget.window().focusWidget() is widget, f"{widget} would not get the keys"
        self._qtbot.keyClicks(widget, text)
        self.done.append(f"type {text!r}")

    def shortcut(self, widget: QWidget, sequence: str) -> None:
        self._activate(widget)
        self._qtbot.keySequence(widget, QKeySequence(sequence))
        self.done.append(f"key {sequence}")

    def open_combo(self, combo: QComboBox) -> None:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        arrow = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxArrow,
            combo,
        )
        self.click(combo, arrow.center())
        self._qtbot.waitUntil(lambda: combo.view().isVisible())

    def choose_in_open_combo(self, combo: QComboBox, text: str) -> None:
        view = combo.view()
        row = combo.findText(text)
        assert row >= 0, text
        rect = view.visualRect(combo.model().index(row, 0))
        # A person takes a moment to find the entry; Qt ignores a release sooner than a
        # double-click interval after the list opened (it would be the opening click's own).
        self._qtbot.wait(QApplication.doubleClickInterval() + 50)
        self._qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.done.append(f"choose {text!r}")


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    window = build_window(services, "budget.db")
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.screens_stack.currentWidget() is window.overview_screen
    yield window


def open_dialog(window: MainWindow) -> object:
    return window.placements_screen.detail_pane.open_dialog


def test_note_for_todays_check_in_within_five_actions(
    qtbot: QtBot, services: Services, clock: FixedClock, window: MainWindow
) -> None:
    placement_id = make_placement(services, make_participant(services, first_name="Ada"))
    # Due this morning; the clock says 09:00, after the visit.
    services.follow_up.schedule_check_in(
        placement_id, datetime(2026, 11, 24, 8, 30), "Arbetsplatsbesök"
    )
    window.overview_screen.refresh()
    hands = Actions(qtbot)

    hands.click_row(window.overview_screen.today_section.table, 0)
    hands.click(window.placements_screen.detail_pane.done_button)
    dialog = open_dialog(window)
    assert isinstance(dialog, NoteDialog)
    hands.type(dialog.text_edit, "Besok hos handledaren, allt gick bra.")
    hands.shortcut(dialog.text_edit, "Ctrl+S")

    assert len(hands.done) <= NOTE_BUDGET, hands.done
    # A shortcut "animates" its button's click: the save lands a moment later.
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [check_in] = services.follow_up.check_ins_of_placement(placement_id)
    assert check_in.status is CheckInStatus.DONE and check_in.note_id is not None
    [note] = services.follow_up.notes_of_placement(placement_id)
    assert note.text == "Besok hos handledaren, allt gick bra."
    assert not dialog.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_ending_early_from_the_overview_within_six_actions(
    qtbot: QtBot, services: Services, clock: FixedClock, window: MainWindow
) -> None:
    # The worst case: an early ending also asks for its reason.
    placement_id = make_placement(services, planned_end_date=date(2026, 12, 1))
    window.overview_screen.refresh()
    hands = Actions(qtbot)

    hands.click_row(window.overview_screen.ending_section.table, 0)
    hands.click(window.placements_screen.detail_pane.end_button)
    dialog = open_dialog(window)
    assert isinstance(dialog, EndPlacementDialog)
    hands.click(dialog.outcome_buttons[Outcome.ENDED_EARLY])
    hands.open_combo(dialog.reason_combo)
    # No language installed: the window is English, and "Flytt" is stored as chosen.
    hands.choose_in_open_combo(dialog.reason_combo, "Moved away")
    hands.click(dialog.save_button)

    assert len(hands.done) <= ENDING_BUDGET, hands.done
    assert not dialog.isVisible(), [label.text() for label in dialog.error_labels.values()]
    ending = services.placements.get(placement_id).ending
    assert ending is not None
    assert (ending.ended_on, ending.outcome, ending.reason) == (
        clock.today(),
        Outcome.ENDED_EARLY,
        "Flytt",
    )


def test_ending_in_work_from_the_overview_takes_four_actions(
    qtbot: QtBot, services: Services, clock: FixedClock, window: MainWindow
) -> None:
    placement_id = make_placement(services, planned_end_date=date(2026, 12, 1))
    window.overview_screen.refresh()
    hands = Actions(qtbot)

    hands.click_row(window.overview_screen.ending_section.table, 0)
    hands.click(window.placements_screen.detail_pane.end_button)
    dialog = open_dialog(window)
    assert isinstance(dialog, EndPlacementDialog)
    hands.click(dialog.outcome_buttons[Outcome.EMPLOYMENT])
    hands.click(dialog.save_button)

    assert len(hands.done) == 4, hands.done
    ending = services.placements.get(placement_id).ending
    assert ending is not None and ending.outcome is Outcome.EMPLOYMENT


NEW_PERSON_AND_PLACEMENT_BUDGET = 20


class Keys:
    """A person at the keyboard alone: every key press, shortcut or typed text goes to the
    widget with the focus, as real key events, and counts as one action."""

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self._qtbot = qtbot
        self._window = window
        self.done: list[str] = []

    def _focus(self) -> QWidget:
        # Keys go to an open popup (a name's completions) first, as Qt sends them.
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        # A form opened from the window comes up in front, active, for a person; offscreen
        # Qt needs telling.
        active = QApplication.activeModalWidget() or self._window
        active.activateWindow()
        self._qtbot.waitUntil(active.isActiveWindow)
        focused = QApplication.focusWidget()
        assert focused is not None, "no widget would get the keys"
        return focused

    def press(self, key: Qt.Key) -> None:
        self._qtbot.keyClick(self._focus(), key)
        self.done.append(f"key {key.name}")

    def shortcut(self, sequence: str) -> None:
        self._qtbot.keySequence(self._focus(), QKeySequence(sequence))
        self.done.append(f"key {sequence}")

    def type(self, text: str) -> None:
        self._qtbot.keyClicks(self._focus(), text)
        self.done.append(f"type {text!r}")

    def choose_completion(self) -> None:
        """The name typed shows its matches: Down to the first, Enter to take it."""
        self.press(Qt.Key.Key_Down)
        self.press(Qt.Key.Key_Return)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_a_new_participant_and_a_placement_at_an_existing_employer_by_keyboard(
    qtbot: QtBot, services: Services, clock: FixedClock, window: MainWindow
) -> None:
    """Registering a person and placing them at an employer already in the register, with
    the keyboard alone, in at most twenty actions: both forms open with the cursor in their
    first field, Tab walks them, and the person's gender is one typed letter."""
    employer_id = make_employer(services, name="Ekby Bygg AB", organisation_number=None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keys(qtbot, window)

    keys.shortcut("Ctrl+2")
    keys.shortcut("Ctrl+N")
    person_form = window.participants_screen.detail_pane.open_dialog
    assert isinstance(person_form, ParticipantDialog) and person_form.isVisible()
    keys.type("Lina")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Berg")
    keys.press(Qt.Key.Key_Tab)  # the personal identity number: may be left empty
    keys.press(Qt.Key.Key_Tab)
    keys.type("W")  # Woman, by its first letter
    keys.shortcut("Ctrl+S")
    qtbot.waitUntil(lambda: not person_form.isVisible())
    [person] = services.participants.page()
    assert (person.first_name, person.last_name, person.gender) == ("Lina", "Berg", Gender.WOMAN)

    keys.shortcut("Ctrl+4")
    keys.shortcut("Ctrl+N")
    placement_form = window.placements_screen.detail_pane.open_dialog
    assert isinstance(placement_form, PlacementDialog) and placement_form.isVisible()
    keys.type("Lin")
    keys.choose_completion()
    keys.press(Qt.Key.Key_Tab)
    keys.type("Ekby")
    keys.choose_completion()
    keys.shortcut("Ctrl+S")
    qtbot.waitUntil(lambda: not placement_form.isVisible())

    assert len(keys.done) <= NEW_PERSON_AND_PLACEMENT_BUDGET, keys.done
    [placement] = services.placements.of_participant(person.id)
    assert placement.employer_id == employer_id and placement.start_date == clock.today()
