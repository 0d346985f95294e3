"""Use cases for projects: the list, add, change and remove (the project report is
services/project_report.py's)."""

from __future__ import annotations

from dataclasses import dataclass

from ambassador.domain.clock import Clock
from ambassador.domain.errors import NotFoundError, RuleViolationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.projects import Project, ProjectFields, validate_project
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

HAS_PLACEMENTS = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} placements belong to the project. Take them out of it first; its report must "
    "stay whole.",
)


@dataclass(frozen=True)
class ProjectSaved:
    project: Project
    changes: Changes


def get_project(uow: UnitOfWork, project_id: int) -> Project:
    project = uow.projects.get(project_id)
    if project is None:
        raise NotFoundError("project", project_id)
    return project


class ProjectService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def projects(self) -> list[Project]:
        """Every project, the newest period first."""
        with self._db.read() as uow:
            return uow.projects.all()

    def get(self, project_id: int) -> Project:
        with self._db.read() as uow:
            return get_project(uow, project_id)

    @retried
    def add(self, fields: ProjectFields) -> ProjectSaved:
        clean = validate_project(fields)
        with self._db.write() as uow:
            project = uow.projects.add(clean, self._clock.now())
        return ProjectSaved(project, Changes(projects=ids(project.id)))

    @retried
    def update(
        self, project_id: int, fields: ProjectFields, *, expected_version: int | None = None
    ) -> ProjectSaved:
        """`expected_version`: the version the form read; a stale one is refused with a
        ConflictError and nothing is written (None: a caller that is not a form)."""
        clean = validate_project(fields)
        with self._db.write() as uow:
            uow.projects.check_version(project_id, expected_version)
            get_project(uow, project_id)
            project = uow.projects.update(
                project_id, clean, self._clock.now(), expected_version=expected_version
            )
        return ProjectSaved(project, Changes(projects=ids(project_id)))

    @retried
    def remove(self, project_id: int, *, expected_version: int | None = None) -> Changes:
        """Remove a project no placement belongs to (those in the trash count: they come
        back); refused, saying how many, while some do."""
        with self._db.write() as uow:
            uow.projects.check_version(project_id, expected_version)
            get_project(uow, project_id)
            count = uow.projects.placement_count(project_id)
            if count:
                raise RuleViolationError(HAS_PLACEMENTS, count=count)
            uow.projects.remove(project_id)
        return Changes(projects=ids(project_id))
