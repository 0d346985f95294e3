"""The statistics report's breakdowns, from the same facts as the key figures."""

from __future__ import annotations

from datetime import date

from ambassador.domain.enums import Gender, Outcome, Respondent, Sector
from ambassador.domain.figures import FeedbackFact, Period, PlacementFact
from ambassador.domain.statistics import compute_statistics

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
W, M = Gender.WOMAN, Gender.MAN


def fact(
    placement_id: int,
    gender: Gender = W,
    *,
    start: date = date(2026, 3, 1),
    ended: date | None = None,
    outcome: Outcome | None = None,
    reason: str = "",
    placement_type: str = "Praktik",
    source: str = "Arbetsförmedlingen",
    sector: Sector | None = Sector.PRIVATE,
    employer: int | None = 1,
) -> PlacementFact:
    return PlacementFact(
        placement_id,
        gender,
        start,
        ended,
        outcome,
        reason,
        placement_type,
        source,
        sector,
        employer,
    )


def test_outcomes_and_early_reasons_count_what_ended_in_the_period_by_gender() -> None:
    facts = [
        fact(1, W, ended=date(2026, 6, 1), outcome=Outcome.EMPLOYMENT),
        fact(2, M, ended=date(2026, 7, 1), outcome=Outcome.ENDED_EARLY, reason="Ohälsa"),
        fact(3, W, ended=date(2026, 8, 1), outcome=Outcome.ENDED_EARLY, reason=" Ohälsa "),
        fact(4, W, ended=date(2026, 8, 2), outcome=Outcome.ENDED_EARLY, reason=""),
        fact(5, M, start=date(2025, 1, 1), ended=date(2025, 6, 1), outcome=Outcome.STUDIES),
        fact(6, M),  # still going: active, not ended
    ]
    statistics = compute_statistics(YEAR, facts, [])
    assert [(o, s.by_gender) for o, s in statistics.outcomes] == [
        (Outcome.EMPLOYMENT, {W: 1}),
        (Outcome.ENDED_EARLY, {M: 1, W: 2}),
    ]
    assert [(r, s.total) for r, s in statistics.early_reasons] == [("Ohälsa", 2), ("", 1)]
    assert statistics.figures.ended.total == 4
    assert statistics.period == YEAR


def test_groups_count_active_placements_and_their_way_into_work() -> None:
    facts = [
        fact(1, W, placement_type="Praktik", ended=date(2026, 5, 1), outcome=Outcome.STUDIES),
        fact(2, M, placement_type="Praktik", ended=date(2026, 5, 1), outcome=Outcome.ENDED_EARLY),
        fact(3, M, placement_type="Praktik"),
        fact(4, W, placement_type="Lönebidrag"),
        fact(5, W, placement_type=""),
    ]
    groups = compute_statistics(YEAR, facts, []).by_type
    assert [(g.key, g.active.total) for g in groups] == [
        ("Praktik", 3),
        ("", 1),
        ("Lönebidrag", 1),
    ]
    praktik = groups[0]
    assert praktik.active.by_gender == {W: 1, M: 2}
    assert (
        praktik.into_work_or_education.part.total,
        praktik.into_work_or_education.whole.total,
    ) == (1, 2)
    assert groups[2].into_work_or_education.ratio is None


def test_sectors_follow_the_list_order_and_unknown_comes_last() -> None:
    facts = [
        fact(1, sector=Sector.NON_PROFIT),
        fact(2, sector=Sector.PRIVATE),
        fact(3, sector=Sector.PRIVATE),
        fact(4, sector=None),
        fact(5, sector=Sector.MUNICIPAL),
    ]
    keys = [g.key for g in compute_statistics(YEAR, facts, []).by_sector]
    assert keys == ["municipal", "private", "non_profit", ""]


def test_referral_sources_grouped_as_written_without_stray_spaces() -> None:
    facts = [
        fact(1, source="Socialtjänsten "),
        fact(2, source="Socialtjänsten"),
        fact(3, source=""),
    ]
    groups = compute_statistics(YEAR, facts, []).by_referral_source
    assert [(g.key, g.active.total) for g in groups] == [("Socialtjänsten", 2), ("", 1)]


def test_employers_taking_placements_and_those_taking_several() -> None:
    facts = [
        fact(1, employer=10),
        fact(2, employer=10),
        fact(3, employer=11),
        fact(4, employer=12, start=date(2027, 1, 5)),  # starts after the period
        fact(5, employer=None),
    ]
    statistics = compute_statistics(YEAR, facts, [])
    assert (statistics.employers, statistics.employers_with_several) == (2, 1)


def test_felt_supported_comes_from_the_key_figures() -> None:
    answers = [FeedbackFact(1, W, Respondent.EMPLOYER, date(2026, 4, 1), 5)]
    statistics = compute_statistics(YEAR, [fact(1)], answers)
    assert statistics.figures.employers_felt_supported.ratio == 1.0


def test_empty_period_has_nothing_to_break_down() -> None:
    statistics = compute_statistics(YEAR, [], [])
    assert statistics.outcomes == [] and statistics.early_reasons == []
    assert statistics.by_type == [] and statistics.by_sector == []
    assert (statistics.employers, statistics.employers_with_several) == (0, 0)
