"""Tapering follow-up plans: one series of check-ins for each phase, exact dates, a changed plan
or end that touches only the future, and the plan each placement type proposes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ambassador.domain.audit import AuditAction
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus
from ambassador.domain.errors import ValidationError
from ambassador.domain.plan import DEFAULT_PLAN, FollowUpPlan, Phase
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import every, make_placement

MONTHLY_AFTER_TWO_WEEKS = FollowUpPlan((Phase(7, 2, 10), Phase(30, None, 35)))


def days(services: Services, placement_id: int) -> list[date]:
    return [c.scheduled_at.date() for c in services.follow_up.check_ins_of_placement(placement_id)]


def test_create_with_the_default_plan_gives_each_phase_its_rhythm(
    services: Services, database: Database
) -> None:
    placement_id = make_placement(
        services,
        start_date=date(2026, 12, 1),
        planned_end_date=date(2027, 6, 30),
        plan=DEFAULT_PLAN,
    )
    # Start + 7, 14, 21 (phase 1); + 28, 42, 56, 70 (phase 2 from day 28); + 84, 114, 144,
    # 174, 204 (phase 3 from day 84); + 234 = 2027-07-23 is after the planned end.
    assert days(services, placement_id) == [
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
        date(2026, 12, 29),
        date(2027, 1, 12),
        date(2027, 1, 26),
        date(2027, 2, 9),
        date(2027, 2, 23),
        date(2027, 3, 25),
        date(2027, 4, 24),
        date(2027, 5, 24),
        date(2027, 6, 23),
    ]
    with database.read() as uow:
        series = uow.check_ins.series_of(placement_id)
    assert [(s.from_plan, s.first_at.date(), s.every_days, s.until_on) for s in series] == [
        (True, date(2026, 12, 8), 7, date(2026, 12, 28)),  # start + 27
        (True, date(2026, 12, 29), 14, date(2027, 2, 22)),  # start + 83
        (True, date(2027, 2, 23), 30, None),  # until the placement's end
    ]


def test_create_open_ended_runs_half_a_year_from_the_start(services: Services) -> None:
    placement_id = make_placement(
        services, start_date=date(2026, 12, 1), planned_end_date=None, plan=every(30)
    )
    # 182 days from 2026-12-01 is 2027-06-01: every 30 days up to it, six check-ins.
    assert days(services, placement_id)[-1] == date(2027, 5, 30)
    assert len(days(services, placement_id)) == 6


def test_changing_the_plan_midway_keeps_history_and_starts_the_new_rhythm_today(
    services: Services, clock: FixedClock, database: Database
) -> None:
    clock.set(datetime(2026, 9, 1, 8, 0))
    placement_id = make_placement(
        services,
        start_date=date(2026, 9, 1),
        planned_end_date=date(2026, 12, 31),
        plan=DEFAULT_PLAN,
    )
    # 9-08, 9-15, 9-22, 9-29 | 10-13, 10-27, 11-10, 11-24 | 12-24
    before = services.follow_up.check_ins_of_placement(placement_id)
    clock.set(datetime(2026, 10, 5, 12, 0))
    services.follow_up.mark_check_in(before[0].id, CheckInStatus.MISSED)

    placement = services.placements.get(placement_id)
    saved = services.placements.update(placement_id, replace(placement, plan=every(21)))

    after = services.follow_up.check_ins_of_placement(placement_id)
    # The past stays as it was: the missed one, and three overdue still planned.
    assert [(c.id, c.status) for c in after[:4]] == [
        (before[0].id, CheckInStatus.MISSED),
        (before[1].id, CheckInStatus.PLANNED),
        (before[2].id, CheckInStatus.PLANNED),
        (before[3].id, CheckInStatus.PLANNED),
    ]
    # Every 21 days from today, 2026-10-05: 10-26, 11-16, 12-07, 12-28.
    assert [c.scheduled_at.date() for c in after[4:]] == [
        date(2026, 10, 26),
        date(2026, 11, 16),
        date(2026, 12, 7),
        date(2026, 12, 28),
    ]
    assert {c.id for c in before[4:]} <= saved.changes.check_ins  # removed, so changed
    with database.read() as uow:
        series = uow.check_ins.series_of(placement_id)
    # Two series keep their history; the third had only future ones and is used again.
    assert len(series) == 3
    assert {c.series_id for c in after[4:]} == {series[2].id}
    assert (series[2].every_days, series[2].until_on) == (21, None)


def test_changing_only_the_planned_end_keeps_the_plans_dates(
    services: Services, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 9, 1, 8, 0))
    placement_id = make_placement(
        services,
        start_date=date(2026, 9, 1),
        planned_end_date=date(2026, 12, 31),
        plan=DEFAULT_PLAN,
    )
    clock.set(datetime(2026, 10, 5, 12, 0))
    placement = services.placements.get(placement_id)
    services.placements.update(placement_id, replace(placement, planned_end_date=date(2027, 1, 31)))
    # The plan goes on from its last contact kept, 2026-09-29 (phase 2): 10-13, 10-27, 11-10,
    # 11-24 (day 84: phase 3), 12-24, and now also 2027-01-23.
    assert days(services, placement_id) == [
        date(2026, 9, 8),
        date(2026, 9, 15),
        date(2026, 9, 22),
        date(2026, 9, 29),
        date(2026, 10, 13),
        date(2026, 10, 27),
        date(2026, 11, 10),
        date(2026, 11, 24),
        date(2026, 12, 24),
        date(2027, 1, 23),
    ]


def test_removing_the_plan_removes_only_future_planned_check_ins(
    services: Services, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 9, 1, 8, 0))
    placement_id = make_placement(
        services,
        start_date=date(2026, 9, 1),
        planned_end_date=date(2026, 12, 31),
        plan=DEFAULT_PLAN,
    )
    clock.set(datetime(2026, 10, 5, 12, 0))
    placement = services.placements.get(placement_id)
    services.placements.update(placement_id, replace(placement, plan=None))
    assert days(services, placement_id) == [
        date(2026, 9, 8),
        date(2026, 9, 15),
        date(2026, 9, 22),
        date(2026, 9, 29),
    ]
    assert services.placements.get(placement_id).plan is None


def test_a_placement_type_proposes_its_own_plan_else_the_default(services: Services) -> None:
    assert services.settings.plan_for_type("Lönebidrag") == DEFAULT_PLAN
    services.settings.set_type_plan("Lönebidrag", MONTHLY_AFTER_TWO_WEEKS)
    assert services.settings.plan_for_type("Lönebidrag") == MONTHLY_AFTER_TWO_WEEKS
    assert services.settings.type_plans() == {"Lönebidrag": MONTHLY_AFTER_TWO_WEEKS}
    assert services.settings.plan_for_type("Praktik") == DEFAULT_PLAN

    weekly = FollowUpPlan.uniform(7, 10)
    services.settings.save(replace(services.settings.get(), follow_up_plan=weekly.to_json()))
    assert services.settings.plan_for_type("Praktik") == weekly

    services.settings.set_type_plan("Lönebidrag", None)
    assert services.settings.plan_for_type("Lönebidrag") == weekly
    details = [e.detail for e in services.audit.recent() if e.action is AuditAction.SETTINGS]
    assert sorted(details) == ["follow_up_plan", "type_plan", "type_plan"]


def test_a_type_plan_is_refused_when_wrong_and_nothing_is_stored(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.settings.set_type_plan("Lönebidrag", FollowUpPlan((Phase(7, 2, 5),)))
    assert {p.field for p in raised.value.problems} == {"type_plan"}
    with pytest.raises(ValidationError):
        services.settings.set_type_plan("Semester", MONTHLY_AFTER_TWO_WEEKS)
    assert services.settings.type_plans() == {}


def test_settings_save_stores_type_plans_with_the_settings(services: Services) -> None:
    services.settings.save(
        services.settings.get(), type_plans={"Lönebidrag": MONTHLY_AFTER_TWO_WEEKS}
    )
    assert services.settings.type_plans() == {"Lönebidrag": MONTHLY_AFTER_TWO_WEEKS}
    with pytest.raises(ValidationError):
        services.settings.save(
            replace(services.settings.get(), coordinator_name="Ny"),
            type_plans={"Praktik": FollowUpPlan(())},
        )
    assert services.settings.get().coordinator_name != "Ny"  # all or nothing
