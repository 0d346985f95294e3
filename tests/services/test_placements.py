"""Placements: creation with its follow-up plan, recurrence, end-date changes and endings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Outcome, PlacementStatus
from ambassador.domain.errors import NotFoundError, ValidationError
from ambassador.domain.placement import Ending, PlacementFields
from ambassador.services.bundle import Services
from tests.factories import every, make_employer, make_participant, make_placement, make_supervisor


def planned(services: Services, placement_id: int) -> list[datetime]:
    return [
        c.scheduled_at
        for c in services.follow_up.check_ins_of_placement(placement_id)
        if c.status is CheckInStatus.PLANNED
    ]


def test_create_generates_check_ins_up_to_planned_end_with_a_plan(
    services: Services,
) -> None:
    placement_id = make_placement(
        services,
        start_date=date(2026, 12, 1),
        planned_end_date=date(2027, 1, 31),
        plan=every(14),
    )
    times = planned(services, placement_id)
    assert [t.date() for t in times] == [
        date(2026, 12, 15),
        date(2026, 12, 29),
        date(2027, 1, 12),
        date(2027, 1, 26),
    ]
    assert all(t.time().hour == 10 for t in times)


def test_create_generates_no_check_ins_without_a_plan(services: Services) -> None:
    placement_id = make_placement(services, plan=None)
    assert services.follow_up.check_ins_of_placement(placement_id) == []


def test_create_refuses_end_before_start_and_writes_nothing(services: Services) -> None:
    participant_id = make_participant(services)
    with pytest.raises(ValidationError) as raised:
        make_placement(
            services,
            participant_id=participant_id,
            start_date=date(2026, 12, 1),
            planned_end_date=date(2026, 11, 30),
        )
    assert [p.field for p in raised.value.problems] == ["planned_end_date"]
    assert services.placements.of_participant(participant_id) == []


def test_create_refuses_unknown_type_and_foreign_supervisor(services: Services) -> None:
    employer_id = make_employer(services)
    other_employer = make_employer(services, name="Annan AB")
    supervisor_elsewhere = make_supervisor(services, other_employer)
    with pytest.raises(ValidationError) as raised:
        make_placement(
            services,
            employer_id=employer_id,
            placement_type="Semester",
            supervisor_id=supervisor_elsewhere,
        )
    assert {p.field for p in raised.value.problems} == {"placement_type", "supervisor_id"}


def test_create_warns_when_participant_has_overlapping_placement(services: Services) -> None:
    participant_id = make_participant(services)
    make_placement(services, participant_id=participant_id)
    employer_id = make_employer(services, name="Kvarnens Café")
    saved = services.placements.create(
        PlacementFields(
            participant_id=participant_id,
            employer_id=employer_id,
            placement_type="Arbetsträning",
            start_date=date(2026, 10, 1),
        )
    )
    assert saved.warnings  # allowed, but said
    assert len(services.placements.of_participant(participant_id)) == 2


def test_update_end_date_regenerates_only_future_planned_check_ins(
    services: Services, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 9, 1, 8, 0))
    placement_id = make_placement(
        services, start_date=date(2026, 9, 1), planned_end_date=date(2026, 12, 31), plan=every(14)
    )
    series = services.follow_up.check_ins_of_placement(placement_id)
    first, second = series[0], series[1]
    clock.set(datetime(2026, 10, 1, 12, 0))
    services.follow_up.mark_check_in(first.id, CheckInStatus.MISSED)  # history
    past_planned = second.scheduled_at  # 2026-09-29, still planned: overdue, stays

    placement = services.placements.get(placement_id)
    services.placements.update(placement_id, replace(placement, planned_end_date=date(2026, 11, 5)))
    after = services.follow_up.check_ins_of_placement(placement_id)
    assert after[0].id == first.id and after[0].status is CheckInStatus.MISSED
    assert after[1].id == second.id and after[1].scheduled_at == past_planned
    future = [c.scheduled_at.date() for c in after if c.scheduled_at > clock.now()]
    assert future == [date(2026, 10, 13), date(2026, 10, 27)]

    services.placements.update(placement_id, replace(placement, planned_end_date=date(2026, 12, 1)))
    future = [
        c.scheduled_at.date()
        for c in services.follow_up.check_ins_of_placement(placement_id)
        if c.scheduled_at > clock.now()
    ]
    assert future == [
        date(2026, 10, 13),
        date(2026, 10, 27),
        date(2026, 11, 10),
        date(2026, 11, 24),
    ]


def test_update_plan_restarts_rhythm_from_now(services: Services, clock: FixedClock) -> None:
    clock.set(datetime(2026, 9, 1, 8, 0))
    placement_id = make_placement(
        services, start_date=date(2026, 9, 1), planned_end_date=date(2026, 10, 31), plan=every(14)
    )
    clock.set(datetime(2026, 10, 1, 12, 0))
    placement = services.placements.get(placement_id)
    services.placements.update(placement_id, replace(placement, plan=every(7)))
    future = [t.date() for t in planned(services, placement_id) if t > clock.now()]
    assert future == [date(2026, 10, 8), date(2026, 10, 15), date(2026, 10, 22), date(2026, 10, 29)]


def test_end_records_outcome_and_cancels_later_check_ins(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(
        services, start_date=date(2026, 9, 1), planned_end_date=date(2027, 2, 28), plan=every(30)
    )
    saved = services.placements.end(
        placement_id, Ending(ended_on=date(2026, 11, 20), outcome=Outcome.EMPLOYMENT)
    )
    assert saved.placement.status_on(clock.today()) is PlacementStatus.ENDED
    statuses = {
        c.scheduled_at.date(): c.status
        for c in services.follow_up.check_ins_of_placement(placement_id)
    }
    assert all(
        status is CheckInStatus.CANCELLED
        for day, status in statuses.items()
        if day > date(2026, 11, 20)
    )
    # Before the end and never recorded: not held, so no list or timeline calls it late.
    assert statuses[date(2026, 10, 1)] is CheckInStatus.MISSED
    assert CheckInStatus.PLANNED not in statuses.values()
    assert set(saved.changes.check_ins) == {
        c.id for c in services.follow_up.check_ins_of_placement(placement_id)
    }


def test_end_today_calls_off_a_check_in_later_today(services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services, start_date=date(2026, 9, 1))
    today = clock.today()
    morning = clock.now() - timedelta(minutes=30)
    afternoon = datetime.combine(today, time(15, 0))
    services.follow_up.schedule_check_in(placement_id, afternoon, "Telefonsamtal")
    services.follow_up.schedule_check_in(placement_id, morning, "Telefonsamtal")
    services.placements.end(placement_id, Ending(ended_on=today, outcome=Outcome.EMPLOYMENT))
    statuses = {
        c.scheduled_at: c.status for c in services.follow_up.check_ins_of_placement(placement_id)
    }
    assert statuses == {morning: CheckInStatus.MISSED, afternoon: CheckInStatus.CANCELLED}


def test_end_early_requires_reason_and_changes_nothing_without(services: Services) -> None:
    placement_id = make_placement(services)
    with pytest.raises(ValidationError) as raised:
        services.placements.end(
            placement_id, Ending(ended_on=date(2026, 11, 20), outcome=Outcome.ENDED_EARLY)
        )
    assert [p.field for p in raised.value.problems] == ["reason"]
    assert services.placements.get(placement_id).ending is None

    services.placements.end(
        placement_id,
        Ending(ended_on=date(2026, 11, 20), outcome=Outcome.ENDED_EARLY, reason="Ohälsa"),
    )
    ending = services.placements.get(placement_id).ending
    assert ending is not None and ending.reason == "Ohälsa"


def test_end_refuses_date_before_start_or_in_future(services: Services) -> None:
    placement_id = make_placement(services, start_date=date(2026, 9, 1))
    for day in (date(2026, 8, 31), date(2026, 11, 25)):
        with pytest.raises(ValidationError):
            services.placements.end(placement_id, Ending(ended_on=day, outcome=Outcome.STUDIES))
    assert services.placements.get(placement_id).ending is None


def test_end_refuses_placement_already_ended(services: Services) -> None:
    placement_id = make_placement(services)
    ending = Ending(ended_on=date(2026, 11, 20), outcome=Outcome.STUDIES)
    services.placements.end(placement_id, ending)
    with pytest.raises(ValidationError):
        services.placements.end(placement_id, ending)


def test_status_follows_dates_pause_and_ending(services: Services, clock: FixedClock) -> None:
    future_id = make_placement(services, start_date=clock.today() + timedelta(days=3))
    active_id = make_placement(services, start_date=clock.today())
    assert services.placements.get(future_id).status_on(clock.today()) is PlacementStatus.PLANNED
    assert services.placements.get(active_id).status_on(clock.today()) is PlacementStatus.ACTIVE
    services.placements.set_paused(active_id, True)
    assert services.placements.get(active_id).status_on(clock.today()) is PlacementStatus.PAUSED


def test_delete_hides_placement_until_restored(services: Services) -> None:
    placement_id = make_placement(services)
    services.placements.delete(placement_id)
    with pytest.raises(NotFoundError):
        services.placements.get(placement_id)
    items = services.trash.items()
    assert [(i.kind.value, i.record_id) for i in items] == [("placement", placement_id)]
    services.trash.restore(items[0].kind, placement_id)
    assert services.placements.get(placement_id).id == placement_id
