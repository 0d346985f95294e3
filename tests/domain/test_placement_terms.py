"""The subsidy and terms of a placement: what validation accepts, refuses and cleans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.mentors import Mentor, mentors_for
from ambassador.domain.placement import (
    AMOUNT_RANGE,
    MENTOR_HOURS_RANGE,
    SUBSIDY_TYPE_NEEDED,
    PlacementFields,
    validate_placement,
)
from ambassador.domain.subsidy import mentor_terms, subsidy_terms
from ambassador.domain.validation import END_BEFORE_START, PERCENT_RANGE, TOO_LONG

BASE = PlacementFields(
    participant_id=1, employer_id=1, placement_type="Lönebidrag", start_date=date(2026, 9, 1)
)


def problems_of(**overrides: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_placement(replace(BASE, **overrides))  # type: ignore[arg-type]
    return {problem.field: problem.message for problem in caught.value.problems}


def test_a_share_with_a_ceiling_amount_is_accepted_and_texts_are_cleaned() -> None:
    fields = validate_placement(
        replace(
            BASE,
            subsidy_type="  Lönebidrag\x00 ",
            subsidy_amount=18_000.0,
            subsidy_percent=80,
            decision_number=" Af-2026-1234 ",
            decision_start=date(2026, 9, 1),
            decision_end=date(2026, 9, 1),
            agreement_form=" Visstidsanställning ",
            employer_of_record=" Kommunen ",
            municipal_cost=0.0,
            mentor_hours=0.0,
        )
    )
    assert fields.subsidy_type == "Lönebidrag"
    assert fields.decision_number == "Af-2026-1234"
    assert fields.agreement_form == "Visstidsanställning"
    assert fields.employer_of_record == "Kommunen"
    assert (fields.subsidy_amount, fields.subsidy_percent) == (18_000.0, 80)


def test_a_subsidy_type_no_list_holds_is_kept() -> None:
    assert validate_placement(replace(BASE, subsidy_type="Gammalt stöd")).subsidy_type == (
        "Gammalt stöd"
    )


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"subsidy_type": "X", "subsidy_amount": -1.0}, "subsidy_amount", AMOUNT_RANGE),
        ({"subsidy_type": "X", "subsidy_amount": 1_000_000.5}, "subsidy_amount", AMOUNT_RANGE),
        ({"subsidy_type": "X", "subsidy_percent": 0}, "subsidy_percent", PERCENT_RANGE),
        ({"subsidy_type": "X", "subsidy_percent": 101}, "subsidy_percent", PERCENT_RANGE),
        ({"subsidy_amount": 5000.0}, "subsidy_type", SUBSIDY_TYPE_NEEDED),
        ({"subsidy_percent": 50, "subsidy_type": "  "}, "subsidy_type", SUBSIDY_TYPE_NEEDED),
        ({"municipal_cost": -0.01}, "municipal_cost", AMOUNT_RANGE),
        ({"mentor_hours": 60.5}, "mentor_hours", MENTOR_HOURS_RANGE),
        ({"mentor_hours": -1.0}, "mentor_hours", MENTOR_HOURS_RANGE),
        (
            {"decision_start": date(2026, 9, 2), "decision_end": date(2026, 9, 1)},
            "decision_end",
            END_BEFORE_START,
        ),
        ({"decision_number": "1" * 101}, "decision_number", TOO_LONG),
        ({"employer_of_record": "x" * 201}, "employer_of_record", TOO_LONG),
        ({"agreement_form": "x" * 201}, "agreement_form", TOO_LONG),
        ({"subsidy_type": "x" * 201}, "subsidy_type", TOO_LONG),
    ],
)
def test_terms_out_of_range_are_refused_at_their_field(
    overrides: dict[str, object], field: str, message: str
) -> None:
    assert problems_of(**overrides)[field] == message


def test_bounds_are_accepted() -> None:
    validate_placement(
        replace(
            BASE,
            subsidy_type="X",
            subsidy_amount=1_000_000.0,
            subsidy_percent=1,
            municipal_cost=1_000_000.0,
            mentor_hours=60.0,
            decision_number="1" * 100,
        )
    )
    validate_placement(replace(BASE, subsidy_type="X", subsidy_percent=100))


def test_subsidy_terms_are_none_until_something_is_recorded() -> None:
    assert subsidy_terms(BASE) is None
    assert subsidy_terms(replace(BASE, employer_of_record="Kommunen")) is not None
    assert subsidy_terms(replace(BASE, agreement_form="Visstid")) is not None
    only_decision = subsidy_terms(replace(BASE, decision_end=date(2027, 1, 1)))
    assert only_decision is not None and only_decision.has_decision
    assert not only_decision.has_subsidy
    # The municipality's cost alone is no term the documents tell.
    assert subsidy_terms(replace(BASE, municipal_cost=100.0)) is None


def test_mentor_terms_name_where_and_hours() -> None:
    mentor = Mentor(id=3, name="Eva Holm", employer_id=None, created_at=datetime(2026, 1, 1))
    at_work = replace(mentor, employer_id=9)
    placement = replace(BASE, mentor_id=3, mentor_hours=2.0)
    assert mentor_terms(placement, None) is None
    assert mentor_terms(replace(placement, mentor_id=4), mentor) is None
    unit = mentor_terms(placement, mentor, "ignored for the unit's own")
    assert unit is not None and (unit.employer_name, unit.hours_per_week) == ("", 2.0)
    employer = mentor_terms(placement, at_work, "Bageriet")
    assert employer is not None and employer.employer_name == "Bageriet"
    assert mentors_for([at_work, mentor], 9) == [at_work, mentor]
    assert mentors_for([at_work, mentor], 8) == [mentor]
    assert mentor.serves(8) and at_work.serves(9) and not at_work.serves(8)
