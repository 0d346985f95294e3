"""A trend's conversion, people and starts by type counted by the database hold to the
headline figures' rules (compute_headline over each placement's facts)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period
from ambassador.domain.headline import YearCounts, compute_headline, counted_figures
from ambassador.domain.placement import Ending
from ambassador.domain.targets import Measure
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_employer, make_participant, make_placement

TYPES = ("Praktik", "Resursjobb", "Praktik", "Nystartsjobb")


def test_the_database_counts_each_year_as_the_headline_rules_do(
    services: Services, database: Database, clock: FixedClock
) -> None:
    """Every gender, several types, placements across
    the years' edges, every outcome, one person with two starts, and what is in the trash."""
    chance = random.Random(25)
    employers = [make_employer(services, organisation_number=None, name=f"AB {n}") for n in "xy"]
    people = [
        make_participant(services, gender=list(Gender)[n % 4], first_name=f"Person {'abcdefgh'[n]}")
        for n in range(8)
    ]
    placements = []
    for number in range(30):
        start = date(2023, 6, 1) + timedelta(days=chance.randrange(0, 1200))
        placement = make_placement(
            services,
            people[number % 8],
            employers[number % 2],
            start_date=start,
            planned_end_date=start + timedelta(days=300),
            placement_type=TYPES[number % len(TYPES)],
        )
        placements.append(placement)
        ended_on = start + timedelta(days=chance.randrange(0, 250))
        if number % 4 and ended_on <= clock.today():
            outcome = list(Outcome)[number % len(Outcome)]
            reason = "Ohälsa" if outcome is Outcome.ENDED_EARLY else ""
            services.placements.end(
                placement, Ending(ended_on=ended_on, outcome=outcome, reason=reason)
            )
    services.placements.delete(placements[1])
    services.participants.delete(people[7])

    years = list(range(2023, 2027))
    with database.read() as uow:
        counts = uow.headline.year_counts(years[0], years[-1])
        facts = uow.headline.facts(date(2023, 1, 1), date(2026, 12, 31))
        first_starts = uow.headline.first_starts()
    for year in years:
        period = Period(date(year, 1, 1), date(year, 12, 31))
        expected = compute_headline(period, facts, {}, first_starts=first_starts)
        found = counted_figures(period, counts.get(year, YearCounts()))
        assert found.conversion == expected.conversion, year
        assert found.conversion_by_type == expected.conversion_by_type, year
        assert found.people_started == expected.people_started, year
        assert found.started_by_type == expected.started_by_type, year
    # And through the service, which reads the counts for these measures.
    trend = services.headline.trend(Measure.CONVERSION_TO_EMPLOYMENT, 2026, "Praktik")
    for point in trend.points:
        period = Period(date(point.year, 1, 1), date(point.year, 12, 31))
        share = compute_headline(period, facts, {}, first_starts=first_starts).conversion_of(
            "Praktik"
        )
        whole = share.whole.total
        assert point.value == (None if whole == 0 else 100 * share.part.total / whole)
