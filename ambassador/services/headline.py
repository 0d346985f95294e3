"""The headline figures of a period with the targets of its year, and the trend of a measure
over the years, read in one transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ambassador.domain.clock import Clock
from ambassador.domain.fields import field_balances
from ambassador.domain.figures import KeyFigures, Period, compute_key_figures
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

# The measures read from the key figures' facts (placements, feedback); the others from the
# headline facts (participants, fields, employers, costs).
_KEY_MEASURES = frozenset(
    {
        Measure.INTO_WORK_OR_EDUCATION,
        Measure.PARTICIPANTS_SUPPORTED,
        Measure.EMPLOYERS_SUPPORTED,
        Measure.PLACEMENTS_STARTED,
    }
)
_FEEDBACK_MEASURES = frozenset({Measure.PARTICIPANTS_SUPPORTED, Measure.EMPLOYERS_SUPPORTED})

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
        key = compute_key_figures(
            period, uow.overview.placement_facts(period), uow.overview.feedback_facts(period)
        )
    targets = uow.targets.all()
    return HeadlineReport(
        key=key,
        figures=compute_headline(
            period,
            uow.headline.facts(period.start, period.end),
            balances,
            country,
            first_starts,
            today,
        ),
        year=period.end.year,
        targets=targets,
        trends=_trends(uow, trends, period.end.year, today) if trends else [],
    )


def _trends(
    uow: UnitOfWork, wanted: Sequence[tuple[Measure, str]], year: int, today: date
) -> list[Trend]:
    """Read only what the measures need: a trend of one share of the key figures does not
    read every placement's field and cost, nor a trend of those the feedback."""
    measures = {measure for measure, _subject in wanted}
    first = uow.headline.first_start()
    # No placement at all: the year alone, not five empty ones.
    years = trend_years(year, year if first is None else first.year)
    span = Period(date(years[0], 1, 1), date(year, 12, 31))
    country = uow.country()
    key = bool(measures & _KEY_MEASURES)
    headline = bool(measures - _KEY_MEASURES)
    yearly = year_figures(
        years,
        uow.overview.placement_facts(span) if key else [],
        uow.overview.feedback_facts(span) if measures & _FEEDBACK_MEASURES else [],
        uow.headline.facts(span.start, span.end) if headline else [],
        field_balances(country, uow.field_balances.all()),
        country,
        uow.headline.first_starts() if headline else {},
    )
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
            return _trends(uow, [(measure, subject)], year, self._clock.today())[0]
