"""Danish CPR and CVR numbers held to the whole rule: every century case of the seventh digit,
29 February, every digit position, the ways they are written. Every number here is built from
its parts, never a real person's or company's."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.dk import cpr

from ambassador.domain.country import (
    COUNTRIES,
    DENMARK,
    SWEDEN,
    parse_employer_number,
    parse_identity_number,
)
from ambassador.domain.danish_identity import (
    CPR_EMPTY,
    CPR_FORMAT,
    CPR_IN_FUTURE,
    CPR_NOT_A_DATE,
    CVR_CHECKSUM,
    CVR_EMPTY,
    CVR_FORMAT,
    cpr_birth_date,
    parse_cpr_number,
    parse_cvr_number,
)
from ambassador.domain.employer import EmployerFields, validate_employer
from ambassador.domain.errors import ValidationError
from ambassador.domain.identity import (
    PersonalIdentityNumber,
    luhn_check_digit,
    mask_personal_identity_number,
)
from ambassador.domain.participant import ParticipantFields, validate_participant
from ambassador.domain.settings import Settings, validate_settings

TODAY = date(2026, 11, 24)
# Late enough that every century case, up to 2057, lies in the past.
FAR_FUTURE = date(2099, 12, 31)


def century(seventh: int, yy: int) -> int:
    """The CPR office's rule, written out apart from the code under test."""
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def make_cpr(birth: date, serial_tail: int = 123, *, dash: bool = True) -> str:
    """A made-up CPR number for `birth`: the seventh digit the first that gives its century."""
    yy = birth.year % 100
    seventh = next(d for d in range(10) if century(d, yy) + yy == birth.year)
    digits = f"{birth:%d%m}{yy:02d}{seventh}{serial_tail:03d}"
    return f"{digits[:6]}-{digits[6:]}" if dash else digits


def make_cvr(seven: str) -> str | None:
    """Seven digits and the check digit that makes the weighted sum a multiple of 11, or None
    where none does (the check would be 10)."""
    weights = (2, 7, 6, 5, 4, 3, 2)
    check = -sum(w * int(d) for w, d in zip(weights, seven, strict=True)) % 11
    return None if check == 10 else seven + str(check)


def problem(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return error.value.problems[0].message


# CPR: the century of the seventh digit ---------------------------------------------------


@pytest.mark.parametrize("seventh", range(10))
@pytest.mark.parametrize("yy", [0, 1, 36, 37, 57, 58, 99])
def test_cpr_century_follows_the_seventh_digit_and_year(seventh: int, yy: int) -> None:
    number = f"0103{yy:02d}{seventh}321"
    expected = date(century(seventh, yy) + yy, 3, 1)
    assert cpr_birth_date(number) == expected
    assert parse_cpr_number(number, FAR_FUTURE) == number
    assert PersonalIdentityNumber(number).birth_date == expected


@pytest.mark.parametrize(
    ("number", "year"),
    [
        ("0101363000", 1936),
        ("0101364000", 2036),
        ("0101374000", 1937),
        ("0101369000", 2036),
        ("0101379000", 1937),
        ("0101575000", 2057),
        ("0101585000", 1858),
        ("0101578000", 2057),
        ("0101588000", 1858),
    ],
)
def test_cpr_century_at_each_boundary(number: str, year: int) -> None:
    assert cpr_birth_date(number) == date(year, 1, 1)


def test_cpr_born_after_today_is_refused() -> None:
    # 2030 by the rule (seventh digit 4, YY 30): a birth still to come.
    with pytest.raises(ValidationError) as error:
        parse_cpr_number("010130-4123", TODAY)
    assert problem(error) == CPR_IN_FUTURE
    assert parse_cpr_number("241126-4123", TODAY) == "2411264123"  # born today


# CPR: a real date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("290296-1123", True),  # 1996, a leap year
        ("290297-1123", False),  # 1997
        ("290200-4123", True),  # 2000: divisible by 400
        ("290200-0123", False),  # 1900: divisible by 100, not by 400
        ("290200-5123", True),  # 2000 by the 5-8 rule
        ("290260-5123", True),  # 1860
        ("290258-5123", False),  # 1858
        ("290224-4123", True),  # 2024
        ("290225-4123", False),  # 2025
    ],
)
def test_cpr_29_february_only_in_a_leap_year(number: str, valid: bool) -> None:
    if valid:
        assert parse_cpr_number(number, TODAY) == number.replace("-", "")
    else:
        with pytest.raises(ValidationError) as error:
            parse_cpr_number(number, TODAY)
        assert problem(error) == CPR_NOT_A_DATE


