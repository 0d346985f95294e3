"""Use cases for following a placement up: notes, check-ins and feedback."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ambassador.domain.clock import Clock
from ambassador.domain.enums import CheckInStatus, ListName
from ambassador.domain.errors import (
    NotFoundError,
    Problem,
    RuleViolationError,
    ValidationError,
)
from ambassador.domain.followup import (
    CheckIn,
    Feedback,
    FeedbackFields,
    Note,
    NoteFields,
    validate_feedback,
    validate_note,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.overview import CheckInItem
from ambassador.domain.placement import CADENCE_RANGE, Placement
from ambassador.domain.recurrence import occurrences
from ambassador.services.changes import Changes, ids
from ambassador.services.participants import get_participant
from ambassador.services.placements import get_placement
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

UNKNOWN_KIND = QT_TRANSLATE_NOOP("Messages", "Choose a kind of contact from the list.")
WRONG_PARTICIPANT = QT_TRANSLATE_NOOP(
    "Messages", "The note's participant is not the participant of the placement."
)
NOT_PLANNED = QT_TRANSLATE_NOOP(
    "Messages", "Only a planned check-in can be marked done, missed or cancelled."
)
PLACEMENT_ENDED = QT_TRANSLATE_NOOP("Messages", "The placement has ended; nothing more is planned.")
CONTACT_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages", "The respondent must be a contact at the placement's employer."
)


@dataclass(frozen=True)
class NoteSaved:
    note: Note
    changes: Changes


class FollowUpService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    # Notes ------------------------------------------------------------------------------

    @retried
    def add_note(self, fields: NoteFields) -> NoteSaved:
        clean = validate_note(fields, self._clock.now())
        with self._db.write() as uow:
            note = self._add_note(uow, clean)
        return NoteSaved(note, self._note_changes(note))

    def notes_of_placement(self, placement_id: int) -> list[Note]:
        with self._db.read() as uow:
            return uow.notes.of_placement(placement_id)

    @retried
    def delete_note(self, note_id: int, *, expected_version: int | None = None) -> Changes:
        """Move to the trash; `expected_version`: the version the screen read, a stale one
        refused with a ConflictError (None: a caller that is not a form)."""
        with self._db.write() as uow:
            uow.notes.check_version(note_id, expected_version)
            note = uow.notes.get(note_id)
            if note is None:
                raise NotFoundError("note", note_id)
            uow.notes.set_deleted(note_id, self._clock.now(), expected_version=expected_version)
        return self._note_changes(note)

    # Check-ins --------------------------------------------------------------------------

    def get_check_in(self, check_in_id: int) -> CheckIn:
        with self._db.read() as uow:
            check_in = uow.check_ins.get(check_in_id)
            if check_in is None:
                raise NotFoundError("check_in", check_in_id)
            return check_in

    def check_ins_between(self, start: datetime, end: datetime) -> list[CheckInItem]:
        """Every check-in of the period in any status, for the calendar."""
        with self._db.read() as uow:
            return uow.overview.check_ins(start, end, status=None, open_placements_only=False)

    def check_ins_of_placement(self, placement_id: int) -> list[CheckIn]:
        with self._db.read() as uow:
            return uow.check_ins.of_placement(placement_id)

    @retried
    def schedule_check_in(self, placement_id: int, at: datetime, kind: str) -> Changes:
        with self._db.write() as uow:
            self._open_placement(uow, placement_id)
            self._check_kind(uow, kind)
            added = uow.check_ins.add_many(placement_id, [at], kind, self._clock.now())
        return Changes(
            placements=ids(placement_id),
            check_ins=frozenset(c.id for c in added),
            timelines_only=True,
        )

    @retried
    def schedule_series(
        self, placement_id: int, first_at: datetime, every_days: int, kind: str
    ) -> Changes:
        """Concrete check-ins every `every_days` from `first_at` to the planned end."""
        if not 1 <= every_days <= 365:
            raise ValidationError.single("every_days", CADENCE_RANGE)
        now = self._clock.now()
        with self._db.write() as uow:
            placement = self._open_placement(uow, placement_id)
            self._check_kind(uow, kind)
            series = uow.check_ins.add_series(placement_id, first_at, every_days, kind, False)
            times = occurrences(
                first_at, every_days, placement.planned_end_date, horizon_from=now.date()
            )
            added = uow.check_ins.add_many(placement_id, times, kind, now, series.id)
        return Changes(
            placements=ids(placement_id),
            check_ins=frozenset(c.id for c in added),
            timelines_only=True,
        )

    @retried
    def complete_check_in(self, check_in_id: int, note: NoteFields) -> NoteSaved:
        """Record the note of a planned check-in and mark it done, in one transaction."""
        with self._db.write() as uow:
            check_in = self._planned(uow, check_in_id)
            placement = get_placement(uow, check_in.placement_id)
            fields = replace(
                note, placement_id=placement.id, participant_id=placement.participant_id
            )
            saved = self._add_note(uow, validate_note(fields, self._clock.now()))
            uow.check_ins.set_status(check_in_id, CheckInStatus.DONE, saved.id)
        changes = self._note_changes(saved) | Changes(check_ins=ids(check_in_id))
        return NoteSaved(saved, changes)

    @retried
    def mark_check_in(self, check_in_id: int, status: CheckInStatus) -> Changes:
        """Mark a planned check-in missed or cancelled (done goes through its note)."""
        if status not in (CheckInStatus.MISSED, CheckInStatus.CANCELLED):
            raise RuleViolationError(NOT_PLANNED)
        with self._db.write() as uow:
            check_in = self._planned(uow, check_in_id)
            uow.check_ins.set_status(check_in_id, status)
        return Changes(
            placements=ids(check_in.placement_id), check_ins=ids(check_in_id), timelines_only=True
        )

    # Feedback ---------------------------------------------------------------------------

    @retried
    def record_feedback(self, fields: FeedbackFields) -> tuple[Feedback, Changes]:
        clean = validate_feedback(fields)
        with self._db.write() as uow:
            placement = get_placement(uow, clean.placement_id)
            if clean.contact_id is not None:
                contact = uow.employers.contact(clean.contact_id)
                if contact is None or contact.employer_id != placement.employer_id:
                    raise ValidationError.single("contact_id", CONTACT_ELSEWHERE)
            feedback = uow.feedback.add(clean, self._clock.now())
        changes = Changes(
            placements=ids(placement.id),
            employers=ids(placement.employer_id),
            feedback=ids(feedback.id),
        )
        return feedback, changes

    def feedback_of_placement(self, placement_id: int) -> list[Feedback]:
        with self._db.read() as uow:
            return uow.feedback.of_placement(placement_id)

    # Shared -----------------------------------------------------------------------------

    def _add_note(self, uow: UnitOfWork, fields: NoteFields) -> Note:
        get_participant(uow, fields.participant_id)
        if fields.placement_id is not None:
            placement = get_placement(uow, fields.placement_id)
            if placement.participant_id != fields.participant_id:
                raise ValidationError.single("placement_id", WRONG_PARTICIPANT)
        self._check_kind(uow, fields.kind)
        return uow.notes.add(fields, self._clock.now())

    @staticmethod
    def _note_changes(note: Note) -> Changes:
        return Changes(
            participants=ids(note.participant_id),
            placements=frozenset() if note.placement_id is None else ids(note.placement_id),
            notes=ids(note.id),
            timelines_only=True,  # a note is no change of the person's or placement's fields
        )

    @staticmethod
    def _check_kind(uow: UnitOfWork, kind: str) -> None:
        if kind not in uow.lists.labels(ListName.NOTE_KINDS, include_inactive=True):
            raise ValidationError([Problem("kind", UNKNOWN_KIND)])

    @staticmethod
    def _open_placement(uow: UnitOfWork, placement_id: int) -> Placement:
        placement = get_placement(uow, placement_id)
        if placement.ending is not None:
            raise RuleViolationError(PLACEMENT_ENDED)
        return placement

    @staticmethod
    def _planned(uow: UnitOfWork, check_in_id: int) -> CheckIn:
        check_in = uow.check_ins.get(check_in_id)
        if check_in is None:
            raise NotFoundError("check_in", check_in_id)
        if check_in.status is not CheckInStatus.PLANNED:
            raise RuleViolationError(NOT_PLANNED)
        return check_in
