"""The smaller domain rules: errors, overdue, feedback and note checks, figures by period."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ambassador.domain.clock import FixedClock, SystemClock
from ambassador.domain.employer import EmployerFields, validate_employer
from ambassador.domain.enums import CheckInStatus, Gender, Respondent, WithWhom
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.figures import FeedbackFact, Period, compute_key_figures
from ambassador.domain.followup import (
    CheckIn,
    FeedbackFields,
    NoteFields,
    validate_feedback,
    validate_note,
)
from ambassador.domain.recurrence import occurrences
from ambassador.domain.search import MATCH_END, MATCH_START, HitKind, SearchHit

NOW = datetime(2026, 11, 24, 9, 0)


def test_system_clock_agrees_with_itself() -> None:
    clock = SystemClock()
    assert clock.now().date() in (clock.today(), clock.today() - timedelta(days=1))
    fixed = FixedClock(NOW)
    fixed.set(NOW + timedelta(days=1))
    assert fixed.today() == date(2026, 11, 25)


def test_validation_error_needs_a_problem_and_groups_by_field() -> None:
    with pytest.raises(ValueError):
        ValidationError([])
    error = ValidationError([Problem("a", "x"), Problem("b", "y"), Problem("a", "z")])
    assert [p.message for p in error.for_field("a")] == ["x", "z"]


def test_employer_with_bad_organisation_number_names_that_field() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_employer(EmployerFields(name="Kvarnens Café", organisation_number="556036-0794"))
    assert [p.field for p in raised.value.problems] == ["organisation_number"]


def test_check_in_is_overdue_only_when_planned_and_past() -> None:
    def check_in(status: CheckInStatus, at: datetime) -> CheckIn:
        return CheckIn(id=1, placement_id=1, scheduled_at=at, kind="Annat", status=status)

    # Late from the day after, as on Översikt and in the lists; earlier today it is due today.
    yesterday = NOW - timedelta(days=1)
    earlier_today = datetime.combine(NOW.date(), datetime.min.time())
    assert check_in(CheckInStatus.PLANNED, yesterday).is_overdue(NOW)
    assert not check_in(CheckInStatus.PLANNED, earlier_today).is_overdue(NOW)
    assert check_in(CheckInStatus.PLANNED, earlier_today).is_due_today(NOW)
    assert not check_in(CheckInStatus.PLANNED, NOW).is_overdue(NOW)
    assert not check_in(CheckInStatus.DONE, yesterday).is_overdue(NOW)


def test_note_refuses_minutes_out_of_range() -> None:
    fields = NoteFields(
        participant_id=1,
        placement_id=None,
        occurred_at=NOW,
        kind="Annat",
        with_whom=WithWhom.PARTICIPANT,
        text="Ringde.",
        minutes_spent=1441,
    )
    with pytest.raises(ValidationError) as raised:
        validate_note(fields, NOW)
    assert [p.field for p in raised.value.problems] == ["minutes_spent"]


def test_feedback_needs_a_rating_or_a_comment() -> None:
    empty = FeedbackFields(placement_id=1, given_on=NOW.date(), respondent=Respondent.EMPLOYER)
    with pytest.raises(ValidationError):
        validate_feedback(empty)
    assert (
        validate_feedback(
            FeedbackFields(
                placement_id=1,
                given_on=NOW.date(),
                respondent=Respondent.EMPLOYER,
                strengths="  Punktlig  ",
            )
        ).strengths
        == "Punktlig"
    )


def test_felt_supported_counts_only_answers_in_the_period() -> None:
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    facts = [
        FeedbackFact(1, Gender.WOMAN, Respondent.EMPLOYER, date(2025, 12, 31), 5),
        FeedbackFact(2, Gender.MAN, Respondent.EMPLOYER, date(2026, 1, 1), 2),
        FeedbackFact(3, Gender.MAN, Respondent.EMPLOYER, date(2026, 3, 1), None),
        FeedbackFact(4, Gender.WOMAN, Respondent.EMPLOYER, date(2026, 6, 1), 5),
        FeedbackFact(4, Gender.WOMAN, Respondent.EMPLOYER, date(2026, 2, 1), 1),  # older
    ]
    figures = compute_key_figures(period, [], facts)
    assert figures.employers_felt_supported.whole.total == 2
    assert figures.employers_felt_supported.ratio == 0.5
    assert figures.into_work_or_education.ratio is None


def test_occurrences_refuse_interval_below_one_day() -> None:
    with pytest.raises(ValueError):
        occurrences(NOW, 0, None)


def test_snippet_without_marks() -> None:
    hit = SearchHit(HitKind.NOTE, 1, f"tog {MATCH_START}truckkort{MATCH_END} i går")
    assert hit.plain_snippet == "tog truckkort i går"


def test_a_recorded_check_in_happened_as_planned_unless_planned_ahead() -> None:
    def planned(at: datetime) -> CheckIn:
        return CheckIn(
            id=1, placement_id=1, scheduled_at=at, kind="Annat", status=CheckInStatus.PLANNED
        )

    this_morning = NOW.replace(hour=8)  # NOW is nine o'clock
    three_weeks_ago = NOW - timedelta(days=21)
    this_afternoon = NOW.replace(hour=14)
    assert planned(this_morning).recorded_at(NOW) == this_morning
    assert planned(three_weeks_ago).recorded_at(NOW) == three_weeks_ago
    assert planned(this_afternoon).recorded_at(NOW) == NOW  # held early: never later than now
