"""The headline figures' facts as SQL: one light row per placement up to a period's end, with
the category of its first linked task (its field), its subsidy and the municipality's cost;
and a trend's years counted by the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, extract, func, literal_column, select
from sqlalchemy.orm import Session

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Split
from ambassador.domain.headline import EMPLOYMENT, HeadlineFact, YearCounts
from ambassador.storage.alive import active_between, alive_placements
from ambassador.storage.rows import (
    EmployerTaskRow,
    ParticipantRow,
    PlacementRow,
    PlacementTaskRow,
)


class HeadlineQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def facts(self, start: date, end: date) -> list[HeadlineFact]:
        """Placements not in the trash active at some time from `start` to `end`: started by
        `end`, not ended before `start`."""
        field = (
            select(EmployerTaskRow.category)
            .join(PlacementTaskRow, PlacementTaskRow.task_id == EmployerTaskRow.id)
            .where(PlacementTaskRow.placement_id == PlacementRow.id)
            .order_by(EmployerTaskRow.position, EmployerTaskRow.id)
            .limit(1)
            .scalar_subquery()
        )
        query = (
            alive_placements(
                PlacementRow.id,
                PlacementRow.participant_id,
                ParticipantRow.gender,
                PlacementRow.employer_id,
                PlacementRow.start_date,
                PlacementRow.ended_on,
                PlacementRow.outcome,
                PlacementRow.placement_type,
                func.coalesce(field, ""),
                PlacementRow.subsidy_type,
                PlacementRow.municipal_cost,
                PlacementRow.decision_start,
                PlacementRow.decision_end,
            )
            .where(active_between(start, end))
            .order_by(PlacementRow.id)
        )
        return [
            HeadlineFact(
                placement_id=pid,
                participant_id=participant_id,
                gender=Gender(gender),
                employer_id=employer_id,
                start_date=started,
                ended_on=ended,
                outcome=None if outcome is None else Outcome(outcome),
                placement_type=placement_type or "",
                field=category or "",
                subsidy_type=subsidy_type or "",
                municipal_cost=cost,
                decision_start=decision_start,
                decision_end=decision_end,
            )
            for (
                pid,
                participant_id,
                gender,
                employer_id,
                started,
                ended,
                outcome,
                placement_type,
                category,
                subsidy_type,
                cost,
                decision_start,
                decision_end,
            ) in self._session.execute(query)
        ]

    def year_counts(self, first: int, last: int) -> dict[int, YearCounts]:
        """Each calendar year's placements not in the trash from `first` to `last` counted by
        the database for a trend: ended per type and gender (of which into employment),
        started per type, people started per gender; a year with none is left out."""
        ended_year = extract("year", PlacementRow.ended_on)
        employed = PlacementRow.outcome.in_(sorted(o.value for o in EMPLOYMENT))
        ended_query = (
            alive_placements(
                ended_year,
                PlacementRow.placement_type,
                ParticipantRow.gender,
                func.count(),
                func.sum(case((employed, 1), else_=0)),
            )
            .where(
                PlacementRow.ended_on >= date(first, 1, 1),
                PlacementRow.ended_on <= date(last, 12, 31),
            )
            .group_by(ended_year, PlacementRow.placement_type, ParticipantRow.gender)
        )
        started_year = extract("year", PlacementRow.start_date)
        in_years = and_(
            PlacementRow.start_date >= date(first, 1, 1),
            PlacementRow.start_date <= date(last, 12, 31),
        )
        started_query = (
            alive_placements(started_year, PlacementRow.placement_type, func.count())
            .where(in_years)
            .group_by(started_year, PlacementRow.placement_type)
        )
        people_query = (
            alive_placements(
                started_year,
                ParticipantRow.gender,
                func.count(func.distinct(PlacementRow.participant_id)),
            )
            .where(in_years)
            .group_by(started_year, ParticipantRow.gender)
        )
        ended: dict[int, dict[str, tuple[dict[Gender, int], dict[Gender, int]]]] = {}
        for year, kind, gender, count, into_employment in self._session.execute(ended_query):
            part, whole = ended.setdefault(int(year), {}).setdefault(kind or "", ({}, {}))
            whole[Gender(gender)] = int(count)
            if into_employment:
                part[Gender(gender)] = int(into_employment)
        started: dict[int, dict[str, int]] = {}
        for year, kind, count in self._session.execute(started_query):
            started.setdefault(int(year), {})[kind or ""] = int(count)
        people: dict[int, dict[Gender, int]] = {}
        for year, gender, count in self._session.execute(people_query):
            people.setdefault(int(year), {})[Gender(gender)] = int(count)
        return {
            year: YearCounts(
                ended={k: (Split(p), Split(w)) for k, (p, w) in ended.get(year, {}).items()},
                started=started.get(year, {}),
                people_started=Split(people.get(year, {})),
            )
            for year in sorted(set(ended) | set(started) | set(people))
        }

    def first_starts(self) -> dict[int, date]:
        """Each employer's first placement's start, of the placements not in the trash: an
        employer whose first start is before a period returns in it. A person put in the
        trash since does not undo that the employer took them."""
        # Grouped by the id `+ 0`, SQLite reads the start index, which holds every column
        # asked, and sorts the few thousand employers, instead of walking the employer index
        # and looking each placement up for its start (a third of the time on 50,000).
        employer = PlacementRow.employer_id + literal_column("0")
        query = (
            select(employer, func.min(PlacementRow.start_date))
            .where(PlacementRow.deleted_at.is_(None))
            .group_by(employer)
        )
        return {employer: first for employer, first in self._session.execute(query)}

    def first_start(self) -> date | None:
        """The first day any placement not in the trash started: a trend begins no earlier."""
        return self._session.scalar(
            select(func.min(PlacementRow.start_date)).where(PlacementRow.deleted_at.is_(None))
        )
