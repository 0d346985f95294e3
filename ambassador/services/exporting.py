"""The lists as CSV or XLSX, and the check-ins as a calendar file: gathered here, written by
`interchange`, logged like every file that leaves the program.

A list holds what its screen shows and what an import needs to read it back; the personal
identity number only when asked for; never a note's text except in the notes of a placement,
which the coordinator asks for by name. A calendar holds first names and employers, nothing
else, because calendars sync to servers.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ambassador.domain.browse import EmployerFilter, ParticipantFilter, PlacementFilter
from ambassador.domain.clock import Clock
from ambassador.domain.employer import Contact
from ambassador.domain.enums import CheckInStatus, ListName
from ambassador.domain.errors import StorageError
from ambassador.domain.exports import CALENDAR, LIST_LABELS, FileFormat, ListKind
from ambassador.domain.figures import Period
from ambassador.domain.identity import PersonalIdentityNumber
from ambassador.domain.list_names import ListNames
from ambassador.domain.messages import QT_TRANSLATE_NOOP, Translate
from ambassador.domain.plan import FollowUpPlan, describe_plan
from ambassador.domain.settings import Settings
from ambassador.domain.task_catalogue import CatalogueFilter, filter_catalogue
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT
from ambassador.interchange import columns as c
from ambassador.services.files import NOT_LOGGED, WrittenDocument, write_logged
from ambassador.services.placements import get_placement
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from ambassador.interchange.spreadsheets import Cell

YES = QT_TRANSLATE_NOOP("Columns", "yes")
NO = QT_TRANSLATE_NOOP("Columns", "no")
CALENDAR_NAME = QT_TRANSLATE_NOOP("Documents", "Ambassador check-ins")
EVENT_TITLE = QT_TRANSLATE_NOOP("Documents", "Follow-up: {first_name}, {employer}")

# The calendar a coordinator takes to Outlook: the past month (so changes to it still
# reach the calendar) and the year ahead.
CALENDAR_BEFORE = timedelta(days=30)
CALENDAR_AFTER = timedelta(days=365)
CHECK_IN_LENGTH = timedelta(hours=1)
EVERYTHING = 10**9  # a list export takes every row of the filter, not one page
_SETTING_CALENDAR_ID = "calendar_id"
# Between a task's requirements in one cell; an import reads this, a comma or a line break.
REQUIREMENT_SEPARATOR = "; "


def file_format_of(path: Path) -> FileFormat:
    return FileFormat.XLSX if path.suffix.lower() == ".xlsx" else FileFormat.CSV


class _Words:
    """Headers and labels in the reader's language."""

    def __init__(self, translate: Translate, names: ListNames) -> None:
        self._translate = translate
        self._names = names

    def header(self, column: c.Column) -> str:
        return self._translate(c.COLUMNS_CONTEXT, column.header)

    def label(self, value: StrEnum | None) -> str:
        return "" if value is None else self._translate(LABELS_CONTEXT, LABELS[value])

    def plan(self, plan: FollowUpPlan | None) -> str:
        """In words an import reads back: each phase's rhythm, length and silence."""
        return describe_plan(plan, self._translate, with_silence=True)

    def item(self, list_name: ListName, label: str) -> str:
        """An editable list's entry by its name in the reader's language; an import reads
        either language's name back as the entry."""
        return self._names.name(list_name, label)

    def yes_no(self, value: bool) -> str:
        return self._translate(c.COLUMNS_CONTEXT, YES if value else NO)

    def __call__(self, context: str, source: str) -> str:
        return self._translate(context, source)


@dataclass(frozen=True)
class _List:
    columns: tuple[c.Column, ...]
    rows: list[Sequence[Cell]]
    subject_kind: str
    subject_ids: list[int]

    def without(self, left_out: c.Column) -> _List:
        """The list with one column taken out of the header and every row."""
        if left_out not in self.columns:
            return self
        index = self.columns.index(left_out)
        return replace(
            self,
            columns=self.columns[:index] + self.columns[index + 1 :],
            rows=[(*row[:index], *row[index + 1 :]) for row in self.rows],
        )


def _number(value: str | None) -> str:
    return "" if value is None else PersonalIdentityNumber(value).formatted()


