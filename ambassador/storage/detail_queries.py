"""What a detail pane's timeline shows: a placement's or a person's notes, check-ins, feedback
and outcome checks, read as plain rows of the domain's fields.

The repositories' own reads load each row as an ORM object first (identity map, change
tracking), a few tens of microseconds a row; a busy placement's timeline is hundreds of rows
read again each time its pane opens, and nothing here is written back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ambassador.domain.followup import CheckIn, Feedback, Note
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheck
from ambassador.storage.mapping import columns_of, from_columns, to_domain
from ambassador.storage.rows import (
    CheckInRow,
    EmployerRow,
    FeedbackRow,
    NoteRow,
    OutcomeCheckRow,
    ParticipantRow,
    PlacementRow,
)

T = TypeVar("T")


def _select(domain: type, row: type) -> Select[Any]:
    return select(*columns_of(domain, row))


class DetailQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _read(self, domain: type[T], query: Select[Any]) -> list[T]:
        return [from_columns(domain, row) for row in self._session.execute(query)]

    def notes_of_placement(self, placement_id: int) -> list[Note]:
        """The placement's notes not in the trash, oldest first."""
        query = (
            _select(Note, NoteRow)
            .where(NoteRow.placement_id == placement_id, NoteRow.deleted_at.is_(None))
            .order_by(NoteRow.occurred_at, NoteRow.id)
        )
        return self._read(Note, query)

    def notes_of_participant(self, participant_id: int) -> list[Note]:
        """The person's notes not in the trash, with a placement or without, oldest first."""
        query = (
            _select(Note, NoteRow)
            .where(NoteRow.participant_id == participant_id, NoteRow.deleted_at.is_(None))
            .order_by(NoteRow.occurred_at, NoteRow.id)
        )
        return self._read(Note, query)

    def check_ins_of(self, placement_ids: Sequence[int]) -> list[CheckIn]:
        """The placements' check-ins, by the time each is planned."""
        if not placement_ids:
            return []
        query = (
            _select(CheckIn, CheckInRow)
            .where(CheckInRow.placement_id.in_(placement_ids))
            .order_by(CheckInRow.scheduled_at, CheckInRow.id)
        )
        return self._read(CheckIn, query)

    def feedback_of(self, placement_ids: Sequence[int]) -> list[Feedback]:
        """The placements' feedback not in the trash, by the day it was given."""
        if not placement_ids:
            return []
        query = (
            _select(Feedback, FeedbackRow)
            .where(FeedbackRow.placement_id.in_(placement_ids), FeedbackRow.deleted_at.is_(None))
            .order_by(FeedbackRow.given_on, FeedbackRow.id)
        )
        return self._read(Feedback, query)

    def outcome_checks_of(self, placement_ids: Sequence[int]) -> list[OutcomeCheck]:
        """The placements' outcome checks, by the day each is due."""
        if not placement_ids:
            return []
        query = (
            _select(OutcomeCheck, OutcomeCheckRow)
            .where(OutcomeCheckRow.placement_id.in_(placement_ids))
            .order_by(OutcomeCheckRow.due_on, OutcomeCheckRow.id)
        )
        # Its result may be none, which to_domain does not turn into the enum.
        return [
            to_domain(
                OutcomeCheck, row, result=None if row.result is None else FollowUpResult(row.result)
            )
            for row in self._session.execute(query)
        ]

    def participant_names_at(self, employer_id: int) -> dict[int, tuple[str, str]]:
        """The first and last names of the people of the employer's placements not in the
        trash, by the person's id; a person in the trash is left out. One query however many
        placements (the employer's network log names each one's person)."""
        people = select(PlacementRow.participant_id).where(
            PlacementRow.employer_id == employer_id, PlacementRow.deleted_at.is_(None)
        )
        query = select(
            ParticipantRow.id, ParticipantRow.first_name, ParticipantRow.last_name
        ).where(ParticipantRow.id.in_(people), ParticipantRow.deleted_at.is_(None))
        return {row.id: (row.first_name, row.last_name) for row in self._session.execute(query)}

    def employer_names(self, employer_ids: Sequence[int]) -> dict[int, str]:
        """The employers' names by id, those in the trash too (a person's consents name them)."""
        wanted = list(dict.fromkeys(employer_ids))
        if not wanted:
            return {}
        query = select(EmployerRow.id, EmployerRow.name).where(EmployerRow.id.in_(wanted))
        return {row.id: row.name for row in self._session.execute(query)}
