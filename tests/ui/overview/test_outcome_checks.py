"""The Översikt's outcome checks, answered in two clicks, and its placements at risk, each
saying why."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.errors import AmbassadorError
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.placement import Ending
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.overview.screen import OverviewScreen
from tests.factories import make_participant, make_placement, note_fields
from tests.ui.driving import RecordingNavigator


def _ended(services: Services, first_name: str, ended_on: date) -> int:
    person = make_participant(services, first_name=first_name, last_name="Lund")
    placement_id = make_placement(services, person, start_date=date(2026, 3, 1))
    services.placements.end(placement_id, Ending(ended_on=ended_on, outcome=Outcome.STUDIES))
    return placement_id


def _screen(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> OverviewScreen:
    screen = OverviewScreen(
        services.overview, navigator=navigator, outcome_checks=services.outcome_checks
    )
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()
    return screen


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_outcome_recorded_in_two_clicks_and_row_leaves(
    qtbot: QtBot, services: Services, english: None
) -> None:
    _ended(services, "Dagny", date(2026, 6, 1))  # due 2026-08-30
    second = _ended(services, "Elvira", date(2026, 8, 1))  # due 2026-10-30
    navigator = RecordingNavigator()
    screen = _screen(qtbot, services, navigator)
    section = screen.outcome_section
    assert section.model.rowCount() == 2
    assert section.heading_label.text() == "Outcome checks due (2)"
    assert not section.result_buttons[FollowUpResult.WORK].isEnabled()  # no row chosen yet

    clicks = 0
    _click_row(qtbot, section.table, 1)  # Elvira's
    clicks += 1
    qtbot.mouseClick(section.result_buttons[FollowUpResult.WORK], Qt.MouseButton.LeftButton)
    clicks += 1

    assert clicks == 2
    assert navigator.opened == []  # choosing a row does not leave the Översikt
    check = services.outcome_checks.of_placement(second)
    assert check is not None and check.result is FollowUpResult.WORK
    assert [section.model.row_at(r).placement_id for r in range(section.model.rowCount())] != [
        second
    ]
    assert section.model.rowCount() == 1
    assert section.confirmation_label.isVisible()
    assert section.confirmation_label.text() == "Recorded for Elvira Lund: In work."
    assert navigator.published[-1].outcome_checks == {check.id}

    qtbot.mouseClick(section.undo_button, Qt.MouseButton.LeftButton)
    assert services.outcome_checks.get(check.id).result is None
    assert section.model.rowCount() == 2
    assert "due again" in section.confirmation_label.text()
    assert not section.undo_button.isEnabled()


def test_already_recorded_check_says_so_and_changes_nothing(
    qtbot: QtBot, services: Services, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = _ended(services, "Dagny", date(2026, 6, 1))
    shown: list[AmbassadorError] = []
    monkeypatch.setattr(dialogs, "show_failure", lambda _parent, _title, error: shown.append(error))
    screen = _screen(qtbot, services, RecordingNavigator())
    section = screen.outcome_section
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    services.outcome_checks.record(check.id, FollowUpResult.STUDIES)  # elsewhere, meanwhile

    _click_row(qtbot, section.table, 0)
    qtbot.mouseClick(section.result_buttons[FollowUpResult.NONE], Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and "already has a result" in str(shown[0])
    assert services.outcome_checks.get(check.id).result is FollowUpResult.STUDIES
    assert section.model.rowCount() == 0  # the stale row is gone
    assert section.empty_label.isVisible()
    assert not section.confirmation_label.isVisible()


def test_outcome_recorded_by_keyboard(qtbot: QtBot, services: Services, english: None) -> None:
    placement_id = _ended(services, "Dagny", date(2026, 6, 1))
    screen = _screen(qtbot, services, RecordingNavigator())
    section = screen.outcome_section
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    button = section.result_buttons[FollowUpResult.OTHER_MEASURE]
    assert button.isEnabled() and button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None and check.result is FollowUpResult.OTHER_MEASURE


def test_outcome_row_opens_its_placement_with_enter(
    qtbot: QtBot, services: Services, english: None
) -> None:
    placement_id = _ended(services, "Dagny", date(2026, 6, 1))
    navigator = RecordingNavigator()
    screen = _screen(qtbot, services, navigator)
    table = screen.outcome_section.table
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert navigator.opened == [(placement_id, None)]


def test_empty_outcome_section_says_what_belongs_there(
    qtbot: QtBot, services: Services, english: None
) -> None:
    make_participant(services)  # a register, with no placement ended yet
    screen = _screen(qtbot, services, RecordingNavigator())
    section = screen.outcome_section
    screen.show_section(section)
    assert section.empty_label.isVisible() and "after a placement ends" in (
        section.empty_label.text()
    )
    assert not section.buttons_widget.isVisible()


def test_at_risk_rows_say_why(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    today = clock.today()
    silent_person = make_participant(services, first_name="Anna", last_name="Ek")
    make_placement(
        services,
        silent_person,
        start_date=today - timedelta(days=16),  # phase 1, limit 10: 16 days silent
        plan=DEFAULT_PLAN,
    )
    flagged_person = make_participant(services, first_name="Bo", last_name="Ek")
    flagged = make_placement(
        services, flagged_person, start_date=today - timedelta(days=100), plan=DEFAULT_PLAN
    )
    for _ in range(2):
        services.follow_up.add_note(
            note_fields(flagged_person, flagged, clock.now() - timedelta(days=2), dropout_risk=True)
        )
    screen = _screen(qtbot, services, RecordingNavigator())
    section = screen.at_risk_section
    assert section.heading_label.text() == "Placements at risk (2)"
    why = section.model.columnCount() - 1
    texts = [section.model.index(r, why).data() for r in range(2)]
    # Bo: 2 flags × 7 = 14 outranks Anna's 16 - 10 = 6 days past.
    assert "2 note" in texts[0] and "last 30 days" in texts[0]
    assert "No contact" not in texts[0]  # 2 days since the last note, limit 35
    # Said as the plan asks, not as "(limit 10, phase 1)".
    assert texts[1].startswith("No contact for 16 day")
    assert texts[1].endswith("in phase 1 of the plan contact is due at least once in 10 days")
