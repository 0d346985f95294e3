"""Mentors: a person at an employer, or in the unit, who guides a participant on a placement
(`Placement.mentor_id`, with their hours a week)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ambassador.domain.errors import Problem
from ambassador.domain.validation import (
    check_email,
    check_name,
    check_phone,
    clean,
    raise_if_any,
)


@dataclass(frozen=True, kw_only=True)
class MentorFields:
    name: str
    employer_id: int | None = None  # None: the unit's own mentor, for any employer
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class Mentor(MentorFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    created_at: datetime

    @property
    def in_unit(self) -> bool:
        return self.employer_id is None

    def serves(self, employer_id: int | None) -> bool:
        """Whether the mentor may be chosen for a placement at the employer: theirs, or
        the unit's own."""
        return self.employer_id is None or self.employer_id == employer_id


def validate_mentor(fields: MentorFields) -> MentorFields:
    problems: list[Problem] = []
    name = clean(fields.name)
    phone = clean(fields.phone)
    email = clean(fields.email)
    check_name(problems, "name", name)
    check_phone(problems, "phone", phone)
    check_email(problems, "email", email)
    raise_if_any(problems)
    return replace(fields, name=name, phone=phone, email=email)


def mentors_for(mentors: list[Mentor], employer_id: int | None) -> list[Mentor]:
    """The mentors a placement at the employer may have: the employer's first, then the
    unit's, each in the order given."""
    own = [m for m in mentors if m.employer_id is not None and m.employer_id == employer_id]
    return own + [m for m in mentors if m.in_unit]
