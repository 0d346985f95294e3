"""The headline figures of a period with the targets of its year, and the trend of a measure
over the years, read in one transaction each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ambassador.domain.clock import Clock
from ambassador.domain.fields import FieldBalance, field_balances
from ambassador.domain.figures import KeyFigures, Period, compute_key_figures
from ambassador.domain.headline import (
    HeadlineFact,
    HeadlineReport,
    Trend,
    YearCounts,
    YearFigures,
    compute_headline,
    counted_figures,
    trend,
)
from ambassador.domain.targets import MAIN_MEASURES, Measure, trend_years
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

# The measures read from the key figures (counted by the database); the others from the
# headline facts (participants, fields, employers, costs).
_ANSWER_MEASURES = frozenset({Measure.PARTICIPANTS_SUPPORTED, Measure.EMPLOYERS_SUPPORTED})
_KEY_MEASURES = _ANSWER_MEASURES | {Measure.INTO_WORK_OR_EDUCATION, Measure.PLACEMENTS_STARTED}

# The measures of the headline figures a trend reads from the database's counts of each year.
_COUNTED_MEASURES = frozenset(
    {Measure.CONVERSION_TO_EMPLOYMENT, Measure.PEOPLE_STARTED, Measure.STARTED_OF_TYPE}
)

MAIN_TRENDS: tuple[tuple[Measure, str], ...] = tuple((m, "") for m in MAIN_MEASURES)


def gather_headline(
    uow: UnitOfWork,
    period: Period,
    today: date,
    trends: Sequence[tuple[Measure, str]] = (),
    key: KeyFigures | None = None,
) -> HeadlineReport:
    """The period's figures; `trends` adds those measures' trends (measure, subject) over up
    to five calendar years ending in the period's year. `key`: the period's key figures when
    the caller has them (Rapporter shows them already), else read here."""
    country = uow.country()
    balances = field_balances(country, uow.field_balances.all())
    first_starts = uow.headline.first_starts()
    if key is None:
        key = uow.overview.key_figures(period)
    years = _trend_years(uow, period.end.year) if trends else []
    if years and _reads_facts(trends):
        # One read of the placements for the period and the trend's years together: the
        # period (the last 365 days, say) lies within them.
        start = min(period.start, date(years[0], 1, 1))
        facts = uow.headline.facts(start, max(period.end, date(years[-1], 12, 31)))
    else:
        facts = uow.headline.facts(period.start, period.end)
    context = _Context(country, balances, first_starts)
    return HeadlineReport(
        key=key,
        figures=compute_headline(
            period, _active(facts, period), balances, country, first_starts, today
        ),
        year=period.end.year,
        targets=uow.targets.all(),
        trends=_trends(uow, trends, years, today, facts, context) if trends else [],
    )


@dataclass(frozen=True)
class _Context:
    country: str
    balances: Mapping[str, FieldBalance]
    first_starts: Mapping[int, date]


def _trend_years(uow: UnitOfWork, year: int) -> list[int]:
    """Up to five years ending in `year`; no placement at all: the year alone, not five
    empty ones."""
    first = uow.headline.first_start()
    return list(trend_years(year, year if first is None else first.year))


def _reads_facts(wanted: Sequence[tuple[Measure, str]]) -> bool:
    """A trend of a measure that needs each placement's field, employer or cost."""
    return any(m not in _KEY_MEASURES and m not in _COUNTED_MEASURES for m, _s in wanted)


def _active(facts: Sequence[HeadlineFact], period: Period) -> list[HeadlineFact]:
    return [
        f
        for f in facts
        if f.start_date <= period.end and (f.ended_on is None or f.ended_on >= period.start)
    ]


def _trends(
    uow: UnitOfWork,
    wanted: Sequence[tuple[Measure, str]],
    years: Sequence[int],
    today: date,
    facts: Sequence[HeadlineFact] | None = None,
    context: _Context | None = None,
) -> list[Trend]:
    """Read only what the measures need: the key figures of each year, and conversion,
    people and starts by type, counted by the database; every placement's field, employer
    and cost only for a measure that needs them (`facts`, when the caller has read them
    over the years)."""
    measures = {measure for measure, _subject in wanted}
    country = uow.country() if context is None else context.country
    counts = (
        uow.headline.year_counts(years[0], years[-1])
        if measures & _COUNTED_MEASURES and not _reads_facts(wanted)
        else None
    )
    if not _reads_facts(wanted):
        facts = []
    else:
        if context is None:
            context = _Context(
                country,
                field_balances(country, uow.field_balances.all()),
                uow.headline.first_starts(),
            )
        if facts is None:
            facts = uow.headline.facts(date(years[0], 1, 1), date(years[-1], 12, 31))
    # Every year's key figures counted together: a pass over the years' placements, not one
    # a year.
    keys = (
        uow.overview.key_figures_by_year(
            years[0], years[-1], answers=bool(measures & _ANSWER_MEASURES)
        )
        if measures & _KEY_MEASURES
        else {}
    )
    yearly = []
    for each in years:
        period = Period(date(each, 1, 1), date(each, 12, 31))
        key = keys[each] if each in keys else compute_key_figures(period, [], [])
        if counts is not None:
            figures = counted_figures(period, counts.get(each, YearCounts()), country)
        elif context is not None:
            # Each year counted over its own placements (those active in it).
            figures = compute_headline(
                period,
                _active(facts, period),
                context.balances,
                country,
                context.first_starts,
            )
        else:
            figures = compute_headline(period, [], {}, country, {})
        yearly.append(YearFigures(each, key, figures))
    targets = uow.targets.all()
    return [trend(measure, subject, yearly, targets, today) for measure, subject in wanted]


class HeadlineService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def report(
        self,
        period: Period,
        trends: Sequence[tuple[Measure, str]] = (),
        key: KeyFigures | None = None,
    ) -> HeadlineReport:
        with self._db.read() as uow:
            return gather_headline(uow, period, self._clock.today(), trends, key)

    def trend(self, measure: Measure, year: int, subject: str = "") -> Trend:
        """The measure over up to five years ending in `year`."""
        with self._db.read() as uow:
            years = _trend_years(uow, year)
            return _trends(uow, [(measure, subject)], years, self._clock.today())[0]
