"""The headline figures each programme is judged by, for a period: ended placements that
became employment per placement type (the "152 of 201" figure), placements outside the
fields traditional for the participant's gender, employers who return, the municipality's
own cost by subsidy type and people (not placements) started; the value of each measure
that has a target, and the trend of a measure over the years.

Plain Python over one light fact per placement, like domain/figures.py, so the screen, the
printed report and the command line cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ambassador.domain.country import SWEDEN
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.fields import FieldBalance, Standing, standing
from ambassador.domain.figures import (
    FeedbackFact,
    KeyFigures,
    Period,
    PlacementFact,
    Share,
    Split,
    compute_key_figures,
)
from ambassador.domain.sorting import sort_key
from ambassador.domain.targets import Measure, Target, target_for

DAYS_A_YEAR = 365  # a month of cost is a twelfth of 365 days, whatever the year
EMPLOYMENT = frozenset({Outcome.EMPLOYMENT, Outcome.SUBSIDISED_EMPLOYMENT})


@dataclass(frozen=True)
class HeadlineFact:
    """One placement as the headline figures read it."""

    placement_id: int
    participant_id: int
    gender: Gender
    employer_id: int
    start_date: date
    ended_on: date | None = None
    outcome: Outcome | None = None
    placement_type: str = ""
    field: str = ""  # the category of its first linked task; '' with none linked
    subsidy_type: str = ""
    municipal_cost: float | None = None  # the municipality's own cost a month
    decision_start: date | None = None
    decision_end: date | None = None


@dataclass(frozen=True)
class Conversion:
    """Of the placements of one type that ended in the period, those that ended in
    employment (with or without a subsidy)."""

    placement_type: str  # as stored; '' when not recorded
    share: Share


@dataclass(frozen=True)
class NonTraditional:
    """Placements started in the period: of those whose standing is known, those outside the
    fields traditional for the participant's gender, by gender; the rest counted apart."""

    share: Share
    not_known: Split


@dataclass(frozen=True)
class ReturningEmployers:
    employers: int  # with a placement started in the period
    returning: int  # of those, with a placement started before the period
    several: int  # of those, with two or more placements started in the period

    @property
    def ratio(self) -> float | None:
        return None if self.employers == 0 else self.returning / self.employers


@dataclass(frozen=True)
class Cost:
    subsidy_type: str  # '' when none is recorded
    amount: float  # kronor (kroner) in the period
    placements: int


@dataclass(frozen=True)
class HeadlineFigures:
    period: Period
    conversion: Share  # every type
    conversion_by_type: list[Conversion]
    non_traditional: NonTraditional
    returning: ReturningEmployers
    cost: list[Cost]
    people_started: Split
    started_by_type: dict[str, int] = field(default_factory=dict)

    @property
    def cost_total(self) -> float:
        return sum(c.amount for c in self.cost)

    def conversion_of(self, placement_type: str) -> Share:
        """One type's conversion; '' (the filter "every type") is the whole."""
        if not placement_type:
            return self.conversion
        for found in self.conversion_by_type:
            if found.placement_type == placement_type:
                return found.share
        return Share(Split(), Split())


def compute_headline(
    period: Period,
    facts: Sequence[HeadlineFact],
    balances: Mapping[str, FieldBalance],
    country: str = SWEDEN,
    first_starts: Mapping[int, date] | None = None,
    today: date | None = None,
) -> HeadlineFigures:
    """`balances` is each task category's (domain/fields.py). An employer is returning when
    its first placement started before the period: by `first_starts` (employer -> the day
    its first placement started) when given, else by the earlier placements among `facts`.
    `today`: the cost counts the days until today, not those of the period still to come."""
    started = [f for f in facts if period.contains(f.start_date)]
    ended = [f for f in facts if f.ended_on is not None and period.contains(f.ended_on)]
    return HeadlineFigures(
        period=period,
        conversion=_conversion(ended),
        conversion_by_type=_conversion_by_type(ended, country),
        non_traditional=_non_traditional(started, balances),
        returning=_returning(period, facts, started, first_starts),
        cost=_cost(period, facts, country, today),
        people_started=Split.count(list({f.participant_id: f.gender for f in started}.values())),
        started_by_type=_started_by_type(started),
    )


def _conversion(ended: Sequence[HeadlineFact]) -> Share:
    return Share(
        Split.count([f.gender for f in ended if f.outcome in EMPLOYMENT]),
        Split.count([f.gender for f in ended]),
    )


