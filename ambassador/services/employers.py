"""Use cases for employers and their contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ambassador.domain.clock import Clock
from ambassador.domain.country import DEFAULT_COUNTRY
from ambassador.domain.employer import (
    Contact,
    ContactFields,
    Employer,
    EmployerFields,
    validate_contact,
    validate_employer,
)
from ambassador.domain.enums import ListName
from ambassador.domain.errors import NotFoundError, Problem, RuleViolationError, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.settings import Settings
from ambassador.domain.task_catalogue import CatalogueFilter, CatalogueTask, filter_catalogue
from ambassador.domain.tasks import EmployerTask, validate_tasks
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

HAS_PLACEMENTS = QT_TRANSLATE_NOOP(
    "Messages",
    "The employer has placements. Delete or move them first; their history must stay whole.",
)
DUPLICATE_ORGNR = QT_TRANSLATE_NOOP(
    "Messages", "Another employer is already registered with this organisation number."
)


@dataclass(frozen=True)
class EmployerSaved:
    employer: Employer
    changes: Changes


def get_employer(uow: UnitOfWork, employer_id: int) -> Employer:
    employer = uow.employers.get(employer_id)
    if employer is None:
        raise NotFoundError("employer", employer_id)
    return employer


class EmployerService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    @retried
    def create(self, fields: EmployerFields, tasks: Sequence[EmployerTask] = ()) -> EmployerSaved:
        """Register the employer with the tasks it offers: both or neither."""
        clean, clean_tasks = validate_employer_and_tasks(fields, tasks, self.country())
        with self._db.write() as uow:
            self._refuse_duplicate(uow, clean, None)
            employer = uow.employers.add(clean, self._clock.now())
            if clean_tasks:
                uow.employer_tasks.replace(employer.id, _known_labels(uow, clean_tasks))
        return EmployerSaved(employer, Changes(employers=ids(employer.id)))

    @retried
    def update(
        self,
        employer_id: int,
        fields: EmployerFields,
        tasks: Sequence[EmployerTask] | None = None,
        *,
        expected_version: int | None = None,
    ) -> EmployerSaved:
        """Change the employer and, unless `tasks` is None, replace its tasks: both or
        neither. `expected_version`: the version the form read; a stale one is refused with
        a ConflictError and nothing is written (None: a caller that is not a form). The
        tasks go with the employer's form and version; contacts have their own."""
        clean, clean_tasks = validate_employer_and_tasks(fields, tasks, self.country())
        with self._db.write() as uow:
            uow.employers.check_version(employer_id, expected_version)
            get_employer(uow, employer_id)
            self._refuse_duplicate(uow, clean, employer_id)
            employer = uow.employers.update(
                employer_id, clean, self._clock.now(), expected_version=expected_version
            )
            if clean_tasks is not None:
                uow.employer_tasks.replace(employer_id, _known_labels(uow, clean_tasks))
        return EmployerSaved(employer, Changes(employers=ids(employer_id)))

    def country(self) -> str:
        """The organisation's country, which decides the organisation number."""
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all()).country

    def tasks(self, employer_id: int) -> list[EmployerTask]:
        with self._db.read() as uow:
            return uow.employer_tasks.of_employer(employer_id)

    def catalogue(self, criteria: CatalogueFilter | None = None) -> list[CatalogueTask]:
        """The task catalogue: every task of every employer not in the trash that `criteria`
        admits (None: all), by employer name."""
        with self._db.read() as uow:
            tasks = uow.employer_tasks.catalogue()
            country = uow.country()
        return filter_catalogue(tasks, criteria or CatalogueFilter(), country)

    def get(self, employer_id: int) -> Employer:
        with self._db.read() as uow:
            return get_employer(uow, employer_id)

    def page(self, *, limit: int | None = None, offset: int = 0) -> list[Employer]:
        with self._db.read() as uow:
            return uow.employers.page(limit=limit, offset=offset)

    def contacts(self, employer_id: int) -> list[Contact]:
        with self._db.read() as uow:
            return uow.employers.contacts(employer_id)

    @retried
    def add_contact(self, fields: ContactFields) -> tuple[Contact, Changes]:
        clean = validate_contact(fields)
        with self._db.write() as uow:
            get_employer(uow, clean.employer_id)
            contact = uow.employers.add_contact(clean)
        return contact, Changes(employers=ids(clean.employer_id))

    @retried
    def update_contact(
        self, contact_id: int, fields: ContactFields, *, expected_version: int | None = None
    ) -> tuple[Contact, Changes]:
        """`expected_version`: the contact's, as its form read it (as for `update`)."""
        clean = validate_contact(fields)
        with self._db.write() as uow:
            uow.employers.check_contact_version(contact_id, expected_version)
            existing = uow.employers.contact(contact_id)
            if existing is None:
                raise NotFoundError("contact", contact_id)
            contact = uow.employers.update_contact(
                contact_id, clean, expected_version=expected_version
            )
        return contact, Changes(employers=ids(clean.employer_id))

    @retried
    def delete(self, employer_id: int, *, expected_version: int | None = None) -> Changes:
        """Move to the trash; `expected_version` as for `update`."""
        with self._db.write() as uow:
            uow.employers.check_version(employer_id, expected_version)
            get_employer(uow, employer_id)
            if uow.placements.of_employer(employer_id):
                raise RuleViolationError(HAS_PLACEMENTS)
            uow.employers.set_deleted(
                employer_id, self._clock.now(), expected_version=expected_version
            )
        return Changes(employers=ids(employer_id))

    @staticmethod
    def _refuse_duplicate(uow: UnitOfWork, fields: EmployerFields, own_id: int | None) -> None:
        if fields.organisation_number is None:
            return
        other = uow.employers.find_by_organisation_number(fields.organisation_number)
        if other is not None and other.id != own_id:
            raise ValidationError.single("organisation_number", DUPLICATE_ORGNR)


def validate_employer_and_tasks(
    fields: EmployerFields,
    tasks: Sequence[EmployerTask] | None,
    country: str = DEFAULT_COUNTRY,
) -> tuple[EmployerFields, tuple[EmployerTask, ...] | None]:
    """The fields and tasks cleaned, or one ValidationError naming every problem of both
    (a form checks with this as the person types); `country` decides the organisation
    number."""
    problems: list[Problem] = []
    clean = fields
    clean_tasks: tuple[EmployerTask, ...] | None = None
    try:
        clean = validate_employer(fields, country)
    except ValidationError as error:
        problems.extend(error.problems)
    if tasks is not None:
        try:
            clean_tasks = validate_tasks(tasks)
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return clean, clean_tasks


def _known_labels(uow: UnitOfWork, tasks: tuple[EmployerTask, ...]) -> tuple[EmployerTask, ...]:
    """The tasks, when their categories and requirements are entries of the lists (a
    removed entry still counts: old records keep it)."""
    return validate_tasks(
        tasks,
        uow.lists.labels(ListName.TASK_CATEGORIES, include_inactive=True),
        uow.lists.labels(ListName.TASK_REQUIREMENTS, include_inactive=True),
    )
