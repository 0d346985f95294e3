"""The check every set of the manager's figures must pass: no sum with one part withheld (the
service's tests and the views' property test hold their figures to it)."""

from __future__ import annotations

from ambassador.domain.enums import Outcome
from ambassador.domain.team_statistics import COLUMNS, Figures, TeamStatistics

WORK_OUTCOMES = [f"outcome:{o.value}" for o in Outcome if o.is_work_or_education]


def _sums(figures: Figures, gender: str) -> list[list[int | None]]:
    """Each sum across categories the views hold, its total first, for one gender."""
    ended = figures.get("ended", "", gender)
    outcomes = figures.categories("ended", "outcome:")
    return [
        [figures.get("active", "", gender)]
        + [figures.get("active", c, gender) for c in figures.categories("active", "type:")],
        [ended] + [figures.get("ended", c, gender) for c in outcomes],
        [ended] + [figures.get("after_90", c, gender) for c in figures.categories("after_90", "")],
        [figures.get("into_work", "", gender)]
        + [figures.get("ended", c, gender) for c in WORK_OUTCOMES],
    ]


def no_sum_with_one_withheld(statistics: TeamStatistics) -> None:
    """Wherever a sum is shown, its withheld parts are none or at least two (else the one
    would be the sum less the rest): the genders and a row's total, the categories and their
    total, the units and the organisation."""
    for figures in [statistics.organisation, *(u.figures for u in statistics.units)]:
        if not figures.cells:  # no placement at all: no figures
            continue
        for measure, category in {(m, c) for m, c, _g in figures.cells}:
            row = [figures.get(measure, category, g) for g in COLUMNS]
            assert row.count(None) != 1, (measure, category)
        for gender in COLUMNS:
            for cells in _sums(figures, gender):
                assert cells.count(None) != 1, (gender, cells)
    for measure, category, gender in statistics.organisation.cells:
        cells = [statistics.organisation.get(measure, category, gender)] + [
            u.figures.get(measure, category, gender) for u in statistics.units
        ]
        assert cells.count(None) != 1, (measure, category, gender)
