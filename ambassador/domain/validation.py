"""Field checks shared by every record: required text, lengths, date order, ratings, and
text cleaned of invisible control characters.

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
NAME_LETTER = QT_TRANSLATE_NOOP("Messages", "A name needs at least one letter.")
NAME_SCRIPT = QT_TRANSLATE_NOOP(
    "Messages",
    "The documents cannot print letters of this script: write the name as the population "
    "register does.",
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

_NAME_PUNCTUATION = frozenset(" -'’.\u05f3")  # U+05F3: the Hebrew apostrophe (geresh)
# Zero-width non-joiner and joiner: Persian writes some names with a ZWNJ that keeps two
# letters apart (علی‌رضا), and scripts such as Devanagari use both to choose a letter form.
_JOINERS = frozenset("\u200c\u200d")

# The scripts a name's letters may come from: those a Swedish or Danish register holds, each
# drawn by a font the documents embed (tests/reporting/test_scripts.py checks every letter and
# mark of these ranges against the fonts, so a name that is accepted always prints). A few
# recent additions the fonts lack are left out of their blocks.
NAME_SCRIPTS: tuple[tuple[int, int], ...] = (
    (0x0041, 0x024F),  # Latin: basic, Latin-1, Extended-A and -B
    (0x0250, 0x02FF),  # IPA and modifier letters (ʼ, the Ukrainian apostrophe)
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic
    (0x0530, 0x058F),  # Armenian
    (0x0590, 0x05EE),  # Hebrew
    (0x05F0, 0x05FF),
    (0x0600, 0x06FF),  # Arabic, with Persian, Urdu, Kurdish and Pashto letters
    (0x0750, 0x077F),
    (0x08A0, 0x08B4),
    (0x08B6, 0x08BE),
    (0x08D3, 0x08FF),
    (0x0900, 0x097F),  # Devanagari
    (0x0E00, 0x0E7F),  # Thai
    (0x10A0, 0x10FF),  # Georgian
    (0x1200, 0x139F),  # Ethiopic (Amharic, Tigrinya)
    (0x1C90, 0x1CBF),  # Georgian capitals
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x1F00, 0x1FFF),  # Greek with accents
    (0x2D80, 0x2DDF),  # Ethiopic Extended
    (0x3041, 0x3094),  # Hiragana
    (0x3099, 0x309E),
    (0x30A0, 0x30F6),  # Katakana
    (0x30FC, 0x30FE),
    (0x4E00, 0x9FA5),  # CJK Unified Ideographs (Chinese, Japanese kanji)
    (0xAC00, 0xD7A3),  # Hangul syllables (Korean)
)
_PHONE_CHARACTERS = frozenset("0123456789 +-()")
# The C0 and C1 control characters and DEL, but tab, line feed and carriage return. They come
# along unseen when text is pasted from another program (a NUL from a PDF, an escape from a
# terminal, a form feed from a mail); they show as nothing, print as boxes, and a PostgreSQL
# server refuses a NUL in text outright. Taken out silently, on either engine, since the
# person never saw them to type them.
_CONTROLS: dict[int, None] = {
    code: None for code in (*range(0x20), *range(0x7F, 0xA0)) if chr(code) not in "\t\n\r"
}


def clean(text: str | None) -> str:
    """Without invisible control characters and surrounding white space; None becomes the
    empty string. Tabs and line breaks stay, for a note's lines."""
    return (text or "").translate(_CONTROLS).strip()


def check_required(problems: list[Problem], field: str, value: str) -> None:
    if not value:
        problems.append(Problem(field, REQUIRED))


def check_length(problems: list[Problem], field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        problems.append(Problem(field, TOO_LONG, {"limit": limit, "length": len(value)}))


def check_name(problems: list[Problem], field: str, value: str) -> None:
    """Letters and marks of the name scripts (Å, ł, ğ, Vietnamese tones, Arabic, Chinese, …),
    spaces, hyphens, apostrophes and full stops, a joiner between two letters; and at least
    one letter, so "'-" is no name."""
    check_required(problems, field, value)
    check_length(problems, field, value, NAME_MAX)
    if not value:
        return
    refused = [
        ch
        for ch in _without_joiners(value)
        if not is_name_letter(ch) and ch not in _NAME_PUNCTUATION
    ]
    if refused:
        other_script = all(unicodedata.category(ch)[0] in "LM" for ch in refused)
        problems.append(Problem(field, NAME_SCRIPT if other_script else NAME_CHARACTERS))
    elif not any(unicodedata.category(ch).startswith("L") for ch in value):
        problems.append(Problem(field, NAME_LETTER))


def check_printable_letters(problems: list[Problem], field: str, value: str) -> None:
    """For a name that may hold digits and symbols as well (an employer's): every letter in it
    is of a script the documents print."""
    if any(unicodedata.category(ch)[0] == "L" and not is_name_letter(ch) for ch in value):
        problems.append(Problem(field, NAME_SCRIPT))


def is_name_letter(ch: str) -> bool:
    """A letter or mark a name may hold: one of NAME_SCRIPTS."""
    code = ord(ch)
    return unicodedata.category(ch)[0] in "LM" and any(
        low <= code <= high for low, high in NAME_SCRIPTS
    )


def _without_joiners(value: str) -> str:
    """`value` with each joiner that stands between two name letters taken out; a joiner
    anywhere else is left in, to be refused (it would be invisible and change nothing)."""
    kept = [
        ch
        for index, ch in enumerate(value)
        if ch not in _JOINERS
        or not (
            0 < index < len(value) - 1
            and is_name_letter(value[index - 1])
            and is_name_letter(value[index + 1])
        )
    ]
    return "".join(kept)


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