class ExportService:
    def __init__(
        self, database: Database, clock: Clock, catalogs: Callable[[str], Translate]
    ) -> None:
        self._db = database
        self._clock = clock
        self._catalogs = catalogs

    # Lists ------------------------------------------------------------------------------------

    def write_participants(
        self,
        path: Path,
        criteria: ParticipantFilter | None = None,
        *,
        with_identity_numbers: bool = False,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        def gather(uow: UnitOfWork, words: _Words) -> _List:
            silent = Settings.from_strings(uow.settings.all()).silent_after_days
            page = uow.browse.participants(
                criteria or ParticipantFilter(), self._clock.now(), silent, EVERYTHING
            )
            people = {p.id: p for p in uow.participants.page()}
            columns = (
                c.FIRST_NAME,
                c.LAST_NAME,
                c.IDENTITY_NUMBER,
                c.GENDER,
                c.PHONE,
                c.EMAIL,
                c.ADDRESS,
                c.REFERRAL_SOURCE,
                c.REFERRAL_DATE,
                c.REFERRAL_REFERENCE,
                c.LANGUAGE,
                c.INTERPRETER,
                c.ACTIVE_PLACEMENTS,
                c.LAST_CONTACT,
            )
            rows: list[Sequence[Cell]] = []
            for listed in page.rows:
                p = people[listed.id]
                rows.append(
                    (
                        p.first_name,
                        p.last_name,
                        _number(p.personal_identity_number),
                        words.label(p.gender),
                        p.phone,
                        p.email,
                        p.address,
                        words.item(ListName.REFERRAL_SOURCES, p.referral_source),
                        p.referral_date,
                        p.referral_reference,
                        p.language,
                        words.yes_no(p.interpreter_needed),
                        listed.active_placements,
                        listed.last_contact,
                    )
                )
            ids = [row.id for row in page.rows]
            return _List(columns, rows, "participant", ids)

        return self._write_list(
            ListKind.PARTICIPANTS, path, file_format, language, gather, with_identity_numbers
        )

    def write_employers(
        self,
        path: Path,
        criteria: EmployerFilter | None = None,
        *,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        """One line per contact (an employer without contacts has one line of its own), so
        the list reads back as employers with their contacts."""

        def gather(uow: UnitOfWork, words: _Words) -> _List:
            page = uow.browse.employers(
                criteria or EmployerFilter(), self._clock.today(), EVERYTHING
            )
            employers = {e.id: e for e in uow.employers.page()}
            contacts = uow.employers.all_contacts()
            columns = (
                c.EMPLOYER_NAME,
                c.ORGANISATION_NUMBER,
                c.SECTOR,
                c.INDUSTRY,
                c.ADDRESS,
                c.AGREEMENT,
                c.AGREEMENT_DATE,
                c.TASKS_OFFERED,
                c.CAPACITY,
                c.CONTACT_NAME,
                c.CONTACT_ROLE,
                c.CONTACT_PHONE,
                c.CONTACT_EMAIL,
                c.ACTIVE_PLACEMENTS,
                c.LAST_CONTACT,
            )
            rows: list[Sequence[Cell]] = []
            for listed in page.rows:
                e = employers[listed.id]
                employer: tuple[Cell, ...] = (
                    e.name,
                    e.organisation_number or "",
                    words.label(e.sector),
                    e.industry,
                    e.address,
                    words.label(e.agreement_status),
                    e.agreement_date,
                    e.tasks_offered,
                    e.capacity,
                )
                shown = (listed.active_placements, listed.last_contact)
                its: list[Contact | None] = [*contacts.get(e.id, [])] or [None]
                for contact in its:
                    person: tuple[Cell, ...] = (
                        ("", "", "", "")
                        if contact is None
                        else (contact.name, words.label(contact.role), contact.phone, contact.email)
                    )
                    rows.append((*employer, *person, *shown))
            ids = [row.id for row in page.rows]
            return _List(columns, rows, "employer", ids)

        return self._write_list(ListKind.EMPLOYERS, path, file_format, language, gather)

    def write_placements(
        self,
        path: Path,
        criteria: PlacementFilter | None = None,
        *,
        with_identity_numbers: bool = False,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        def gather(uow: UnitOfWork, words: _Words) -> _List:
            silent = Settings.from_strings(uow.settings.all()).silent_after_days
            page = uow.browse.placements(
                criteria or PlacementFilter(), self._clock.now(), silent, EVERYTHING
            )
            numbers = {i: n for i, n, _first, _last in uow.participants.identities()}
            organisation = {i: n for i, n, _name in uow.employers.identities()}
            contacts = {
                contact.id: contact.name
                for employer in uow.employers.all_contacts().values()
                for contact in employer
            }
            columns = (
                c.PARTICIPANT,
                c.IDENTITY_NUMBER,
                c.EMPLOYER_NAME,
                c.ORGANISATION_NUMBER,
                c.PLACEMENT_TYPE,
                c.START_DATE,
                c.PLANNED_END,
                c.UNIT,
                c.SUPERVISOR,
                c.HOURS,
                c.EXTENT,
                c.FOLLOW_UP_PLAN,
                c.PURPOSE,
                c.PLACEMENT_GOALS,
                c.TASKS,
                c.SUPPORT,
                c.COMPENSATION,
                *c.PLACEMENT_TERMS,
                c.MENTOR,
                c.MENTOR_HOURS,
                c.PROJECT,
                c.STATUS,
                c.ENDED_ON,
                c.OUTCOME,
                c.ENDING_REASON,
                c.LAST_CONTACT,
                c.NEXT_CHECK_IN,
            )
            rows: list[Sequence[Cell]] = []
            placements = uow.placements.all()
            projects = {project.id: project.name for project in uow.projects.all()}
            mentors = {mentor.id: mentor.name for mentor in uow.mentors.all()}
            for listed in page.rows:
                p = placements[listed.id]
                ending = p.ending
                rows.append(
                    (
                        listed.participant_name,
                        _number(numbers.get(p.participant_id)),
                        listed.employer_name,
                        organisation.get(p.employer_id) or "",
                        words.item(ListName.PLACEMENT_TYPES, p.placement_type),
                        p.start_date,
                        p.planned_end_date,
                        p.unit,
                        "" if p.supervisor_id is None else contacts.get(p.supervisor_id, ""),
                        p.hours_per_week,
                        p.extent_percent,
                        words.plan(p.plan),
                        p.purpose,
                        p.goals,
                        p.tasks,
                        p.support,
                        p.compensation,
                        words.item(ListName.SUBSIDY_TYPES, p.subsidy_type),
                        p.subsidy_amount,
                        p.subsidy_percent,
                        p.decision_number,
                        p.decision_start,
                        p.decision_end,
                        words.item(ListName.AGREEMENT_FORMS, p.agreement_form),
                        p.employer_of_record,
                        p.municipal_cost,
                        "" if p.mentor_id is None else mentors.get(p.mentor_id, ""),
                        p.mentor_hours,
                        "" if p.project_id is None else projects.get(p.project_id, ""),
                        words.label(listed.status),
                        None if ending is None else ending.ended_on,
                        words.label(None if ending is None else ending.outcome),
                        ""
                        if ending is None
                        else words.item(ListName.ENDING_REASONS, ending.reason),
                        listed.last_contact,
                        listed.next_check_in,
                    )
                )
            ids = [row.id for row in page.rows]
            return _List(columns, rows, "placement", ids)

        return self._write_list(
            ListKind.PLACEMENTS, path, file_format, language, gather, with_identity_numbers
        )

    def write_check_ins(
        self,
        path: Path,
        period: Period | None = None,
        *,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        def gather(uow: UnitOfWork, words: _Words) -> _List:
            start, end = self._moments(period)
            items = uow.overview.check_ins(start, end, status=None, open_placements_only=False)
            columns = (c.WHEN, c.PARTICIPANT, c.EMPLOYER_NAME, c.KIND, c.STATUS)
            rows: list[Sequence[Cell]] = [
                (
                    item.scheduled_at,
                    item.participant_name,
                    item.employer_name,
                    words.item(ListName.NOTE_KINDS, item.kind),
                    words.label(item.status),
                )
                for item in items
            ]
            ids = sorted({item.placement_id for item in items})
            return _List(columns, rows, "placement", ids)

        return self._write_list(ListKind.CHECK_INS, path, file_format, language, gather)

    def write_notes(
        self,
        placement_id: int,
        path: Path,
        *,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        """Every note of the placement, internal ones too, marked as such: this list is the
        coordinator's own, not a document for the employer."""

        def gather(uow: UnitOfWork, words: _Words) -> _List:
            get_placement(uow, placement_id)
            notes = uow.notes.of_placement(placement_id)
            columns = (
                c.WHEN,
                c.KIND,
                c.WITH_WHOM,
                c.TEXT,
                c.MINUTES,
                c.SHAREABLE,
                c.DROPOUT_RISK,
            )
            rows: list[Sequence[Cell]] = [
                (
                    note.occurred_at,
                    words.item(ListName.NOTE_KINDS, note.kind),
                    words.label(note.with_whom),
                    note.text,
                    note.minutes_spent,
                    words.yes_no(note.shareable),
                    words.yes_no(note.dropout_risk),
                )
                for note in notes
            ]
            return _List(columns, rows, "placement", [placement_id])

        return self._write_list(ListKind.NOTES, path, file_format, language, gather)

    def write_network_contacts(
        self,
        path: Path,
        *,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        """The employer network log, oldest first: work with employers, not about a person,
        but its text is the coordinators' own words, so the file is logged like any other."""

        def gather(uow: UnitOfWork, words: _Words) -> _List:
            contacts = uow.network_contacts.all()
            employers = {e.id: e for e in uow.employers.page()}
            columns = (
                c.WHEN,
                c.EMPLOYER_NAME,
                c.ORGANISATION_NUMBER,
                c.KIND,
                c.WITH_WHOM,
                c.TEXT,
                c.MINUTES,
                c.FOLLOW_UP_ON,
                c.FOLLOWED_UP,
            )
            rows: list[Sequence[Cell]] = []
            for contact, employer_name in contacts:
                employer = employers.get(contact.employer_id)
                rows.append(
                    (
                        contact.occurred_at,
                        employer_name,
                        "" if employer is None else employer.organisation_number or "",
                        words.item(ListName.NETWORK_CONTACT_KINDS, contact.kind),
                        contact.with_whom,
                        contact.text,
                        contact.minutes_spent,
                        contact.follow_up_on,
                        ""
                        if contact.follow_up_on is None
                        else words.yes_no(contact.follow_up_done),
                    )
                )
            ids = sorted({contact.employer_id for contact, _name in contacts})
            return _List(columns, rows, "employer", ids)

        return self._write_list(ListKind.NETWORK_CONTACTS, path, file_format, language, gather)

    def write_tasks(
        self,
        path: Path,
        *,
        file_format: FileFormat | None = None,
        language: str | None = None,
    ) -> WrittenDocument:
        """The task catalogue: every task of every employer not in the trash, by employer,
        with the employer's places and free places and the placements that covered it. Its
        first six columns read back as a tasks import."""

        def gather(uow: UnitOfWork, words: _Words) -> _List:
            tasks = filter_catalogue(
                uow.employer_tasks.catalogue(), CatalogueFilter(), uow.country()
            )
            columns = (
                c.EMPLOYER_NAME,
                c.ORGANISATION_NUMBER,
                c.TASK_TITLE,
                c.TASK_CATEGORY,
                c.TASK_REQUIREMENTS,
                c.SECTOR,
                c.CAPACITY,
                c.FREE_PLACES,
                c.COVERED_BY,
            )
            rows: list[Sequence[Cell]] = [
                (
                    task.employer_name,
                    task.organisation_number or "",
                    task.title,
                    words.item(ListName.TASK_CATEGORIES, task.category) if task.category else "",
                    REQUIREMENT_SEPARATOR.join(
                        words.item(ListName.TASK_REQUIREMENTS, need) for need in task.requirements
                    ),
                    words.label(task.sector),
                    task.capacity,
                    task.free_places,
                    task.covered,
                )
                for task in tasks
            ]
            ids = sorted({task.employer_id for task in tasks})
            return _List(columns, rows, "employer", ids)

        return self._write_list(ListKind.TASKS, path, file_format, language, gather)

    # The calendar -----------------------------------------------------------------------------

    def write_calendar(
        self, path: Path, period: Period | None = None, *, language: str | None = None
    ) -> WrittenDocument:
        """Every check-in of the period, cancelled ones as cancelled, so a calendar that
        took an earlier file drops them; the same check-in keeps its UID from file to file."""
        # openpyxl and icalendar load on the first export, not with the window.
        from ambassador.interchange.calendar import CalendarEvent, calendar_bytes

        if self._db.read_only:  # its export-log line could not be written (files.py)
            raise StorageError(NOT_LOGGED)
        now = self._clock.now()
        with self._db.write() as uow:
            calendar_id = self.calendar_id(uow)
        with self._db.read() as uow:
            translate = self._translate(uow, language)
            start, end = self._moments(period)
            items = uow.overview.check_ins(start, end, status=None, open_placements_only=False)
        # Each export outranks the one before, so a calendar takes its times and states.
        sequence = int((now - datetime(2020, 1, 1)).total_seconds() // 60)
        title = translate("Documents", EVENT_TITLE)
        events = [
            CalendarEvent(
                uid=f"check-in-{item.check_in_id}-{calendar_id}@ambassador",
                title=title.format(first_name=item.first_name, employer=item.employer_name),
                start=item.scheduled_at,
                duration=CHECK_IN_LENGTH,
                sequence=sequence,
                cancelled=item.status is CheckInStatus.CANCELLED,
            )
            for item in items
        ]
        data = calendar_bytes(events, name=translate("Documents", CALENDAR_NAME), stamp=now)
        return write_logged(
            self._db,
            self._clock,
            kind=CALENDAR,
            subject_kind="placement",
            subject_ids=sorted({item.placement_id for item in items}),
            path=path,
            write=data,
            rows=len(events),
        )

    # Shared -----------------------------------------------------------------------------------

    def _write_list(
        self,
        kind: ListKind,
        path: Path,
        file_format: FileFormat | None,
        language: str | None,
        gather: Callable[[UnitOfWork, _Words], _List],
        with_identity_numbers: bool = False,
    ) -> WrittenDocument:
        """The list `gather` reads, written in the chosen format; the personal identity
        number is taken out here, before anything is written, unless it was asked for."""
        from ambassador.interchange.spreadsheets import Table, write_csv, write_xlsx

        with self._db.read() as uow:
            chosen = language or Settings.from_strings(uow.settings.all()).language
            words = _Words(self._catalogs(chosen), uow.lists.names(chosen))
            listed = gather(uow, words)
            title = words(LABELS_CONTEXT, LIST_LABELS[kind])
        if not with_identity_numbers:
            listed = listed.without(c.IDENTITY_NUMBER)
        table = Table(title, tuple(words.header(col) for col in listed.columns), listed.rows)
        chosen = file_format or file_format_of(path)
        writer = write_xlsx if chosen is FileFormat.XLSX else write_csv

        def write(stream: BinaryIO) -> None:
            writer(table, stream)

        return write_logged(
            self._db,
            self._clock,
            kind=kind.log_kind,
            subject_kind=listed.subject_kind,
            subject_ids=listed.subject_ids,
            path=path,
            write=write,
            rows=len(listed.rows),
        )

    def default_period(self) -> Period:
        """The check-ins a calendar or list takes when no period is given."""
        today = self._clock.today()
        return Period(today - CALENDAR_BEFORE, today + CALENDAR_AFTER)

    def _moments(self, period: Period | None) -> tuple[datetime, datetime]:
        period = period or self.default_period()
        return (
            datetime.combine(period.start, time.min),
            datetime.combine(period.end + timedelta(days=1), time.min),
        )

    def _translate(self, uow: UnitOfWork, language: str | None) -> Translate:
        chosen = language or Settings.from_strings(uow.settings.all()).language
        return self._catalogs(chosen)

    @staticmethod
    def calendar_id(uow: UnitOfWork) -> str:
        """A random word kept with the data, so two databases' check-ins never share a UID
        and one database's keep theirs; made at the first export, or on a server when IT adds
        the first user (services/team.py), since a coordinator may not write it there."""
        stored = uow.settings.all().get(_SETTING_CALENDAR_ID)
        if stored:
            return stored
        made = secrets.token_hex(8)
        uow.settings.put({_SETTING_CALENDAR_ID: made})
        return made
