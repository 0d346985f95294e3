"""Targets: validation, the lookup of a year's target and the years a trend shows."""

from __future__ import annotations

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.targets import (
    SUBJECT_NOT_USED,
    SUBJECT_REQUIRED,
    TARGET_COUNT_RANGE,
    TARGET_PERCENT_RANGE,
    YEAR_RANGE,
    Measure,
    Target,
    ordered,
    target_for,
    trend_years,
    validate_target,
)
from ambassador.domain.validation import TOO_LONG


def messages(error: ValidationError) -> dict[str, str]:
    return {p.field: p.message for p in error.problems}


def test_a_valid_target_is_cleaned() -> None:
    target = validate_target("started_of_type", "  Resursjobb ", 2026, 40)
    assert target == Target(Measure.STARTED_OF_TYPE, 2026, 40.0, "Resursjobb")


@pytest.mark.parametrize(
    ("measure", "subject", "year", "value", "field", "message"),
    [
        ("started_of_type", "", 2026, 40, "subject", SUBJECT_REQUIRED),
        ("into_work_or_education", "Praktik", 2026, 40, "subject", SUBJECT_NOT_USED),
        ("into_work_or_education", "", 1999, 40, "year", YEAR_RANGE),
        ("into_work_or_education", "", 2026, 100.5, "value", TARGET_PERCENT_RANGE),
        ("into_work_or_education", "", 2026, -1, "value", TARGET_PERCENT_RANGE),
        ("placements_started", "", 2026, 12.5, "value", TARGET_COUNT_RANGE),
        ("people_started", "", 2026, 100_001, "value", TARGET_COUNT_RANGE),
        ("started_of_type", "x" * 201, 2026, 40, "subject", TOO_LONG),
    ],
)
def test_a_wrong_target_is_refused_at_its_field(
    measure: str, subject: str, year: int, value: float, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_target(measure, subject, year, value)
    assert messages(raised.value) == {field: message}


def test_an_unknown_measure_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_target("happiness", "", 2026, 1)
    assert set(messages(raised.value)) == {"measure"}


def test_conversion_may_be_per_type_or_for_all() -> None:
    assert validate_target("conversion_to_employment", "", 2026, 70).subject == ""
    assert validate_target("conversion_to_employment", "Praktik", 2026, 70).subject == "Praktik"


def test_the_target_of_exactly_that_measure_subject_and_year() -> None:
    targets = [
        Target(Measure.INTO_WORK_OR_EDUCATION, 2025, 35),
        Target(Measure.INTO_WORK_OR_EDUCATION, 2026, 40),
        Target(Measure.STARTED_OF_TYPE, 2026, 12, "Resursjobb"),
        Target(Measure.STARTED_OF_TYPE, 2026, 30, "Praktik"),
    ]
    assert target_for(targets, Measure.INTO_WORK_OR_EDUCATION, 2026) == 40
    assert target_for(targets, Measure.INTO_WORK_OR_EDUCATION, 2025) == 35
    assert target_for(targets, Measure.INTO_WORK_OR_EDUCATION, 2024) is None
    assert target_for(targets, Measure.STARTED_OF_TYPE, 2026, "Resursjobb") == 12
    assert target_for(targets, Measure.STARTED_OF_TYPE, 2026) is None
    assert target_for(targets, Measure.PEOPLE_STARTED, 2026) is None


def test_trend_years_are_five_ending_in_the_year() -> None:
    assert trend_years(2026) == [2022, 2023, 2024, 2025, 2026]


def test_trend_years_start_with_the_first_year_of_data() -> None:
    assert trend_years(2026, first_with_data=2024) == [2024, 2025, 2026]
    assert trend_years(2026, first_with_data=2010) == [2022, 2023, 2024, 2025, 2026]
    # Data only after the year asked for: the year alone.
    assert trend_years(2026, first_with_data=2030) == [2026]


def test_settings_order_is_measure_subject_then_newest_year() -> None:
    targets = [
        Target(Measure.STARTED_OF_TYPE, 2025, 10, "Resursjobb"),
        Target(Measure.INTO_WORK_OR_EDUCATION, 2025, 35),
        Target(Measure.INTO_WORK_OR_EDUCATION, 2026, 40),
        Target(Measure.STARTED_OF_TYPE, 2026, 5, "Praktik"),
    ]
    assert [(t.measure, t.subject, t.year) for t in ordered(targets)] == [
        (Measure.INTO_WORK_OR_EDUCATION, "", 2026),
        (Measure.INTO_WORK_OR_EDUCATION, "", 2025),
        (Measure.STARTED_OF_TYPE, "Praktik", 2026),
        (Measure.STARTED_OF_TYPE, "Resursjobb", 2025),
    ]


def test_every_measure_has_a_label() -> None:
    from ambassador.domain.targets import MEASURE_LABELS

    assert set(MEASURE_LABELS) == set(Measure)
