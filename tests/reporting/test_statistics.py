"""The statistics report read back from the PDF: the figures, the labels, the empty cases."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Gender, Outcome, Respondent, Sector
from ambassador.domain.figures import FeedbackFact, Period, PlacementFact
from ambassador.domain.statistics import StatisticsReport, compute_statistics
from ambassador.reporting.statistics import render_statistics
from ambassador.reporting.words import Words

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
ENGLISH = Words(Catalog("en"), "en")
W, M = Gender.WOMAN, Gender.MAN


def fact(
    placement_id: int,
    gender: Gender,
    *,
    ended: date | None = None,
    outcome: Outcome | None = None,
    reason: str = "",
    placement_type: str = "Praktik",
    source: str = "",
    sector: Sector = Sector.PRIVATE,
    employer: int = 1,
) -> PlacementFact:
    return PlacementFact(
        placement_id,
        gender,
        date(2026, 3, 1),
        ended,
        outcome,
        reason,
        placement_type,
        source,
        sector,
        employer,
    )


PLACEMENTS = [
    fact(1, W, ended=date(2026, 9, 1), outcome=Outcome.EMPLOYMENT, placement_type="Lönebidrag"),
    fact(2, M, ended=date(2026, 9, 2), outcome=Outcome.ENDED_EARLY, reason="Flytt"),
    fact(3, M, ended=date(2026, 9, 3), outcome=Outcome.ENDED_EARLY, reason="Flytt", employer=2),
    fact(4, W, source="Socialtjänsten", sector=Sector.MUNICIPAL, employer=3),
    fact(5, W, placement_type=""),
]
FEEDBACK = [
    FeedbackFact(1, W, Respondent.EMPLOYER, date(2026, 6, 1), 5),
    FeedbackFact(2, M, Respondent.EMPLOYER, date(2026, 6, 1), 2),
]


def report(placements: list[PlacementFact], feedback: list[FeedbackFact]) -> StatisticsReport:
    return StatisticsReport(
        Letterhead("Kommunen"),
        compute_statistics(YEAR, placements, feedback),
        date(2026, 11, 24),
    )


def words_of(pdf: bytes) -> str:
    """The whole text with runs of spaces and breaks as one space."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def test_figures_printed_by_gender_with_total() -> None:
    text = words_of(render_statistics(report(PLACEMENTS, FEEDBACK), ENGLISH))
    assert "Statistics report" in text
    assert "Period: 2026-01-01 – 2026-12-31" in text
    # Woman, Man, Non-binary, Not stated, Total: three women and two men were active.
    assert "Placements active 3 2 0 0 5" in text
    assert "Ended early 0 2 0 0 2" in text
    assert "Into work or education 100% (1/1) 0% (0/2) – – 33% (1/3)" in text
    assert "Employers who felt supported 100% (1/1) 0% (0/1) – – 50% (1/2)" in text
    assert "Flytt 0 2 0 0 2" in text


def test_breakdowns_label_enums_and_print_free_text_as_stored() -> None:
    text = words_of(render_statistics(report(PLACEMENTS, FEEDBACK), ENGLISH))
    assert "Praktik 1 2 0 0 3 0% (0/2)" in text
    assert "Lönebidrag 1 0 0 0 1 100% (1/1)" in text
    assert "Not recorded 1 0 0 0 1 –" in text  # the type: still active
    assert "Not recorded 2 2 0 0 4 33% (1/3)" in text  # the referral source
    assert "Socialtjänsten 1 0 0 0 1 –" in text
    assert "Private 2 2 0 0 4" in text and "Municipal 1 0 0 0 1" in text
    assert "Employers with placements 3" in text
    assert "Of these, with more than one 1" in text


def test_empty_period_prints_dashes_and_says_nothing_happened() -> None:
    text = words_of(render_statistics(report([], []), ENGLISH))
    assert "Placements active 0 0 0 0 0" in text
    assert "Into work or education – – – – –" in text
    assert "No placement ended in the period." in text
    assert "No placement ended early." in text
    assert text.count("No placement in the period.") == 3


def test_swedish_report_titled_statistikrapport() -> None:
    swedish = Words(Catalog.load("sv", paths.translations_dir()), "sv")
    text = words_of(render_statistics(report(PLACEMENTS, FEEDBACK), swedish))
    assert "Statistikrapport" in text
    assert "Avbrott" in text and "Ej angivet" in text and "Kommunal" in text
    assert "Statistics report" not in text


def test_danish_report_in_danish_with_danish_dates_and_numbers_and_long_words_whole() -> None:
    danish = Words(Catalog.load("da", paths.translations_dir()), "da")
    placements = [
        *PLACEMENTS,
        fact(6, W, source="Uddannelsesinstitution", placement_type="Virksomhedspraktik"),
    ]
    pdf = render_statistics(report(placements, FEEDBACK), danish)
    text = words_of(pdf)
    assert "Statistikrapport" in text
    assert "Periode: 1. jan. 2026 – 31. dec. 2026" in text
    assert "33 % (1/3)" in text  # the share with a no-break space before %
    assert "Udskrevet 24. nov. 2026" in text
    assert "2026-" not in text and "Statistics report" not in text
    # A Danish compound word in a group's name is not broken across lines.
    lines = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Uddannelsesinstitution" in lines.split()
