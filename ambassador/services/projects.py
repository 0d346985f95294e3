"""Use cases for projects: the list, add, change and remove (the project report is
services/project_report.py's)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ambassador import paths
from ambassador.catalog import Catalogs
from ambassador.domain.clock import Clock
from ambassador.domain.documents import Letterhead
from ambassador.domain.errors import NotFoundError, RuleViolationError
from ambassador.domain.figures import Period
from ambassador.domain.messages import QT_TRANSLATE_NOOP, Translate
from ambassador.domain.project_report import (
    PROJECT_REPORT,
    PROJECT_REPORT_XLSX,
    ProjectReport,
    ProjectReportDocument,
    compute_project_report,
)
from ambassador.domain.projects import Project, ProjectFields, ProjectLine, validate_project
from ambassador.domain.settings import Settings
from ambassador.services.changes import Changes, ids
from ambassador.services.files import WrittenDocument, write_logged
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


# The file names offered when saving, in the reader's language.
REPORT_FILE = QT_TRANSLATE_NOOP("Documents", "project-report-{id}.pdf")
REPORT_XLSX_FILE = QT_TRANSLATE_NOOP("Documents", "project-report-{id}.xlsx")


class ProjectService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        catalogs: Callable[[str], Translate] | None = None,
    ) -> None:
        """`catalogs` gives the reports' words in a language; by default the program's
        own translation files."""
        self._db = database
        self._clock = clock
        self._catalogs = catalogs or Catalogs(paths.translations_dir())

    def projects(self) -> list[Project]:
        """Every project, the newest period first."""
        with self._db.read() as uow:
            return uow.projects.all()

    def lines(self) -> list[ProjectLine]:
        """Every project with the people who have started in it by today."""
        with self._db.read() as uow:
            people = uow.projects.people_so_far(self._clock.today())
            return [ProjectLine(p, people.get(p.id, 0)) for p in uow.projects.all()]

    def report(self, project_id: int, period: Period | None = None) -> ProjectReport:
        """The project's figures for `period` (None: the project's own period)."""
        with self._db.read() as uow:
            return self._report(uow, project_id, period)

    def write_report(
        self,
        project_id: int,
        path: Path,
        period: Period | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        """The project report as a PDF, logged in the export log."""
        from ambassador.reporting.project import render_project_report
        from ambassador.reporting.words import Words

        with self._db.read() as uow:
            document = ProjectReportDocument(
                Letterhead.from_settings(Settings.from_strings(uow.settings.all())),
                self._report(uow, project_id, period),
                self._clock.today(),
            )
            chosen = self._language(uow, language)
            words = Words(self._catalogs(chosen), chosen, uow.lists.names(chosen))
        pdf = render_project_report(document, words)
        return self._write(PROJECT_REPORT, project_id, path, pdf)

    def write_report_xlsx(
        self,
        project_id: int,
        path: Path,
        period: Period | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        """The project report's figures as a workbook, logged in the export log."""
        from ambassador.interchange.project_sheet import project_table
        from ambassador.interchange.spreadsheets import write_xlsx

        with self._db.read() as uow:
            report = self._report(uow, project_id, period)
            chosen = self._language(uow, language)
        table = project_table(report, self._catalogs(chosen))

        def write(stream: BinaryIO) -> None:
            write_xlsx(table, stream)

        return self._write(PROJECT_REPORT_XLSX, project_id, path, write)

    def _report(self, uow: UnitOfWork, project_id: int, period: Period | None) -> ProjectReport:
        project = get_project(uow, project_id)
        facts = uow.projects.placement_facts(project_id)
        return compute_project_report(project, facts, self._clock.today(), period)

    @staticmethod
    def _language(uow: UnitOfWork, language: str | None) -> str:
        return language or Settings.from_strings(uow.settings.all()).language

    def _write(
        self, kind: str, project_id: int, path: Path, write: bytes | Callable[[BinaryIO], None]
    ) -> WrittenDocument:
        return write_logged(
            self._db,
            self._clock,
            kind=kind,
            subject_kind="project",
            subject_ids=[project_id],
            path=path,
            write=write,
        )

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
