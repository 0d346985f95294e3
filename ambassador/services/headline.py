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
    YearFigures,
    compute_headline,
    trend,
)
from ambassador.domain.targets import MAIN_MEASURES, Measure, trend_years
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

# The measures read from the key figures (counted by the database); the others from the
# headline facts (participants, fields, employers, costs).
_KEY_MEASURES = frozenset(
    {
        Measure.INTO_WORK_OR_EDUCATION,
        Measure.PARTICIPANTS_SUPPORTED,
        Measure.EMPLOYERS_SUPPORTED,
        Measure.PLACEMENTS_STARTED,
    }
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
    # One read of the placements for the period and the trend's years together: the period
    # (the last 365 days, say) lies within them.
    start = min([period.start, *(date(year, 1, 1) for year in years[:1])])
    facts = uow.headline.facts(start, period.end if not years else date(years[-1], 12, 31))
    in_period = [
        f
        for f in facts
        if f.start_date <= period.end and (f.ended_on is None or f.ended_on >= period.start)
    ]
    context = _Context(country, balances, first_starts)
    return HeadlineReport(
        key=key,
        figures=compute_headline(period, in_period, balances, country, first_starts, today),
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


def _trends(
    uow: UnitOfWork,
    wanted: Sequence[tuple[Measure, str]],
    years: Sequence[int],
    today: date,
    facts: Sequence[HeadlineFact] | None = None,
    context: _Context | None = None,
) -> list[Trend]:
    """Read only what the measures need: the key figures of each year counted by the
    database, and every placement's field and cost only for a measure of the headline
    figures (`facts`, when the caller has read them over the years)."""
    measures = {measure for measure, _subject in wanted}
    headline = bool(measures - _KEY_MEASURES)
    if context is None:
        country = uow.country()
        context = _Context(
            country,
            field_balances(country, uow.field_balances.all()),
            uow.headline.first_starts() if headline else {},
        )
    if not headline:
        facts = []
    elif facts is None:
        facts = uow.headline.facts(date(years[0], 1, 1), date(years[-1], 12, 31))
    yearly = []
    for each in years:
        period = Period(date(each, 1, 1), date(each, 12, 31))
        key = (
            uow.overview.key_figures(period)
            if measures & _KEY_MEASURES
            else compute_key_figures(period, [], [])
        )
        # Each year counted over its own placements (those active in it), not the five years'.
        active = [
            f
            for f in facts
            if f.start_date <= period.end and (f.ended_on is None or f.ended_on >= period.start)
        ]
        figures = compute_headline(
            period, active, context.balances, context.country, context.first_starts
        )
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
