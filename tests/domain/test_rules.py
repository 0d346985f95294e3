"""Placement status, endings, recurrence and overlap: the rules about dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.enums import Outcome, PlacementStatus
from ambassador.domain.errors import ValidationError
from ambassador.domain.placement import (
    Ending,
    Placement,
    PlacementFields,
    overlaps,
    validate_ending,
    validate_placement,
)
from ambassador.domain.plan import FollowUpPlan, Phase
from ambassador.domain.recurrence import (
    MAX_OCCURRENCES,
    OPEN_ENDED_HORIZON,
    occurrences,
)

NOW = datetime(2026, 11, 22, 9, 0)


def placement(**overrides: object) -> Placement:
    values: dict[str, object] = {
        "id": 1,
        "participant_id": 1,
        "employer_id": 1,
        "placement_type": "Praktik",
        "start_date": date(2026, 9, 1),
        "created_at": NOW,
        "updated_at": NOW,
    }
    values.update(overrides)
    return Placement(**values)  # type: ignore[arg-type]


def test_status_is_planned_before_start_active_from_start() -> None:
    p = placement(start_date=date(2026, 11, 23))
    assert p.status_on(date(2026, 11, 22)) is PlacementStatus.PLANNED
    assert p.status_on(date(2026, 11, 23)) is PlacementStatus.ACTIVE


def test_status_ended_wins_over_paused() -> None:
    ended = placement(
        paused=True, ending=Ending(ended_on=date(2026, 10, 1), outcome=Outcome.EMPLOYMENT)
    )
    assert ended.status_on(date(2026, 11, 22)) is PlacementStatus.ENDED
    assert placement(paused=True).status_on(date(2026, 11, 22)) is PlacementStatus.PAUSED


def test_validate_placement_refuses_end_before_start_but_accepts_same_day() -> None:
    fields = PlacementFields(
        participant_id=1, employer_id=1, placement_type="Praktik", start_date=date(2026, 9, 1)
    )
    validate_placement(PlacementFields(**{**fields.__dict__, "planned_end_date": date(2026, 9, 1)}))
    with pytest.raises(ValidationError):
        validate_placement(
            PlacementFields(**{**fields.__dict__, "planned_end_date": date(2026, 8, 31)})
        )


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"hours_per_week": 0.0}, "hours_per_week"),
        ({"extent_percent": 101}, "extent_percent"),
        ({"plan": FollowUpPlan((Phase(0, None, 10),))}, "plan"),
        ({"placement_type": " "}, "placement_type"),
    ],
)
def test_validate_placement_names_the_wrong_field(overrides: dict[str, object], field: str) -> None:
    values: dict[str, object] = {
        "participant_id": 1,
        "employer_id": 1,
        "placement_type": "Praktik",
        "start_date": date(2026, 9, 1),
    }
    values.update(overrides)
    with pytest.raises(ValidationError) as raised:
        validate_placement(PlacementFields(**values))  # type: ignore[arg-type]
    assert [p.field for p in raised.value.problems] == [field]


def test_ending_early_needs_reason_other_outcomes_do_not() -> None:
    today = date(2026, 11, 22)
    with pytest.raises(ValidationError):
        validate_ending(placement(), Ending(ended_on=today, outcome=Outcome.ENDED_EARLY), today)
    assert validate_ending(placement(), Ending(ended_on=today, outcome=Outcome.STUDIES), today)


def test_occurrences_stop_at_until_inclusive() -> None:
    first = datetime(2026, 12, 1, 10)
    days = [d.date() for d in occurrences(first, 7, date(2026, 12, 22))]
    assert days == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15), date(2026, 12, 22)]


def test_occurrences_open_ended_run_half_a_year() -> None:
    first = datetime(2026, 12, 1, 10)
    last = occurrences(first, 30, None)[-1]
    assert last.date() <= first.date() + OPEN_ENDED_HORIZON
    assert (first.date() + OPEN_ENDED_HORIZON - last.date()).days < 30


@given(
    st.integers(min_value=1, max_value=60),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(min_value=0, max_value=400),
)
def test_occurrences_are_evenly_spaced_and_within_range(every: int, start: date, span: int) -> None:
    first = datetime.combine(start, datetime.min.time())
    until = date.fromordinal(start.toordinal() + span)
    times = occurrences(first, every, until)
    assert times[0] == first
    assert all((b - a).days == every for a, b in zip(times, times[1:], strict=False))
    assert times[-1].date() <= until
    # The series runs to the end, unless it hit the cap that keeps a typo from making thousands.
    assert len(times) == MAX_OCCURRENCES or times[-1].toordinal() + every > until.toordinal()


def test_overlaps_with_open_ends() -> None:
    assert overlaps(date(2026, 1, 1), None, date(2030, 1, 1), None)
    assert overlaps(date(2026, 1, 1), date(2026, 1, 31), date(2026, 1, 31), None)
    assert not overlaps(date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 1), None)
