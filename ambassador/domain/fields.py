"""The gender balance of a field of work: the share of women among those employed in each
task category, and whether a placement is outside the fields traditional for its participant.

A field is gender-traditional when more than 60 % of those employed in it are of one gender.
The program ships a rounded default per default task category with the publication it comes
from; the organisation overrides any of them (and sets one for its own categories) in the
settings. The defaults are rounded and stand for a group of occupations (Sweden) or industries
(Denmark) close to the category, not an exact match: check them against the current
publication before the figure is reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ambassador.domain.country import DENMARK
from ambassador.domain.country_defaults import DANISH_LISTS, SWEDISH_LISTS
from ambassador.domain.enums import Gender, ListName
from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import REQUIRED, SHORT_TEXT_MAX, TOO_LONG, clean, raise_if_any

TRADITIONAL_ABOVE = 60  # per cent of one gender: more than this makes a field traditional
SOURCE_MAX = 300

WOMEN_PERCENT_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a share from 0 to 100 per cent.")

_SCB = "SCB, På tal om kvinnor och män 2024 (yrkesregistret): {group}; avrundat"
_DST = "Danmarks Statistik, RAS (beskæftigede efter branche og køn): {group}; afrundet"

# By the category's English name: (share of women, the occupation group or industry it rests
# on). "Reuse and second-hand" has none: neither register has a group close enough, so its
# placements count as "field not known" until the organisation sets a figure.
_SWEDISH_DEFAULTS: dict[str, tuple[int, str]] = {
    "Warehouse and logistics": (25, "lager- och terminalpersonal"),
    "Cleaning": (70, "städare"),
    "Kitchen and restaurant": (50, "kockar, restaurang- och köksbiträden"),
    "Shop and retail": (60, "butikssäljare"),
    "Health and social care": (85, "undersköterskor, vårdbiträden, personliga assistenter"),
    "Office and administration": (75, "kontorsassistenter och sekreterare"),
    "Property and grounds": (15, "fastighetsskötare, trädgårdsarbetare"),
    "Construction and crafts": (5, "byggnads- och hantverksarbetare"),
    "Children and leisure": (80, "barnskötare, elevassistenter, fritidsledare"),
    "IT and technology": (25, "IT-yrken"),
    "Transport": (10, "fordonsförare"),
}
_DANISH_DEFAULTS: dict[str, tuple[int, str]] = {
    "Warehouse and logistics": (25, "transport og lager"),
    "Cleaning": (55, "rengøring og anden operationel service"),
    "Kitchen and restaurant": (50, "restauranter"),
    "Shop and retail": (55, "detailhandel"),
    "Health and social care": (80, "sundhed og socialvæsen"),
    "Office and administration": (65, "administration og kontorservice"),
    "Property and grounds": (20, "ejendomsservice og anlægsgartnere"),
    "Construction and crafts": (10, "bygge og anlæg"),
    "Children and leisure": (80, "daginstitutioner og fritid"),
    "IT and technology": (30, "information og kommunikation"),
    "Transport": (20, "landtransport"),
}


class Standing(StrEnum):
    """Where a placement stands for its participant: outside the fields traditional for
    their gender, inside them (or in a balanced field), or not known."""

    NON_TRADITIONAL = "non_traditional"
    TRADITIONAL = "traditional"
    NOT_KNOWN = "not_known"


@dataclass(frozen=True)
class FieldBalance:
    category: str  # a task-category label, as stored
    women_percent: int
    source: str = ""
    is_default: bool = False  # the program's figure, not the organisation's

    @property
    def traditional_for(self) -> Gender | None:
        """The gender the field is traditional for; None in a balanced field."""
        if self.women_percent > TRADITIONAL_ABOVE:
            return Gender.WOMAN
        if 100 - self.women_percent > TRADITIONAL_ABOVE:
            return Gender.MAN
        return None


def default_balances(country: str) -> dict[str, FieldBalance]:
    """The shipped figure of each default task category of `country`, by its label."""
    lists, table, source = (
        (DANISH_LISTS, _DANISH_DEFAULTS, _DST)
        if country == DENMARK
        else (SWEDISH_LISTS, _SWEDISH_DEFAULTS, _SCB)
    )
    found: dict[str, FieldBalance] = {}
    for entry in lists[ListName.TASK_CATEGORIES]:
        known = table.get(entry.names["en"])
        if known is not None:
            percent, group = known
            found[entry.label] = FieldBalance(
                entry.label, percent, source.format(group=group), is_default=True
            )
    return found


def field_balances(country: str, overrides: Iterable[FieldBalance]) -> dict[str, FieldBalance]:
    """Each category's balance: the organisation's where it set one, else the default."""
    balances = default_balances(country)
    for balance in overrides:
        balances[balance.category] = FieldBalance(
            balance.category, balance.women_percent, balance.source
        )
    return balances


def standing(gender: Gender, balance: FieldBalance | None) -> Standing:
    """A woman in a field of more than 60 % men, or a man in one of more than 60 % women, is
    outside the traditional fields. Another or unstated gender, or a field without a figure,
    is not known: never guessed."""
    if balance is None or gender not in (Gender.WOMAN, Gender.MAN):
        return Standing.NOT_KNOWN
    other = Gender.MAN if gender is Gender.WOMAN else Gender.WOMAN
    return Standing.NON_TRADITIONAL if balance.traditional_for is other else Standing.TRADITIONAL


def validate_field_balance(category: str, women_percent: int, source: str) -> FieldBalance:
    problems: list[Problem] = []
    category, source = clean(category), clean(source)
    if not category:
        problems.append(Problem("category", REQUIRED))
    elif len(category) > SHORT_TEXT_MAX:
        problems.append(
            Problem("category", TOO_LONG, {"limit": SHORT_TEXT_MAX, "length": len(category)})
        )
    if not 0 <= women_percent <= 100:
        problems.append(Problem("women_percent", WOMEN_PERCENT_RANGE))
    if len(source) > SOURCE_MAX:
        problems.append(Problem("source", TOO_LONG, {"limit": SOURCE_MAX, "length": len(source)}))
    raise_if_any(problems)
    return FieldBalance(category, int(women_percent), source)
