"""The headline figures of a period with the targets of its year, and the trend of a measure
over the years, read in one transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ambassador.domain.clock import Clock
from ambassador.domain.fields import field_balances
from ambassador.domain.figures import Period, compute_key_figures
from ambassador.domain.headline import (
    HeadlineReport,
    Trend,
    compute_headline,
    trend,
    year_figures,
)
from ambassador.domain.targets import MAIN_MEASURES, Measure, trend_years
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork


def gather_headline(
    uow: UnitOfWork,
    period: Period,
    today: date,
    trends: Sequence[tuple[Measure, str]] = (),
) -> HeadlineReport:
    """The period's figures; `trends` adds those measures' trends (measure, subject)."""
    country = uow.country()
    balances = field_balances(country, uow.field_balances.all())
    year = period.end.year
    first = uow.headline.first_start()
    # No placement at all: the year alone, not five empty ones.
    years = trend_years(year, year if first is None else first.year) if trends else [year]
    end = max(period.end, date(year, 12, 31)) if trends else period.end
    facts = uow.headline.facts(end)
    span = Period(min(period.start, date(years[0], 1, 1)), end)
    placements = uow.overview.placement_facts(span)
    feedback = uow.overview.feedback_facts(span)
    targets = uow.targets.all()
    yearly = year_figures(years, placements, feedback, facts, balances, country) if trends else []
    return HeadlineReport(
        key=compute_key_figures(period, placements, feedback),
        figures=compute_headline(period, facts, balances, country),
        year=year,
        targets=targets,
        trends=[trend(m, s, yearly, targets, today) for m, s in trends],
    )


class HeadlineService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def report(self, period: Period, trends: Sequence[tuple[Measure, str]] = ()) -> HeadlineReport:
        with self._db.read() as uow:
            return gather_headline(uow, period, self._clock.today(), trends)

    def trend(self, measure: Measure, year: int, subject: str = "") -> Trend:
        """The measure over up to five years ending in `year`."""
        period = Period(date(year, 1, 1), date(year, 12, 31))
        return self.report(period, [(measure, subject)]).trends[0]


MAIN_TRENDS: tuple[tuple[Measure, str], ...] = tuple((m, "") for m in MAIN_MEASURES)
