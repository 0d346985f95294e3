"""Tasks on offer: checking them, and matching a person's interests and limits against them."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador.domain.country import DENMARK
from ambassador.domain.errors import ValidationError
from ambassador.domain.participant import ParticipantFields, validate_participant
from ambassador.domain.tasks import (
    MAX_LABELS,
    MAX_TASKS,
    TASK_CATEGORY_UNKNOWN,
    TASK_REQUIREMENT_UNKNOWN,
    TASK_TITLE_REQUIRED,
    TASK_TITLE_TOO_LONG,
    TOO_MANY_TASKS,
    Candidate,
    EmployerTask,
    join_labels,
    split_labels,
    suggest_employers,
    validate_tasks,
)

LAGER = "Lager och logistik"
KOK = "Kök och restaurang"
STAD = "Städ och lokalvård"
LYFT = "Tunga lyft"
KUND = "Kundkontakt"
MORGON = "Tidiga morgnar"
CATEGORIES = (LAGER, KOK, STAD)
REQUIREMENTS = (LYFT, KUND, MORGON)


def task(title: str, category: str = "", *requirements: str) -> EmployerTask:
    return EmployerTask(title=title, category=category, requirements=tuple(requirements))


def candidate(
    employer_id: int, name: str, capacity: int, taken: int, *tasks: EmployerTask
) -> Candidate:
    return Candidate(
        employer_id=employer_id, name=name, capacity=capacity, taken=taken, tasks=tasks
    )


# Checking ---------------------------------------------------------------------------------------


def test_tasks_are_cleaned() -> None:
    tasks = validate_tasks(
        [task("  Plocka varor ", f" {LAGER} ", f" {LYFT}", "", LYFT, KUND)],
        CATEGORIES,
        REQUIREMENTS,
    )
    # Trimmed; the blank requirement dropped; the second "Tunga lyft" kept once.
    assert tasks == (task("Plocka varor", LAGER, LYFT, KUND),)


def test_every_wrong_task_is_named_by_its_row() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_tasks(
            [
                task("Diska", KOK),
                task("  ", KOK),
                task("x" * 201),
                task("Sortera", "Astrologi"),
                task("Bära", LAGER, "Flyga"),
            ],
            CATEGORIES,
            REQUIREMENTS,
        )
    assert [(p.message, dict(p.params)) for p in raised.value.problems] == [
        (TASK_TITLE_REQUIRED, {"row": 2}),
        (TASK_TITLE_TOO_LONG, {"row": 3, "limit": 200}),
        (TASK_CATEGORY_UNKNOWN, {"row": 4}),
        (TASK_REQUIREMENT_UNKNOWN, {"row": 5}),
    ]
    assert {p.field for p in raised.value.problems} == {"tasks"}


def test_without_lists_any_label_is_accepted() -> None:
    assert validate_tasks([task("Sortera", "Astrologi", "Flyga")]) == (
        task("Sortera", "Astrologi", "Flyga"),
    )


def test_labels_round_trip_through_one_text() -> None:
    assert (
        join_labels([" Tunga lyft", "", "Kundkontakt", "Tunga lyft"]) == "Tunga lyft\nKundkontakt"
    )
    assert split_labels("Tunga lyft\n\n Kundkontakt \n") == ("Tunga lyft", "Kundkontakt")
    assert split_labels(None) == ()


def test_participant_interests_and_limits_are_cleaned_and_checked() -> None:
    today = date(2026, 11, 24)
    fields = ParticipantFields(
        first_name="Åsa",
        last_name="Öberg",
        task_interests=(f" {KOK}", KOK, ""),
        task_limits=(LYFT,),
    )
    clean = validate_participant(fields, today, categories=CATEGORIES, requirements=REQUIREMENTS)
    assert clean.task_interests == (KOK,)
    assert clean.task_limits == (LYFT,)
    with pytest.raises(ValidationError) as raised:
        validate_participant(
            ParticipantFields(
                first_name="Åsa",
                last_name="Öberg",
                task_interests=("Astrologi",),
                task_limits=tuple(f"Krav {n}" for n in range(MAX_LABELS + 1)),
            ),
            today,
            categories=CATEGORIES,
            requirements=None,
        )
    assert {p.field for p in raised.value.problems} == {"task_interests", "task_limits"}


# Matching ---------------------------------------------------------------------------------------


def test_an_interest_matches_a_task_in_that_category() -> None:
    employers = [
        candidate(1, "Lagerhuset", 3, 1, task("Plocka varor", LAGER)),
        candidate(2, "Restaurang Gläntan", 2, 0, task("Diska", KOK)),
    ]
    suggestions = suggest_employers([LAGER], [], employers)
    # Only Lagerhuset offers a Lager task; it has 3 − 1 = 2 free places.
    assert [(s.employer_name, s.free_places, s.reasons) for s in suggestions] == [
        ("Lagerhuset", 2, ("Lager och logistik: Plocka varor",))
    ]
    assert suggestions[0].wanted


def test_a_limit_excludes_a_task_but_another_at_the_same_employer_still_qualifies() -> None:
    employers = [
        candidate(
            1,
            "Lagerhuset",
            2,
            0,
            task("Lasta lastbil", LAGER, LYFT, MORGON),
            task("Etikettera", LAGER, KUND),
            task("Inventera", LAGER),
        )
    ]
    suggestions = suggest_employers([LAGER], [LYFT], employers)
    # "Lasta lastbil" needs heavy lifting, which the person cannot do: left out, silently.
    assert suggestions[0].reasons == ("Lager och logistik: Etikettera, Inventera",)
    shown = repr(suggestions)
    assert LYFT not in shown and "Lasta lastbil" not in shown and MORGON not in shown


def test_an_employer_whose_every_task_meets_a_limit_is_not_suggested() -> None:
    employers = [candidate(1, "Lagerhuset", 2, 0, task("Lasta", LAGER, LYFT))]
    assert suggest_employers([LAGER], [LYFT], employers) == []


def test_no_free_place_excludes_the_employer() -> None:
    employers = [
        candidate(1, "Fullt AB", 2, 2, task("Plocka", LAGER)),  # 2 − 2 = 0 free
        candidate(2, "Överfullt AB", 1, 3, task("Plocka", LAGER)),  # 1 − 3 < 0: none free
        candidate(3, "Inga platser AB", 0, 0, task("Plocka", LAGER)),
        candidate(4, "Ledigt AB", 2, 1, task("Plocka", LAGER)),  # 2 − 1 = 1 free
    ]
    suggestions = suggest_employers([LAGER], [], employers)
    assert [(s.employer_name, s.free_places) for s in suggestions] == [("Ledigt AB", 1)]


def test_without_interests_every_category_counts() -> None:
    employers = [
        candidate(1, "Lagerhuset", 1, 0, task("Plocka", LAGER)),
        candidate(2, "Gläntan", 1, 0, task("Diska", KOK)),
        candidate(3, "Okategoriserat AB", 1, 0, task("Sortera post")),
        candidate(4, "Utan uppgifter AB", 5, 0),
    ]
    suggestions = suggest_employers([], [], employers)
    # Equal free places (1 each), so by name; an employer without tasks is never suggested.
    assert [(s.employer_name, s.reasons, s.wanted) for s in suggestions] == [
        ("Gläntan", ("Kök och restaurang: Diska",), False),
        ("Lagerhuset", ("Lager och logistik: Plocka",), False),
        ("Okategoriserat AB", ("Sortera post",), False),
    ]


def test_with_interests_an_uncategorised_task_does_not_match() -> None:
    employers = [candidate(1, "Okategoriserat AB", 1, 0, task("Sortera post"))]
    assert suggest_employers([LAGER], [], employers) == []


def test_suggestions_rank_by_free_places_then_name() -> None:
    employers = [
        candidate(1, "Bageriet", 3, 2, task("Baka", KOK)),  # 1 free
        candidate(2, "Ölstugan", 4, 0, task("Diska", KOK)),  # 4 free
        candidate(3, "Åkeriet", 3, 1, task("Plocka", LAGER)),  # 2 free
        candidate(4, "Caféet", 2, 0, task("Servera", KOK)),  # 2 free
    ]
    suggestions = suggest_employers([KOK, LAGER], [], employers)
    # 4 free first; then the two with 2 free by name (C before Å); then 1 free.
    assert [(s.employer_name, s.free_places) for s in suggestions] == [
        ("Ölstugan", 4),
        ("Caféet", 2),
        ("Åkeriet", 2),
        ("Bageriet", 1),
    ]


def test_in_a_danish_organisation_names_rank_in_danish_order() -> None:
    employers = [
        candidate(1, "Åkrogen", 1, 0, task("Diska", KOK)),
        candidate(2, "Ørsted Lager", 1, 0, task("Plocka", LAGER)),
        candidate(3, "Ærø Bageri", 1, 0, task("Baka", KOK)),
        candidate(4, "Zealand Care", 1, 0, task("Servera", KOK)),
    ]
    danish = suggest_employers([], [], employers, DENMARK)
    assert [s.employer_name for s in danish] == [
        "Zealand Care",
        "Ærø Bageri",
        "Ørsted Lager",
        "Åkrogen",
    ]
    swedish = suggest_employers([], [], employers)
    assert [s.employer_name for s in swedish] == [
        "Zealand Care",
        "Åkrogen",
        "Ærø Bageri",
        "Ørsted Lager",
    ]


def test_with_interests_only_tasks_in_them_are_listed() -> None:
    employers = [
        candidate(1, "Hotellet", 2, 0, task("Städa rum", STAD), task("Frukost", KOK)),
        candidate(2, "Gläntan", 5, 0, task("Diska", KOK)),
    ]
    # Without interests every task is listed in the employer's order, none of them wanted.
    hotel = next(s for s in suggest_employers([], [], employers) if s.employer_id == 1)
    assert hotel.reasons == ("Städ och lokalvård: Städa rum", "Kök och restaurang: Frukost")
    assert not hotel.wanted
    # With an interest in the kitchen only the kitchen task is listed, and it is wanted.
    hotel = next(s for s in suggest_employers([KOK], [], employers) if s.employer_id == 1)
    assert hotel.reasons == ("Kök och restaurang: Frukost",)
    assert hotel.wanted


def test_an_employer_lists_at_most_fifty_tasks() -> None:
    assert len(validate_tasks([task(f"Uppgift {n}") for n in range(MAX_TASKS)])) == MAX_TASKS
    with pytest.raises(ValidationError) as raised:
        validate_tasks([task(f"Uppgift {n}") for n in range(MAX_TASKS + 1)])
    assert [p.message for p in raised.value.problems] == [TOO_MANY_TASKS]
