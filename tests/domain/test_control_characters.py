"""Invisible control characters pasted along with text (a NUL from a PDF, an escape, a form
feed, a C1 code from a mis-read Windows file) are taken out of every field a record keeps,
on either engine; a note keeps its tabs and line breaks."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.employer import (
    ContactFields,
    EmployerFields,
    validate_contact,
    validate_employer,
)
from ambassador.domain.enums import Outcome, Respondent, WithWhom
from ambassador.domain.errors import ValidationError
from ambassador.domain.followup import FeedbackFields, NoteFields, validate_feedback, validate_note
from ambassador.domain.participant import ParticipantFields, validate_participant
from ambassador.domain.placement import (
    Ending,
    Placement,
    PlacementFields,
    validate_ending,
    validate_placement,
)
from ambassador.domain.validation import clean

NOW = datetime(2026, 11, 24, 9, 0)
TODAY = NOW.date()
KEPT = "\t\n\r"
# NUL, a bell, a backspace, a vertical tab, a form feed, an escape, DEL and two C1 codes.
INVISIBLE = "\x00\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"


def controls_in(value: Any) -> set[str]:
    """The control characters left in every text field of a record, but tab and line breaks."""
    found: set[str] = set()
    for field in dataclasses.fields(value):
        text = getattr(value, field.name)
        if isinstance(text, str):
            found |= {ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in KEPT}
    return found


def soiled(text: str) -> str:
    """`text` with a control character before, inside and after it."""
    middle = len(text) // 2
    return f"\x00{text[:middle]}\x1b{text[middle:]}\x07"


def test_clean_takes_out_the_invisible_and_keeps_tabs_and_line_breaks() -> None:
    assert clean(f"{INVISIBLE} Rad ett\tmed tabb\r\nrad två{INVISIBLE}") == (
        "Rad ett\tmed tabb\r\nrad två"
    )
    assert clean("Anna\x00 Maria") == "Anna Maria"
    assert clean(None) == ""


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_clean_never_leaves_a_control_character_but_tab_and_line_breaks(text: str) -> None:
    assert all(unicodedata.category(ch) != "Cc" or ch in KEPT for ch in clean(text))


def test_every_text_of_a_participant_is_cleaned_and_a_name_is_not_refused() -> None:
    fields = ParticipantFields(
        first_name=soiled("Åsa"),
        last_name=soiled("Öberg"),
        personal_identity_number=soiled("19811228-9874"),
        phone=soiled("070-123 45 67"),
        email=soiled("asa@example.se"),
        address=soiled("Storgatan 1"),
        referral_source=soiled("Arbetsförmedlingen"),
        referral_reference=soiled("AF-1"),
        language=soiled("svenska"),
        needs_and_adaptations=soiled("Rad ett\nrad två"),
        strengths=soiled("Noggrann"),
        interests=soiled("Trädgård"),
        goals=soiled("Arbete"),
    )
    cleaned = validate_participant(fields, TODAY)
    assert controls_in(cleaned) == set()
    assert (cleaned.first_name, cleaned.last_name) == ("Åsa", "Öberg")
    assert cleaned.needs_and_adaptations == "Rad ett\nrad två"


def test_every_text_of_an_employer_and_a_contact_is_cleaned() -> None:
    employer = EmployerFields(
        name=soiled("Bergströms Bygg AB"),
        industry=soiled("Bygg"),
        address=soiled("Hamnen 2"),
        tasks_offered=soiled("Städning\n\tMålning"),
    )
    cleaned = validate_employer(employer)
    assert controls_in(cleaned) == set() and cleaned.tasks_offered == "Städning\n\tMålning"
    contact = ContactFields(
        employer_id=1,
        name=soiled("Kerstin Lind"),
        phone=soiled("08-123 456"),
        email=soiled("k@b.se"),
    )
    assert controls_in(validate_contact(contact)) == set()


def test_every_text_of_a_placement_and_its_ending_is_cleaned() -> None:
    fields = PlacementFields(
        participant_id=1,
        employer_id=1,
        placement_type=soiled("Praktik"),
        start_date=date(2026, 9, 1),
        unit=soiled("Lagret"),
        purpose=soiled("Prova på"),
        goals=soiled("Mål"),
        tasks=soiled("Plock"),
        support=soiled("Handledare"),
        compensation=soiled("Ingen"),
    )
    cleaned = validate_placement(fields)
    assert controls_in(cleaned) == set()
    placement = Placement(**vars(cleaned), id=1, created_at=NOW, updated_at=NOW)
    ending = Ending(ended_on=TODAY, outcome=Outcome.ENDED_EARLY, reason=soiled("Flyttade"))
    assert validate_ending(placement, ending, TODAY).reason == "Flyttade"


def test_a_note_and_feedback_are_cleaned_and_keep_their_lines() -> None:
    note = NoteFields(
        participant_id=1,
        placement_id=None,
        occurred_at=NOW,
        kind=soiled("Telefonsamtal"),
        with_whom=WithWhom.SUPERVISOR,
        text=f"Första raden{INVISIBLE}\n\tandra raden\x00",
    )
    cleaned = validate_note(note, NOW)
    assert cleaned.text == "Första raden\n\tandra raden" and cleaned.kind == "Telefonsamtal"
    feedback = FeedbackFields(
        placement_id=1,
        given_on=TODAY,
        respondent=Respondent.EMPLOYER,
        strengths=soiled("Punktlig"),
        areas_to_develop=soiled("Tempo"),
    )
    assert controls_in(validate_feedback(feedback)) == set()


@pytest.mark.parametrize("only", ["\x00", INVISIBLE])
def test_a_note_of_nothing_but_control_characters_is_empty(only: str) -> None:
    note = NoteFields(
        participant_id=1,
        placement_id=None,
        occurred_at=NOW,
        kind="Telefonsamtal",
        with_whom=WithWhom.SUPERVISOR,
        text=only,
    )
    with pytest.raises(ValidationError) as raised:
        validate_note(note, NOW)
    assert [p.field for p in raised.value.problems] == ["text"]
