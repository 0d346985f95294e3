"""Swedish personal identity numbers, coordination numbers and organisation numbers: parsing, validation, normalisation, masking.

A stored number of ten digits is a Danish CPR number (domain/danish_identity.py): masking and
showing it are here too, so every screen and export shows either as it should.
"""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ambassador.domain.danish_identity import (
    cpr_birth_date,
    format_cpr_number,
    is_stored_cpr,
    mask_cpr_number,
)
from ambassador.domain.errors import ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

# The texts never contain the number itself: personal data must not reach logs or error texts.
EMPTY = QT_TRANSLATE_NOOP("Messages", "Write the personal identity number.")
INVALID_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Write the personal identity number as YYYYMMDD-NNNN or YYMMDD-NNNN."
)
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "Messages", "The check digit does not match; check the number for a typo."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("Messages", "The number does not begin with a real date of birth.")
IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "The date of birth in the number is in the future.")
ORG_EMPTY = QT_TRANSLATE_NOOP("Messages", "Write the organisation number.")
ORG_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Write the organisation number as NNNNNN-NNNN (ten digits)."
)
ORG_CHECKSUM = QT_TRANSLATE_NOOP(
    "Messages", "The organisation number's check digit does not match; check it for a typo."
)
ORG_GROUP = QT_TRANSLATE_NOOP(
    "Messages",
    "This looks like a personal identity number, not an organisation number (the third digit "
    "of an organisation number is 2 or higher). A sole trader's personal identity number is "
    "not accepted here.",
)

COORDINATION_DAY_OFFSET = 60
CENTENARIAN_AGE = 100