def _conversion_by_type(ended: Sequence[HeadlineFact], country: str) -> list[Conversion]:
    """Each type with an ending, the most ended first, ties in alphabetical order."""
    groups: dict[str, list[HeadlineFact]] = defaultdict(list)
    for f in ended:
        groups[f.placement_type.strip()].append(f)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), sort_key(item[0], country)))
    return [Conversion(kind, _conversion(group)) for kind, group in ordered]


def _non_traditional(
    started: Sequence[HeadlineFact], balances: Mapping[str, FieldBalance]
) -> NonTraditional:
    standings = [(f.gender, standing(f.gender, balances.get(f.field.strip()))) for f in started]
    known = [gender for gender, s in standings if s is not Standing.NOT_KNOWN]
    outside = [gender for gender, s in standings if s is Standing.NON_TRADITIONAL]
    return NonTraditional(
        Share(Split.count(outside), Split.count(known)),
        Split.count([gender for gender, s in standings if s is Standing.NOT_KNOWN]),
    )


def _returning(
    period: Period,
    facts: Sequence[HeadlineFact],
    started: Sequence[HeadlineFact],
    first_starts: Mapping[int, date] | None,
) -> ReturningEmployers:
    starts: dict[int, int] = defaultdict(int)
    for f in started:
        starts[f.employer_id] += 1
    if first_starts is None:
        earlier = {f.employer_id for f in facts if f.start_date < period.start}
    else:
        earlier = {e for e, first in first_starts.items() if first < period.start}
    return ReturningEmployers(
        employers=len(starts),
        returning=sum(1 for employer in starts if employer in earlier),
        several=sum(1 for n in starts.values() if n >= 2),
    )


def months_in(period: Period, fact: HeadlineFact, today: date | None = None) -> float:
    """The months of the period the placement was active, within its decision's dates when
    they are given, and up to `today` when given (what has been spent, not what will be):
    days of overlap (both ends counted) × 12 / 365."""
    end = period.end if today is None else min(period.end, today)
    first = max(period.start, fact.start_date, fact.decision_start or period.start)
    last = min(end, fact.ended_on or end, fact.decision_end or end)
    if last < first:
        return 0.0
    return ((last - first).days + 1) * 12 / DAYS_A_YEAR


def _cost(
    period: Period, facts: Sequence[HeadlineFact], country: str, today: date | None
) -> list[Cost]:
    """The period's cost per subsidy type until `today`, the largest first; '' (no type)
    last."""
    amounts: dict[str, float] = defaultdict(float)
    counted: dict[str, int] = defaultdict(int)
    for f in facts:
        if not f.municipal_cost:
            continue
        months = months_in(period, f, today)
        if months:
            kind = f.subsidy_type.strip()
            amounts[kind] += f.municipal_cost * months
            counted[kind] += 1
    ordered = sorted(amounts, key=lambda k: (not k, -amounts[k], sort_key(k, country)))
    return [Cost(kind, round(amounts[kind], 2), counted[kind]) for kind in ordered]


@dataclass(frozen=True)
class YearCounts:
    """A calendar year's placements as the database counts them for a trend: those ended in
    it per type as stored (into employment, ended), those started per type, and the people
    who started."""

    ended: dict[str, tuple[Split, Split]] = field(default_factory=dict)
    started: dict[str, int] = field(default_factory=dict)
    people_started: Split = field(default_factory=Split)


def counted_figures(period: Period, counts: YearCounts, country: str = SWEDEN) -> HeadlineFigures:
    """The headline figures a trend of conversion, people or starts by type reads, from the
    database's counts: the same as compute_headline's; the measures that need each
    placement's field, employer or cost (non-traditional, returning, cost) are left empty."""
    ended: dict[str, tuple[dict[Gender, int], dict[Gender, int]]] = {}
    for kind, (employed, all_ended) in counts.ended.items():
        part, total = ended.setdefault(kind.strip(), ({}, {}))
        for into, split in ((part, employed), (total, all_ended)):
            for gender, n in split.by_gender.items():
                into[gender] = into.get(gender, 0) + n
    by_type = sorted(
        ended.items(), key=lambda item: (-sum(item[1][1].values()), sort_key(item[0], country))
    )
    every_part: dict[Gender, int] = defaultdict(int)
    every_whole: dict[Gender, int] = defaultdict(int)
    for part_of_type, whole_of_type in ended.values():
        for gender, n in part_of_type.items():
            every_part[gender] += n
        for gender, n in whole_of_type.items():
            every_whole[gender] += n
    started: dict[str, int] = defaultdict(int)
    for kind, n in counts.started.items():
        started[kind.strip()] += n
    return HeadlineFigures(
        period=period,
        conversion=_share(every_part, every_whole),
        conversion_by_type=[Conversion(kind, _share(*splits)) for kind, splits in by_type],
        non_traditional=NonTraditional(Share(Split(), Split()), Split()),
        returning=ReturningEmployers(0, 0, 0),
        cost=[],
        people_started=counts.people_started,
        started_by_type=dict(started),
    )


