"""Danish CPR numbers (a person's) and CVR numbers (an employer's): parsing, validation,
normalisation.

The two rules are short and written out here: the CPR office's century rule and the CVR's
modulus-11 check. python-stdnum has both (`dk.cpr`, `dk.cvr`) and the tests hold these to it
over every case (tests/domain/test_cpr_cvr.py), but importing it loads `pydoc` and `ssl` (its
online checks), 30-60 ms at every start, and the bundle leaves `ssl` out: the program never
uses a network. Deliberately no modulus-11 check of a CPR number: numbers without it are
issued since 2007.
"""

from __future__ import annotations

import re
from datetime import date

from ambassador.domain.errors import ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

# The texts never contain the number itself: personal data must not reach logs or error texts.
CPR_EMPTY = QT_TRANSLATE_NOOP("Messages", "Write the CPR number.")
CPR_FORMAT = QT_TRANSLATE_NOOP("Messages", "Write the CPR number as DDMMYY-SSSS (ten digits).")
CPR_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Messages", "The CPR number does not begin with a real date of birth."
)
CPR_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Messages", "The date of birth in the CPR number is in the future."
)
CVR_EMPTY = QT_TRANSLATE_NOOP("Messages", "Write the CVR number.")
CVR_FORMAT = QT_TRANSLATE_NOOP("Messages", "Write the CVR number as eight digits.")
CVR_CHECKSUM = QT_TRANSLATE_NOOP(
    "Messages", "The CVR number's check digit does not match; check it for a typo."
)

# ASCII digits only: `\d` would also accept other scripts' digits. A dash or nothing between
# the date and the serial, as a Swedish number takes it; no spaces inside.
_CPR = re.compile(r"([0-9]{6})-?([0-9]{4})")
# Eight digits, as written or as a VAT number ("DK12345678"); spaces only between pairs
# ("12 34 56 78", how a CVR number is often printed).
_CVR = re.compile(r"(?:DK ?)?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2})", re.IGNORECASE)
CPR_LENGTH = 10
_MASK = "****"
_CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def is_stored_cpr(value: str | None) -> bool:
    """Whether a stored identity number is a CPR number (ten digits; a Swedish one has 12)."""
    return value is not None and len(value) == CPR_LENGTH and _is_ascii_digits(value)


def cpr_birth_date(ten_digits: str) -> date | None:
    """The date of birth ten digits DDMMYYSSSS mean by the CPR office's century rule (the
    seventh digit 0-3: the 1900s; 4 and 9: the 2000s up to YY 36, else the 1900s; 5-8: the
    2000s up to YY 57, else the 1800s), or None if there is no such day."""
    if len(ten_digits) != CPR_LENGTH or not _is_ascii_digits(ten_digits):
        return None
    day, month, year = int(ten_digits[0:2]), int(ten_digits[2:4]), int(ten_digits[4:6])
    seventh = int(ten_digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def parse_cpr_number(text: str, today: date, field: str = "personal_identity_number") -> str:
    """Parse DDMMYY-SSSS or DDMMYYSSSS to the ten digits stored.

    Raises `ValidationError` for `field`; its messages never repeat the number."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.single(field, CPR_EMPTY)
    match = _CPR.fullmatch(cleaned)
    if match is None:
        raise ValidationError.single(field, CPR_FORMAT)
    digits = match.group(1) + match.group(2)
    birth = cpr_birth_date(digits)
    if birth is None:
        raise ValidationError.single(field, CPR_NOT_A_DATE)
    if birth > today:
        raise ValidationError.single(field, CPR_IN_FUTURE)
    return digits


def mask_cpr_number(ten_digits: str) -> str:
    """DDMMYY-****: the date of birth, never the serial."""
    return f"{ten_digits[:6]}-{_MASK}"


def format_cpr_number(ten_digits: str) -> str:
    """The whole number DDMMYY-SSSS: only for an explicit "reveal" action, never for logs."""
    return f"{ten_digits[:6]}-{ten_digits[6:]}"


def parse_cvr_number(text: str, field: str = "organisation_number") -> str:
    """Parse eight digits with their modulus-11 check (weights 2, 7, 6, 5, 4, 3, 2, 1) to the
    eight digits stored."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.single(field, CVR_EMPTY)
    match = _CVR.fullmatch(cleaned)
    if match is None:
        raise ValidationError.single(field, CVR_FORMAT)
    digits = "".join(match.groups())
    if digits[0] == "0":  # no CVR number begins with 0
        raise ValidationError.single(field, CVR_FORMAT)
    if sum(w * int(d) for w, d in zip(_CVR_WEIGHTS, digits, strict=True)) % 11:
        raise ValidationError.single(field, CVR_CHECKSUM)
    return digits
