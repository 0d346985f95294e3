"""Repository for placements: the plan, pausing, and the ending."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, object_session

from ambassador.domain.enums import Outcome
from ambassador.domain.placement import Ending, Placement, PlacementFields
from ambassador.domain.plan import FollowUpPlan
from ambassador.storage.mapping import apply, row_values, to_domain
from ambassador.storage.rows import EmployerTaskRow, PlacementRow, PlacementTaskRow
from ambassador.storage.versions import bump, checked_row, stored_row


def plan_from_column(text: str | None) -> FollowUpPlan | None:
    """The stored plan; a value that is not one (damaged, foreign) reads as no plan."""
    if text is None:
        return None
    try:
        return FollowUpPlan.from_json(text)
    except ValueError:
        return None


def plan_column(plan: FollowUpPlan | None) -> str | None:
    return None if plan is None else plan.to_json()


def placement_values(fields: PlacementFields) -> dict[str, object]:
    """The editable fields as columns: the plan goes in as JSON; the tasks covered are rows
    of their own (`set_task_ids`)."""
    values = row_values(fields, exclude=("plan", "task_ids"), of=PlacementFields)
    values["follow_up_plan"] = plan_column(fields.plan)
    return values


def task_ids_of(
    session: Session, placement_ids: Iterable[int] | None
) -> dict[int, tuple[int, ...]]:
    """The tasks each placement covers, in their employer's order; a placement covering none
    is left out. One query for any number: `placement_ids` None reads every placement's (a
    whole register's ids would be more bound values than SQLite takes)."""
    query = (
        select(PlacementTaskRow.placement_id, PlacementTaskRow.task_id)
        .join(EmployerTaskRow, EmployerTaskRow.id == PlacementTaskRow.task_id)
        .order_by(PlacementTaskRow.placement_id, EmployerTaskRow.position, EmployerTaskRow.id)
    )
    if placement_ids is not None:
        wanted = list(placement_ids)
        if not wanted:
            return {}
        query = query.where(PlacementTaskRow.placement_id.in_(wanted))
    covered: dict[int, list[int]] = {}
    for placement_id, task_id in session.execute(query):
        covered.setdefault(placement_id, []).append(task_id)
    return {placement_id: tuple(tasks) for placement_id, tasks in covered.items()}


def set_task_ids(session: Session, placement_id: int, task_ids: Sequence[int]) -> None:
    """Make `task_ids` the tasks the placement covers: links gone are deleted, new ones
    added, kept ones left alone."""
    stored = task_ids_of(session, [placement_id]).get(placement_id, ())
    wanted = list(dict.fromkeys(task_ids))
    gone = [task_id for task_id in stored if task_id not in wanted]
    if gone:
        session.execute(
            delete(PlacementTaskRow).where(
                PlacementTaskRow.placement_id == placement_id, PlacementTaskRow.task_id.in_(gone)
            )
        )
    new = [{"placement_id": placement_id, "task_id": t} for t in wanted if t not in stored]
    if new:
        session.execute(insert(PlacementTaskRow), new)


def to_placement(row: PlacementRow, task_ids: tuple[int, ...] | None = None) -> Placement:
    """The placement of `row`; `task_ids` the tasks it covers, when the caller read them for
    many rows at once (None: read them now)."""
    ending = None
    if row.ended_on is not None and row.outcome is not None:
        ending = Ending(
            ended_on=row.ended_on, outcome=Outcome(row.outcome), reason=row.ending_reason
        )
    if task_ids is None:
        session = object_session(row)
        task_ids = () if session is None else task_ids_of(session, [row.id]).get(row.id, ())
    return to_domain(
        Placement,
        row,
        ending=ending,
        plan=plan_from_column(row.follow_up_plan),
        task_ids=task_ids,
    )


def to_placements(
    session: Session, rows: Iterable[PlacementRow], *, every: bool = False
) -> list[Placement]:
    """Many rows' placements, their tasks read in one query (`every`: the rows are most of
    the register, so every placement's tasks are read rather than listed by id)."""
    listed = list(rows)
    covered = task_ids_of(session, None if every else [row.id for row in listed])
    return [to_placement(row, covered.get(row.id, ())) for row in listed]


class PlacementRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, placement_id: int, *, include_deleted: bool = False) -> Placement | None:
        row = self._session.get(PlacementRow, placement_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return to_placement(row)

    def add(self, fields: PlacementFields, now: datetime) -> Placement:
        row = PlacementRow(**placement_values(fields), created_at=now, updated_at=now)
        self._session.add(row)
        self._session.flush()
        set_task_ids(self._session, row.id, fields.task_ids)
        return to_placement(row)

    def check_version(self, placement_id: int, expected_version: int | None) -> None:
        """Refuse a form's stale version (storage/versions.py), the trash's too."""
        checked_row(
            self._session,
            PlacementRow,
            placement_id,
            expected_version,
            kind="placement",
            as_domain=to_placement,
        )

    def update(
        self,
        placement_id: int,
        fields: PlacementFields,
        now: datetime,
        *,
        expected_version: int | None = None,
    ) -> Placement:
        row = self._row(placement_id, expected_version)
        apply(row, placement_values(fields))
        row.updated_at = now
        bump(row)
        self._session.flush()
        set_task_ids(self._session, placement_id, fields.task_ids)
        return to_placement(row)

    def set_paused(
        self,
        placement_id: int,
        paused: bool,
        now: datetime,
        *,
        expected_version: int | None = None,
    ) -> Placement:
        row = self._row(placement_id, expected_version)
        row.paused = paused
        row.updated_at = now
        self._session.flush()
        return to_placement(row)

    def end(
        self,
        placement_id: int,
        ending: Ending,
        now: datetime,
        *,
        expected_version: int | None = None,
    ) -> Placement:
        row = self._row(placement_id, expected_version)
        row.ended_on = ending.ended_on
        row.outcome = ending.outcome.value
        row.ending_reason = ending.reason
        row.paused = False
        row.updated_at = now
        self._session.flush()
        return to_placement(row)

    def set_deleted(
        self,
        placement_id: int,
        deleted_at: datetime | None,
        *,
        expected_version: int | None = None,
    ) -> None:
        self._row(placement_id, expected_version).deleted_at = deleted_at
        self._session.flush()

    def _row(self, placement_id: int, expected_version: int | None) -> PlacementRow:
        return stored_row(
            self._session,
            PlacementRow,
            placement_id,
            expected_version,
            kind="placement",
            as_domain=to_placement,
        )

    def many(self, placement_ids: Sequence[int]) -> dict[int, Placement]:
        """The placements of `placement_ids` not in the trash, by id: two queries for any
        number (a pane's few hundred; not a whole register's ids, more bound values than
        SQLite takes)."""
        wanted = list(dict.fromkeys(placement_ids))
        if not wanted:
            return {}
        query = select(PlacementRow).where(
            PlacementRow.id.in_(wanted), PlacementRow.deleted_at.is_(None)
        )
        placements = to_placements(self._session, self._session.scalars(query))
        return {placement.id: placement for placement in placements}

    def of_participant(
        self, participant_id: int, *, include_deleted: bool = False
    ) -> list[Placement]:
        query = (
            select(PlacementRow)
            .where(PlacementRow.participant_id == participant_id)
            .order_by(PlacementRow.start_date, PlacementRow.id)
        )
        if not include_deleted:
            query = query.where(PlacementRow.deleted_at.is_(None))
        return to_placements(self._session, self._session.scalars(query))

    def all(self) -> dict[int, Placement]:
        """Every placement not in the trash, by id: one query for a whole list."""
        query = select(PlacementRow).where(PlacementRow.deleted_at.is_(None))
        placements = to_placements(self._session, self._session.scalars(query), every=True)
        return {placement.id: placement for placement in placements}

    def keys(self) -> set[tuple[int, int, date]]:
        """(participant, employer, start) of every placement not in the trash: what tells
        an imported placement from one already registered."""
        query = select(
            PlacementRow.participant_id, PlacementRow.employer_id, PlacementRow.start_date
        ).where(PlacementRow.deleted_at.is_(None))
        return {(p, e, start) for p, e, start in self._session.execute(query)}

    def active_ids(self, day: date) -> list[int]:
        """Placements under way on `day`: started, not ended, not paused, not trashed."""
        query = (
            select(PlacementRow.id)
            .where(
                PlacementRow.deleted_at.is_(None),
                PlacementRow.ended_on.is_(None),
                PlacementRow.paused.is_(False),
                PlacementRow.start_date <= day,
            )
            .order_by(PlacementRow.id)
        )
        return list(self._session.scalars(query))

    def task_texts(self) -> list[tuple[int, int, str]]:
        """(id, employer, the text about its tasks) of every placement, trashed too: what
        the sample links its tasks covered from, in one query."""
        query = select(PlacementRow.id, PlacementRow.employer_id, PlacementRow.tasks).order_by(
            PlacementRow.id
        )
        return [(p, e, text) for p, e, text in self._session.execute(query)]

    def add_task_links(self, links: Iterable[tuple[int, int]]) -> None:
        """(placement, task) links added at once, for placements that have none (sample
        data): one executemany."""
        values = [{"placement_id": p, "task_id": t} for p, t in links]
        if values:
            self._session.execute(insert(PlacementTaskRow), values)

    def of_employer(self, employer_id: int) -> list[Placement]:
        query = (
            select(PlacementRow)
            .where(PlacementRow.employer_id == employer_id, PlacementRow.deleted_at.is_(None))
            .order_by(PlacementRow.start_date, PlacementRow.id)
        )
        return to_placements(self._session, self._session.scalars(query))
