"""The tasks employers offer, and what matching a person to them reads: employers with their
places, their placements that hold a place, and their tasks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Subquery, delete, func, insert, select
from sqlalchemy.orm import Session

from ambassador.domain.enums import Sector
from ambassador.domain.task_catalogue import CatalogueTask
from ambassador.domain.tasks import Candidate, EmployerTask, split_labels
from ambassador.storage.mapping import apply, row_values, to_domain
from ambassador.storage.rows import EmployerRow, EmployerTaskRow, PlacementRow, PlacementTaskRow


class EmployerTaskRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def replace(self, employer_id: int, tasks: Sequence[EmployerTask]) -> None:
        """Make `tasks`, in this order, the employer's tasks: a task with the id of one of
        the employer's is that task changed (its id and the placements covering it stay), one
        without (or with an id the employer no longer has: removed by another's save) is new,
        and the employer's tasks not among them go, and with them their links to placements
        (ON DELETE CASCADE; foreign keys are on in storage/engine.py)."""
        stored = {
            row.id: row
            for row in self._session.scalars(
                select(EmployerTaskRow).where(EmployerTaskRow.employer_id == employer_id)
            )
        }
        kept: set[int] = set()
        for position, task in enumerate(tasks):
            values = {**row_values(task, exclude=("id",)), "position": position}
            row = stored.get(task.id) if task.id is not None else None
            if row is None or row.id in kept:
                self._session.add(EmployerTaskRow(**values, employer_id=employer_id))
                continue
            kept.add(row.id)
            if any(getattr(row, name) != value for name, value in values.items()):
                apply(row, values)
        gone = [task_id for task_id in stored if task_id not in kept]
        if gone:
            self._session.execute(delete(EmployerTaskRow).where(EmployerTaskRow.id.in_(gone)))
        self._session.flush()

    def add_or_update(self, tasks: Sequence[tuple[int, EmployerTask]]) -> list[int]:
        """(employer, task) pairs, in order: a task with an id changes that task of the
        employer (its place in the list kept), one without is added after the employer's
        others; the tasks' ids (an import)."""
        ids: list[int] = []
        last: dict[int, int] = {}
        for employer_id, task in tasks:
            values = row_values(task, exclude=("id",))
            row = self._session.get(EmployerTaskRow, task.id) if task.id is not None else None
            if row is not None and row.employer_id == employer_id:
                apply(row, values)
            else:
                if employer_id not in last:
                    highest = self._session.scalar(
                        select(func.max(EmployerTaskRow.position)).where(
                            EmployerTaskRow.employer_id == employer_id
                        )
                    )
                    last[employer_id] = -1 if highest is None else highest
                last[employer_id] += 1
                row = EmployerTaskRow(**values, employer_id=employer_id, position=last[employer_id])
                self._session.add(row)
            self._session.flush()
            ids.append(row.id)
        return ids

    def add_many(self, tasks: Mapping[int, Sequence[EmployerTask]]) -> None:
        """Many employers' tasks at once, each employer's in its order (sample data): one
        executemany, for employers that have none yet."""
        values = [
            {**row_values(task, exclude=("id",)), "employer_id": employer_id, "position": position}
            for employer_id, listed in tasks.items()
            for position, task in enumerate(listed)
        ]
        if values:
            self._session.execute(insert(EmployerTaskRow), values)

    def ids_of_employer(self, employer_id: int) -> list[int]:
        """The ids of the employer's tasks, in its order."""
        query = (
            select(EmployerTaskRow.id)
            .where(EmployerTaskRow.employer_id == employer_id)
            .order_by(EmployerTaskRow.position, EmployerTaskRow.id)
        )
        return list(self._session.scalars(query))

    def of_employer(self, employer_id: int) -> list[EmployerTask]:
        return self.of_employers([employer_id]).get(employer_id, [])

    def of_employers(self, employer_ids: Iterable[int]) -> dict[int, list[EmployerTask]]:
        """Tasks by employer id, each employer's in its order."""
        query = (
            select(EmployerTaskRow)
            .where(EmployerTaskRow.employer_id.in_(list(employer_ids)))
            .order_by(EmployerTaskRow.employer_id, EmployerTaskRow.position, EmployerTaskRow.id)
        )
        tasks: dict[int, list[EmployerTask]] = {}
        for row in self._session.scalars(query):
            tasks.setdefault(row.employer_id, []).append(to_domain(EmployerTask, row))
        return tasks

    def catalogue(self) -> list[CatalogueTask]:
        """Every task of every employer not in the trash, each employer's in its order, with
        the places its placements hold and the placements (not in the trash) that covered
        it: one query."""
        taken = _places_taken()
        covered = (
            select(PlacementTaskRow.task_id, func.count().label("covered"))
            .join(PlacementRow, PlacementRow.id == PlacementTaskRow.placement_id)
            .where(PlacementRow.deleted_at.is_(None))
            .group_by(PlacementTaskRow.task_id)
            .subquery()
        )
        query = (
            select(
                EmployerTaskRow,
                EmployerRow.name,
                EmployerRow.organisation_number,
                EmployerRow.sector,
                EmployerRow.capacity,
                func.coalesce(taken.c.taken, 0),
                func.coalesce(covered.c.covered, 0),
            )
            .join(EmployerRow, EmployerRow.id == EmployerTaskRow.employer_id)
            .outerjoin(taken, taken.c.employer_id == EmployerRow.id)
            .outerjoin(covered, covered.c.task_id == EmployerTaskRow.id)
            .where(EmployerRow.deleted_at.is_(None))
            .order_by(EmployerTaskRow.employer_id, EmployerTaskRow.position, EmployerTaskRow.id)
        )
        return [
            CatalogueTask(
                task_id=row.id,
                title=row.title,
                category=row.category,
                requirements=split_labels(row.requirements),
                employer_id=row.employer_id,
                employer_name=name,
                organisation_number=number,
                sector=Sector(sector),
                capacity=capacity,
                taken=held,
                covered=count,
            )
            for row, name, number, sector, capacity, held, count in self._session.execute(query)
        ]

    def candidates(self) -> list[Candidate]:
        """Every employer not in the trash that lists a task, with its places and the
        placements holding one (not ended, not in the trash): two queries for any number."""
        taken = _places_taken()
        offering = select(EmployerTaskRow.employer_id).distinct()
        query = (
            select(
                EmployerRow.id,
                EmployerRow.name,
                EmployerRow.capacity,
                func.coalesce(taken.c.taken, 0),
            )
            .outerjoin(taken, taken.c.employer_id == EmployerRow.id)
            .where(EmployerRow.deleted_at.is_(None), EmployerRow.id.in_(offering))
            .order_by(EmployerRow.id)
        )
        employers = list(self._session.execute(query))
        tasks: dict[int, list[EmployerTask]] = {}
        alive_tasks = (
            select(EmployerTaskRow)
            .join(EmployerRow, EmployerRow.id == EmployerTaskRow.employer_id)
            .where(EmployerRow.deleted_at.is_(None))
            .order_by(EmployerTaskRow.employer_id, EmployerTaskRow.position, EmployerTaskRow.id)
        )
        for row in self._session.scalars(alive_tasks) if employers else ():
            tasks.setdefault(row.employer_id, []).append(to_domain(EmployerTask, row))
        return [
            Candidate(
                employer_id=employer_id,
                name=name,
                capacity=capacity,
                taken=count,
                tasks=tuple(tasks.get(employer_id, ())),
            )
            for employer_id, name, capacity, count in employers
        ]


def _places_taken() -> Subquery:
    """Per employer, its placements holding a place: not ended, not in the trash (planned,
    active or paused)."""
    return (
        select(PlacementRow.employer_id, func.count().label("taken"))
        .where(PlacementRow.ended_on.is_(None), PlacementRow.deleted_at.is_(None))
        .group_by(PlacementRow.employer_id)
        .subquery()
    )
