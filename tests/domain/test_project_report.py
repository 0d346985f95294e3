"""The project report counts people, not placements: hand-computed figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.project_report import (
    AgeBand,
    ProjectPlacementFact,
    age_band,
    birth_date_of,
    compute_project_report,
)
from ambassador.domain.projects import Project

TODAY = date(2026, 11, 24)
PROJECT = Project(
    id=1,
    name="Vägen vidare (ESF+)",
    start_date=date(2025, 1, 1),
    end_date=date(2026, 12, 31),
    target_participants=60,
    created_at=datetime(2024, 12, 1),
    updated_at=datetime(2024, 12, 1),
)
FIRST_START = date(2025, 2, 1)


def _birth(person: int) -> date | None:
    """5 under 25 (24 at their first start, 25 at their second), 5 aged 25-29, 14 aged
    30-54 (one 30 on the day, four 54 the day before their birthday), 3 aged 55 and over,
    2 without a number."""
    if person <= 5:
        return date(2000, 4, 1)
    if person <= 10:
        return date(2000, 1, 15)
    if person == 11:
        return date(1995, 2, 1)
    if person <= 20:
        return date(1980, 6, 6)
    if person <= 24:
        return date(1970, 2, 2)
    if person <= 27:
        return date(1960, 1, 1)
    return None


def _gender(person: int) -> Gender:
    return Gender.WOMAN if person <= 17 else Gender.MAN if person <= 28 else Gender.OTHER


def _second_outcome(person: int) -> Outcome:
    return Outcome.EMPLOYMENT if person <= 10 else Outcome.STUDIES


def _result_after_second(person: int) -> FollowUpResult | None:
    if person <= 8:
        return FollowUpResult.WORK
    if person <= 10:
        return None  # due in June 2026, not recorded
    if person <= 12:
        return FollowUpResult.STUDIES
    return FollowUpResult.NONE


def twenty_nine_people() -> list[ProjectPlacementFact]:
    """29 people, 43 ended placements: everyone had a first placement that ended in June
    2025 without occupation; persons 1-14 had a second one that ended in March 2026 in
    employment (1-10) or studies (11-14)."""
    facts: list[ProjectPlacementFact] = []
    for person in range(1, 30):
        second = person <= 14
        first_check = None if second else (date(2025, 9, 28) if person <= 17 else None)
        facts.append(
            ProjectPlacementFact(
                placement_id=person * 10,
                participant_id=person,
                gender=_gender(person),
                birth_date=_birth(person),
                start_date=FIRST_START,
                ended_on=date(2025, 6, 30),
                outcome=Outcome.NO_OCCUPATION,
                check_due_on=first_check,
                check_result=FollowUpResult.OTHER_MEASURE if first_check else None,
            )
        )
        if second:
            facts.append(
                ProjectPlacementFact(
                    placement_id=person * 10 + 1,
                    participant_id=person,
                    gender=_gender(person),
                    birth_date=_birth(person),
                    start_date=date(2025, 8, 1),
                    ended_on=date(2026, 3, 31),
                    outcome=_second_outcome(person),
                    check_due_on=date(2026, 6, 29),
                    check_result=_result_after_second(person),
                )
            )
    return facts


def test_forty_three_ended_placements_are_twenty_nine_people() -> None:
    facts = twenty_nine_people()
    assert sum(1 for f in facts if f.ended_on is not None) == 43
    report = compute_project_report(PROJECT, facts, TODAY)
    assert report.period == Period(date(2025, 1, 1), date(2026, 12, 31))
    assert report.people == 29
    assert report.placements_ended == 43
    assert report.placements_started == 43
    assert report.ended.total == 29
    assert report.started.total == 29
    assert report.active.total == 29
    assert report.ended.by_gender.by_gender == {Gender.WOMAN: 17, Gender.MAN: 11, Gender.OTHER: 1}
    assert report.ended.by_age == {
        AgeBand.UNDER_25: 5,
        AgeBand.FROM_25_TO_29: 5,
        AgeBand.FROM_30_TO_54: 14,
        AgeBand.FROM_55: 3,
        AgeBand.UNKNOWN: 2,
    }


def test_outcome_at_the_end_is_the_last_placements() -> None:
    report = compute_project_report(PROJECT, twenty_nine_people(), TODAY)
    outcomes = {outcome: people.total for outcome, people in report.outcomes}
    # Persons 1-14's first placements ended without occupation too: not counted again.
    assert outcomes == {Outcome.EMPLOYMENT: 10, Outcome.STUDIES: 4, Outcome.NO_OCCUPATION: 15}
    assert [outcome for outcome, _people in report.outcomes] == [
        Outcome.EMPLOYMENT,
        Outcome.STUDIES,
        Outcome.NO_OCCUPATION,
    ]
    employed = dict(report.outcomes)[Outcome.EMPLOYMENT]
    assert employed.by_gender.of(Gender.WOMAN) == 10
    assert employed.of_age(AgeBand.UNDER_25) == 5
    assert employed.of_age(AgeBand.FROM_25_TO_29) == 5
    assert report.into_work_or_education.total == 14
    assert report.into_work_or_education.of_age(AgeBand.FROM_30_TO_54) == 4


def test_ninety_days_after_of_the_last_placement() -> None:
    report = compute_project_report(PROJECT, twenty_nine_people(), TODAY)
    after = {result: people.total for result, people in report.after_90}
    assert after == {
        FollowUpResult.WORK: 8,
        FollowUpResult.STUDIES: 2,
        FollowUpResult.OTHER_MEASURE: 3,  # persons 15-17, one placement each
        FollowUpResult.NONE: 2,
    }
    assert report.not_recorded.total == 2  # persons 9 and 10
    assert report.not_due.total == 0
    assert report.no_check.total == 12  # persons 18-29
    assert report.no_check.by_gender.by_gender == {Gender.MAN: 11, Gender.OTHER: 1}
    assert report.recorded.total == 15
    assert report.recorded_into_work_or_education.total == 10


def test_beside_the_target() -> None:
    report = compute_project_report(PROJECT, twenty_nine_people(), TODAY)
    assert report.target == 60
    assert report.toward_target == 29
    assert report.target_ratio == pytest.approx(29 / 60)
    untargeted = compute_project_report(replace(PROJECT, target_participants=None), [], TODAY)
    assert untargeted.target_ratio is None
    assert untargeted.people == 0
    assert untargeted.outcomes == []


def _fact(
    placement_id: int,
    person: int,
    start: date,
    ended: date | None,
    outcome: Outcome | None = None,
    *,
    gender: Gender = Gender.WOMAN,
    due: date | None = None,
) -> ProjectPlacementFact:
    return ProjectPlacementFact(
        placement_id, person, gender, date(1990, 1, 1), start, ended, outcome, due, None
    )


EDGES = [
    # Person 30 left a placement and is in another now: active, not ended.
    _fact(301, 30, date(2025, 3, 1), date(2025, 5, 31), Outcome.OTHER_MEASURE),
    _fact(302, 30, date(2026, 10, 1), None),
    # Person 31 started before the project's period and ended in it.
    _fact(311, 31, date(2024, 11, 1), date(2025, 1, 31), Outcome.EMPLOYMENT, gender=Gender.MAN),
    # Person 32 ended in October; the 90-day check is not due until January.
    _fact(321, 32, date(2026, 6, 1), date(2026, 10, 31), Outcome.EMPLOYMENT, due=date(2027, 1, 29)),
]


def test_still_in_a_placement_is_not_ended_and_a_check_not_due_is_counted_apart() -> None:
    report = compute_project_report(PROJECT, EDGES, TODAY)
    assert report.people == 3
    assert report.started.total == 2  # persons 30 and 32; 31 started before the period
    assert report.active.total == 3
    assert report.ended.total == 2  # persons 31 and 32; 30 is still in a placement
    assert report.ended.by_gender.by_gender == {Gender.MAN: 1, Gender.WOMAN: 1}
    assert report.placements_ended == 3  # 301 ended too, but its person went on
    assert report.not_due.total == 1
    assert report.no_check.total == 1
    assert report.toward_target == 3


def test_a_chosen_period() -> None:
    report = compute_project_report(
        PROJECT, EDGES, TODAY, Period(date(2026, 1, 1), date(2026, 12, 31))
    )
    assert report.period == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert report.started.total == 1  # person 32; person 30 first started in 2025
    assert report.active.total == 2  # persons 30 and 32
    assert report.ended.total == 1
    assert report.placements_started == 2
    assert report.placements_active == 2
    early = compute_project_report(
        PROJECT, EDGES, TODAY, Period(date(2025, 1, 1), date(2025, 3, 31))
    )
    assert early.toward_target == 2  # persons 30 and 31 had started by the end of March 2025


def test_a_placement_planned_to_start_later_is_not_toward_the_target_yet() -> None:
    """Rapporter's list says the people so far by today (tests/services/test_projects.py);
    the report must say the same."""
    planned = [*EDGES, _fact(331, 33, date(2026, 12, 14), None)]
    report = compute_project_report(PROJECT, planned, TODAY)
    assert report.toward_target == 3
    assert report.people == 4


def test_age_bands_at_their_edges() -> None:
    day = date(2026, 6, 15)
    assert age_band(date(2001, 6, 16), day) is AgeBand.UNDER_25  # 25 tomorrow
    assert age_band(date(2001, 6, 15), day) is AgeBand.FROM_25_TO_29
    assert age_band(date(1996, 6, 16), day) is AgeBand.FROM_25_TO_29
    assert age_band(date(1996, 6, 15), day) is AgeBand.FROM_30_TO_54
    assert age_band(date(1971, 6, 16), day) is AgeBand.FROM_30_TO_54
    assert age_band(date(1971, 6, 15), day) is AgeBand.FROM_55
    assert age_band(None, day) is AgeBand.UNKNOWN


def test_birth_date_from_a_swedish_or_danish_number() -> None:
    assert birth_date_of("198503121234") == date(1985, 3, 12)
    assert birth_date_of("198503721234") == date(1985, 3, 12)  # samordningsnummer: day + 60
    assert birth_date_of("1203851234") == date(1985, 3, 12)  # CPR, seventh digit 1: 1900s
    assert birth_date_of(None) is None
    assert birth_date_of("") is None
    assert birth_date_of("3102851234") is None  # no 31 February
