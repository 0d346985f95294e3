"""The headline figures on hand-computed fixtures: each must fail if its rule broke."""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.fields import FieldBalance
from ambassador.domain.figures import Period, PlacementFact
from ambassador.domain.headline import (
    HeadlineFact,
    compute_headline,
    measure_basis,
    measure_value,
    months_in,
    trend,
    year_figures,
)
from ambassador.domain.targets import Measure, Target

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
W, M = Gender.WOMAN, Gender.MAN
BALANCES = {
    "Bygg": FieldBalance("Bygg", 5),
    "Vård": FieldBalance("Vård", 85),
    "Butik": FieldBalance("Butik", 60),
}
_ids = count(1)


def fact(**values: object) -> HeadlineFact:
    base: dict[str, object] = {
        "placement_id": next(_ids),
        "participant_id": next(_ids),
        "gender": W,
        "employer_id": 1,
        "start_date": date(2026, 2, 1),
    }
    base.update(values)
    return HeadlineFact(**base)  # type: ignore[arg-type]


def ended(
    kind: str, outcome: Outcome, on: date = date(2026, 6, 30), gender: Gender = W
) -> HeadlineFact:
    return fact(placement_type=kind, outcome=outcome, ended_on=on, gender=gender)


def test_conversion_per_type_counts_employment_with_or_without_subsidy() -> None:
    facts = [
        ended("Praktik", Outcome.EMPLOYMENT),
        ended("Praktik", Outcome.EMPLOYMENT, gender=M),
        ended("Praktik", Outcome.SUBSIDISED_EMPLOYMENT),
        ended("Praktik", Outcome.STUDIES),  # education is not employment
        ended("Praktik", Outcome.ENDED_EARLY, gender=M),
        ended("Resursjobb", Outcome.EMPLOYMENT),
        ended("Resursjobb", Outcome.NO_OCCUPATION),
        ended("Praktik", Outcome.EMPLOYMENT, on=date(2025, 12, 31)),  # ended before the period
        fact(placement_type="Praktik"),  # still going
    ]
    figures = compute_headline(YEAR, facts, BALANCES)
    by_type = {c.placement_type: c.share for c in figures.conversion_by_type}
    assert list(by_type) == ["Praktik", "Resursjobb"]  # the most ended first
    praktik = by_type["Praktik"]
    assert (praktik.part.total, praktik.whole.total) == (3, 5)
    assert (praktik.part.of(M), praktik.whole.of(M)) == (1, 2)
    assert (by_type["Resursjobb"].part.total, by_type["Resursjobb"].whole.total) == (1, 2)
    assert (figures.conversion.part.total, figures.conversion.whole.total) == (4, 7)
    assert figures.conversion_of("Praktik") is praktik
    assert figures.conversion_of("") is figures.conversion
    assert figures.conversion_of("Lönebidrag").whole.total == 0


def test_the_152_of_201_figure() -> None:
    facts = [ended("Praktik", Outcome.EMPLOYMENT) for _ in range(152)]
    facts += [ended("Praktik", Outcome.OTHER_MEASURE) for _ in range(49)]
    figures = compute_headline(YEAR, facts, BALANCES)
    share = figures.conversion_of("Praktik")
    assert (share.part.total, share.whole.total) == (152, 201)
    assert measure_value(
        Measure.CONVERSION_TO_EMPLOYMENT, "Praktik", _key(), figures
    ) == pytest.approx(75.62, abs=0.01)
    # The printed table's basis beside it: what the share rests on; a count has none.
    assert measure_basis(Measure.CONVERSION_TO_EMPLOYMENT, "Praktik", _key(), figures) == (
        152,
        201,
    )
    assert measure_basis(Measure.RETURNING_EMPLOYERS, "", _key(), figures) is not None
    assert measure_basis(Measure.PLACEMENTS_STARTED, "", _key(), figures) is None


def test_non_traditional_share_by_gender_and_field_not_known_apart() -> None:
    facts = [
        fact(gender=W, field="Bygg"),  # outside
        fact(gender=M, field="Vård"),  # outside
        fact(gender=W, field="Vård"),  # traditional
        fact(gender=M, field="Bygg"),  # traditional
        fact(gender=W, field="Butik"),  # balanced: not outside
        fact(gender=W, field=""),  # no task linked: not known
        fact(gender=Gender.OTHER, field="Bygg"),  # not known
        fact(gender=M, field="Bageri"),  # no figure for the category: not known
        fact(gender=W, field="Bygg", start_date=date(2025, 3, 1)),  # started before
    ]
    figures = compute_headline(YEAR, facts, BALANCES).non_traditional
    assert (figures.share.part.total, figures.share.whole.total) == (2, 5)
    assert (figures.share.part.of(W), figures.share.whole.of(W)) == (1, 3)
    assert (figures.share.part.of(M), figures.share.whole.of(M)) == (1, 2)
    assert figures.not_known.by_gender == {W: 1, Gender.OTHER: 1, M: 1}


