"""The employer and its contacts (supervisors, HR, managers)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ambassador.domain.country import DEFAULT_COUNTRY, parse_employer_number
from ambassador.domain.enums import AgreementStatus, ContactRole, Sector
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import (
    SHORT_TEXT_MAX,
    check_email,
    check_length,
    check_name,
    check_phone,
    check_printable_letters,
    check_required,
    check_text,
    clean,
    raise_if_any,
)

CAPACITY_RANGE = QT_TRANSLATE_NOOP("Messages", "Give how many placements at once, 0 to 500.")


@dataclass(frozen=True, kw_only=True)
class EmployerFields:
    name: str
    organisation_number: str | None = None
    sector: Sector = Sector.PRIVATE
    industry: str = ""
    address: str = ""
    agreement_status: AgreementStatus = AgreementStatus.NONE
    agreement_date: date | None = None
    tasks_offered: str = ""
    capacity: int = 1


@dataclass(frozen=True, kw_only=True)
class Employer(EmployerFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class ContactFields:
    employer_id: int
    name: str
    role: ContactRole = ContactRole.SUPERVISOR
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class Contact(ContactFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    deleted_at: datetime | None = None


def validate_employer(fields: EmployerFields, country: str = DEFAULT_COUNTRY) -> EmployerFields:
    """The fields cleaned; `country` decides the organisation number: a Swedish
    organisationsnummer or a Danish CVR number."""
    problems: list[Problem] = []
    name = clean(fields.name)
    check_required(problems, "name", name)
    check_length(problems, "name", name, SHORT_TEXT_MAX)
    check_printable_letters(problems, "name", name)
    number: str | None = None
    if clean(fields.organisation_number):
        try:
            number = parse_employer_number(clean(fields.organisation_number), country)
        except ValidationError as error:
            problems.extend(error.problems)
    check_length(problems, "industry", clean(fields.industry), SHORT_TEXT_MAX)
    check_length(problems, "address", clean(fields.address), SHORT_TEXT_MAX)
    check_text(problems, "tasks_offered", fields.tasks_offered)
    if not 0 <= fields.capacity <= 500:
        problems.append(Problem("capacity", CAPACITY_RANGE))
    raise_if_any(problems)
    return replace(
        fields,
        name=name,
        organisation_number=number,
        industry=clean(fields.industry),
        address=clean(fields.address),
        tasks_offered=clean(fields.tasks_offered),
    )


def validate_contact(fields: ContactFields) -> ContactFields:
    problems: list[Problem] = []
    name, phone, email = clean(fields.name), clean(fields.phone), clean(fields.email)
    check_name(problems, "name", name)
    check_phone(problems, "phone", phone)
    check_email(problems, "email", email)
    raise_if_any(problems)
    return replace(fields, name=name, phone=phone, email=email)
