"""Swedish personal identity numbers, coordination numbers and organisation numbers: parsing, validation, normalisation, masking."""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ambassador.domain.errors import ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("Messages", "Write the personal identity number.")
INVALID_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Write the personal identity number as YYYYMMDD-NNNN or YYMMDD-NNNN."
)
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "Messages", "The check digit does not match; check the number for a typo."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("Messages", "The number does not begin with a real date of birth.")
IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "The date of birth in the number is in the future.")
ORG_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Write the organisation number as NNNNNN-NNNN (ten digits)."
)
ORG_CHECKSUM = QT_TRANSLATE_NOOP(
    "Messages", "The organisation number's check digit does not match; check it for a typo."
)
ORG_GROUP = QT_TRANSLATE_NOOP(
    "Messages",
    "This looks like a personal identity number, not an organisation number "
    "(the third digit of an organisation number is 2 or higher).",
)

_PERSONAL = re.compile(r"^(\d{6}|\d{8})([-+]?)(\d{4})$")
_ORGANISATION = re.compile(r"^(16)?(\d{6})-?(\d{4})$")
COORDINATION_DAY_OFFSET = 60


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit that makes `nine_digits` + digit pass the Luhn test."""
    total = 0
    for position, char in enumerate(nine_digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def luhn_checksum_ok(digits: str) -> bool:
    return len(digits) == 10 and digits.isdigit() and luhn_check_digit(digits[:9]) == int(digits[9])


@dataclass(frozen=True)
class PersonalIdentityNumber:
    value: str  # 12 digits YYYYMMDDNNNN; for a samordningsnummer the day is stored +60

    @property
    def is_coordination_number(self) -> bool:
        return int(self.value[6:8]) > COORDINATION_DAY_OFFSET

    @property
    def birth_date(self) -> date:
        day = int(self.value[6:8])
        if day > COORDINATION_DAY_OFFSET:
            day -= COORDINATION_DAY_OFFSET
        return date(int(self.value[:4]), int(self.value[4:6]), day)

    def masked(self) -> str:
        return f"{self.value[:8]}-****"

    def formatted(self) -> str:
        """The whole number: only for an explicit "show" action, never for logs."""
        return f"{self.value[:8]}-{self.value[8:]}"

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        return f"PersonalIdentityNumber({self.masked()!r})"


def _real_date(year: int, month: int, day: int) -> date | None:
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_personal_identity_number(
    text: str, today: date, field: str = "personal_identity_number"
) -> PersonalIdentityNumber:
    """Parse 10 or 12 digits, with "-", "+" (100 years or older) or no separator."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValidationError.single(field, EMPTY)
    match = _PERSONAL.match(cleaned)
    if match is None:
        raise ValidationError.single(field, INVALID_FORMAT)
    date_part, separator, serial = match.groups()
    ten = date_part[-6:] + serial
    if not luhn_checksum_ok(ten):
        raise ValidationError.single(field, BAD_CHECKSUM)
    month, day = int(date_part[-4:-2]), int(date_part[-2:])
    if len(date_part) == 8:
        year = int(date_part[:4])
        birth = _real_date(year, month, day)
    else:
        birth = _infer_century(int(date_part[:2]), month, day, today, separator == "+")
        year = birth.year if birth is not None else 0
    if birth is None:
        raise ValidationError.single(field, NOT_A_DATE)
    if birth > today:
        raise ValidationError.single(field, IN_FUTURE)
    return PersonalIdentityNumber(f"{year:04d}{date_part[-4:]}{serial}")


def _infer_century(yy: int, month: int, day: int, today: date, centenarian: bool) -> date | None:
    """The latest birth date not after today (0-99 years), or 100 years earlier with "+"."""
    year = today.year - (today.year - yy) % 100
    birth = _real_date(year, month, day)
    if birth is None:
        # The same digits may be a real date a century earlier (29 February).
        birth = _real_date(year - 100, month, day)
        if birth is None:
            return None
    elif birth > today:
        birth = _real_date(year - 100, month, day)
        if birth is None:
            return None
    if centenarian:
        while today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day)) < 100:
            shifted = _real_date(birth.year - 100, month, day)
            if shifted is None:
                return None
            birth = shifted
    return birth


def is_valid_personal_identity_number(text: str, today: date) -> bool:
    try:
        parse_personal_identity_number(text, today)
    except ValidationError:
        return False
    return True


def mask_personal_identity_number(normalised: str | None) -> str:
    if not normalised:
        return ""
    return f"{normalised[:8]}-****"


def parse_organisation_number(text: str, field: str = "organisation_number") -> str:
    cleaned = (text or "").strip()
    match = _ORGANISATION.match(cleaned)
    if match is None:
        raise ValidationError.single(field, ORG_FORMAT)
    _prefix, first, last = match.groups()
    digits = first + last
    if not luhn_checksum_ok(digits):
        raise ValidationError.single(field, ORG_CHECKSUM)
    if int(digits[2]) < 2:
        raise ValidationError.single(field, ORG_GROUP)
    return f"{first}-{last}"


def is_valid_organisation_number(text: str) -> bool:
    try:
        parse_organisation_number(text)
    except ValidationError:
        return False
    return True
