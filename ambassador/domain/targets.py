"""Targets: what the organisation aims for a year, per measure, and the years a trend shows.

A programme is judged against targets ("90 % feel supported", "about 40 % into work or
education", "a number of resursjobb a year"). A target is one value per measure, subject and
year; the subject is '' for most measures and a placement type for those counted per type.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ambassador.domain import formats
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import SHORT_TEXT_MAX, TOO_LONG, clean, raise_if_any

TREND_YEARS = 5  # a trend shows up to this many years, ending in the period's year
FIRST_YEAR = 2000
LAST_YEAR = 2100
COUNT_MOST = 100_000


class Measure(StrEnum):
    INTO_WORK_OR_EDUCATION = "into_work_or_education"
    PARTICIPANTS_SUPPORTED = "participants_supported"
    EMPLOYERS_SUPPORTED = "employers_supported"
    PLACEMENTS_STARTED = "placements_started"
    PEOPLE_STARTED = "people_started"
    CONVERSION_TO_EMPLOYMENT = "conversion_to_employment"
    NON_TRADITIONAL = "non_traditional"
    RETURNING_EMPLOYERS = "returning_employers"
    STARTED_OF_TYPE = "started_of_type"

    @property
    def is_percent(self) -> bool:
        return self not in _COUNTS

    @property
    def needs_subject(self) -> bool:
        """A placement type is required: "resursjobb started a year"."""
        return self is Measure.STARTED_OF_TYPE

    @property
    def may_have_subject(self) -> bool:
        """A placement type may narrow it; '' is every type."""
        return self in (Measure.STARTED_OF_TYPE, Measure.CONVERSION_TO_EMPLOYMENT)


_COUNTS = frozenset({Measure.PLACEMENTS_STARTED, Measure.PEOPLE_STARTED, Measure.STARTED_OF_TYPE})

# The measures a trend chart offers first and the printed report draws.
MAIN_MEASURES = (
    Measure.INTO_WORK_OR_EDUCATION,
    Measure.PARTICIPANTS_SUPPORTED,
    Measure.EMPLOYERS_SUPPORTED,
    Measure.CONVERSION_TO_EMPLOYMENT,
    Measure.PLACEMENTS_STARTED,
    Measure.PEOPLE_STARTED,
)

# The measures the headline figures list, in this order, each of every placement type; the
# targets per placement type follow them.
HEADLINE_MEASURES = (
    Measure.INTO_WORK_OR_EDUCATION,
    Measure.PARTICIPANTS_SUPPORTED,
    Measure.EMPLOYERS_SUPPORTED,
    Measure.PLACEMENTS_STARTED,
    Measure.PEOPLE_STARTED,
    Measure.CONVERSION_TO_EMPLOYMENT,
    Measure.NON_TRADITIONAL,
    Measure.RETURNING_EMPLOYERS,
)

MEASURE_LABELS: dict[Measure, str] = {
    Measure.INTO_WORK_OR_EDUCATION: QT_TRANSLATE_NOOP("Labels", "Into work or education (%)"),
    Measure.PARTICIPANTS_SUPPORTED: QT_TRANSLATE_NOOP(
        "Labels", "Participants who felt supported (%)"
    ),
    Measure.EMPLOYERS_SUPPORTED: QT_TRANSLATE_NOOP("Labels", "Employers who felt supported (%)"),
    Measure.PLACEMENTS_STARTED: QT_TRANSLATE_NOOP("Labels", "Placements started"),
    Measure.PEOPLE_STARTED: QT_TRANSLATE_NOOP("Labels", "People started"),
    Measure.CONVERSION_TO_EMPLOYMENT: QT_TRANSLATE_NOOP(
        "Labels", "Ended placements that became employment (%)"
    ),
    Measure.NON_TRADITIONAL: QT_TRANSLATE_NOOP(
        "Labels", "Placements outside gender-traditional fields (%)"
    ),
    Measure.RETURNING_EMPLOYERS: QT_TRANSLATE_NOOP("Labels", "Returning employers (%)"),
    Measure.STARTED_OF_TYPE: QT_TRANSLATE_NOOP("Labels", "Placements started of a type"),
}

MEASURE_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "Choose a measure from the list.")
SUBJECT_REQUIRED = QT_TRANSLATE_NOOP("Messages", "Choose the placement type this target counts.")
SUBJECT_NOT_USED = QT_TRANSLATE_NOOP("Messages", "This measure is not set per placement type.")
YEAR_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a year from {first} to {last}.")
TARGET_PERCENT_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a share from 0 to 100 per cent.")
TARGET_COUNT_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a whole number from 0 to {most}.")


@dataclass(frozen=True)
class Target:
    measure: Measure
    year: int
    value: float  # a percentage 0-100 for a share, a count otherwise
    subject: str = ""  # a placement type where the measure has one, else ''

    @property
    def key(self) -> tuple[Measure, str, int]:
        return self.measure, self.subject, self.year


def validate_target(measure: str, subject: str, year: int, value: float) -> Target:
    """The target cleaned, or one ValidationError naming each wrong field."""
    problems: list[Problem] = []
    subject = clean(subject)
    try:
        chosen = Measure(measure)
    except ValueError:
        raise ValidationError([Problem("measure", MEASURE_UNKNOWN)]) from None
    if chosen.needs_subject and not subject:
        problems.append(Problem("subject", SUBJECT_REQUIRED))
    elif subject and not chosen.may_have_subject:
        problems.append(Problem("subject", SUBJECT_NOT_USED))
    elif len(subject) > SHORT_TEXT_MAX:
        problems.append(
            Problem("subject", TOO_LONG, {"limit": SHORT_TEXT_MAX, "length": len(subject)})
        )
    if not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(Problem("year", YEAR_RANGE, {"first": FIRST_YEAR, "last": LAST_YEAR}))
    if chosen.is_percent:
        if not 0 <= value <= 100:
            problems.append(Problem("value", TARGET_PERCENT_RANGE))
    elif not (0 <= value <= COUNT_MOST and float(value).is_integer()):
        problems.append(Problem("value", TARGET_COUNT_RANGE, {"most": COUNT_MOST}))
    raise_if_any(problems)
    return Target(chosen, year, float(value), subject)


def target_for(
    targets: Iterable[Target], measure: Measure, year: int, subject: str = ""
) -> float | None:
    """The target set for exactly this measure, subject and year; None when none is."""
    for target in targets:
        if target.key == (measure, subject, year):
            return target.value
    return None


def trend_years(year: int, first_with_data: int | None = None) -> list[int]:
    """Up to TREND_YEARS years ending in `year`, not before the first year anything was
    recorded (a trend of empty years says nothing); always `year` itself."""
    start = year - TREND_YEARS + 1
    if first_with_data is not None:
        start = max(start, min(first_with_data, year))
    return list(range(start, year + 1))


def ordered(targets: Iterable[Target]) -> list[Target]:
    """As the settings list them: by measure in the enum's order, subject, newest year first."""
    order = {m: i for i, m in enumerate(Measure)}
    return sorted(targets, key=lambda t: (order[t.measure], t.subject, -t.year))


def measure_text(measure: Measure, value: float | None, language: str) -> str:
    """A figure or a target as read: "62 %" for a share (given 0-100), "40" for a count,
    "–" for none."""
    if value is None:
        return "–"
    if measure.is_percent:
        return formats.percent(value / 100, language)
    return formats.number(value, language)
