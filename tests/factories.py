"""Factories for test records: valid by default, any field overridable."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from ambassador.domain.employer import ContactFields, EmployerFields
from ambassador.domain.enums import ContactRole, Gender, Sector, WithWhom
from ambassador.domain.followup import NoteFields
from ambassador.domain.identity import luhn_check_digit
from ambassador.domain.participant import ParticipantFields
from ambassador.domain.placement import PlacementFields
from ambassador.domain.plan import FollowUpPlan
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services

_serials = itertools.count(100)

# Every name, identity number and note text handed out, so the suite can fail a test whose
# log records carry any of them (tests/conftest.py). Short strings would match by chance.
HANDED_OUT: set[str] = set()
_SHORTEST_REGISTERED = 3


def _register(*values: str | None) -> None:
    for value in values:
        if value is not None and len(value.strip()) >= _SHORTEST_REGISTERED:
            HANDED_OUT.add(value.strip())


def make_identity_number(birth: date = date(1985, 3, 12), woman: bool = True) -> str:
    """A generated, checksum-valid personnummer (never a real person's) as YYYYMMDD-NNNN."""
    serial = next(_serials) % 1000
    serial = serial - serial % 2 + (0 if woman else 1)
    nine = f"{birth:%y%m%d}{serial:03d}"
    number = f"{birth:%Y%m%d}-{serial:03d}{luhn_check_digit(nine)}"
    _register(number, number.replace("-", ""), number[2:])
    return number


def make_organisation_number(seed: int) -> str:
    nine = f"556{seed % 1_000_000:06d}"
    return f"{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"


def participant_fields(**overrides: Any) -> ParticipantFields:
    base = ParticipantFields(first_name="Åsa", last_name="Öberg", gender=Gender.WOMAN)
    fields = replace(base, **overrides)
    _register(fields.first_name, fields.last_name, fields.personal_identity_number)
    return fields


def employer_fields(**overrides: Any) -> EmployerFields:
    base = EmployerFields(name="Bergströms Bygg AB", sector=Sector.PRIVATE, capacity=2)
    fields = replace(base, **overrides)
    _register(fields.name)
    return fields


def make_participant(services: Services, **overrides: Any) -> int:
    return services.participants.create(participant_fields(**overrides)).participant.id


def make_employer(services: Services, **overrides: Any) -> int:
    return services.employers.create(employer_fields(**overrides)).employer.id


def make_supervisor(services: Services, employer_id: int, name: str = "Kerstin Lind") -> int:
    _register(name)
    contact, _changes = services.employers.add_contact(
        ContactFields(employer_id=employer_id, name=name, role=ContactRole.SUPERVISOR)
    )
    return contact.id


def make_placement(
    services: Services,
    participant_id: int | None = None,
    employer_id: int | None = None,
    **overrides: Any,
) -> int:
    participant_id = participant_id or make_participant(services)
    employer_id = employer_id or make_employer(
        services, organisation_number=None, name=f"Arbetsgivare {next(_serials)}"
    )
    base = PlacementFields(
        participant_id=participant_id,
        employer_id=employer_id,
        placement_type="Praktik",
        start_date=date(2026, 9, 1),
        planned_end_date=date(2027, 2, 28),
        plan=None,
    )
    return services.placements.create(replace(base, **overrides)).placement.id


def note_fields(
    participant_id: int, placement_id: int | None, occurred_at: datetime, **overrides: Any
) -> NoteFields:
    base = NoteFields(
        participant_id=participant_id,
        placement_id=placement_id,
        occurred_at=occurred_at,
        kind="Telefonsamtal",
        with_whom=WithWhom.SUPERVISOR,
        text="Samtal med handledaren om veckan.",
    )
    fields = replace(base, **overrides)
    _register(fields.text)
    return fields


def days_before(moment: datetime, days: int) -> datetime:
    return moment - timedelta(days=days)


def every(days: int) -> FollowUpPlan:
    """One rhythm from start to end: a check-in every `days` days (silent after 14 or more)."""
    return FollowUpPlan.uniform(days, 14)


def make_ended_placement(
    services: Services,
    gender: Gender,
    outcome: Any,
    *,
    ended_on: date = date(2026, 3, 31),
    reason: str = "",
    result: Any = None,
) -> int:
    """A placement of 2026 that ended as told, its outcome check (due 90 days later) answered
    with `result` when one is given (a FollowUpResult)."""
    from ambassador.domain.placement import Ending

    participant_id = make_participant(services, gender=gender)
    placement_id = make_placement(
        services,
        participant_id,
        start_date=date(2026, 1, 12),
        planned_end_date=date(2026, 6, 30),
    )
    services.placements.end(placement_id, Ending(ended_on=ended_on, outcome=outcome, reason=reason))
    if result is not None:
        check = services.outcome_checks.of_placement(placement_id)
        assert check is not None
        services.outcome_checks.record(check.id, result)
    return placement_id


def without_ids(tasks: list[EmployerTask]) -> list[EmployerTask]:
    """An employer's tasks as read, without the ids the store gave them (to compare with
    tasks made in a test)."""
    return [replace(task, id=None) for task in tasks]
