"""The statistics report's figures for a period, read in one transaction."""

from __future__ import annotations

from datetime import date

from ambassador.domain.documents import Letterhead
from ambassador.domain.figures import Period
from ambassador.domain.statistics import StatisticsReport, compute_statistics
from ambassador.storage.unit_of_work import UnitOfWork


def gather_statistics(
    uow: UnitOfWork, period: Period, letterhead: Letterhead, today: date
) -> StatisticsReport:
    statistics = compute_statistics(
        period, uow.overview.placement_facts(period), uow.overview.feedback_facts(period)
    )
    return StatisticsReport(letterhead, statistics, today)
