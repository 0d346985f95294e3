"""The participant: the person in a placement, with the consents they have given."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime

from ambassador.domain.country import DEFAULT_COUNTRY, parse_identity_number
from ambassador.domain.enums import ConsentScope, Gender
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.identity import mask_personal_identity_number
from ambassador.domain.tasks import check_labels, clean_labels
from ambassador.domain.validation import (
    SHORT_TEXT_MAX,
    check_email,
    check_length,
    check_name,
    check_phone,
    check_text,
    clean,
    raise_if_any,
)


@dataclass(frozen=True, kw_only=True)
class ParticipantFields:
    """What a coordinator types about a participant; `personal_identity_number` is normalised."""

    first_name: str
    last_name: str
    personal_identity_number: str | None = None
    gender: Gender = Gender.UNDISCLOSED
    phone: str = ""
    email: str = ""
    address: str = ""
    referral_source: str = ""
    referral_date: date | None = None
    referral_reference: str = ""
    language: str = ""
    interpreter_needed: bool = False
    needs_and_adaptations: str = ""
    strengths: str = ""
    interests: str = ""
    goals: str = ""
    # Labels of the editable lists: the task categories the person would like to work in,
    # and the task requirements they cannot meet (sensitive, like needs and adaptations).
    task_interests: tuple[str, ...] = ()
    task_limits: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def masked_identity_number(self) -> str:
        return mask_personal_identity_number(self.personal_identity_number)


@dataclass(frozen=True, kw_only=True)
class Participant(ParticipantFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Consent:
    id: int
    participant_id: int
    scope: ConsentScope
    employer_id: int | None
    given_on: date
    withdrawn_on: date | None = None
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)


def validate_participant(
    fields: ParticipantFields,
    today: date,
    *,
    categories: Collection[str] | None = None,
    requirements: Collection[str] | None = None,
    country: str = DEFAULT_COUNTRY,
) -> ParticipantFields:
    """Return the fields cleaned and normalised, or raise one ValidationError naming every field.

    `categories` and `requirements` are the labels the task interests and limits may use;
    None accepts any label of a sensible length. `country` decides the identity number: a
    Swedish personnummer or a Danish CPR number."""
    problems: list[Problem] = []
    first = clean(fields.first_name)
    last = clean(fields.last_name)
    check_name(problems, "first_name", first)
    check_name(problems, "last_name", last)
    number: str | None = None
    raw_number = clean(fields.personal_identity_number)
    if raw_number:
        try:
            number = parse_identity_number(raw_number, today, country)
        except ValidationError as error:
            problems.extend(error.problems)
    phone, email = clean(fields.phone), clean(fields.email)
    check_phone(problems, "phone", phone)
    check_email(problems, "email", email)
    for name in ("address", "referral_source", "referral_reference", "language"):
        check_length(problems, name, clean(getattr(fields, name)), SHORT_TEXT_MAX)
    for name in ("needs_and_adaptations", "strengths", "interests", "goals"):
        check_text(problems, name, getattr(fields, name))
    task_interests = clean_labels(fields.task_interests)
    task_limits = clean_labels(fields.task_limits)
    check_labels(problems, "task_interests", task_interests, categories)
    check_labels(problems, "task_limits", task_limits, requirements)
    raise_if_any(problems)
    return replace(
        fields,
        first_name=first,
        last_name=last,
        personal_identity_number=number,
        phone=phone,
        email=email,
        address=clean(fields.address),
        referral_source=clean(fields.referral_source),
        referral_reference=clean(fields.referral_reference),
        language=clean(fields.language),
        needs_and_adaptations=clean(fields.needs_and_adaptations),
        strengths=clean(fields.strengths),
        interests=clean(fields.interests),
        goals=clean(fields.goals),
        task_interests=task_interests,
        task_limits=task_limits,
    )
