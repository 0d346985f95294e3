"""Personal identity numbers, coordination numbers and organisation numbers.

Every number here is generated with `luhn_check_digit`; none is copied from a real register.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.errors import ValidationError
from ambassador.domain.identity import (
    BAD_CHECKSUM,
    EMPTY,
    IN_FUTURE,
    INVALID_FORMAT,
    NOT_A_DATE,
    ORG_CHECKSUM,
    ORG_EMPTY,
    ORG_FORMAT,
    ORG_GROUP,
    PersonalIdentityNumber,
    is_valid_organisation_number,
    is_valid_personal_identity_number,
    luhn_check_digit,
    luhn_checksum_ok,
    mask_personal_identity_number,
    parse_organisation_number,
    parse_personal_identity_number,
)

TODAY = date(2026, 11, 22)
FIELD = "personal_identity_number"


def ten_digits(yymmdd: str, serial: int) -> str:
    """YYMMDDNNN plus its check digit; `yymmdd` may carry a coordination day (+60)."""
    nine = f"{yymmdd}{serial:03d}"
    return nine + str(luhn_check_digit(nine))


def twelve_digits(yyyymmdd: str, serial: int) -> str:
    return yyyymmdd[:2] + ten_digits(yyyymmdd[2:], serial)


def of(birth: date, serial: int = 123, coordination: bool = False) -> str:
    """The 12-digit normalised number for `birth` and `serial`."""
    day = birth.day + (60 if coordination else 0)
    return twelve_digits(f"{birth:%Y%m}{day:02d}", serial)


def organisation(nine: str) -> str:
    return nine + str(luhn_check_digit(nine))


def rejected_with(text: str, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as error:
        parse_personal_identity_number(text, today)
    (problem,) = error.value.problems
    assert problem.field == FIELD
    return problem.message


def org_rejected_with(text: str) -> str:
    with pytest.raises(ValidationError) as error:
        parse_organisation_number(text)
    (problem,) = error.value.problems
    assert problem.field == "organisation_number"
    return problem.message


# --- Luhn ---------------------------------------------------------------------------------


def test_luhn_check_digit_matches_algorithm_reference_values() -> None:
    assert luhn_check_digit("123456789") == 7
    assert luhn_check_digit("7992739871") == 3  # the textbook Luhn example, any length
    assert luhn_check_digit("000000000") == 0


def test_luhn_checksum_ok_accepts_generated_number() -> None:
    assert luhn_checksum_ok(ten_digits("850312", 456))


def test_luhn_checksum_ok_rejects_wrong_length_or_non_digits() -> None:
    number = ten_digits("850312", 456)
    assert not luhn_checksum_ok(number[:9])
    assert not luhn_checksum_ok(number + "0")
    assert not luhn_checksum_ok(number[:5] + "a" + number[6:])
    assert not luhn_checksum_ok("\u0661" * 10)  # Arabic-Indic digits are not ASCII digits


def test_luhn_check_digit_rejects_non_digits() -> None:
    with pytest.raises(ValueError):
        luhn_check_digit("12345678x")


# --- Accepted shapes ----------------------------------------------------------------------


def test_parse_accepts_twelve_digits_with_hyphen() -> None:
    number = of(date(1985, 3, 12))
    parsed = parse_personal_identity_number(f"{number[:8]}-{number[8:]}", TODAY)
    assert parsed.value == number
    assert parsed.birth_date == date(1985, 3, 12)
    assert not parsed.is_coordination_number


def test_parse_accepts_twelve_digits_without_separator() -> None:
    number = of(date(1985, 3, 12))
    assert parse_personal_identity_number(number, TODAY).value == number


def test_parse_accepts_twelve_digits_with_plus_ignoring_separator() -> None:
    number = of(date(1985, 3, 12))
    assert parse_personal_identity_number(f"{number[:8]}+{number[8:]}", TODAY).value == number


def test_parse_accepts_ten_digits_with_hyphen() -> None:
    number = of(date(1985, 3, 12))
    assert parse_personal_identity_number(f"{number[2:8]}-{number[8:]}", TODAY).value == number


def test_parse_accepts_ten_digits_without_separator() -> None:
    number = of(date(1985, 3, 12))
    assert parse_personal_identity_number(number[2:], TODAY).value == number


def test_parse_accepts_ten_digits_with_plus_for_centenarian() -> None:
    number = of(date(1920, 1, 1))
    assert parse_personal_identity_number(f"{number[2:8]}+{number[8:]}", TODAY).value == number


def test_parse_strips_surrounding_whitespace() -> None:
    number = of(date(1985, 3, 12))
    assert (
        parse_personal_identity_number(f"  \t{number[:8]}-{number[8:]}\n ", TODAY).value == number
    )


# --- Century inference --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "separator"),
    [
        (date(2026, 11, 22), "-"),  # born today: age 0
        (date(2026, 1, 1), "-"),
        (date(1926, 11, 23), "-"),  # 100th birthday tomorrow: still 99
        (date(1926, 12, 24), "-"),  # birthday later this year: 99
        (date(1927, 1, 1), ""),
        (date(1926, 11, 22), "+"),  # exactly 100 today
        (date(1926, 11, 21), "+"),
        (date(1826, 11, 23), "+"),  # the "+" person turning 100 tomorrow is 199, not 99
        (date(1826, 12, 24), "+"),
        (date(1920, 6, 15), "+"),
    ],
)
def test_parse_infers_century_from_separator_and_today(birth: date, separator: str) -> None:
    number = of(birth)
    parsed = parse_personal_identity_number(f"{number[2:8]}{separator}{number[8:]}", TODAY)
    assert parsed.birth_date == birth
    assert parsed.value == number


def test_parse_infers_previous_century_when_birthday_later_this_year() -> None:
    # "261224" with today 2026-11-22: 2026-12-24 has not happened yet, so 1926.
    number = of(date(1926, 12, 24))
    parsed = parse_personal_identity_number(number[2:], TODAY)
    assert parsed.birth_date == date(1926, 12, 24)


def test_parse_infers_current_century_on_exact_birthday_with_hyphen() -> None:
    number = of(date(2026, 11, 22))
    parsed = parse_personal_identity_number(f"{number[2:8]}-{number[8:]}", TODAY)
    assert parsed.birth_date == TODAY


def test_parse_infers_hundred_years_back_on_exact_hundredth_birthday_with_plus() -> None:
    number = of(date(1926, 11, 22))
    parsed = parse_personal_identity_number(f"{number[2:8]}+{number[8:]}", TODAY)
    assert parsed.birth_date == date(1926, 11, 22)


# --- Dates --------------------------------------------------------------------------------


def test_parse_accepts_leap_day_in_2000() -> None:
    number = of(date(2000, 2, 29))
    assert parse_personal_identity_number(number, TODAY).birth_date == date(2000, 2, 29)
    ten = f"{number[2:8]}-{number[8:]}"
    assert parse_personal_identity_number(ten, TODAY).birth_date == date(2000, 2, 29)


def test_parse_rejects_leap_day_in_1900_as_not_a_date() -> None:
    assert rejected_with(twelve_digits("19000229", 123)) == NOT_A_DATE
    # With "+" the only century that makes the person 100 or older is 1900: no 29 February.
    number = ten_digits("000229", 123)
    assert rejected_with(f"{number[:6]}+{number[6:]}") == NOT_A_DATE


@pytest.mark.parametrize("yyyymmdd", ["19850230", "19851301", "19850001", "19850100", "19850431"])
def test_parse_rejects_impossible_date_as_not_a_date(yyyymmdd: str) -> None:
    assert rejected_with(twelve_digits(yyyymmdd, 123)) == NOT_A_DATE
    assert rejected_with(ten_digits(yyyymmdd[2:], 123)) == NOT_A_DATE


def test_parse_rejects_twelve_digit_date_after_today_as_future() -> None:
    assert rejected_with(of(TODAY + timedelta(days=1))) == IN_FUTURE
    assert rejected_with(of(date(2030, 1, 1))) == IN_FUTURE


def test_parse_accepts_twelve_digit_date_equal_to_today() -> None:
    assert parse_personal_identity_number(of(TODAY), TODAY).birth_date == TODAY


# --- Samordningsnummer --------------------------------------------------------------------


def test_parse_accepts_coordination_number_with_day_plus_sixty() -> None:
    number = of(date(1985, 3, 12), coordination=True)
    assert number[6:8] == "72"
    parsed = parse_personal_identity_number(f"{number[:8]}-{number[8:]}", TODAY)
    assert parsed.value == number  # the day is stored as given
    assert parsed.is_coordination_number
    assert parsed.birth_date == date(1985, 3, 12)


def test_parse_accepts_ten_digit_coordination_number() -> None:
    number = of(date(1990, 7, 31), coordination=True)
    parsed = parse_personal_identity_number(f"{number[2:8]}-{number[8:]}", TODAY)
    assert parsed.value == number
    assert parsed.birth_date == date(1990, 7, 31)


def test_parse_accepts_coordination_number_for_leap_day() -> None:
    number = of(date(2000, 2, 29), coordination=True)
    assert parse_personal_identity_number(number, TODAY).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("day", ["92", "60", "99"])
def test_parse_rejects_coordination_day_out_of_range(day: str) -> None:
    assert rejected_with(twelve_digits(f"198503{day}", 123)) == NOT_A_DATE
    assert rejected_with(ten_digits(f"8503{day}", 123)) == NOT_A_DATE


def test_parse_rejects_coordination_number_for_missing_leap_day() -> None:
    assert rejected_with(twelve_digits("19010289", 123)) == NOT_A_DATE  # 29 Feb 1901 + 60


def test_parse_rejects_coordination_number_in_future() -> None:
    assert rejected_with(of(date(2027, 1, 5), coordination=True)) == IN_FUTURE


# --- Rejected shapes ----------------------------------------------------------------------


def test_parse_rejects_wrong_check_digit() -> None:
    number = of(date(1985, 3, 12))
    wrong = number[:11] + str((int(number[11]) + 1) % 10)
    assert rejected_with(wrong) == BAD_CHECKSUM
    assert rejected_with(wrong[2:]) == BAD_CHECKSUM


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_parse_rejects_empty_or_blank(text: str) -> None:
    assert rejected_with(text) == EMPTY


@pytest.mark.parametrize(
    "text",
    [
        "19850312-12a4",
        "abcdefgh-ijkl",
        "198503121234x",
        "19850312 1234",  # a space inside
        "1985 0312-1234",
        "19850312--1234",
        "19850312/1234",
        "19850312.1234",
        "1985-03-12-1234",
        "198503-121234",  # separator in the wrong place
        "850312_1234",
        "+8503121234",
        "850312-123",  # too short
        "85031212345",  # eleven digits
        "1985031212345",  # thirteen digits
        "12345",
        "\u0661\u0669\u0668\u0665\u0660\u0663\u0661\u0662-\u0661\u0662\u0663\u0664",
    ],
)
def test_parse_rejects_malformed_text_as_format_error(text: str) -> None:
    assert rejected_with(text) == INVALID_FORMAT


def test_parse_uses_given_field_name() -> None:
    with pytest.raises(ValidationError) as error:
        parse_personal_identity_number("nonsense", TODAY, field="guardian_number")
    assert [p.field for p in error.value.problems] == ["guardian_number"]


def test_is_valid_reports_true_for_valid_and_false_for_invalid() -> None:
    number = of(date(1985, 3, 12))
    assert is_valid_personal_identity_number(number, TODAY)
    assert not is_valid_personal_identity_number(
        number[:11] + str((int(number[11]) + 5) % 10), TODAY
    )
    assert not is_valid_personal_identity_number("", TODAY)


# --- Masking ------------------------------------------------------------------------------


def test_masked_hides_last_four_digits() -> None:
    number = of(date(1985, 3, 12), serial=987)
    parsed = parse_personal_identity_number(number, TODAY)
    last_four = number[8:]
    assert parsed.masked() == "19850312-****"
    for shown in (parsed.masked(), str(parsed), repr(parsed), f"{parsed}", f"{parsed!r}"):
        assert last_four not in shown
        assert "19850312" in shown


def test_formatted_reveals_whole_number_on_request() -> None:
    number = of(date(1985, 3, 12), serial=987)
    assert parse_personal_identity_number(number, TODAY).formatted() == f"19850312-{number[8:]}"


def test_repr_of_containing_structure_stays_masked() -> None:
    number = of(date(1985, 3, 12), serial=987)
    parsed = parse_personal_identity_number(number, TODAY)
    assert number[8:] not in repr([parsed]) + repr({"pin": parsed})


def test_mask_function_returns_empty_for_none_or_empty() -> None:
    assert mask_personal_identity_number(None) == ""
    assert mask_personal_identity_number("") == ""


def test_mask_function_masks_normalised_value() -> None:
    number = of(date(1985, 3, 12), serial=987)
    assert mask_personal_identity_number(number) == "19850312-****"


# Ten stored digits are a Danish CPR number (tests/domain/test_cpr_cvr.py); eleven are nothing.
def test_mask_function_shows_nothing_of_malformed_value() -> None:
    eleven = of(date(1985, 3, 12), serial=987)[1:]
    masked = mask_personal_identity_number(eleven)
    assert eleven[6:] not in masked
    assert not re.search(r"[0-9]", masked)


def test_personal_identity_number_rejects_malformed_value_without_echoing_it() -> None:
    eleven = of(date(1985, 3, 12), serial=987)[1:]
    with pytest.raises(ValueError) as error:
        PersonalIdentityNumber(eleven)
    assert eleven not in str(error.value)


# --- Properties ---------------------------------------------------------------------------

births = st.dates(min_value=date(1850, 1, 1), max_value=TODAY)
serials = st.integers(min_value=0, max_value=999)


def _age(birth: date) -> int:
    return TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))


@given(birth=births, serial=serials, coordination=st.booleans())
def test_parse_round_trips_any_generated_number(
    birth: date, serial: int, coordination: bool
) -> None:
    number = of(birth, serial, coordination)
    formatted = f"{number[:8]}-{number[8:]}"
    parsed = parse_personal_identity_number(formatted, TODAY)
    assert parsed.formatted() == formatted
    assert parse_personal_identity_number(parsed.formatted(), TODAY).formatted() == formatted
    assert parsed.birth_date == birth
    assert parsed.is_coordination_number == coordination
    separator = "+" if _age(birth) >= 100 else "-"
    ten = f"{number[2:8]}{separator}{number[8:]}"
    assert parse_personal_identity_number(ten, TODAY).value == number


@given(
    birth=births,
    serial=serials,
    position=st.integers(min_value=0, max_value=9),
    shift=st.integers(min_value=1, max_value=9),
)
def test_luhn_rejects_any_single_digit_change(
    birth: date, serial: int, position: int, shift: int
) -> None:
    ten = of(birth, serial)[2:]
    changed = ten[:position] + str((int(ten[position]) + shift) % 10) + ten[position + 1 :]
    assert changed != ten
    assert not luhn_checksum_ok(changed)
    assert not is_valid_personal_identity_number(changed, TODAY)


@given(
    text=st.text(alphabet="0123456789-+ a", min_size=0, max_size=16),
)
def test_validation_messages_never_contain_given_digits(text: str) -> None:
    try:
        parse_personal_identity_number(text, TODAY)
    except ValidationError as error:
        for problem in error.problems:
            assert not re.search(r"[0-9]", problem.render())
            assert not problem.params
        assert not re.search(r"[0-9]", str(error))


@given(birth=births, serial=serials, position=st.integers(min_value=0, max_value=9))
def test_validation_messages_never_contain_digits_of_near_valid_number(
    birth: date, serial: int, position: int
) -> None:
    ten = of(birth, serial)[2:]
    changed = ten[:position] + str((int(ten[position]) + 1) % 10) + ten[position + 1 :]
    with pytest.raises(ValidationError) as error:
        parse_personal_identity_number(changed, TODAY)
    assert not re.search(r"[0-9]", str(error.value))


# --- Organisation numbers -----------------------------------------------------------------

ORG = organisation("556036079")  # generated: group digit 6, Luhn-completed


def test_parse_organisation_accepts_ten_digits_with_hyphen() -> None:
    assert parse_organisation_number(f"{ORG[:6]}-{ORG[6:]}") == f"{ORG[:6]}-{ORG[6:]}"


def test_parse_organisation_accepts_ten_digits_without_hyphen() -> None:
    assert parse_organisation_number(ORG) == f"{ORG[:6]}-{ORG[6:]}"


def test_parse_organisation_strips_sixteen_prefix() -> None:
    assert parse_organisation_number(f"16{ORG}") == f"{ORG[:6]}-{ORG[6:]}"
    assert parse_organisation_number(f"16{ORG[:6]}-{ORG[6:]}") == f"{ORG[:6]}-{ORG[6:]}"


def test_parse_organisation_strips_surrounding_whitespace() -> None:
    assert parse_organisation_number(f"  {ORG}\n") == f"{ORG[:6]}-{ORG[6:]}"


def test_parse_organisation_accepts_ten_digits_starting_with_sixteen() -> None:
    number = organisation("162021000")
    assert parse_organisation_number(number) == f"{number[:6]}-{number[6:]}"


def test_parse_organisation_rejects_bad_checksum() -> None:
    wrong = ORG[:9] + str((int(ORG[9]) + 1) % 10)
    assert org_rejected_with(wrong) == ORG_CHECKSUM
    assert org_rejected_with(f"16{wrong}") == ORG_CHECKSUM


@pytest.mark.parametrize("third", ["0", "1"])
def test_parse_organisation_rejects_group_digit_below_two(third: str) -> None:
    number = organisation(f"85{third}312456")
    assert luhn_checksum_ok(number)
    assert org_rejected_with(number) == ORG_GROUP
    assert org_rejected_with(f"{number[:6]}-{number[6:]}") == ORG_GROUP


def test_parse_organisation_rejects_sole_trader_personal_identity_number() -> None:
    number = of(date(1985, 3, 12))
    assert org_rejected_with(number[2:]) == ORG_GROUP
    assert org_rejected_with(f"{number[2:8]}-{number[8:]}") == ORG_GROUP


@pytest.mark.parametrize(
    "text",
    [
        ORG[:9],
        ORG + "1",
        "17" + ORG,  # only "16" is a known prefix
        "16" + ORG + "1",
        f"{ORG[:5]}-{ORG[5:]}",
        f"{ORG[:6]}+{ORG[6:]}",
        f"{ORG[:6]} {ORG[6:]}",
        "16-" + ORG,
        "556a36-0791",
    ],
)
def test_parse_organisation_rejects_wrong_length_or_shape(text: str) -> None:
    assert org_rejected_with(text) == ORG_FORMAT


def test_parse_organisation_rejects_empty() -> None:
    assert org_rejected_with("  ") == ORG_EMPTY


def test_parse_organisation_uses_given_field_name() -> None:
    with pytest.raises(ValidationError) as error:
        parse_organisation_number("x", field="employer_number")
    assert [p.field for p in error.value.problems] == ["employer_number"]


def test_is_valid_organisation_number_reports_validity() -> None:
    assert is_valid_organisation_number(ORG)
    assert not is_valid_organisation_number(ORG[:9] + str((int(ORG[9]) + 1) % 10))
    assert not is_valid_organisation_number("")


@given(
    group=st.integers(min_value=2, max_value=9),
    rest=st.integers(min_value=0, max_value=999_999),
    head=st.integers(min_value=10, max_value=99),
)
def test_parse_organisation_accepts_any_generated_number(group: int, rest: int, head: int) -> None:
    number = organisation(f"{head}{group}{rest:06d}")
    normalised = f"{number[:6]}-{number[6:]}"
    assert parse_organisation_number(number) == normalised
    assert parse_organisation_number(normalised) == normalised
    assert parse_organisation_number(f"16{number}") == normalised


@given(text=st.text(alphabet="0123456789- a", min_size=0, max_size=14))
def test_organisation_messages_never_contain_given_digits(text: str) -> None:
    try:
        parse_organisation_number(text)
    except ValidationError as error:
        assert not re.search(r"[0-9]{2}", str(error))
        for problem in error.problems:
            assert not problem.params
