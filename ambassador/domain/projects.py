"""Projects: funded programmes (ESF+ and the like) with a period and a target number of
people; placements belong to one (`Placement.project_id`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import (
    SHORT_TEXT_MAX,
    check_date_order,
    check_length,
    check_printable_letters,
    check_required,
    clean,
    raise_if_any,
)

REFERENCE_MAX = 100
TARGET_MAX = 100_000

TARGET_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "Give the target as a whole number of people, 1 to 100000, or leave it empty."
)


@dataclass(frozen=True, kw_only=True)
class ProjectFields:
    name: str
    start_date: date
    end_date: date
    reference: str = ""  # the funder's case or project number
    funding_source: str = ""  # ESF+, the municipality's own, Arbetsförmedlingen, …
    target_participants: int | None = None  # people, not placements


@dataclass(frozen=True, kw_only=True)
class Project(ProjectFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    created_at: datetime
    updated_at: datetime

    def covers(self, day: date) -> bool:
        """Whether the day falls within the project's period."""
        return self.start_date <= day <= self.end_date


def validate_project(fields: ProjectFields) -> ProjectFields:
    problems: list[Problem] = []
    name = clean(fields.name)
    reference = clean(fields.reference)
    funding = clean(fields.funding_source)
    check_required(problems, "name", name)
    check_length(problems, "name", name, SHORT_TEXT_MAX)
    check_printable_letters(problems, "name", name)
    check_length(problems, "reference", reference, REFERENCE_MAX)
    check_printable_letters(problems, "reference", reference)
    check_length(problems, "funding_source", funding, SHORT_TEXT_MAX)
    check_printable_letters(problems, "funding_source", funding)
    check_date_order(problems, "end_date", fields.start_date, fields.end_date)
    target = fields.target_participants
    if target is not None and not 1 <= target <= TARGET_MAX:
        problems.append(Problem("target_participants", TARGET_RANGE))
    raise_if_any(problems)
    return replace(fields, name=name, reference=reference, funding_source=funding)


@dataclass(frozen=True)
class ProjectLine:
    """A project as the list shows it: with the people who have started in it so far."""

    project: Project
    people: int