# ASCII digits only: `\d` would also accept other scripts' digits.
_PERSONAL = re.compile(r"([0-9]{6}|[0-9]{8})([-+]?)([0-9]{4})")
_ORGANISATION = re.compile(r"(?:16)?([0-9]{6})-?([0-9]{4})")
_MASK = "****"


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def luhn_check_digit(nine_digits: str) -> int:
    """The digit that, appended to `nine_digits`, makes the whole pass the Luhn test."""
    if not _is_ascii_digits(nine_digits):
        raise ValueError("luhn_check_digit needs ASCII digits")
    total = 0
    # Counted from the right: the digit next to the (missing) check digit is doubled.
    for position, char in enumerate(reversed(nine_digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def luhn_checksum_ok(digits: str) -> bool:
    """Whether ten digits (YYMMDDNNNN or an organisation number) end in their check digit."""
    return (
        len(digits) == 10
        and _is_ascii_digits(digits)
        and luhn_check_digit(digits[:9]) == int(digits[9])
    )


@dataclass(frozen=True)
class PersonalIdentityNumber:
    """A checked personnummer, samordningsnummer or (ten digits) Danish CPR number; str() and
    repr() never show the serial."""

    # 12 digits YYYYMMDDNNNN; for a samordningsnummer the day is stored +60. A CPR number:
    # 10 digits DDMMYYSSSS.
    value: str

    def __post_init__(self) -> None:
        if is_stored_cpr(self.value):
            return
        if len(self.value) != 12 or not _is_ascii_digits(self.value):
            # Deliberately without the value: it may be personal data.
            raise ValueError("a PersonalIdentityNumber value is 12 or 10 ASCII digits")

    @property
    def is_cpr_number(self) -> bool:
        return len(self.value) == 10

    @property
    def is_coordination_number(self) -> bool:
        return not self.is_cpr_number and int(self.value[6:8]) > COORDINATION_DAY_OFFSET

    @property
    def birth_date(self) -> date:
        if self.is_cpr_number:
            birth = cpr_birth_date(self.value)
            if birth is None:
                raise ValueError("the CPR number holds no date of birth")
            return birth
        day = int(self.value[6:8])
        if day > COORDINATION_DAY_OFFSET:
            day -= COORDINATION_DAY_OFFSET
        return date(int(self.value[:4]), int(self.value[4:6]), day)

    def masked(self) -> str:
        return mask_personal_identity_number(self.value)

    def formatted(self) -> str:
        """The whole number: only for an explicit "reveal" action, never for logs."""
        if self.is_cpr_number:
            return format_cpr_number(self.value)
        return f"{self.value[:8]}-{self.value[8:]}"

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        return f"PersonalIdentityNumber({self.masked()!r})"


def _real_date(year: int, month: int, day: int) -> date | None:
    """The date the digits mean (day - 60 for a samordningsnummer), or None if there is none."""
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        return None


def age_on(birth: date, day: date) -> int:
    """Whole years of age on `day`: a birthday counts from the day itself."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _infer_birth_date(yy: int, month: int, day: int, today: date, centenarian: bool) -> date | None:
    """The latest real birth date not after `today` whose year ends in `yy`.

    With "+" (`centenarian`) the person must also be 100 years or older on `today`.
    """
    latest_year = today.year - (today.year - yy) % 100
    minimum_age = CENTENARIAN_AGE if centenarian else 0
    # Three centuries suffice: one may be in the future, one may lack 29 February or be too young.
    for year in (latest_year, latest_year - 100, latest_year - 200):
        birth = _real_date(year, month, day)
        if birth is not None and birth <= today and age_on(birth, today) >= minimum_age:
            return birth
    return None


def parse_personal_identity_number(
    text: str, today: date, field: str = "personal_identity_number"
) -> PersonalIdentityNumber:
    """Parse 10 or 12 digits, with "-", "+" (100 years or older) or no separator.

    Raises `ValidationError` for `field`; its messages never repeat the number.
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.single(field, EMPTY)
    match = _PERSONAL.fullmatch(cleaned)
    if match is None:
        raise ValidationError.single(field, INVALID_FORMAT)
    date_part, separator, serial = match.groups()
    if not luhn_checksum_ok(date_part[-6:] + serial):
        raise ValidationError.single(field, BAD_CHECKSUM)
    month, day = int(date_part[-4:-2]), int(date_part[-2:])
    if len(date_part) == 8:
        birth = _real_date(int(date_part[:4]), month, day)
    else:
        birth = _infer_birth_date(int(date_part[:2]), month, day, today, separator == "+")
    if birth is None:
        raise ValidationError.single(field, NOT_A_DATE)
    if birth > today:
        raise ValidationError.single(field, IN_FUTURE)
    return PersonalIdentityNumber(f"{birth.year:04d}{date_part[-4:]}{serial}")


def is_valid_personal_identity_number(text: str, today: date) -> bool:
    try:
        parse_personal_identity_number(text, today)
    except ValidationError:
        return False
    return True


def mask_personal_identity_number(normalised: str | None) -> str:
    """The masked form YYYYMMDD-**** (a CPR number's DDMMYY-****) of a normalised number, ""
    for none; never the serial."""
    if not normalised:
        return ""
    if is_stored_cpr(normalised):
        return mask_cpr_number(normalised)
    if len(normalised) != 12 or not _is_ascii_digits(normalised):
        # Not a normalised number: show nothing of it rather than risk showing the serial.
        return _MASK
    return f"{normalised[:8]}-{_MASK}"


def parse_organisation_number(text: str, field: str = "organisation_number") -> str:
    """Parse ten digits (optionally "NNNNNN-NNNN", optionally prefixed "16") to "NNNNNN-NNNN"."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.single(field, ORG_EMPTY)
    match = _ORGANISATION.fullmatch(cleaned)
    if match is None:
        raise ValidationError.single(field, ORG_FORMAT)
    first, last = match.groups()
    if not luhn_checksum_ok(first + last):
        raise ValidationError.single(field, ORG_CHECKSUM)
    if int(first[2]) < 2:
        raise ValidationError.single(field, ORG_GROUP)
    return f"{first}-{last}"


def is_valid_organisation_number(text: str) -> bool:
    try:
        parse_organisation_number(text)
    except ValidationError:
        return False
    return True
