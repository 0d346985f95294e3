"""The statistics report: the period's figures read from the store and printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Gender, Outcome, Sector
from ambassador.domain.figures import Period
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from ambassador.services.statistics_report import gather_statistics
from ambassador.storage.database import Database
from tests.factories import make_employer, make_participant, make_placement
from tests.pdfs import pdf_words

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def fill(services: Services) -> None:
    """Three placements at one municipal employer, one at a private one; one ended in work,
    one ended early."""
    municipal = make_employer(services, name="Kommunens kök", sector=Sector.MUNICIPAL)
    private = make_employer(services, name="Bygg AB", sector=Sector.PRIVATE)
    woman = make_participant(services, gender=Gender.WOMAN, referral_source="Socialtjänsten")
    man = make_participant(services, gender=Gender.MAN, referral_source="Arbetsförmedlingen")
    worked = make_placement(services, woman, municipal, placement_type="Lönebidrag")
    services.placements.end(worked, Ending(ended_on=date(2026, 10, 1), outcome=Outcome.EMPLOYMENT))
    early = make_placement(services, man, municipal)
    services.placements.end(
        early,
        Ending(ended_on=date(2026, 10, 15), outcome=Outcome.ENDED_EARLY, reason="Flytt"),
    )
    make_placement(services, man, municipal)
    make_placement(services, woman, private)


def test_figures_gathered_for_the_period(services: Services, database: Database) -> None:
    fill(services)
    with database.read() as uow:
        report = gather_statistics(uow, YEAR, Letterhead("Kommunen"), date(2026, 11, 24))
    assert report.printed_on == date(2026, 11, 24)
    statistics = report.statistics
    assert statistics.figures.active.by_gender == {Gender.WOMAN: 2, Gender.MAN: 2}
    assert [(o, s.total) for o, s in statistics.outcomes] == [
        (Outcome.EMPLOYMENT, 1),
        (Outcome.ENDED_EARLY, 1),
    ]
    assert [(g.key, g.active.total) for g in statistics.by_sector] == [
        ("municipal", 3),
        ("private", 1),
    ]
    assert [(g.key, g.active.total) for g in statistics.by_referral_source] == [
        ("Arbetsförmedlingen", 2),
        ("Socialtjänsten", 2),
    ]
    assert (statistics.employers, statistics.employers_with_several) == (2, 1)


def test_report_prints_the_figures_in_swedish_and_english(
    services: Services, tmp_path: Path
) -> None:
    fill(services)
    swedish, english = tmp_path / "sv.pdf", tmp_path / "en.pdf"
    services.documents.write_statistics(YEAR, swedish)
    services.documents.write_statistics(YEAR, english, language="en")
    sv, en = pdf_words(swedish), pdf_words(english)
    assert "Statistikrapport" in sv and "Period: 2026-01-01 – 2026-12-31" in sv
    assert "Kommunal" in sv and "Flytt" in sv and "Lönebidrag" in sv
    assert "Arbetsgivare med placeringar 2" in sv and "Varav med fler än en 1" in sv
    assert "Statistics report" in en and "Ended early" in en
    assert "50% (1/2)" in en  # into work or education: one of the two that ended


def test_empty_period_says_so_instead_of_empty_tables(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    services.documents.write_statistics(YEAR, path, language="en")
    text = pdf_words(path)
    assert "No placement ended in the period." in text
    assert "No placement ended early." in text
    assert text.count("No placement in the period.") == 3


def test_report_carries_the_self_check_of_its_months(
    services: Services, database: Database
) -> None:
    fill(services)
    with database.read() as uow:
        report = gather_statistics(uow, YEAR, Letterhead("Kommunen"), date(2026, 11, 24))
    assert report.self_check is not None
    # The year up to the printing day, at most twelve months: January to November 2026.
    months = [(figures.month.year, figures.month.month) for figures in report.self_check.months]
    assert months == [(2026, month) for month in range(1, 12)]


def test_printed_report_ends_with_the_self_check(services: Services, tmp_path: Path) -> None:
    fill(services)
    path = tmp_path / "en.pdf"
    services.documents.write_statistics(YEAR, path, language="en")
    assert "Contact with the workplaces: how soon and how often" in pdf_words(path)