def _share(part: Mapping[Gender, int], whole: Mapping[Gender, int]) -> Share:
    return Share(
        Split({g: n for g, n in part.items() if n}), Split({g: n for g, n in whole.items() if n})
    )


def _started_by_type(started: Sequence[HeadlineFact]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for f in started:
        counts[f.placement_type.strip()] += 1
    return dict(counts)


# Measures, targets and trends ----------------------------------------------------------------


def measure_basis(
    measure: Measure, subject: str, key: KeyFigures, headline: HeadlineFigures
) -> tuple[int, int] | None:
    """What a share measure rests on, (part, whole): (31, 50); None for a count."""
    shares = {
        Measure.INTO_WORK_OR_EDUCATION: key.into_work_or_education,
        Measure.PARTICIPANTS_SUPPORTED: key.participants_felt_supported,
        Measure.EMPLOYERS_SUPPORTED: key.employers_felt_supported,
        Measure.NON_TRADITIONAL: headline.non_traditional.share,
    }
    if measure is Measure.CONVERSION_TO_EMPLOYMENT:
        share: Share | None = headline.conversion_of(subject)
    else:
        share = shares.get(measure)
    if share is not None:
        return share.part.total, share.whole.total
    if measure is Measure.RETURNING_EMPLOYERS:
        return headline.returning.returning, headline.returning.employers
    return None


def measure_value(
    measure: Measure, subject: str, key: KeyFigures, headline: HeadlineFigures
) -> float | None:
    """The measure's value for the period: a percentage 0-100 for a share (None when nothing
    is counted under it), a count otherwise."""
    basis = measure_basis(measure, subject, key, headline)
    if basis is not None:
        part, whole = basis
        return None if whole == 0 else 100 * part / whole
    if measure is Measure.PLACEMENTS_STARTED:
        return key.started.total
    if measure is Measure.PEOPLE_STARTED:
        return headline.people_started.total
    return headline.started_by_type.get(subject, 0)


@dataclass(frozen=True)
class TrendPoint:
    year: int
    value: float | None
    target: float | None
    partial: bool = False  # the year is not over: its figure so far


@dataclass(frozen=True)
class Trend:
    measure: Measure
    subject: str
    points: list[TrendPoint]


@dataclass(frozen=True)
class YearFigures:
    """A calendar year's figures, from which any measure's point is read."""

    year: int
    key: KeyFigures
    headline: HeadlineFigures


def year_figures(
    years: Iterable[int],
    placements: Sequence[PlacementFact],
    feedback: Sequence[FeedbackFact],
    facts: Sequence[HeadlineFact],
    balances: Mapping[str, FieldBalance],
    country: str = SWEDEN,
    first_starts: Mapping[int, date] | None = None,
) -> list[YearFigures]:
    found = []
    for year in years:
        period = Period(date(year, 1, 1), date(year, 12, 31))
        found.append(
            YearFigures(
                year,
                compute_key_figures(period, list(placements), list(feedback)),
                compute_headline(period, facts, balances, country, first_starts),
            )
        )
    return found


def trend(
    measure: Measure,
    subject: str,
    years: Sequence[YearFigures],
    targets: Iterable[Target],
    today: date,
) -> Trend:
    chosen = list(targets)
    return Trend(
        measure,
        subject,
        [
            TrendPoint(
                y.year,
                measure_value(measure, subject, y.key, y.headline),
                target_for(chosen, measure, y.year, subject),
                partial=y.year >= today.year,
            )
            for y in years
        ],
    )


@dataclass(frozen=True)
class HeadlineReport:
    """A period's key and headline figures with the targets of the period's year, and the
    trend of the main measures over up to five years ending in it."""

    key: KeyFigures
    figures: HeadlineFigures
    year: int  # the period's year: whose targets stand beside the figures
    targets: list[Target]  # every target set, any year
    trends: list[Trend] = field(default_factory=list)

    def target(self, measure: Measure, subject: str = "") -> float | None:
        return target_for(self.targets, measure, self.year, subject)

    def value(self, measure: Measure, subject: str = "") -> float | None:
        return measure_value(measure, subject, self.key, self.figures)

    def basis(self, measure: Measure, subject: str = "") -> tuple[int, int] | None:
        return measure_basis(measure, subject, self.key, self.figures)
