"""The supported-employment self-check: this month's figures and the coordinator's own trend
over the months before it, read in one transaction (rules in domain/selfcheck.py)."""

from __future__ import annotations

from datetime import date

from ambassador.domain.clock import Clock
from ambassador.domain.selfcheck import (
    TREND_MONTHS,
    Month,
    SelfCheck,
    compute,
    months_covering,
    months_ending,
)
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork


def gather_self_check(uow: UnitOfWork, months: list[Month], today: date) -> SelfCheck:
    """The figures of `months` (oldest first) as of `today`, read in the caller's transaction:
    the statistics report reads those of its period with `months_covering`."""
    if not months:
        return SelfCheck(today, ())
    start, end = months[0].first, min(months[-1].last, today)
    placements, notes = uow.self_check.facts(start, end)
    return compute(months, placements, notes, today, uow.self_check.network_contacts(start, end))


def period_self_check(uow: UnitOfWork, start: date, end: date, today: date) -> SelfCheck:
    """The months of a report's period up to today, at most the last twelve."""
    return gather_self_check(uow, months_covering(start, min(end, today)), today)


class SelfCheckService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def self_check(self, months: int = TREND_MONTHS) -> SelfCheck:
        """The `months` months ending with the current one, oldest first."""
        today = self._clock.today()
        with self._db.read() as uow:
            return gather_self_check(uow, months_ending(today, max(1, months)), today)
