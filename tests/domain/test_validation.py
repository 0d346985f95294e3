"""Field rules: names take the letters of the scripts the documents print; lengths, e-mail
and phone, date order, ratings."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.employer import ContactFields, EmployerFields, validate_employer
from ambassador.domain.enums import Gender
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.participant import ParticipantFields, validate_participant
from ambassador.domain.validation import (
    NAME_CHARACTERS,
    NAME_LETTER,
    NAME_MAX,
    NAME_SCRIPT,
    check_name,
    is_name_letter,
)

TODAY = date(2026, 11, 22)


def fields(**overrides: object) -> ParticipantFields:
    values: dict[str, object] = {"first_name": "Åsa", "last_name": "Öberg"}
    values.update(overrides)
    return ParticipantFields(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "first, last",
    [
        ("Nguyễn", "Thị Hồng"),
        ("Łukasz", "Wójcik"),
        ("Şükrü", "Doğan"),
        ("Zoë", "Müller"),
        ("Søren", "Kierkegård"),
        ("José", "Muñoz"),
        ("Anna-Karin", "O'Brien"),
        ("Ahmed", "Al-Hassan"),
    ],
)
def test_names_accept_any_unicode_letter(first: str, last: str) -> None:
    clean = validate_participant(fields(first_name=f"  {first} ", last_name=last), TODAY)
    assert (clean.first_name, clean.last_name) == (first, last)


@pytest.mark.parametrize(
    "first, last",
    [
        ("محمد", "عبدالله"),
        ("علی\u200cرضا", "احمدی"),  # Persian: the zero-width non-joiner the name needs
        ("אברהם", "כהן"),
        ("ג׳ורג׳", "לוי"),  # the Hebrew apostrophe (geresh)
        ("小龙", "李"),
        ("さくら", "山田"),
        ("민준", "김"),
        ("สมชาย", "ใจดี"),
        ("प्रिया", "शर्मा"),
        ("ሰላም", "ተስፋዬ"),
        ("ნინო", "ბერიძე"),
        ("Արամ", "Սարգսյան"),
        ("Олена", "Шевченкоʼ"),
    ],
)
def test_names_accept_the_scripts_a_register_holds(first: str, last: str) -> None:
    clean = validate_participant(fields(first_name=first, last_name=last), TODAY)
    assert (clean.first_name, clean.last_name) == (first, last)


name_letters = st.characters(categories=["L", "M"]).filter(is_name_letter)


@given(
    st.text(alphabet=name_letters, max_size=NAME_MAX).filter(
        lambda name: any(ch.isalpha() for ch in name)
    )
)
def test_names_accept_any_name_letters_when_within_length(name: str) -> None:
    assert validate_participant(fields(first_name=name), TODAY).first_name == name.strip()


@given(
    st.lists(st.text(alphabet=name_letters, min_size=1, max_size=8), min_size=2, max_size=4),
    st.sampled_from(["\u200c", "\u200d", " ", "-", "'"]),
)
def test_a_joiner_or_separator_between_letters_is_accepted(parts: list[str], joiner: str) -> None:
    name = joiner.join(parts)
    if any(ch.isalpha() for ch in name):
        assert validate_participant(fields(first_name=name), TODAY).first_name == name


@given(st.text(alphabet=st.characters(), min_size=1, max_size=40))
def test_name_rule_accepts_only_name_letters_and_separators(name: str) -> None:
    """Whatever a person types, an accepted name holds a letter, and nothing but name
    letters, separators and joiners between letters (so every accepted name prints)."""
    problems: list[Problem] = []
    check_name(problems, "first_name", name)
    if not problems:
        assert any(ch.isalpha() for ch in name)
        for index, ch in enumerate(name):
            if ch in "\u200c\u200d":
                assert is_name_letter(name[index - 1]) and is_name_letter(name[index + 1])
            else:
                assert is_name_letter(ch) or ch in " -'’.\u05f3"


@pytest.mark.parametrize(
    "name, message",
    [
        ("'-", NAME_LETTER),
        ("- ' .", NAME_LETTER),
        ("\u0301", NAME_LETTER),  # a mark alone
        ("Anna\u200c", NAME_CHARACTERS),  # a joiner with no letter after it
        ("\u200cAnna", NAME_CHARACTERS),
        ("An\u200c\u200cna", NAME_CHARACTERS),
        ("An na\u200d", NAME_CHARACTERS),
        ("অমিত", NAME_SCRIPT),  # Bengali: no font the documents carry draws it
        ("𠀀", NAME_SCRIPT),  # a CJK ideograph beyond the font's
    ],
)
def test_names_refused_with_the_reason(name: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_participant(fields(first_name=name), TODAY)
    assert [(p.field, p.message) for p in raised.value.problems] == [("first_name", message)]


def test_required_and_length_problems_reported_together() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_participant(
            fields(first_name="   ", last_name="x" * (NAME_MAX + 1), email="nope"), TODAY
        )
    problems = {(p.field, p.message) for p in raised.value.problems}
    assert {field for field, _ in problems} == {"first_name", "last_name", "email"}
    too_long = next(p for p in raised.value.problems if p.field == "last_name")
    assert too_long.render() == f"At most {NAME_MAX} characters (now {NAME_MAX + 1})."


def test_identity_number_stored_normalised_and_shown_masked() -> None:
    clean = validate_participant(fields(personal_identity_number="811228-9874"), TODAY)
    assert clean.personal_identity_number == "198112289874"
    assert clean.masked_identity_number == "19811228-****"


def test_invalid_identity_number_problem_never_contains_the_number() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_participant(fields(personal_identity_number="811228-9875"), TODAY)
    assert "9875" not in str(raised.value)
    assert raised.value.problems[0].field == "personal_identity_number"


@pytest.mark.parametrize(
    "phone, ok",
    [("070-123 45 67", True), ("+46 (0)8 123 45", True), ("ring mig", False), ("12", False)],
)
def test_phone_format(phone: str, ok: bool) -> None:
    if ok:
        assert validate_participant(fields(phone=phone), TODAY).phone == phone
    else:
        with pytest.raises(ValidationError):
            validate_participant(fields(phone=phone), TODAY)


def test_email_accepted_when_well_formed() -> None:
    assert validate_participant(fields(email=" asa@example.se "), TODAY).email == "asa@example.se"


def test_gender_default_is_undisclosed() -> None:
    assert fields().gender is Gender.UNDISCLOSED


def test_employer_organisation_number_normalised_and_capacity_checked() -> None:
    clean = validate_employer(
        EmployerFields(name=" Kvarnens Café ", organisation_number="5560360793")
    )
    assert (clean.name, clean.organisation_number) == ("Kvarnens Café", "556036-0793")
    with pytest.raises(ValidationError) as raised:
        validate_employer(EmployerFields(name="", capacity=-1))
    assert {p.field for p in raised.value.problems} == {"name", "capacity"}


def test_contact_fields_default_to_supervisor() -> None:
    assert ContactFields(employer_id=1, name="Kerstin").role.value == "supervisor"


def test_employer_names_hold_digits_and_symbols_but_only_printable_letters() -> None:
    for name in ("3M Svenska AB", "Kök & Café 24/7", "李记餐厅 AB", "مطعم الشام"):
        assert validate_employer(EmployerFields(name=name)).name == name
    with pytest.raises(ValidationError) as raised:
        validate_employer(EmployerFields(name="অমিত Bygg AB"))
    assert [(p.field, p.message) for p in raised.value.problems] == [("name", NAME_SCRIPT)]
