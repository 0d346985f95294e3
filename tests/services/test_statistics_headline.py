"""The statistics report prints the targets beside the figures, the headline figures and the
trend charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ambassador.domain.enums import Outcome
from ambassador.domain.figures import Period
from ambassador.domain.placement import Ending
from ambassador.domain.targets import Measure
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_placement
from tests.pdfs import pdf_words

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def test_report_prints_targets_headline_figures_and_trend(
    services: Services, tmp_path: Path
) -> None:
    for ended_on, outcome in (
        (date(2025, 5, 1), Outcome.EMPLOYMENT),
        (date(2026, 5, 1), Outcome.EMPLOYMENT),
        (date(2026, 6, 1), Outcome.NO_OCCUPATION),
    ):
        placement = make_placement(
            services,
            placement_type="Praktik",
            start_date=date(ended_on.year, 2, 1),
            planned_end_date=date(ended_on.year, 9, 1),
            subsidy_type="Lönebidrag",
            municipal_cost=3650.0,
        )
        services.placements.end(placement, Ending(ended_on=ended_on, outcome=outcome))
    services.targets.save_target("conversion_to_employment", "", 2026, 60)
    services.targets.save_target("conversion_to_employment", "Praktik", 2026, 70)
    services.targets.save_target("into_work_or_education", "", 2025, 40)
    path = tmp_path / "en.pdf"
    services.documents.write_statistics(YEAR, path, language="en")
    text = pdf_words(path)
    assert "Targets and headline figures" in text
    # One of the two that ended in 2026 became employment, beside the year's target.
    assert "Ended placements that became employment (%) 50% (1/2) 60%" in text
    assert "Ended placements that became employment (%): Internship 50% (1/2) 70%" in text
    assert "Internship 2 1 50% (1/2) 70%" in text
    # Feb 1 to May 1 (90 days) and Feb 1 to Jun 1 (121 days) of 3,650 a month.
    assert f"Wage subsidy 2 {round(3650 * 211 * 12 / 365):,} kr" in text
    assert "Trend over the years" in text and "2025" in text


def test_the_headline_section_stands_on_the_reports_own_key_figures(
    services: Services, database: Database
) -> None:
    from ambassador.domain.documents import Letterhead
    from ambassador.services.statistics_report import gather_statistics

    make_placement(services, start_date=date(2026, 3, 2))
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    with database.read() as uow:
        report = gather_statistics(uow, period, Letterhead("Kommunen"), date(2026, 11, 24))
    assert report.headline is not None
    assert report.headline.key is report.statistics.figures
    assert report.headline.value(Measure.PLACEMENTS_STARTED) == 1
