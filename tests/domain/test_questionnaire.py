"""The questionnaire's code, its answers as feedback, and the response figures, on fixed data."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.enums import Respondent
from ambassador.domain.errors import ValidationError
from ambassador.domain.figures import Period
from ambassador.domain.followup import NO_RATING, RATING_FIELDS
from ambassador.domain.questionnaire import (
    ALPHABET,
    ANSWERED_BEFORE_SENT,
    ANSWERED_IN_FUTURE,
    BAD_CODE,
    BAD_RATINGS,
    FIGURES_NONE_ANSWERED,
    FIGURES_NONE_SENT,
    FIGURES_RETURNED,
    FIGURES_SUPPORTED,
    MISTYPED_CODE,
    NO_HIRING_QUESTION,
    QUESTIONS,
    Questionnaire,
    QuestionnaireAnswers,
    QuestionnaireFact,
    ResponseFigures,
    answers_to_feedback,
    compute_response_figures,
    display_code,
    figures_parts,
    is_valid_code,
    new_code,
    normalise_code,
    parse_ratings,
)
from ambassador.domain.validation import RATING_RANGE


def fixed_draw(*values: int):  # type: ignore[no-untyped-def]
    """A draw that hands out `values` in order."""
    remaining = list(values)

    def draw(bound: int) -> int:
        value = remaining.pop(0)
        assert 0 <= value < bound
        return value

    return draw


def messages(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.message for p in error.value.problems]


# The code --------------------------------------------------------------------------------


def test_alphabet_has_no_look_alikes() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 22
    assert not set(ALPHABET) & set("0O Q1IL2Z5S6G8B")


def test_code_is_five_drawn_characters_and_the_check() -> None:
    # A C D E F are values 0 1 2 3 4; weighted 6 5 4 3 2: 0+5+8+9+8 = 30; the check value
    # makes the sum 0 modulo 23: -30 mod 23 = 16, and ALPHABET[16] is X.
    assert new_code(fixed_draw(0, 1, 2, 3, 4)) == "ACDEFX"
    assert is_valid_code("ACDEFX")


def test_code_whose_check_has_no_character_is_drawn_again() -> None:
    # AAAAT: T is 12, weighted 2: 24, 24 mod 23 = 1, check -1 mod 23 = 22: past the alphabet's
    # 22 characters, so five new ones are drawn: AAAAA, sum 0, check 0 = A.
    assert new_code(fixed_draw(0, 0, 0, 0, 12, 0, 0, 0, 0, 0)) == "AAAAAA"


codes = st.lists(st.integers(0, len(ALPHABET) - 1), min_size=30, max_size=30).map(
    lambda values: new_code(fixed_draw(*values))
)


@given(codes, st.integers(0, 5), st.sampled_from(ALPHABET))
def test_one_mistyped_character_is_caught(code: str, position: int, typed: str) -> None:
    mistyped = code[:position] + typed + code[position + 1 :]
    assert is_valid_code(mistyped) is (mistyped == code)


@given(codes, st.integers(0, 4))
def test_two_neighbours_swapped_are_caught(code: str, position: int) -> None:
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    assert is_valid_code(swapped) is (swapped == code)


def test_every_single_typo_and_swap_of_one_code_is_caught() -> None:
    code = "ACDEFX"
    typos = [code[:i] + ch + code[i + 1 :] for i in range(6) for ch in ALPHABET if ch != code[i]]
    swaps = [code[:i] + code[i + 1] + code[i] + code[i + 2 :] for i in range(5)]
    assert len(typos) == 6 * 21
    assert not any(is_valid_code(wrong) for wrong in typos + swaps)


@pytest.mark.parametrize(
    "typed", ["ACDEFX", "acdefx", "ACD-EFX", " acd efx ", "Acd–Efx", "A C D E F X"]
)
def test_typed_code_normalised(typed: str) -> None:
    assert normalise_code(typed) == "ACDEFX"


@pytest.mark.parametrize("typed", ["", "ACDEF", "ACDEFXA", "ACDEF0", "ÅCDEFX"])
def test_not_a_code_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_code(typed)
    assert messages(refused) == [BAD_CODE]


def test_mistyped_code_refused_with_the_code_as_typed() -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_code("acd-efy")
    [problem] = refused.value.problems
    assert (problem.field, problem.message) == ("code", MISTYPED_CODE)
    assert (
        problem.render()
        == "ACD-EFY is not a questionnaire code: check it for a mistyped character."
    )


def test_code_shown_in_two_groups() -> None:
    assert display_code("ACDEFX") == "ACD-EFX"


# The questions and the answers -----------------------------------------------------------


def test_each_respondent_is_asked_the_five_ratings_in_order() -> None:
    for who in Respondent:
        assert tuple(q.field for q in QUESTIONS[who]) == RATING_FIELDS


@pytest.mark.parametrize(
    ("typed", "ratings"),
    [
        ("45354", (4, 5, 3, 5, 4)),
        ("4 5 3 5 4", (4, 5, 3, 5, 4)),
        ("4-3x0", (4, None, 3, None, None)),
    ],
)
def test_ratings_keyed_as_digits(typed: str, ratings: tuple[int | None, ...]) -> None:
    assert parse_ratings(typed) == ratings


@pytest.mark.parametrize("typed", ["4535", "453541", "45364", "4a354", ""])
def test_ratings_not_five_answers_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_ratings(typed)
    assert messages(refused) == [BAD_RATINGS]


SENT = date(2026, 10, 1)
TODAY = date(2026, 11, 24)


def questionnaire(respondent: Respondent = Respondent.EMPLOYER) -> Questionnaire:
    return Questionnaire(
        id=1,
        code="ACDEFX",
        placement_id=7,
        respondent=respondent,
        sent_on=SENT,
        created_at=datetime(2026, 10, 1, 9, 0),
    )


def test_answers_become_the_placements_feedback() -> None:
    answers = QuestionnaireAnswers.from_ratings(
        date(2026, 10, 20), (4, 5, 3, 5, 4), True, " Noggrann ", "Tempot"
    )
    fields = answers_to_feedback(questionnaire(), answers, TODAY, contact_id=3)
    assert fields.ratings() == {
        "attendance": 4,
        "performance": 5,
        "cooperation": 3,
        "development": 5,
        "felt_supported": 4,
    }
    assert (fields.placement_id, fields.given_on, fields.respondent) == (
        7,
        date(2026, 10, 20),
        Respondent.EMPLOYER,
    )
    assert (fields.contact_id, fields.could_consider_hiring) == (3, True)
    assert (fields.strengths, fields.areas_to_develop) == ("Noggrann", "Tempot")


def test_participants_answers_name_no_contact() -> None:
    answers = QuestionnaireAnswers.from_ratings(TODAY, (5, 5, 5, 5, 5))
    fields = answers_to_feedback(questionnaire(Respondent.PARTICIPANT), answers, TODAY, 3)
    assert (fields.respondent, fields.contact_id) == (Respondent.PARTICIPANT, None)


def test_answers_refused_for_every_reason_at_once() -> None:
    answers = QuestionnaireAnswers.from_ratings(
        date(2026, 9, 30), (6, None, None, None, None), could_consider_hiring=False
    )
    with pytest.raises(ValidationError) as refused:
        answers_to_feedback(questionnaire(Respondent.PARTICIPANT), answers, TODAY, None)
    assert {(p.field, p.message) for p in refused.value.problems} == {
        ("answered_on", ANSWERED_BEFORE_SENT),
        ("could_consider_hiring", NO_HIRING_QUESTION),
        ("attendance", RATING_RANGE),
    }


def test_answers_dated_after_today_refused() -> None:
    answers = QuestionnaireAnswers.from_ratings(date(2026, 11, 25), (4, 4, 4, 4, 4))
    with pytest.raises(ValidationError) as refused:
        answers_to_feedback(questionnaire(), answers, TODAY, None)
    assert messages(refused) == [ANSWERED_IN_FUTURE]


def test_empty_answers_refused() -> None:
    answers = QuestionnaireAnswers.from_ratings(TODAY, (None,) * 5, strengths="  ")
    with pytest.raises(ValidationError) as refused:
        answers_to_feedback(questionnaire(), answers, TODAY, None)
    assert messages(refused) == [NO_RATING]


# The figures ---------------------------------------------------------------------------------

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))


def fact(who: Respondent, sent: date, rating: int | None = None, answered: bool = True):  # type: ignore[no-untyped-def]
    return QuestionnaireFact(who, sent, answered, rating if answered else None)


def test_figures_count_answers_of_those_sent_in_the_period() -> None:
    employer, participant = Respondent.EMPLOYER, Respondent.PARTICIPANT
    in_period = date(2026, 5, 4)
    facts = [
        # Employers: ten answered, rated 5 5 5 4 4 4 4 4 3 2: eight of them 4 or more.
        *(fact(employer, in_period, rating) for rating in (5, 5, 5, 4, 4, 4, 4, 4, 3, 2)),
        # ... and four sent that never came back: 14 sent.
        *(fact(employer, in_period, answered=False) for _ in range(4)),
        # Sent the day before the period and the day after it: not counted, answered or not.
        fact(employer, date(2025, 12, 31), 5),
        fact(employer, date(2027, 1, 1), 1),
        # Participants: three sent, two answered, one left the support question blank.
        fact(participant, date(2026, 1, 1), 4),
        fact(participant, date(2026, 12, 31), None),
        fact(participant, in_period, answered=False),
    ]
    employers, participants = compute_response_figures(PERIOD, facts)
    assert employers == ResponseFigures(employer, 14, 10, 10, 8)
    assert employers.ratio == pytest.approx(0.8)  # 8 / 10
    assert employers.response_rate == pytest.approx(10 / 14)
    assert participants == ResponseFigures(participant, 3, 2, 1, 1)
    assert participants.ratio == 1.0  # 1 / 1: the blank answer rests on nothing


def percent(ratio: float | None) -> str:
    return "–" if ratio is None else f"{round(ratio * 100)} %"


def test_figures_read_with_their_denominators() -> None:
    figures = ResponseFigures(Respondent.EMPLOYER, 14, 10, 10, 8)
    parts = figures_parts(figures, percent)
    assert [source.format(**params) for source, params in parts] == [
        "8 of 10 respondents (80 %) felt supported",
        "10 answers of 14 sent",
    ]
    assert [source for source, _ in parts] == [FIGURES_SUPPORTED, FIGURES_RETURNED]


def test_figures_without_questionnaires_or_answers_say_so() -> None:
    none_sent = ResponseFigures(Respondent.EMPLOYER, 0, 0, 0, 0)
    assert figures_parts(none_sent, percent) == [(FIGURES_NONE_SENT, {})]
    unanswered = ResponseFigures(Respondent.PARTICIPANT, 3, 0, 0, 0)
    assert figures_parts(unanswered, percent) == [
        (FIGURES_NONE_ANSWERED, {}),
        (FIGURES_RETURNED, {"answered": 0, "sent": 3}),
    ]
    assert none_sent.ratio is None and none_sent.response_rate is None


def test_codes_of_the_wrong_length_or_letters_are_not_valid() -> None:
    from ambassador.domain.questionnaire import is_valid_code

    assert not is_valid_code("ACDE")  # too short
    assert not is_valid_code("ACDEFB")  # B looks like 8: not in the alphabet
