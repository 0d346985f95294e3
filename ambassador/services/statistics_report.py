"""The statistics report's figures for a period, read in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ambassador.domain.documents import Letterhead
from ambassador.domain.figures import Period
from ambassador.domain.questionnaire import compute_response_figures
from ambassador.domain.reporting_systems import ReportingSystem, ReportMap
from ambassador.domain.statistics import StatisticsReport, compute_statistics
from ambassador.services.headline import MAIN_TRENDS, gather_headline
from ambassador.services.selfcheck import period_self_check
from ambassador.storage.unit_of_work import UnitOfWork


def gather_statistics(
    uow: UnitOfWork,
    period: Period,
    letterhead: Letterhead,
    today: date,
    system: ReportingSystem | None = None,
) -> StatisticsReport:
    """`system` None is the program's own breakdown; a system adds its categories."""
    # The key figures counted by the database (Översikt's own); the breakdowns from the
    # placements' facts, without the period's every answer, which only the key figures read.
    statistics = replace(
        compute_statistics(
            period,
            uow.overview.placement_facts(period),
            [],
            uow.overview.outcome_check_facts(period),
            today,
            None if system is None else ReportMap.of(system, uow.report_mappings.of_system(system)),
            uow.country(),
        ),
        figures=uow.overview.key_figures(period),
    )
    questionnaires = compute_response_figures(period, uow.questionnaires.facts(period))
    self_check = period_self_check(uow, period.start, period.end, today)
    # The key figures were read above: the headline section stands on the same.
    headline = gather_headline(uow, period, today, MAIN_TRENDS, statistics.figures)
    return StatisticsReport(letterhead, statistics, today, questionnaires, self_check, headline)
