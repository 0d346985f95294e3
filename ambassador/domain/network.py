"""The employer network log: work with an employer alone (a recruitment visit, a network
meeting, a call about a partnership), with a follow-up date when something is to be done.

A network contact is about an employer, never about a participant: it is the organisation's,
as the employer is, and stays out of a person's register extract.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ambassador.domain.errors import Problem
from ambassador.domain.followup import MINUTES_RANGE
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import (
    SHORT_TEXT_MAX,
    check_length,
    check_required,
    check_text,
    clean,
    raise_if_any,
)

FOLLOW_UP_BEFORE_CONTACT = QT_TRANSLATE_NOOP(
    "Messages", "The follow-up cannot be before the day of the contact."
)
CONTACT_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Messages", "A network contact records what happened; it cannot be later than now."
)

# Översikt lists the follow-ups due within this many days, and those already past.
FOLLOW_UP_HORIZON_DAYS = 7


@dataclass(frozen=True, kw_only=True)
class NetworkContactFields:
    employer_id: int
    occurred_at: datetime
    kind: str
    with_whom: str = ""
    text: str
    minutes_spent: int | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class NetworkContact(NetworkContactFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    follow_up_done: bool = False
    created_at: datetime
    deleted_at: datetime | None = None

    def follow_up_open(self) -> bool:
        return self.follow_up_on is not None and not self.follow_up_done


@dataclass(frozen=True)
class EmployerFollowUpDue:
    """A network contact's follow-up that is due soon or past, for Översikt."""

    contact_id: int
    version: int
    employer_id: int
    employer_name: str
    kind: str
    follow_up_on: date

    def is_overdue(self, today: date) -> bool:
        return self.follow_up_on < today


def follow_up_horizon(today: date) -> date:
    """The last follow-up day Översikt shows: a week ahead."""
    return today + timedelta(days=FOLLOW_UP_HORIZON_DAYS)


def validate_network_contact(fields: NetworkContactFields, now: datetime) -> NetworkContactFields:
    """The fields cleaned: kind and text required, minutes 0–1440, not later than now, and a
    follow-up not before the contact's day."""
    problems: list[Problem] = []
    kind, with_whom, text = clean(fields.kind), clean(fields.with_whom), clean(fields.text)
    check_required(problems, "kind", kind)
    check_length(problems, "kind", kind, SHORT_TEXT_MAX)
    check_length(problems, "with_whom", with_whom, SHORT_TEXT_MAX)
    check_required(problems, "text", text)
    check_text(problems, "text", text)
    if fields.minutes_spent is not None and not 0 <= fields.minutes_spent <= 1440:
        problems.append(Problem("minutes_spent", MINUTES_RANGE))
    if fields.occurred_at > now:
        problems.append(Problem("occurred_at", CONTACT_IN_FUTURE))
    if fields.follow_up_on is not None and fields.follow_up_on < fields.occurred_at.date():
        problems.append(Problem("follow_up_on", FOLLOW_UP_BEFORE_CONTACT))
    raise_if_any(problems)
    return replace(fields, kind=kind, with_whom=with_whom, text=text)