def test_returning_employers() -> None:
    facts = [
        fact(employer_id=1, start_date=date(2025, 4, 1)),  # A earlier
        fact(employer_id=1, start_date=date(2026, 3, 1)),  # A again: returning
        fact(employer_id=2, start_date=date(2026, 3, 1)),  # B twice in the period
        fact(employer_id=2, start_date=date(2026, 9, 1)),
        fact(employer_id=3, start_date=date(2026, 5, 1)),  # C once, new
        fact(employer_id=4, start_date=date(2024, 1, 1)),  # D only earlier: not counted
    ]
    returning = compute_headline(YEAR, facts, BALANCES).returning
    assert (returning.employers, returning.returning, returning.several) == (3, 1, 1)
    assert returning.ratio == pytest.approx(1 / 3)


def test_cost_by_subsidy_type_over_the_months_active() -> None:
    facts = [
        # The whole year: 365 days are 12 months.
        fact(subsidy_type="Lönebidrag", municipal_cost=10_000, start_date=date(2025, 6, 1)),
        # Active into the period, its decision ending 10 January: 10 days.
        fact(
            subsidy_type="Lönebidrag",
            municipal_cost=3_650,
            start_date=date(2025, 6, 1),
            ended_on=date(2026, 1, 31),
            decision_start=date(2025, 6, 1),
            decision_end=date(2026, 1, 10),
        ),
        # From 1 July: 184 days; no type recorded.
        fact(municipal_cost=5_000, start_date=date(2026, 7, 1)),
        # Decision over before the period: nothing.
        fact(subsidy_type="Nystartsjobb", municipal_cost=9_999, decision_end=date(2025, 12, 31)),
        fact(subsidy_type="Nystartsjobb", municipal_cost=None),
    ]
    cost = compute_headline(YEAR, facts, BALANCES).cost
    assert [(c.subsidy_type, c.amount, c.placements) for c in cost] == [
        ("Lönebidrag", 121_200.0, 2),
        ("", round(5_000 * 184 * 12 / 365, 2), 1),
    ]
    assert compute_headline(YEAR, facts, BALANCES).cost_total == pytest.approx(151_446.58)
    # On 31 July the year's cost is what was spent until then: the whole-year placement's
    # 212 days, the January one's 10, the July one's 31; December is not spent yet.
    so_far = compute_headline(YEAR, facts, BALANCES, today=date(2026, 7, 31)).cost
    assert [(c.subsidy_type, c.amount) for c in so_far] == [
        ("Lönebidrag", round(10_000 * 212 * 12 / 365 + 1_200, 2)),
        ("", round(5_000 * 31 * 12 / 365, 2)),
    ]


def test_months_in_counts_both_ends() -> None:
    one_day = fact(start_date=date(2026, 5, 5), ended_on=date(2026, 5, 5))
    assert months_in(YEAR, one_day) == pytest.approx(12 / 365)


def test_people_started_counts_each_person_once() -> None:
    facts = [
        fact(participant_id=100, gender=W),
        fact(participant_id=100, gender=W, start_date=date(2026, 8, 1)),
        fact(participant_id=101, gender=M),
        fact(participant_id=102, gender=M, start_date=date(2025, 8, 1)),
    ]
    figures = compute_headline(YEAR, facts, BALANCES)
    assert figures.people_started.by_gender == {W: 1, M: 1}
    assert measure_value(Measure.PEOPLE_STARTED, "", _key(), figures) == 2


def test_started_of_a_type() -> None:
    facts = [fact(placement_type="Resursjobb"), fact(placement_type="Resursjobb "), fact()]
    figures = compute_headline(YEAR, facts, BALANCES)
    assert measure_value(Measure.STARTED_OF_TYPE, "Resursjobb", _key(), figures) == 2
    assert measure_value(Measure.STARTED_OF_TYPE, "Praktik", _key(), figures) == 0


def _key():  # type: ignore[no-untyped-def]
    from ambassador.domain.figures import compute_key_figures

    return compute_key_figures(YEAR, [], [])


def test_trend_reads_each_year_with_its_target() -> None:
    placements = [
        PlacementFact(1, W, date(2024, 2, 1), date(2024, 6, 1), Outcome.EMPLOYMENT),
        PlacementFact(2, W, date(2025, 2, 1), date(2025, 6, 1), Outcome.EMPLOYMENT),
        PlacementFact(3, M, date(2025, 2, 1), date(2025, 6, 1), Outcome.NO_OCCUPATION),
    ]
    years = year_figures([2024, 2025, 2026], placements, [], [], BALANCES)
    targets = [
        Target(Measure.INTO_WORK_OR_EDUCATION, 2025, 40),
        Target(Measure.INTO_WORK_OR_EDUCATION, 2026, 45),
    ]
    found = trend(Measure.INTO_WORK_OR_EDUCATION, "", years, targets, date(2026, 12, 7))
    assert [(p.year, p.value, p.target, p.partial) for p in found.points] == [
        (2024, 100.0, None, False),
        (2025, 50.0, 40, False),
        (2026, None, 45, True),
    ]
    started = trend(Measure.PLACEMENTS_STARTED, "", years, targets, date(2026, 12, 7))
    assert [p.value for p in started.points] == [1, 2, 0]


def test_returning_employers_by_their_first_start() -> None:
    """The store gives each employer's first start instead of every earlier placement."""
    facts = [fact(employer_id=1), fact(employer_id=2), fact(employer_id=3)]
    first_starts = {1: date(2019, 5, 1), 2: date(2026, 2, 1), 3: date(2025, 12, 31)}
    returning = compute_headline(YEAR, facts, BALANCES, first_starts=first_starts).returning
    assert (returning.employers, returning.returning) == (3, 2)
