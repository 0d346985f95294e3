"""Översikt's decisions ending: placements going on whose subsidy decision ends within the
setting's days (30 unless changed) or has ended."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.errors import ValidationError
from ambassador.domain.overview import DecisionEnding
from ambassador.domain.placement import Ending
from ambassador.domain.settings import Settings, validate_settings
from ambassador.services.bundle import Services
from tests.factories import make_placement


def with_decision(services: Services, today: date, ends_in: int, **overrides: object) -> int:
    values: dict[str, object] = {
        "start_date": today - timedelta(days=100),
        "planned_end_date": None,
        "subsidy_type": "Lönebidrag",
        "decision_start": today - timedelta(days=100),
        "decision_end": today + timedelta(days=ends_in),
    }
    values.update(overrides)
    return make_placement(services, **values)


def test_lists_decisions_ending_within_the_setting_and_those_past(
    services: Services, clock: FixedClock
) -> None:
    today = clock.today()
    past = with_decision(services, today, -3)
    edge = with_decision(services, today, 30)
    with_decision(services, today, 31)
    soon = with_decision(services, today, 5, planned_end_date=today + timedelta(days=200))
    with_decision(services, today, 5, planned_end_date=today + timedelta(days=5))  # covered
    # Covered as planned, but running past its planned end: the decision ended with it.
    overrun = with_decision(services, today, -2, planned_end_date=today - timedelta(days=10))
    make_placement(services)  # no decision
    ended = with_decision(services, today, 2)
    services.placements.end(ended, Ending(ended_on=today, outcome=Outcome.EMPLOYMENT))
    trashed = with_decision(services, today, 2)
    services.placements.delete(trashed)
    rows = services.overview.overview().decisions_ending
    assert [r.placement_id for r in rows] == [past, overrun, soon, edge]
    assert rows[0].subsidy_type == "Lönebidrag"
    assert [r.days_left(today) for r in rows] == [-3, -2, 5, 30]

    services.settings.save(replace(services.settings.get(), renewal_warning_days=4))
    listed = services.overview.overview().decisions_ending
    assert [r.placement_id for r in listed] == [past, overrun]


def test_days_left_counts_to_the_decisions_last_day() -> None:
    row = DecisionEnding(1, "A B", "C", "", date(2026, 12, 1))
    assert row.days_left(date(2026, 11, 30)) == 1
    assert row.days_left(date(2026, 12, 1)) == 0
    assert row.days_left(date(2026, 12, 11)) == -10


@pytest.mark.parametrize("days", [0, 366])
def test_renewal_warning_days_is_1_to_365(days: int) -> None:
    with pytest.raises(ValidationError) as error:
        validate_settings(Settings(renewal_warning_days=days))
    assert [p.field for p in error.value.problems] == ["renewal_warning_days"]
    assert Settings().renewal_warning_days == 30
    assert Settings.from_strings({"renewal_warning_days": "45"}).renewal_warning_days == 45
