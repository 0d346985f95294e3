"""Placements at risk: the silence threshold follows the plan's phase, flagged notes weigh a
week each, and the ranking is worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ambassador.domain.country import DENMARK
from ambassador.domain.overview import (
    RISK_NOTE_WEIGHT_DAYS,
    AtRiskPlacement,
    rank_at_risk,
    silence_threshold,
)
from ambassador.domain.plan import DEFAULT_PLAN, FollowUpPlan

START = date(2026, 9, 1)


@pytest.mark.parametrize(
    ("days_in", "threshold", "phase"),
    [
        (0, 10, 1),  # the first day: phase 1, weekly, silent after 10
        (27, 10, 1),  # day 27 is still in the first 4 weeks (0..27)
        (28, 18, 2),  # day 28 starts phase 2 (8 weeks: days 28..83)
        (83, 18, 2),
        (84, 35, 3),  # 4 + 8 weeks = 84 days: the monthly phase, to the end
        (400, 35, 3),
    ],
)
def test_threshold_is_the_phase_of_today(days_in: int, threshold: int, phase: int) -> None:
    today = START + timedelta(days=days_in)
    assert silence_threshold(DEFAULT_PLAN.to_json(), START, today, 14) == (threshold, phase)


def test_threshold_without_plan_is_the_setting() -> None:
    assert silence_threshold(None, START, date(2026, 11, 24), 14) == (14, None)


def test_threshold_of_an_unreadable_plan_is_the_setting() -> None:
    assert silence_threshold("not json", START, date(2026, 11, 24), 9) == (9, None)
    assert silence_threshold("[]", START, date(2026, 11, 24), 9) == (9, None)


def test_threshold_of_a_one_phase_plan_names_no_phase() -> None:
    plan = FollowUpPlan.uniform(every_days=14, silent_after_days=14).to_json()
    assert silence_threshold(plan, START, date(2026, 11, 24), 20) == (14, None)


def _row(name: str, silent: int, threshold: int, flags: int = 0) -> AtRiskPlacement:
    return AtRiskPlacement(
        placement_id=ord(name[0]),
        participant_name=name,
        employer_name="Arbetsgivare",
        last_contact=None,
        silent_days=silent,
        threshold_days=threshold,
        phase=None,
        flagged_notes=flags,
    )


def test_ranking_on_hand_computed_scores() -> None:
    assert RISK_NOTE_WEIGHT_DAYS == 7
    a = _row("Anna", silent=16, threshold=10)  # phase 1: 16 - 10 = 6 past → score 6
    b = _row("Bo", silent=30, threshold=35, flags=2)  # phase 3: not silent; 2 × 7 = 14
    c = _row("Cecilia", silent=20, threshold=14)  # one rhythm: 20 - 14 = 6 → score 6
    quiet = _row("Doris", silent=30, threshold=35)  # phase 3, 30 days, no flag: not at risk
    assert (a.score, b.score, c.score) == (6, 14, 6)
    assert not b.silent and b.at_risk
    assert not quiet.at_risk  # under the old flat 14 days it would have been silent
    # B first (14); A and C tie at 6, by name: Anna before Cecilia.
    assert [r.participant_name for r in rank_at_risk([c, quiet, a, b])] == [
        "Bo",
        "Anna",
        "Cecilia",
    ]


def test_ties_by_name_in_the_organisations_alphabetical_order() -> None:
    rows = [_row(name, silent=20, threshold=14) for name in ("Åse", "Ørn", "Zenia")]
    assert [r.participant_name for r in rank_at_risk(rows)] == ["Zenia", "Åse", "Ørn"]
    assert [r.participant_name for r in rank_at_risk(rows, DENMARK)] == ["Zenia", "Ørn", "Åse"]


def test_silent_from_the_day_the_threshold_is_reached() -> None:
    on_the_day = _row("Eva", silent=14, threshold=14)
    day_before = _row("Fia", silent=13, threshold=14)
    assert on_the_day.silent and on_the_day.days_past == 0 and on_the_day.score == 0
    assert not day_before.at_risk and day_before.days_past == 0
