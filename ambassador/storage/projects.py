"""Repository for projects (funded programmes) and the placements that belong to them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.project_report import ProjectPlacementFact, birth_date_of
from ambassador.domain.projects import Project, ProjectFields
from ambassador.storage.alive import alive_placements
from ambassador.storage.mapping import apply, row_values, to_domain
from ambassador.storage.rows import (
    OutcomeCheckRow,
    ParticipantRow,
    PlacementRow,
    ProjectRow,
)
from ambassador.storage.versions import bump, checked_row, stored_row


def _project(row: ProjectRow) -> Project:
    return to_domain(Project, row)


class ProjectRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Project]:
        """Every project, the newest period first, then by name."""
        query = select(ProjectRow).order_by(
            ProjectRow.start_date.desc(), ProjectRow.name, ProjectRow.id
        )
        return [_project(row) for row in self._session.scalars(query)]

    def get(self, project_id: int) -> Project | None:
        row = self._session.get(ProjectRow, project_id)
        return None if row is None else _project(row)

    def add(self, fields: ProjectFields, now: datetime) -> Project:
        row = ProjectRow(**row_values(fields, of=ProjectFields), created_at=now, updated_at=now)
        self._session.add(row)
        self._session.flush()
        return _project(row)

    def check_version(self, project_id: int, expected_version: int | None) -> None:
        """Refuse a form's stale version (storage/versions.py)."""
        checked_row(
            self._session,
            ProjectRow,
            project_id,
            expected_version,
            kind="project",
            as_domain=_project,
        )

    def update(
        self,
        project_id: int,
        fields: ProjectFields,
        now: datetime,
        *,
        expected_version: int | None = None,
    ) -> Project:
        row = stored_row(
            self._session,
            ProjectRow,
            project_id,
            expected_version,
            kind="project",
            as_domain=_project,
        )
        apply(row, row_values(fields, of=ProjectFields))
        row.updated_at = now
        bump(row)
        self._session.flush()
        return _project(row)

    def remove(self, project_id: int) -> None:
        self._session.execute(delete(ProjectRow).where(ProjectRow.id == project_id))
        self._session.flush()

    def placement_count(self, project_id: int) -> int:
        """Placements that belong to the project, those in the trash too (they come back), of every
        unit: on a server the owner's count (migration 0013), which row-level security does
        not narrow to the signed-in coordinator's unit."""
        if self._session.get_bind().dialect.name == "postgresql":
            query = select(func.ambassador_project_placements(project_id))
        else:
            query = select(func.count()).where(PlacementRow.project_id == project_id)
        return int(self._session.scalar(query) or 0)

    def placement_facts(self, project_id: int) -> list[ProjectPlacementFact]:
        """The project's placements whose placement, person and employer are not in the
        trash, each with its person's gender and date of birth (the number itself goes no
        further than this) and its outcome check."""
        query = (
            alive_placements(
                PlacementRow.id,
                PlacementRow.participant_id,
                ParticipantRow.gender,
                ParticipantRow.personal_identity_number,
                PlacementRow.start_date,
                PlacementRow.ended_on,
                PlacementRow.outcome,
                OutcomeCheckRow.due_on,
                OutcomeCheckRow.result,
            )
            .outerjoin(OutcomeCheckRow, OutcomeCheckRow.placement_id == PlacementRow.id)
            .where(PlacementRow.project_id == project_id)
            .order_by(PlacementRow.id)
        )
        return [
            ProjectPlacementFact(
                placement_id=pid,
                participant_id=participant_id,
                gender=Gender(gender),
                birth_date=birth_date_of(number),
                start_date=start,
                ended_on=ended,
                outcome=None if outcome is None else Outcome(outcome),
                check_due_on=due,
                check_result=None if result is None else FollowUpResult(result),
            )
            for (
                pid,
                participant_id,
                gender,
                number,
                start,
                ended,
                outcome,
                due,
                result,
            ) in self._session.execute(query)
        ]

    def placement_starts(self) -> list[tuple[int, int, date, date | None, date | None]]:
        """Every placement not in the trash as (placement, participant, start, end, the
        person's date of birth): what the sample needs to enrol people in its projects."""
        query = alive_placements(
            PlacementRow.id,
            PlacementRow.participant_id,
            PlacementRow.start_date,
            PlacementRow.ended_on,
            ParticipantRow.personal_identity_number,
        ).order_by(PlacementRow.participant_id, PlacementRow.start_date, PlacementRow.id)
        return [
            (pid, participant_id, start, ended, birth_date_of(number))
            for pid, participant_id, start, ended, number in self._session.execute(query)
        ]

    def assign(self, project_id: int, placement_ids: list[int]) -> None:
        """Put the placements in the project at once, as the sample data does (a form's save
        of one placement goes through the placement repository and its version)."""
        if placement_ids:
            self._session.execute(
                update(PlacementRow)
                .where(PlacementRow.id.in_(placement_ids))
                .values(project_id=project_id)
            )

    def people_so_far(self, today: date) -> dict[int, int]:
        """Per project, the people with a placement in it started by `today` (none in the
        trash): the figure beside its target."""
        query = (
            alive_placements(
                PlacementRow.project_id, func.count(PlacementRow.participant_id.distinct())
            )
            .where(PlacementRow.project_id.is_not(None), PlacementRow.start_date <= today)
            .group_by(PlacementRow.project_id)
        )
        return {int(pid): int(count) for pid, count in self._session.execute(query)}
