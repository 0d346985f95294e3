"""The follow-up record of a placement: notes, scheduled check-ins and feedback."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ambassador.domain.enums import CheckInStatus, Respondent, WithWhom
from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import (
    check_rating,
    check_required,
    check_text,
    clean,
    raise_if_any,
)

MINUTES_RANGE = QT_TRANSLATE_NOOP("Messages", "Give the time spent as 0 to 1440 minutes.")
NOTE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Messages", "A note records what happened; it cannot be later than now."
)
NO_RATING = QT_TRANSLATE_NOOP("Messages", "Give at least one rating or a comment.")

RATING_FIELDS = ("attendance", "performance", "cooperation", "development", "felt_supported")


@dataclass(frozen=True, kw_only=True)
class NoteFields:
    participant_id: int
    placement_id: int | None
    occurred_at: datetime
    kind: str
    with_whom: WithWhom
    text: str
    minutes_spent: int | None = None
    shareable: bool = False
    dropout_risk: bool = False


@dataclass(frozen=True, kw_only=True)
class Note(NoteFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    created_at: datetime
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class CheckIn:
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    placement_id: int
    scheduled_at: datetime
    kind: str
    status: CheckInStatus
    note_id: int | None = None
    series_id: int | None = None

    def is_overdue(self, now: datetime) -> bool:
        """Planned for a day that has passed. Today's check-ins are due today, not late, on
        Översikt, in the lists, the calendar and the timeline alike."""
        return self.status is CheckInStatus.PLANNED and self.scheduled_at.date() < now.date()

    def is_due_today(self, now: datetime) -> bool:
        return self.status is CheckInStatus.PLANNED and self.scheduled_at.date() == now.date()

    def recorded_at(self, now: datetime) -> datetime:
        """When its note most likely happened: at the planned time, however long ago (today's
        10:00 recorded at 14:00 is 10:00; a visit recorded late happened as planned unless
        the person says otherwise); one planned ahead was held early, so now, as a note is
        never dated later than now."""
        return self.scheduled_at if self.scheduled_at <= now else now


@dataclass(frozen=True, kw_only=True)
class CheckInSeries:
    """A recurring check-in: every `every_days` from `first_at`, up to the placement's end
    or `until_on`, whichever comes first.

    `from_plan` marks the series of the placement's own follow-up plan: one for each phase,
    each stopping at its phase's last day (the last phase at the placement's end).
    """

    id: int
    placement_id: int
    first_at: datetime
    every_days: int
    kind: str
    from_plan: bool = False
    until_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class FeedbackFields:
    placement_id: int
    given_on: date
    respondent: Respondent
    contact_id: int | None = None
    attendance: int | None = None
    performance: int | None = None
    cooperation: int | None = None
    development: int | None = None
    felt_supported: int | None = None
    could_consider_hiring: bool | None = None
    strengths: str = ""
    areas_to_develop: str = ""

    def ratings(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in RATING_FIELDS}


@dataclass(frozen=True, kw_only=True)
class Feedback(FeedbackFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    created_at: datetime
    deleted_at: datetime | None = None


def validate_note(fields: NoteFields, now: datetime) -> NoteFields:
    problems: list[Problem] = []
    text = clean(fields.text)
    check_required(problems, "text", text)
    check_text(problems, "text", text)
    check_required(problems, "kind", clean(fields.kind))
    if fields.minutes_spent is not None and not 0 <= fields.minutes_spent <= 1440:
        problems.append(Problem("minutes_spent", MINUTES_RANGE))
    if fields.occurred_at > now:
        problems.append(Problem("occurred_at", NOTE_IN_FUTURE))
    raise_if_any(problems)
    return replace(fields, text=text, kind=clean(fields.kind))


def validate_feedback(fields: FeedbackFields) -> FeedbackFields:
    problems: list[Problem] = []
    for name in RATING_FIELDS:
        check_rating(problems, name, getattr(fields, name))
    strengths, areas = clean(fields.strengths), clean(fields.areas_to_develop)
    check_text(problems, "strengths", strengths)
    check_text(problems, "areas_to_develop", areas)
    has_rating = any(value is not None for value in fields.ratings().values())
    if not has_rating and not strengths and not areas and fields.could_consider_hiring is None:
        problems.append(Problem("attendance", NO_RATING))
    raise_if_any(problems)
    return replace(fields, strengths=strengths, areas_to_develop=areas)
