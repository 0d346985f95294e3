"""A cell's text read as the value a field needs: dates as Swedes and Danes write them,
numbers with a decimal comma, yes and no, and the closed vocabularies in Swedish, Danish or
English."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from ambassador.domain.enums import AgreementStatus, ContactRole, Gender, Outcome, Sector
from ambassador.domain.errors import AmbassadorError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

BAD_DATE = QT_TRANSLATE_NOOP("Messages", "Write the date as 2026-03-01, 1/3/2026 or 20260301.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Messages", "Write a number, such as 20 or 37,5.")
BAD_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Messages", "Write a whole number, such as 14.")
BAD_YES_NO = QT_TRANSLATE_NOOP("Messages", "Write ja or nej.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Messages", "Write one of: {choices}.")

E = TypeVar("E", bound=StrEnum)


class BadValueError(AmbassadorError):
    """A cell that cannot be read as its field's value; `message` is an English source text."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


# Year first (ISO, with or without separators, a time after it from a spreadsheet's date
# cell), or day first with the year last, as Swedes write by hand: 1/3/2026, 1.3.2026.
_YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def parse_date(text: str) -> date | None:
    """None for an empty cell."""
    text = text.strip()
    if not text:
        return None
    if match := _YEAR_FIRST.fullmatch(text) or _COMPACT.fullmatch(text):
        year, month, day = match.groups()
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = match.groups()
    else:
        raise BadValueError(BAD_DATE)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise BadValueError(BAD_DATE) from None


def parse_number(text: str) -> float | None:
    """A decimal comma or point; spaces as thousands separators."""
    text = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise BadValueError(BAD_NUMBER) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise BadValueError(BAD_NUMBER)
    return value


def parse_whole_number(text: str) -> int | None:
    """A whole number; "20,0" from a spreadsheet is 20, "37,5" is refused."""
    text = text.strip().removesuffix("%").strip()
    try:
        value = parse_number(text)
    except BadValueError:
        raise BadValueError(BAD_WHOLE_NUMBER) from None
    if value is None:
        return None
    if not value.is_integer():
        raise BadValueError(BAD_WHOLE_NUMBER)
    return int(value)


_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant", "sann"})
_NO = frozenset({"nej", "n", "no", "0", "false", "falskt", "falsk", "-"})


def parse_yes_no(text: str) -> bool:
    """An empty cell is no."""
    word = text.strip().casefold()
    if not word or word in _NO:
        return False
    if word in _YES:
        return True
    raise BadValueError(BAD_YES_NO)


@dataclass(frozen=True)
class Vocabulary(Generic[E]):
    """The words a closed vocabulary is written with; the first word of each value is the one
    an error message suggests."""

    enum: type[E]
    words: Mapping[str, str]
    suggested: tuple[str, ...]

    @classmethod
    def of(cls, enum: type[E], **choices: tuple[str, ...]) -> Vocabulary[E]:
        words = {word: value for value, spelled in choices.items() for word in spelled}
        return cls(enum, words, tuple(spelled[0] for spelled in choices.values()))

    def parse(self, text: str) -> E:
        word = " ".join(text.split()).casefold()
        if word in self.words:
            return self.enum(self.words[word])
        raise BadValueError(BAD_CHOICE, choices=", ".join(self.suggested))

    def parse_optional(self, text: str) -> E | None:
        """None for an empty cell, where the vocabulary has no word for nothing."""
        return self.parse(text) if text.strip() else None


# Every word in each language the program itself writes (tests check them against the
# translations), and the short forms people put in their own sheets; the Danish after the
# Swedish and English, so a message suggests the Swedish word as before.
GENDERS = Vocabulary.of(
    Gender,
    woman=("kvinna", "k", "woman", "female", "f", "kvinnor", "kvinde", "kvinder"),
    man=("man", "m", "male", "män", "mand", "mænd"),
    other=("annat", "annan", "other", "a", "andet", "anden"),
    undisclosed=(
        "vill ej uppge", "vill inte uppge", "prefers not to say", "uppgift saknas", "",
        "ønsker ikke at oplyse", "vil ikke oplyse", "uoplyst",
    ),
)  # fmt: skip
SECTORS = Vocabulary.of(
    Sector,
    municipal=("kommunal", "kommun", "municipal", "municipality", "kommune"),
    regional=("regional", "region"),
    state=("statlig", "stat", "state", "statslig"),
    private=("privat", "private", "näringsliv", "", "erhvervsliv"),
    non_profit=(
        "idéburen", "ideell", "non-profit", "nonprofit", "ideell sektor",
        "almennyttig", "frivillig", "frivillig organisation", "forening",
    ),
)  # fmt: skip
AGREEMENTS = Vocabulary.of(
    AgreementStatus,
    none=(
        "ingen överenskommelse", "inget avtal", "inget", "nej", "no agreement", "none", "",
        "ingen aftale", "ingen",
    ),
    partnership=(
        "partnerskapsavtal", "samverkansavtal", "partnership agreement", "partnership",
        "partnerskabsaftale", "samarbejdsaftale",
    ),
    one_off=(
        "enstaka överenskommelse", "enstaka avtal", "one-off agreement", "one-off",
        "enkeltaftale", "enkeltstående aftale",
    ),
    ended=(
        "överenskommelsen avslutad", "avtal avslutat", "avslutat", "agreement ended", "ended",
        "aftale ophørt", "aftalen er ophørt", "ophørt",
    ),
)  # fmt: skip
ROLES = Vocabulary.of(
    ContactRole,
    supervisor=("handledare", "supervisor", "", "vejleder", "virksomhedsmentor", "mentor"),
    hr=("hr", "personal", "personalavdelning", "personaleafdeling"),
    manager=("chef", "manager", "arbetsledare", "leder"),
    other=("annan kontakt", "annan", "other contact", "other", "kontakt", "anden kontakt"),
)
OUTCOMES = Vocabulary.of(
    Outcome,
    employment=("anställning", "employment", "arbete", "jobb", "ansættelse", "job", "arbejde"),
    subsidised_employment=(
        "anställning med stöd",
        "subsidised employment",
        "subventionerad anställning",
        "lönebidrag",
        "job med løntilskud",
        "løntilskud",
        "fleksjob",
    ),
    studies=("studier", "studies", "utbildning", "education", "uddannelse"),
    other_measure=("annan insats", "other measure", "anden indsats", "andet tilbud"),
    no_occupation=("ingen sysselsättning", "no occupation", "ingen beskæftigelse"),
    ended_early=("avbrott", "ended early", "avbruten", "afbrudt før tid", "afbrudt"),
)
