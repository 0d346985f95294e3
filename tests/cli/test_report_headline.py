"""`ambassador report stats` prints the headline figures beside the targets of the year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.domain.enums import Outcome
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from tests.factories import make_placement


def test_stats_prints_targets_and_headline_figures(
    database_path: Path, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = make_placement(services, start_date=date(2025, 3, 1))
    employer = services.placements.get(earlier).employer_id
    for outcome in (Outcome.EMPLOYMENT, Outcome.STUDIES):
        placement = make_placement(
            services,
            employer_id=employer,
            placement_type="Praktik",
            start_date=date(2026, 1, 1),
            subsidy_type="Lönebidrag",
            municipal_cost=3650.0,
        )
        services.placements.end(placement, Ending(ended_on=date(2026, 1, 10), outcome=outcome))
    services.targets.save_target("conversion_to_employment", "", 2026, 60)
    services.targets.save_target("started_of_type", "Praktik", 2026, 12)
    out = tmp_path / "s.pdf"
    code = main(
        [
            "report", "stats", "--from", "2026-01-01", "--to", "2026-12-31",
            "--out", str(out), "--db", str(database_path), "--lang", "en",
        ]
    )  # fmt: skip
    assert code == EXIT_OK
    printed = capsys.readouterr().out
    assert "Ended placements that became employment (%): 50% (target 2026: 60%)" in printed
    assert "Placements started of a type: Internship: 2 (target 2026: 12)" in printed
    assert "  Internship: 1 of 2 (50%)" in printed
    assert "with an earlier placement: 1; with two or more started: 1" in printed
    # Twice 10 days of 3,650 a month.
    assert "  Wage subsidy: 2,400 kr (2 placements)" in printed
