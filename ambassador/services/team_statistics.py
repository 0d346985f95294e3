"""What a manager sees: the server's statistics per unit and for the organisation, one year at
a time, small groups withheld by the database itself (migration 0012's views). Never a list
of people: a manager's role reads nothing else."""

from __future__ import annotations

import dataclasses

from ambassador.domain.country import DEFAULT_COUNTRY
from ambassador.domain.languages import DEFAULT_LANGUAGE
from ambassador.domain.sorting import sort_key
from ambassador.domain.team_statistics import TeamStatistics
from ambassador.storage.database import Database


class TeamStatisticsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def years(self) -> list[int]:
        """The years there are figures for, the newest first."""
        with self._db.read() as uow:
            return uow.team_statistics.years()

    def language_and_country(self) -> tuple[str, str]:
        """The organisation's language and country, which a manager may not read from the
        settings themselves."""
        with self._db.read() as uow:
            saved = uow.team_statistics.organisation_settings()
        return saved.get("language", DEFAULT_LANGUAGE), saved.get("country", DEFAULT_COUNTRY)

    def statistics(self, year: int, country: str = DEFAULT_COUNTRY) -> TeamStatistics:
        """The year's figures, the units in the organisation's alphabetical order."""
        with self._db.read() as uow:
            read = uow.team_statistics.of_year(year)
        named = sorted(
            (u for u in read.units if u.unit_id is not None),
            key=lambda unit: sort_key(unit.name, country),
        )
        unnamed = [u for u in read.units if u.unit_id is None]
        return dataclasses.replace(read, units=(*named, *unnamed))
