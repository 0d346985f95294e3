"""Kalender: the week's and the month's check-ins, status in words, opening a placement."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus
from ambassador.services.bundle import Services
from ambassador.ui.calendar.month_view import MonthView
from ambassador.ui.calendar.screen import CalendarScreen
from ambassador.ui.calendar.week_view import WeekTableModel
from tests.factories import make_participant, make_placement
from tests.ui.driving import RecordingNavigator

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def screen(
    qtbot: QtBot, services: Services, clock: FixedClock, navigator: RecordingNavigator
) -> CalendarScreen:
    widget = CalendarScreen(services, navigator, clock.today)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def placement_of(services: Services, first_name: str) -> int:
    return make_placement(services, make_participant(services, first_name=first_name))


def schedule(services: Services, placement_id: int, at: datetime) -> int:
    changes = services.follow_up.schedule_check_in(placement_id, at, "Telefonsamtal")
    (check_in_id,) = changes.check_ins
    return check_in_id


def week_column(screen: CalendarScreen, column: int) -> list[str]:
    model = screen.week_view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def week_row_of(screen: CalendarScreen, check_in_id: int) -> int:
    model = screen.week_view.model
    for row in range(model.rowCount()):
        item = model.row_at(row).item
        if item is not None and item.check_in_id == check_in_id:
            return row
    raise AssertionError(f"check-in {check_in_id} not in the week")


def month_cell_text(screen: CalendarScreen, day: date) -> str:
    row, column = screen.month_view.cell_of_day(day)
    return screen.month_view.table.item(row, column).text()


def test_week_shows_this_weeks_check_ins_not_next_weeks(
    screen: CalendarScreen, services: Services
) -> None:
    schedule(services, placement_of(services, "Karin"), datetime(2026, 11, 25, 10, 0))
    schedule(services, placement_of(services, "Bodil"), datetime(2026, 11, 30, 10, 0))
    screen.refresh()
    assert screen.title_label.text() == "Week 48, 23–29 November 2026"
    participants = week_column(screen, 2)
    assert "Karin Öberg" in participants
    assert not any("Bodil" in text for text in participants)
    # Every day of the week is there, Monday first, the empty ones saying so.
    days = [text for text in week_column(screen, 0) if text]
    assert len(days) == 7 and days[0].startswith("Mon")
    assert participants.count("Nothing planned") == 6
    assert screen.empty_label.isHidden()


def test_next_and_previous_move_by_a_week_and_a_month(
    screen: CalendarScreen, services: Services
) -> None:
    schedule(services, placement_of(services, "Bodil"), datetime(2026, 11, 30, 10, 0))
    screen.refresh()
    screen.next_button.click()
    assert screen.period() == (date(2026, 11, 30), date(2026, 12, 7))
    assert screen.title_label.text() == "Week 49, 30 November – 6 December 2026"
    assert "Bodil Öberg" in week_column(screen, 2)
    screen.previous_button.click()
    screen.previous_button.click()
    assert screen.period() == (date(2026, 11, 16), date(2026, 11, 23))
    screen.today_button.click()
    assert screen.period()[0] == date(2026, 11, 23)

    screen.month_button.click()
    assert screen.month_mode
    assert screen.title_label.text() == "November 2026"
    screen.next_button.click()
    assert screen.period() == (date(2026, 12, 1), date(2027, 1, 1))
    assert screen.title_label.text() == "December 2026"
    screen.previous_button.click()
    screen.previous_button.click()
    assert screen.title_label.text() == "October 2026"


def test_arrow_shortcuts_move_the_period(qtbot: QtBot, screen: CalendarScreen) -> None:
    screen.refresh()
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.today_button.setFocus()
    # A button's shortcut clicks it with a short animation.
    qtbot.keyClick(screen.today_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.period()[0] == date(2026, 11, 30))
    qtbot.keyClick(screen.today_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.period()[0] == date(2026, 11, 23))


def test_month_shows_week_numbers_and_the_days_of_check_ins(
    screen: CalendarScreen, services: Services
) -> None:
    first = schedule(services, placement_of(services, "Karin"), datetime(2026, 11, 25, 10, 0))
    schedule(services, placement_of(services, "Bodil"), datetime(2026, 12, 2, 8, 30))
    screen.refresh()
    screen.month_button.click()
    table = screen.month_view.table
    # November 2026 starts on a Sunday (week 44) and ends on a Monday (week 49).
    column = MonthView.WEEK_NUMBER_COLUMN
    weeks = [table.item(row, column).text() for row in range(table.rowCount())]
    assert weeks == ["44", "45", "46", "47", "48", "49"]
    assert table.horizontalHeaderItem(1).text().lower().startswith("mon")
    assert month_cell_text(screen, date(2026, 11, 25)) == "25\n10:00 Karin"
    assert month_cell_text(screen, date(2026, 11, 26)) == "26"
    assert not any("Bodil" in (table.item(r, c).text()) for r in range(6) for c in range(8))
    # Today is chosen, highlighted in bold, and its list says nothing is planned.
    row, column = screen.month_view.cell_of_day(date(2026, 11, 24))
    assert (table.currentRow(), table.currentColumn()) == (row, column)
    assert table.item(row, column).font().bold()
    assert screen.month_view.day_list.item(0).text() == "Nothing planned"
    screen.month_view.select_day(date(2026, 11, 25))
    assert screen.month_view.day_list.count() == 1
    assert screen.month_view.day_list.item(0).data(Qt.ItemDataRole.UserRole).check_in_id == first


def test_a_busy_day_is_counted_in_the_month(screen: CalendarScreen, services: Services) -> None:
    for hour, name in zip(range(8, 13), ["Anna", "Bo", "Cecilia", "Dan", "Eva"], strict=True):
        schedule(services, placement_of(services, name), datetime(2026, 11, 27, hour, 0))
    screen.set_month_mode(True)
    # "check-ins" once the English plural forms are merged; "check-in(s)" before.
    assert month_cell_text(screen, date(2026, 11, 27)).startswith("27\n5 check-in")
    screen.month_view.select_day(date(2026, 11, 27))
    assert screen.month_view.day_list.count() == 5


def test_overdue_check_in_carries_the_word_not_only_a_colour(
    screen: CalendarScreen, services: Services
) -> None:
    overdue = schedule(services, placement_of(services, "Karin"), datetime(2026, 11, 23, 10, 0))
    missed = schedule(services, placement_of(services, "Bodil"), datetime(2026, 11, 23, 13, 0))
    planned = schedule(services, placement_of(services, "Cecilia"), datetime(2026, 11, 26, 9, 0))
    services.follow_up.mark_check_in(missed, CheckInStatus.MISSED)
    screen.refresh()
    model = screen.week_view.model
    status = WeekTableModel.STATUS_COLUMN

    def cell(check_in_id: int, role: Qt.ItemDataRole) -> object:
        return model.index(week_row_of(screen, check_in_id), status).data(role)

    assert cell(overdue, Qt.ItemDataRole.DisplayRole) == "Overdue"
    assert cell(overdue, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(overdue, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(missed, Qt.ItemDataRole.DisplayRole) == "Missed"
    assert cell(planned, Qt.ItemDataRole.DisplayRole) == "Planned"
    assert cell(planned, Qt.ItemDataRole.ForegroundRole) is None

    screen.set_month_mode(True)
    assert month_cell_text(screen, date(2026, 11, 23)) == (
        "23\n10:00 Overdue: Karin\n13:00 Missed: Bodil"
    )
    assert month_cell_text(screen, date(2026, 11, 26)) == "26\n09:00 Cecilia"


def test_the_day_moves_on_with_the_clock(
    screen: CalendarScreen, services: Services, clock: FixedClock
) -> None:
    check_in = schedule(services, placement_of(services, "Karin"), datetime(2026, 11, 25, 10, 0))
    screen.refresh()
    row = week_row_of(screen, check_in)
    assert screen.week_view.model.index(row, WeekTableModel.STATUS_COLUMN).data() == "Planned"
    clock.set(datetime(2026, 11, 26, 9, 0))
    screen.refresh()
    assert screen.week_view.model.index(row, WeekTableModel.STATUS_COLUMN).data() == "Overdue"


def test_activating_a_check_in_opens_its_placement(
    qtbot: QtBot, screen: CalendarScreen, services: Services, navigator: RecordingNavigator
) -> None:
    placement_id = placement_of(services, "Karin")
    check_in_id = schedule(services, placement_id, datetime(2026, 11, 25, 10, 0))
    screen.refresh()
    table = screen.week_view.table
    table.setCurrentIndex(screen.week_view.model.index(week_row_of(screen, check_in_id), 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert navigator.calls == [("placement", placement_id, check_in_id)]

    # A row saying nothing is planned opens nothing.
    table.setCurrentIndex(screen.week_view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(navigator.calls) == 1

    screen.set_month_mode(True)
    screen.month_view.select_day(date(2026, 11, 25))
    qtbot.keyClick(screen.month_view.table, Qt.Key.Key_Enter)
    qtbot.keyClick(screen.month_view.day_list, Qt.Key.Key_Return)
    assert navigator.calls == [("placement", placement_id, check_in_id)] * 3


def test_an_empty_period_says_where_check_ins_come_from(
    screen: CalendarScreen, services: Services
) -> None:
    schedule(services, placement_of(services, "Karin"), datetime(2026, 12, 10, 10, 0))
    screen.refresh()
    assert not screen.empty_label.isHidden()
    assert screen.empty_label.text().startswith("No check-ins this week.")
    assert "placement" in screen.empty_label.text()
    assert screen.week_view.table.isHidden()
    screen.set_month_mode(True)
    assert screen.empty_label.text().startswith("No check-ins this month.")
    screen.next_button.click()
    assert screen.empty_label.isHidden()
    assert "10:00 Karin" in month_cell_text(screen, date(2026, 12, 10))


def test_week_chosen_from_the_month_shows_that_week(
    screen: CalendarScreen, services: Services
) -> None:
    screen.set_month_mode(True)
    screen.next_button.click()
    row, column = screen.month_view.cell_of_day(date(2026, 12, 16))
    screen.month_view.table.setCurrentCell(row, column)
    screen.week_button.click()
    assert screen.period() == (date(2026, 12, 14), date(2026, 12, 21))


def test_controls_have_accessible_names(screen: CalendarScreen) -> None:
    for widget in (
        screen.previous_button,
        screen.today_button,
        screen.next_button,
        screen.week_button,
        screen.month_button,
        screen.week_view.table,
        screen.month_view.table,
        screen.month_view.day_list,
    ):
        assert widget.accessibleName()


def test_week_model_is_a_well_behaved_model(
    qtmodeltester: ModelTester, screen: CalendarScreen, services: Services
) -> None:
    schedule(services, placement_of(services, "Karin"), datetime(2026, 11, 23, 10, 0))
    screen.refresh()
    qtmodeltester.check(screen.week_view.model)
