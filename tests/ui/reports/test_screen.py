"""Rapporter's figures for a chosen period, and the Översikt's rows that open their placement
(both show the key figures through the same view)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.figures import Period
from ambassador.services.bundle import Services
from ambassador.ui.common.forms import to_qdate
from ambassador.ui.common.key_figures import KeyFiguresView
from ambassador.ui.overview.screen import OverviewScreen
from ambassador.ui.reports.screen import (
    CUSTOM,
    LAST_QUARTER,
    LAST_YEAR,
    THIS_MONTH,
    THIS_QUARTER,
    THIS_YEAR,
    ReportsScreen,
    period_for,
)
from tests.factories import make_placement
from tests.ui.driving import RecordingNavigator


def _figure(view: KeyFiguresView, name: str, column: int = 1) -> str:
    for row in range(1, view.figures_grid.rowCount()):
        if view.cell_text(row, 0) == name:
            return view.cell_text(row, column)
    raise AssertionError(f"no row {name!r}")


@pytest.mark.parametrize(
    ("choice", "today", "expected"),
    [
        (THIS_YEAR, date(2026, 11, 24), Period(date(2026, 1, 1), date(2026, 12, 31))),
        (LAST_YEAR, date(2026, 11, 24), Period(date(2025, 1, 1), date(2025, 12, 31))),
        (THIS_QUARTER, date(2026, 11, 24), Period(date(2026, 10, 1), date(2026, 12, 31))),
        (THIS_QUARTER, date(2026, 2, 28), Period(date(2026, 1, 1), date(2026, 3, 31))),
        (LAST_QUARTER, date(2026, 11, 24), Period(date(2026, 7, 1), date(2026, 9, 30))),
        (LAST_QUARTER, date(2026, 2, 10), Period(date(2025, 10, 1), date(2025, 12, 31))),
        (THIS_MONTH, date(2026, 12, 5), Period(date(2026, 12, 1), date(2026, 12, 31))),
        (THIS_MONTH, date(2028, 2, 5), Period(date(2028, 2, 1), date(2028, 2, 29))),
    ],
)
def test_named_period_means_the_calendar_period(choice: str, today: date, expected: Period) -> None:
    assert period_for(choice, today) == expected


def test_reports_show_figures_for_the_chosen_period(qtbot: QtBot, services: Services) -> None:
    make_placement(services, start_date=date(2026, 9, 1))
    make_placement(services, start_date=date(2026, 10, 15))
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    view = screen.figures_view

    assert screen.period_combo.currentData() == THIS_YEAR
    assert "2026" in view.heading_label.text()
    assert _figure(view, "Started") == "2"
    assert _figure(view, "Started", column=2) == "2"  # both women

    screen.choose(LAST_YEAR)
    assert "2025" in view.heading_label.text()
    assert _figure(view, "Started") == "0"
    assert not screen.start_date_edit.isEnabled()

    screen.choose(CUSTOM)
    assert screen.start_date_edit.isEnabled()
    screen.start_date_edit.setDate(to_qdate(date(2026, 10, 1)))
    screen.end_date_edit.setDate(to_qdate(date(2026, 10, 31)))
    assert view.figures is not None
    assert view.figures.period == Period(date(2026, 10, 1), date(2026, 10, 31))
    assert "2026-10-01" in view.heading_label.text()
    assert _figure(view, "Started") == "1"
    assert _figure(view, "Active during the period") == "2"
    assert screen.printing_label.text()


def test_reports_refuse_a_period_ending_before_it_starts(qtbot: QtBot, services: Services) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.show()
    screen.choose(CUSTOM)
    screen.start_date_edit.setDate(to_qdate(date(2026, 12, 1)))
    screen.end_date_edit.setDate(to_qdate(date(2026, 11, 1)))
    assert screen.period_error_label.isVisible()
    assert not screen.figures_view.isVisible()
    screen.end_date_edit.setDate(to_qdate(date(2026, 12, 31)))
    assert not screen.period_error_label.isVisible()
    assert screen.figures_view.isVisible()


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_overview_rows_open_their_placement(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    silent_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    ending_id = make_placement(
        services,
        start_date=clock.today() - timedelta(days=5),
        planned_end_date=clock.today() + timedelta(days=3),
    )
    at = datetime.combine(clock.today(), datetime.min.time()) + timedelta(hours=13)
    changes = services.follow_up.schedule_check_in(ending_id, at, "Telefonsamtal")
    (check_in_id,) = changes.check_ins
    navigator = RecordingNavigator()
    screen = OverviewScreen(services.overview, navigator=navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()

    _click_row(qtbot, screen.today_section.table, 0)
    assert navigator.opened == [(ending_id, check_in_id)]

    silent = screen.at_risk_section
    row = next(
        r
        for r in range(silent.model.rowCount())
        if silent.model.row_at(r).placement_id == silent_id
    )
    _click_row(qtbot, silent.table, row)
    assert navigator.opened[-1] == (silent_id, None)

    ending = screen.ending_section.table
    ending.setCurrentIndex(ending.model().index(0, 0))
    qtbot.keyClick(ending, Qt.Key.Key_Return)
    assert navigator.opened[-1] == (ending_id, None)
    assert len(navigator.opened) == 3


def test_overview_without_navigator_ignores_clicks(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    make_placement(services, start_date=clock.today() - timedelta(days=30))
    screen = OverviewScreen(services.overview)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()
    _click_row(qtbot, screen.at_risk_section.table, 0)
    screen.show_section(screen.figures_view)  # read when they come into view
    assert screen.figures_heading.text()