@pytest.mark.parametrize(
    "number",
    ["000185-1123", "320185-1123", "310485-1123", "300285-1123", "010085-1123", "011385-1123"],
)
def test_cpr_impossible_dates_are_refused(number: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_cpr_number(number, TODAY)
    assert problem(error) == CPR_NOT_A_DATE


# A digit changed in the date part makes an impossible date: (base, position, new digit).
DATE_DIGIT_CHANGES = [
    ("3101851123", 0, "4"),  # day 41
    ("3101851123", 1, "2"),  # day 32
    ("3101851123", 2, "2"),  # month 21
    ("3101851123", 3, "4"),  # 31 April
    ("2902841123", 4, "9"),  # 29 February 1994
    ("2902841123", 5, "5"),  # 29 February 1985
]


@pytest.mark.parametrize(("base", "position", "digit"), DATE_DIGIT_CHANGES)
def test_cpr_a_changed_date_digit_makes_an_impossible_date(
    base: str, position: int, digit: str
) -> None:
    assert parse_cpr_number(base, TODAY) == base
    changed = base[:position] + digit + base[position + 1 :]
    with pytest.raises(ValidationError) as error:
        parse_cpr_number(changed, TODAY)
    assert problem(error) == CPR_NOT_A_DATE


@pytest.mark.parametrize("position", range(6, 10))
def test_cpr_every_serial_digit_is_accepted_without_modulus_11(position: int) -> None:
    base = "1506851123"
    failing_mod_11 = 0
    for digit in "0123456789":
        changed = base[:position] + digit + base[position + 1 :]
        assert parse_cpr_number(changed, TODAY) == changed
        failing_mod_11 += cpr.checksum(changed) != 0
    # Most of them fail the old modulus-11 test: proof that it is not asked for.
    assert failing_mod_11 >= 9


def test_cpr_failing_modulus_11_is_accepted() -> None:
    number = "1506852000"
    assert cpr.checksum(number) != 0
    assert parse_identity_number(number, TODAY, DENMARK) == number


# CPR: how it is written -------------------------------------------------------------------


def test_cpr_with_or_without_dash_and_surrounding_spaces_is_the_same() -> None:
    for written in ("150685-1123", "1506851123", "  150685-1123\t", " 1506851123 "):
        assert parse_cpr_number(written, TODAY) == "1506851123"


@pytest.mark.parametrize(
    "written",
    [
        "150685 1123",  # a space for the dash
        "1506 85-1123",
        "150685--1123",
        "150685+1123",  # the Swedish centenarian's separator
        "15068-51123",
        "150685-112",  # nine digits
        "150685112",
        "150685-11234",  # eleven
        "15068511234",
        "19850615-1123",  # twelve: a Swedish way of writing
        "198506151123",
        "15O685-1123",  # a letter O for a nought
        "150685-ABCD",
        "CPR 150685-1123",
        "١٥٠٦٨٥١١٢٣",  # other scripts' digits
        "１５０６８５１１２３",
    ],
)
def test_cpr_other_shapes_are_refused(written: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_cpr_number(written, TODAY)
    assert problem(error) == CPR_FORMAT


def test_cpr_empty_is_its_own_message() -> None:
    with pytest.raises(ValidationError) as error:
        parse_cpr_number("  ", TODAY)
    assert problem(error) == CPR_EMPTY


def test_cpr_messages_name_the_cpr_number_and_never_repeat_it() -> None:
    number = "3101851123"
    for bad in (number + "9", "320185-1123", "010130-4123"):
        with pytest.raises(ValidationError) as error:
            parse_cpr_number(bad, TODAY)
        text = str(error.value) + problem(error)
        assert "CPR" in problem(error)
        assert bad not in text and bad[:6] not in text


@given(st.dates(date(1858, 1, 1), TODAY), st.integers(0, 999), st.booleans())
def test_cpr_round_trip_for_any_birth_date(birth: date, tail: int, dash: bool) -> None:
    written = make_cpr(birth, tail, dash=dash)
    stored = parse_cpr_number(written, TODAY)
    assert stored == written.replace("-", "")
    assert PersonalIdentityNumber(stored).birth_date == birth
    assert cpr_birth_date(stored) == cpr.get_birth_date(stored)


# CPR: stored, shown, masked ---------------------------------------------------------------


def test_cpr_is_masked_to_its_date_and_shown_whole_only_when_asked() -> None:
    stored = parse_cpr_number("150685-1123", TODAY)
    number = PersonalIdentityNumber(stored)
    assert number.is_cpr_number
    assert not number.is_coordination_number
    assert number.masked() == "150685-****"
    assert mask_personal_identity_number(stored) == "150685-****"
    assert str(number) == "150685-****"
    assert "1123" not in repr(number)
    assert number.formatted() == "150685-1123"


def test_swedish_numbers_are_shown_as_before() -> None:
    nine = "850312123"
    stored = f"19{nine}{luhn_check_digit(nine)}"
    number = PersonalIdentityNumber(stored)
    assert not number.is_cpr_number
    assert number.masked() == "19850312-****"
    assert number.formatted() == f"19850312-123{luhn_check_digit(nine)}"


# CVR ---------------------------------------------------------------------------------------

CVR_BASES = [
    cvr for seven in ("1358562", "2345678", "3141592", "9876543") if (cvr := make_cvr(seven))
]


def test_cvr_bases_are_built() -> None:
    assert len(CVR_BASES) >= 3


@pytest.mark.parametrize("number", CVR_BASES)
def test_cvr_with_its_check_is_accepted(number: str) -> None:
    assert parse_cvr_number(number) == number
    assert parse_employer_number(number, DENMARK) == number


@pytest.mark.parametrize("number", CVR_BASES)
@pytest.mark.parametrize("position", range(8))
def test_cvr_every_changed_digit_fails_the_check(number: str, position: int) -> None:
    for digit in "0123456789":
        if digit == number[position]:
            continue
        changed = number[:position] + digit + number[position + 1 :]
        with pytest.raises(ValidationError) as error:
            parse_cvr_number(changed)
        # A first digit 0 is no CVR number at all.
        expected = CVR_FORMAT if position == 0 and digit == "0" else CVR_CHECKSUM
        assert problem(error) == expected


def test_cvr_written_with_spaces_or_as_a_vat_number() -> None:
    number = CVR_BASES[0]
    pairs = " ".join(number[i : i + 2] for i in range(0, 8, 2))
    for written in (f" {number} ", pairs, f"DK{number}", f"DK {number}", f"dk{number}"):
        assert parse_cvr_number(written) == number


@pytest.mark.parametrize(
    "written",
    [
        "1234567",
        "123456789",
        "1 3585628",
        "135856-28",
        "13585A28",
        "SE13585628",
        "１３５８５６２８",
    ],
)
def test_cvr_other_shapes_are_refused(written: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_cvr_number(written)
    assert problem(error) == CVR_FORMAT


def test_cvr_empty_is_its_own_message() -> None:
    with pytest.raises(ValidationError) as error:
        parse_cvr_number("")
    assert problem(error) == CVR_EMPTY


# The country decides ----------------------------------------------------------------------


def test_a_danish_organisation_takes_cpr_and_cvr_and_refuses_swedish_numbers() -> None:
    nine = "850312123"
    swedish = f"19{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"
    with pytest.raises(ValidationError):
        parse_identity_number(swedish, TODAY, DENMARK)
    assert parse_identity_number(swedish, TODAY, SWEDEN) == swedish.replace("-", "")
    with pytest.raises(ValidationError):
        parse_employer_number("556123-4567", DENMARK)
    with pytest.raises(ValidationError):
        parse_employer_number(CVR_BASES[0], SWEDEN)


def test_participant_and_employer_validation_follow_the_country() -> None:
    fields = ParticipantFields(first_name="Ida", last_name="Holm", personal_identity_number="")
    cpr_number = "150685-2000"  # fails Luhn and modulus 11 alike
    danish = validate_participant(
        dataclasses.replace(fields, personal_identity_number=cpr_number), TODAY, country=DENMARK
    )
    assert danish.personal_identity_number == "1506852000"
    with pytest.raises(ValidationError) as error:
        validate_participant(
            dataclasses.replace(fields, personal_identity_number=cpr_number), TODAY
        )
    assert "CPR" not in problem(error)
    employer = validate_employer(
        EmployerFields(name="Fynbo Bageri", organisation_number=CVR_BASES[0]), DENMARK
    )
    assert employer.organisation_number == CVR_BASES[0]


def test_settings_country_defaults_to_sweden_and_takes_only_known_countries() -> None:
    assert Settings().country == SWEDEN
    assert Settings.from_strings({}).country == SWEDEN
    assert Settings.from_strings({"country": "dk"}).country == DENMARK
    assert set(COUNTRIES) == {"se", "dk"}
    for country in COUNTRIES:
        assert validate_settings(Settings(country=country)).country == country
    with pytest.raises(ValidationError) as error:
        validate_settings(Settings(country="no"))
    assert [p.field for p in error.value.problems] == ["country"]
    assert re.search("Sweden or Denmark", problem(error))


def test_the_century_rule_is_python_stdnums_for_every_seventh_digit_and_year() -> None:
    """Every seventh digit with every two-digit year, on a day every month has."""
    for seventh in range(10):
        for year in range(100):
            digits = f"0103{year:02d}{seventh}123"
            assert cpr_birth_date(digits) == cpr.get_birth_date(digits), digits


def test_the_cvr_check_is_python_stdnums() -> None:
    from stdnum import exceptions
    from stdnum.dk import cvr

    for number in range(10_000_000, 100_000_000, 7_919):
        digits = str(number)
        try:
            cvr.validate(digits)
            valid = True
        except exceptions.ValidationError:
            valid = False
        try:
            parse_cvr_number(digits)
            ours = True
        except ValidationError:
            ours = False
        assert ours == valid, digits


@pytest.mark.parametrize(
    "stored", ["31129", "3112991234567", "311299-123", "3l12991234", "311299１234"]
)
def test_no_birth_date_is_read_from_what_is_not_ten_ascii_digits(stored: str) -> None:
    assert cpr_birth_date(stored) is None


def test_a_stored_cpr_number_without_a_real_date_says_so_without_the_number() -> None:
    number = PersonalIdentityNumber("3102991234")  # the 31st of February
    with pytest.raises(ValueError) as raised:
        _ = number.birth_date
    assert "3102991234" not in str(raised.value)
