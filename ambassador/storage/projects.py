"""Repository for projects (funded programmes) and the placements that belong to them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ambassador.domain.projects import Project, ProjectFields
from ambassador.storage.mapping import apply, row_values, to_domain
from ambassador.storage.rows import PlacementRow, ProjectRow
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
        """Placements that belong to the project, those in the trash too (they come back)."""
        query = select(func.count()).where(PlacementRow.project_id == project_id)
        return int(self._session.scalar(query) or 0)
