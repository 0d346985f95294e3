"""Ending a placement through its dialog: outcome by radio button, reason when early."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Outcome
from ambassador.domain.placement import REASON_REQUIRED
from ambassador.services.bundle import Services
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from tests.factories import make_placement
from tests.ui.driving import click_save, show


def choose_outcome(qtbot: QtBot, dialog: EndPlacementDialog, outcome: Outcome) -> None:
    qtbot.mouseClick(dialog.outcome_buttons[outcome], Qt.MouseButton.LeftButton)


def test_every_outcome_is_one_click_away(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement = services.placements.get(make_placement(services))
    dialog = show(qtbot, EndPlacementDialog(services, placement, clock.today()))
    assert set(dialog.outcome_buttons) == set(Outcome)
    assert all(button.isVisible() for button in dialog.outcome_buttons.values())
    assert dialog.outcome_choice.outcome() is None
    choose_outcome(qtbot, dialog, Outcome.STUDIES)
    assert dialog.outcome_choice.outcome() is Outcome.STUDIES
    choose_outcome(qtbot, dialog, Outcome.EMPLOYMENT)
    assert dialog.outcome_choice.outcome() is Outcome.EMPLOYMENT


def test_early_ending_needs_reason_then_cancels_later_check_ins(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    services.follow_up.schedule_series(
        placement_id, datetime(2026, 11, 10, 10, 0), 14, "Arbetsplatsbesök"
    )
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, EndPlacementDialog(services, placement, clock.today()))
    assert not dialog.reason_combo.isEnabled()
    assert dialog.after_label.isVisible()  # says what becomes of the planned check-ins

    choose_outcome(qtbot, dialog, Outcome.ENDED_EARLY)
    assert dialog.reason_combo.isEnabled()
    click_save(qtbot, dialog)
    error = dialog.error_labels["reason"]
    assert dialog.isVisible() and error.isVisible()
    assert REASON_REQUIRED in error.text()
    assert services.placements.get(placement_id).ending is None

    dialog.reason_combo.setCurrentText("Flytt")
    assert not error.isVisible()
    click_save(qtbot, dialog)

    assert not dialog.isVisible()
    ended = services.placements.get(placement_id)
    assert ended.ending is not None
    assert (ended.ending.ended_on, ended.ending.outcome, ended.ending.reason) == (
        clock.today(),
        Outcome.ENDED_EARLY,
        "Flytt",
    )
    check_ins = services.follow_up.check_ins_of_placement(placement_id)
    # 2026-11-10, never recorded, was not held; from today's 10:00 (still ahead at nine) on
    # every 14 days to the planned end 2027-02-28 they are called off: nothing stays
    # planned to turn late. A farewell visit is written as a closing note.
    later = [c for c in check_ins if c.scheduled_at > clock.now()]
    earlier = [c for c in check_ins if c.scheduled_at <= clock.now()]
    assert len(earlier) == 1 and all(c.status is CheckInStatus.MISSED for c in earlier)
    assert len(later) == 7 and all(c.status is CheckInStatus.CANCELLED for c in later)
    assert {c.id for c in later} <= set(dialog.changes.check_ins)


def test_ending_in_employment_needs_no_reason(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = show(
        qtbot, EndPlacementDialog(services, services.placements.get(placement_id), clock.today())
    )
    assert not dialog.after_label.isVisible()  # nothing planned: nothing to say about it
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_labels["outcome"].isVisible()

    dialog.reason_combo.setCurrentText("Flytt")  # typed, then the outcome was not early
    choose_outcome(qtbot, dialog, Outcome.EMPLOYMENT)
    assert not dialog.reason_combo.isEnabled()
    assert not dialog.error_labels["outcome"].isVisible()
    click_save(qtbot, dialog)

    ending = services.placements.get(placement_id).ending
    assert ending is not None and (ending.outcome, ending.reason) == (Outcome.EMPLOYMENT, "")


def test_ending_in_the_future_refused_beside_date(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = show(
        qtbot, EndPlacementDialog(services, services.placements.get(placement_id), clock.today())
    )
    dialog.ended_on_edit.setDate(dialog.ended_on_edit.date().addDays(3))
    choose_outcome(qtbot, dialog, Outcome.STUDIES)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_labels["ended_on"].isVisible()
    assert services.placements.get(placement_id).ending is None
