"""Field checks shared by every record: required text, lengths, date order, ratings.

Checks collect `Problem`s instead of raising at the first, so a form can mark every field that is
wrong at once; `raise_if_any` turns them into one ValidationError.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("Messages", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "At most {limit} characters (now {length}).")
NAME_CHARACTERS = QT_TRANSLATE_NOOP(
    "Messages", "A name may hold letters, spaces, hyphens and apostrophes, not digits or symbols."
)
END_BEFORE_START = QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date.")
RATING_RANGE = QT_TRANSLATE_NOOP("Messages", "A rating is a whole number from 1 to 5.")
PERCENT_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a share between 1 and 100 per cent.")
HOURS_RANGE = QT_TRANSLATE_NOOP("Messages", "Give between 1 and 60 hours a week.")
EMAIL_FORMAT = QT_TRANSLATE_NOOP("Messages", "An e-mail address looks like name@example.se.")
PHONE_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "A phone number holds digits, spaces, +, - and parentheses."
)

NAME_MAX = 100
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000

_NAME_PUNCTUATION = frozenset(" -'’.")
_PHONE_CHARACTERS = frozenset("0123456789 +-()")


def clean(text: str | None) -> str:
    """Strip surrounding white space; None becomes the empty string."""
    return (text or "").strip()


def check_required(problems: list[Problem], field: str, value: str) -> None:
    if not value:
        problems.append(Problem(field, REQUIRED))


def check_length(problems: list[Problem], field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        problems.append(Problem(field, TOO_LONG, {"limit": limit, "length": len(value)}))


def check_name(problems: list[Problem], field: str, value: str) -> None:
    """Any Unicode letter (and combining mark) is a name letter: Å, ł, ğ, Vietnamese tones."""
    check_required(problems, field, value)
    check_length(problems, field, value, NAME_MAX)
    if value and not all(ch.isalpha() or _is_mark(ch) or ch in _NAME_PUNCTUATION for ch in value):
        problems.append(Problem(field, NAME_CHARACTERS))


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def check_text(problems: list[Problem], field: str, value: str, limit: int = LONG_TEXT_MAX) -> None:
    check_length(problems, field, value, limit)


def check_email(problems: list[Problem], field: str, value: str) -> None:
    check_length(problems, field, value, SHORT_TEXT_MAX)
    if value:
        local, at, domain = value.partition("@")
        if not at or not local or "." not in domain or " " in value or domain.endswith("."):
            problems.append(Problem(field, EMAIL_FORMAT))


def check_phone(problems: list[Problem], field: str, value: str) -> None:
    check_length(problems, field, value, 40)
    if value and (not set(value) <= _PHONE_CHARACTERS or sum(ch.isdigit() for ch in value) < 5):
        problems.append(Problem(field, PHONE_FORMAT))


def check_date_order(
    problems: list[Problem], field: str, start: date | None, end: date | None
) -> None:
    if start is not None and end is not None and end < start:
        problems.append(Problem(field, END_BEFORE_START))


def check_rating(problems: list[Problem], field: str, value: int | None) -> None:
    if value is not None and not 1 <= value <= 5:
        problems.append(Problem(field, RATING_RANGE))


def raise_if_any(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)
