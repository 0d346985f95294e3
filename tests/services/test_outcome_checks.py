"""The outcome check: scheduled by ending a placement, listed when due, recorded once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.errors import NotFoundError, RuleViolationError, ValidationError
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.placement import Ending
from ambassador.domain.settings import Settings, validate_settings
from ambassador.domain.trash import TrashKind
from ambassador.services.bundle import Services
from ambassador.services.outcome_checks import ALREADY_RECORDED, NOT_DUE_YET
from tests.factories import make_participant, make_placement

SPRING = date(2026, 3, 1)


def _ended(services: Services, ended_on: date, first_name: str = "Åsa") -> int:
    participant = make_participant(services, first_name=first_name)
    placement_id = make_placement(services, participant, start_date=SPRING)
    services.placements.end(placement_id, Ending(ended_on=ended_on, outcome=Outcome.STUDIES))
    return placement_id


def test_ending_schedules_the_check_90_days_later(services: Services) -> None:
    placement_id = make_placement(services, start_date=date(2026, 9, 1))
    saved = services.placements.end(
        placement_id, Ending(ended_on=date(2026, 10, 1), outcome=Outcome.EMPLOYMENT)
    )
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None and saved.outcome_check == check
    # 2026-10-01 + 90 days: October's 30 remaining days → 10-31, November 30 → 11-30,
    # December 30 → 12-30.
    assert check.due_on == date(2026, 12, 30)
    assert check.result is None and check.recorded_on is None
    assert saved.changes.outcome_checks == {check.id}


def test_ending_follows_the_changed_setting(services: Services) -> None:
    services.settings.save(Settings(outcome_check_days=180))
    placement_id = make_placement(services, start_date=date(2026, 9, 1))
    services.placements.end(
        placement_id, Ending(ended_on=date(2026, 10, 1), outcome=Outcome.EMPLOYMENT)
    )
    check = services.outcome_checks.of_placement(placement_id)
    # 2026-10-01 + 180: to 2027-01-01 is 31 + 30 + 31 = 92 days, to 03-01 another 31 + 28
    # = 151, and 29 more → 2027-03-30.
    assert check is not None and check.due_on == date(2027, 3, 30)


@pytest.mark.parametrize("days", [0, 731])
def test_setting_outside_1_to_730_days_is_refused(days: int) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_settings(Settings(outcome_check_days=days))
    assert raised.value.for_field("outcome_check_days")


def test_due_lists_checks_up_to_today_oldest_first(services: Services, clock: FixedClock) -> None:
    assert clock.today() == date(2026, 11, 24)
    # ended → due (+90 days)
    later = _ended(services, date(2026, 8, 1), "Bertil")  # 8-01 + 31 + 30 + 29 → 10-30
    today = _ended(services, date(2026, 8, 26), "Cissi")  # 8-26 + 6 + 30 + 31 + 23 → 11-24
    oldest = _ended(services, date(2026, 6, 1), "Dan")  # 6-01 + 30 + 31 + 29 → 08-30
    _ended(services, date(2026, 8, 27), "Erik")  # → 11-25: tomorrow, not due
    due = services.outcome_checks.due()
    assert [(d.placement_id, d.due_on) for d in due] == [
        (oldest, date(2026, 8, 30)),
        (later, date(2026, 10, 30)),
        (today, date(2026, 11, 24)),
    ]
    assert due[0].participant_name == "Dan Öberg" and due[0].ended_on == date(2026, 6, 1)
    assert services.overview.overview().outcome_checks_due == due


def test_trashed_placement_check_is_hidden_until_restored(services: Services) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    services.placements.delete(placement_id)
    assert services.outcome_checks.due() == []
    with pytest.raises(NotFoundError):
        services.outcome_checks.record(check.id, FollowUpResult.WORK)
    services.trash.restore(TrashKind.PLACEMENT, placement_id)
    assert [d.check_id for d in services.outcome_checks.due()] == [check.id]


def test_trashed_participant_check_is_hidden(services: Services) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    services.participants.delete(services.placements.get(placement_id).participant_id)
    assert services.outcome_checks.due() == []


def test_record_sets_result_and_today(services: Services, clock: FixedClock) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    changes = services.outcome_checks.record(check.id, FollowUpResult.WORK)
    assert changes.outcome_checks == {check.id} and changes.placements == {placement_id}
    recorded = services.outcome_checks.get(check.id)
    assert (recorded.result, recorded.recorded_on) == (FollowUpResult.WORK, clock.today())
    assert services.outcome_checks.due() == []


def test_recorded_check_cannot_be_recorded_twice(services: Services, clock: FixedClock) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    services.outcome_checks.record(check.id, FollowUpResult.STUDIES)
    clock.set(clock.now() + timedelta(days=3))
    with pytest.raises(RuleViolationError) as raised:
        services.outcome_checks.record(check.id, FollowUpResult.NONE)
    assert raised.value.message == ALREADY_RECORDED
    assert "2026-11-24" in str(raised.value)  # says when it was recorded
    unchanged = services.outcome_checks.get(check.id)
    assert (unchanged.result, unchanged.recorded_on) == (FollowUpResult.STUDIES, date(2026, 11, 24))


def test_correcting_replaces_the_result_and_its_day(services: Services, clock: FixedClock) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    services.outcome_checks.record(check.id, FollowUpResult.NONE)
    clock.set(clock.now() + timedelta(days=2))
    services.outcome_checks.record(check.id, FollowUpResult.WORK, correcting=True)
    corrected = services.outcome_checks.get(check.id)
    assert (corrected.result, corrected.recorded_on) == (FollowUpResult.WORK, date(2026, 11, 26))


def test_check_not_yet_due_is_refused(services: Services) -> None:
    placement_id = _ended(services, date(2026, 11, 1))  # due 2027-01-30
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    with pytest.raises(RuleViolationError) as raised:
        services.outcome_checks.record(check.id, FollowUpResult.WORK)
    assert raised.value.message == NOT_DUE_YET and "2027-01-30" in str(raised.value)
    assert services.outcome_checks.get(check.id).result is None


def test_take_back_makes_the_check_due_again(services: Services) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None
    services.outcome_checks.record(check.id, FollowUpResult.OTHER_MEASURE)
    services.outcome_checks.take_back(check.id)
    again = services.outcome_checks.get(check.id)
    assert (again.result, again.recorded_on) == (None, None)
    assert [d.check_id for d in services.outcome_checks.due()] == [check.id]
    with pytest.raises(RuleViolationError):
        services.outcome_checks.take_back(check.id)


def test_unknown_check_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.outcome_checks.record(999, FollowUpResult.WORK)


def test_emptying_the_trash_removes_the_check_with_its_placement(
    services: Services, clock: FixedClock
) -> None:
    placement_id = _ended(services, date(2026, 6, 1))
    services.placements.delete(placement_id)
    clock.set(clock.now() + timedelta(days=31))
    assert services.trash.empty_expired() >= 1
    assert services.outcome_checks.of_placement(placement_id) is None
