"""The follow-up plan: phases counted from the start, the chain of check-in days, JSON, words
and every problem a plan can have."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.plan import (
    DEFAULT_PLAN,
    PLAN_INTERVAL,
    PLAN_LAST_OPEN,
    PLAN_PHASES,
    PLAN_SILENT,
    PLAN_WEEKS,
    FollowUpPlan,
    Phase,
    describe_phase_on,
    describe_plan,
    plan_problems,
    swedish_nth,
    validate_plan,
)

START = date(2026, 9, 1)


def english(_context: str, source: str, _n: int | None = None) -> str:
    return source


def day(offset: int) -> date:
    return START + timedelta(days=offset)


@pytest.mark.parametrize(
    "offset, index",
    [
        (-3, 0),  # before the start: the first phase
        (0, 0),
        (27, 0),  # 4 weeks are days 0-27
        (28, 1),
        (83, 1),  # 8 more weeks are days 28-83
        (84, 2),
        (1000, 2),  # the last phase has no end
    ],
)
def test_phase_on_counts_whole_weeks_from_the_start(offset: int, index: int) -> None:
    assert DEFAULT_PLAN.phase_index_on(START, day(offset)) == index
    assert DEFAULT_PLAN.phase_on(START, day(offset)) == DEFAULT_PLAN.phases[index]


def test_phase_on_a_plan_whose_phases_all_end_is_its_last() -> None:
    closed = FollowUpPlan((Phase(7, 1, 10), Phase(14, 1, 18)))
    assert closed.phase_index_on(START, day(30)) == 1


def test_check_in_days_of_the_default_plan() -> None:
    # Weekly from the start: 7, 14, 21, 28; day 28 is in phase 2, so every 14 days: 42, 56,
    # 70, 84; day 84 is in phase 3, so every 30 days: 114, 144.
    offsets = [7, 14, 21, 28, 42, 56, 70, 84, 114, 144]
    assert DEFAULT_PLAN.check_in_days(START, day(170)) == [day(n) for n in offsets]
    assert DEFAULT_PLAN.check_in_days(START, day(144))[-1] == day(144)  # the last day counts
    assert DEFAULT_PLAN.check_in_days(START, day(6)) == []


def test_check_in_days_after_a_day_chain_from_it_with_the_phases_from_the_start() -> None:
    # From day 50 (phase 2): 64, 78; day 78 is still phase 2: 92 (phase 3), then 122.
    assert DEFAULT_PLAN.check_in_days(START, day(130), after=day(50)) == [
        day(64),
        day(78),
        day(92),
        day(122),
    ]


def test_check_in_days_refuses_an_interval_below_one_day() -> None:
    with pytest.raises(ValueError):
        FollowUpPlan((Phase(0, None, 10),)).check_in_days(START, day(30))


def test_runs_group_the_days_by_phase_each_a_regular_series() -> None:
    runs = DEFAULT_PLAN.runs(START, day(150))
    assert [(r.index, r.every_days, r.until_on) for r in runs] == [
        (0, 7, day(27)),
        (1, 14, day(83)),
        (2, 30, None),
    ]
    assert [r.days for r in runs] == [
        [day(7), day(14), day(21)],
        [day(28), day(42), day(56), day(70)],
        [day(84), day(114), day(144)],
    ]


def test_runs_leave_out_a_phase_no_check_in_falls_in() -> None:
    # Every 30 days for one week: the first contact, day 30, is already in phase 2.
    plan = FollowUpPlan((Phase(30, 1, 30), Phase(7, None, 10)))
    assert [(r.index, r.days[0]) for r in plan.runs(START, day(40))] == [(1, day(30))]


def test_phase_last_day() -> None:
    assert DEFAULT_PLAN.phase_last_day(START, 0) == date(2026, 9, 28)  # 1 September + 27
    assert DEFAULT_PLAN.phase_last_day(START, 1) == date(2026, 11, 23)  # + 83
    assert DEFAULT_PLAN.phase_last_day(START, 2) is None


def test_json_round_trip() -> None:
    text = DEFAULT_PLAN.to_json()
    assert text == "[[7, 4, 10], [14, 8, 18], [30, null, 35]]"
    assert FollowUpPlan.from_json(text) == DEFAULT_PLAN


@pytest.mark.parametrize(
    "text", ["", "not json", "null", "5", '{"a": 1}', "[[7, 4]]", '[["x", null, 10]]', "[7]"]
)
def test_from_json_refuses_what_is_not_a_plan(text: str) -> None:
    with pytest.raises(ValueError):
        FollowUpPlan.from_json(text)


def test_uniform_is_one_open_phase_never_silent_before_its_interval() -> None:
    assert FollowUpPlan.uniform(14, 21) == FollowUpPlan((Phase(14, None, 21),))
    assert FollowUpPlan.uniform(30, 14) == FollowUpPlan((Phase(30, None, 30),))


def test_default_plan_has_no_problems() -> None:
    assert plan_problems("plan", DEFAULT_PLAN) == []
    assert validate_plan("plan", DEFAULT_PLAN) is DEFAULT_PLAN


@pytest.mark.parametrize(
    "phases, expected",
    [
        ((), [(PLAN_PHASES, {})]),
        (tuple(Phase(7, 1, 10) for _ in range(6)) + (Phase(7, None, 10),), [(PLAN_PHASES, {})]),
        (((Phase(0, None, 10)),), [(PLAN_INTERVAL, {"phase": 1})]),
        (((Phase(366, None, 366)),), [(PLAN_INTERVAL, {"phase": 1}), (PLAN_SILENT, {"phase": 1})]),
        ((Phase(7, 4, 10), Phase(14, 2, 18)), [(PLAN_LAST_OPEN, {})]),
        ((Phase(7, None, 10), Phase(14, None, 18)), [(PLAN_WEEKS, {"phase": 1})]),
        ((Phase(7, 0, 10), Phase(14, None, 18)), [(PLAN_WEEKS, {"phase": 1})]),
        ((Phase(7, 105, 10), Phase(14, None, 18)), [(PLAN_WEEKS, {"phase": 1})]),
        ((Phase(7, 4, 10), Phase(14, None, 13)), [(PLAN_SILENT, {"phase": 2})]),
    ],
)
def test_plan_problems_name_the_phase(
    phases: tuple[Phase, ...], expected: list[tuple[str, dict[str, int]]]
) -> None:
    problems = plan_problems("plan", FollowUpPlan(phases))
    assert [(p.message, dict(p.params)) for p in problems] == expected
    assert {p.field for p in problems} == {"plan"}
    with pytest.raises(ValidationError):
        validate_plan("plan", FollowUpPlan(phases))


def test_describe_plan_in_words() -> None:
    assert describe_plan(DEFAULT_PLAN, english) == (
        "Every 7 days for 4 weeks; then every 14 days for 8 weeks; then every 30 days"
    )
    assert describe_plan(FollowUpPlan((Phase(1, 1, 3), Phase(7, None, 1))), english) == (
        "Every day for 1 week; then every 7 days"
    )
    assert describe_plan(None, english) == "No planned follow-up"
    assert describe_plan(FollowUpPlan.uniform(14, 14), english, with_silence=True) == (
        "Every 14 days, silent after 14 days"
    )
    assert describe_plan(FollowUpPlan((Phase(1, None, 1),)), english, with_silence=True) == (
        "Every day, silent after 1 day"
    )


def test_describe_phase_on_says_where_the_placement_is() -> None:
    assert describe_phase_on(DEFAULT_PLAN, START, day(30), english) == (
        "Phase 2 of 3: every 14 days, silent after 18 days"
    )


def test_a_translation_may_use_the_swedish_ordinal() -> None:
    def swedish(_context: str, source: str, _n: int | None = None) -> str:
        return {
            "every {days} days": "var {nth} dag",
            "{first}; then {rest}": "{first}, sedan {rest}",
        }.get(source, source)

    plan = FollowUpPlan((Phase(21, 2, 21), Phase(2, None, 5)))
    assert describe_plan(plan, swedish) == "Var 21:a dag for 2 weeks, sedan var 2:a dag"
    assert [swedish_nth(n) for n in (1, 2, 3, 7, 11, 12, 21, 22, 30, 111, 112)] == [
        "1:a", "2:a", "3:e", "7:e", "11:e", "12:e", "21:a", "22:a", "30:e", "111:e", "112:e"
    ]  # fmt: skip


def test_unreadable_default_plan_falls_back_and_is_refused_when_saved() -> None:
    from ambassador.domain.errors import ValidationError
    from ambassador.domain.plan import PLAN_UNREADABLE
    from ambassador.domain.settings import Settings, validate_settings

    damaged = Settings(follow_up_plan="not a plan")
    assert damaged.default_plan == DEFAULT_PLAN
    with pytest.raises(ValidationError) as raised:
        validate_settings(damaged)
    assert [(p.field, p.message) for p in raised.value.problems] == [
        ("follow_up_plan", PLAN_UNREADABLE)
    ]
