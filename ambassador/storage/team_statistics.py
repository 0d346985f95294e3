"""Reading the server's statistics views (migration 0012): the only figures a manager may
read, with small groups already withheld by the database. A file has no views: a file is one
coordinator's, whose own statistics report counts it."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.orm import Session

from ambassador.domain.team_statistics import Figures, TeamStatistics, UnitFigures

Cells = dict[tuple[str, str, str], int | None]


class TeamStatisticsQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def years(self) -> list[int]:
        """The years there are figures for, the newest first."""
        rows = self._session.execute(text("SELECT year FROM statistics_years ORDER BY year DESC"))
        return [int(year) for (year,) in rows]

    def organisation_settings(self) -> dict[str, str]:
        """The organisation's language and country (all a manager may read of the settings)."""
        rows = self._session.execute(text("SELECT key, value FROM statistics_settings"))
        return {str(key): str(value) for key, value in rows}

    def of_year(self, year: int) -> TeamStatistics:
        """One year's figures: the organisation's, and each unit's (the people in no unit,
        when there are any, last, named "" for the caller to word)."""
        names = {
            int(unit_id): str(name)
            for unit_id, name in self._session.execute(text("SELECT id, name FROM units"))
        }
        scopes: dict[tuple[str, int | None], Cells] = defaultdict(dict)
        rows = self._session.execute(
            text(
                "SELECT scope, unit_id, measure, category, gender, value "
                "FROM statistics_cells WHERE year = :year"
            ),
            {"year": year},
        )
        for scope, unit_id, measure, category, gender, value in rows:
            cells = scopes[(str(scope), None if unit_id is None else int(unit_id))]
            cells[(str(measure), str(category), str(gender))] = (
                None if value is None else int(value)
            )
        units = [
            UnitFigures(unit_id, names.get(unit_id, ""), Figures(cells))
            for (scope, unit_id), cells in scopes.items()
            if scope == "unit" and unit_id is not None
        ]
        units += [
            UnitFigures(None, "", Figures(cells))
            for (scope, _unit_id), cells in scopes.items()
            if scope == "no_unit"
        ]
        return TeamStatistics(year, Figures(scopes.get(("organisation", None), {})), tuple(units))
