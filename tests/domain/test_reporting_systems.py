"""Ending reasons and outcomes mapped to the outside systems' categories, and the statistics
of a fixed set of ended placements in each system's breakdown, counted by hand."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.errors import ValidationError
from ambassador.domain.figures import Period, PlacementFact
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheckFact
from ambassador.domain.reporting_systems import (
    ReportingSystem,
    ReportMap,
    ReportMapping,
    SourceKind,
    clean_mappings,
    default_mappings,
)
from ambassador.domain.statistics import compute_statistics

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
W, M, X = Gender.WOMAN, Gender.MAN, Gender.OTHER
SUS, SOCIAL, ESF = ReportingSystem.SUS, ReportingSystem.SOCIAL_SERVICES, ReportingSystem.ESF


def default_map(system: ReportingSystem) -> ReportMap:
    return ReportMap.of(system, default_mappings(system))


def ended(
    placement_id: int, gender: Gender, outcome: Outcome, reason: str = "", day: int = 1
) -> PlacementFact:
    return PlacementFact(
        placement_id, gender, date(2026, 1, 5), date(2026, 5, day), outcome, reason
    )


# Six placements that ended in 2026 and one that ended in 2025 (outside the period).
PLACEMENTS = [
    ended(1, W, Outcome.EMPLOYMENT),
    ended(2, M, Outcome.SUBSIDISED_EMPLOYMENT),
    ended(3, W, Outcome.ENDED_EARLY, "Fick arbete på annat håll"),
    ended(4, M, Outcome.ENDED_EARLY, "Ohälsa"),
    ended(5, X, Outcome.ENDED_EARLY, "Något nytt"),  # a reason no system maps
    ended(6, W, Outcome.STUDIES),
    PlacementFact(7, M, date(2025, 1, 5), date(2025, 6, 1), Outcome.EMPLOYMENT),
]


def check(placement_id: int, gender: Gender, result: FollowUpResult | None) -> OutcomeCheckFact:
    return OutcomeCheckFact(
        placement_id,
        gender,
        date(2026, 5, 1),
        Outcome.EMPLOYMENT,
        date(2026, 7, 30),
        result,
        None if result is None else date(2026, 8, 2),
    )


CHECKS = [
    check(1, W, FollowUpResult.WORK),
    check(2, M, FollowUpResult.WORK),
    check(3, W, FollowUpResult.STUDIES),
    check(4, M, FollowUpResult.NONE),
    check(5, X, None),  # due 2026-07-30, not recorded
    check(7, M, FollowUpResult.WORK),  # its placement ended outside the period
]


def test_an_early_ending_counts_by_its_mapped_reason() -> None:
    sus = default_map(SUS)
    assert sus.category_of_ending(Outcome.ENDED_EARLY, "Fick arbete på annat håll") == "Arbete"
    assert sus.category_of_ending(Outcome.ENDED_EARLY, "Ohälsa") == "Avbrott – ohälsa"
    # An unmapped reason falls back on the outcome; no reason at all likewise.
    assert sus.category_of_ending(Outcome.ENDED_EARLY, "Något nytt") == "Avbrott"
    assert sus.category_of_ending(Outcome.ENDED_EARLY, "") == "Avbrott"
    # A reason on an ending that is not early does not count.
    assert sus.category_of_ending(Outcome.STUDIES, "Ohälsa") == "Studier"


def test_nothing_mapped_is_none() -> None:
    empty = ReportMap.of(ESF, [])
    assert empty.category_of_ending(Outcome.EMPLOYMENT) is None
    assert empty.category_of_result(FollowUpResult.WORK) is None


def test_ninety_day_results_map() -> None:
    assert default_map(ESF).category_of_result(FollowUpResult.STUDIES) == "I utbildning"
    assert default_map(SOCIAL).category_of_result(FollowUpResult.NONE) == "Ingen sysselsättning"


@pytest.mark.parametrize(
    ("system", "at_end", "after_90"),
    [
        (
            SUS,
            # 1 Arbete (W), 2 Arbete med stöd (M), 3 Arbete by reason (W), 4 Avbrott – ohälsa (M),
            # 5 Avbrott by outcome (X), 6 Studier (W); in the table's order of categories.
            [
                ("Arbete", {W: 2}),
                ("Arbete med stöd", {M: 1}),
                ("Studier", {W: 1}),
                ("Avbrott", {X: 1}),
                ("Avbrott – ohälsa", {M: 1}),
            ],
            # 1, 2 work; 3 studies; 4 none; 5 not recorded; 7 outside the period.
            [("Arbete", {W: 1, M: 1}), ("Studier", {W: 1}), ("Ingen sysselsättning", {M: 1})],
        ),
        (
            SOCIAL,
            [
                ("Osubventionerat arbete", {W: 2}),
                ("Subventionerat arbete", {M: 1}),
                ("Studier", {W: 1}),
                ("Avbrott", {X: 1}),
                ("Avbrott – ohälsa", {M: 1}),
            ],
            [("Arbete", {W: 1, M: 1}), ("Studier", {W: 1}), ("Ingen sysselsättning", {M: 1})],
        ),
        (
            ESF,
            # Employment with and without support are one ESF category: 1, 2 and 3.
            [
                ("I arbete, inkl. egenföretagare", {W: 2, M: 1}),
                ("I utbildning", {W: 1}),
                ("Avbrott", {X: 1}),
                ("Avbrott – ohälsa", {M: 1}),
            ],
            [
                ("I arbete, inkl. egenföretagare", {W: 1, M: 1}),
                ("I utbildning", {W: 1}),
                ("Söker arbete eller utan sysselsättning", {M: 1}),
            ],
        ),
    ],
)
def test_ended_placements_in_each_system(
    system: ReportingSystem,
    at_end: list[tuple[str, dict[Gender, int]]],
    after_90: list[tuple[str, dict[Gender, int]]],
) -> None:
    statistics = compute_statistics(
        YEAR, PLACEMENTS, [], CHECKS, date(2026, 11, 24), default_map(system)
    )
    found = statistics.breakdown
    assert found is not None and found.system is system
    assert [(c, s.by_gender) for c, s in found.ended] == at_end
    assert [(c, s.by_gender) for c, s in found.after_90] == after_90


def test_an_unmapped_ending_is_counted_as_not_mapped() -> None:
    # Only employment is mapped: the other five endings of 2026 land in "not mapped", last.
    only = ReportMap.of(SUS, [ReportMapping(SUS, SourceKind.OUTCOME, "employment", "Arbete")])
    found = compute_statistics(YEAR, PLACEMENTS, [], [], date(2026, 11, 24), only).breakdown
    assert found is not None
    assert [(c, s.total) for c, s in found.ended] == [("Arbete", 1), (None, 5)]


def test_ninety_day_counts() -> None:
    statistics = compute_statistics(YEAR, PLACEMENTS, [], CHECKS, date(2026, 11, 24))
    after = statistics.after_90
    assert after is not None
    assert [(r, s.total) for r, s in after.results] == [
        (FollowUpResult.WORK, 2),  # 1 and 2 (7 ended in 2025)
        (FollowUpResult.STUDIES, 1),
        (FollowUpResult.OTHER_MEASURE, 0),
        (FollowUpResult.NONE, 1),
    ]
    assert after.not_recorded.by_gender == {X: 1}  # 5: due 2026-07-30, not answered
    assert after.not_due.total == 0
    assert after.no_check.by_gender == {W: 1}  # 6 has no check at all
    # In work or studies: 3 of the 4 recorded; women 2 of 2, men 1 of 2.
    assert after.into_work_or_education.part.total == 3
    assert after.into_work_or_education.whole.total == 4
    assert after.into_work_or_education.ratio_of(M) == 0.5


def test_a_check_due_later_is_not_yet_due() -> None:
    statistics = compute_statistics(YEAR, PLACEMENTS, [], CHECKS, date(2026, 7, 29))
    assert statistics.after_90 is not None
    assert statistics.after_90.not_due.by_gender == {X: 1}
    assert statistics.after_90.not_recorded.total == 0


def test_clean_mappings_trims_drops_empty_and_refuses_the_unknown() -> None:
    kept = clean_mappings(
        SUS,
        [
            ReportMapping(SUS, SourceKind.OUTCOME, "employment", "  Arbete "),
            ReportMapping(SUS, SourceKind.REASON, " Flytt ", ""),  # not mapped
        ],
    )
    assert kept == [ReportMapping(SUS, SourceKind.OUTCOME, "employment", "Arbete")]
    with pytest.raises(ValidationError) as refused:
        clean_mappings(
            SUS,
            [
                ReportMapping(SUS, SourceKind.OUTCOME, "promotion", "Arbete"),
                ReportMapping(SUS, SourceKind.AFTER_90, "work", "x" * 201),
                ReportMapping(SUS, SourceKind.REASON, "Flytt", "A"),
                ReportMapping(SUS, SourceKind.REASON, "Flytt", "B"),
            ],
        )
    assert [p.field for p in refused.value.problems] == [
        "outcome:promotion",
        "after_90:work",
        "reason:Flytt",
    ]


def test_the_recorded_are_the_shares_whole() -> None:
    after = compute_statistics(YEAR, PLACEMENTS, [], CHECKS, date(2026, 11, 24)).after_90
    assert after is not None and after.recorded.total == 4  # 1, 2, 3 and 4
