"""The self-check's facts for a span of days: sized by the placements active in it and their
notes in it, through the notes' (placement, alive, occurred) index, not by the history."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ambassador.domain.enums import WithWhom
from ambassador.domain.selfcheck import WORKPLACE_PARTIES, SelfCheckNote, SelfCheckPlacement
from ambassador.storage.network import of_own_unit
from ambassador.storage.rows import (
    EmployerRow,
    NetworkContactRow,
    NoteRow,
    ParticipantRow,
    PlacementRow,
)

_WORKPLACE = sorted(party.value for party in WORKPLACE_PARTIES)


def _parse_moment(value: object) -> datetime | None:
    """An aggregate over a DateTime column comes back from SQLite as text."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


class SelfCheckQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def facts(self, start: date, end: date) -> tuple[list[SelfCheckPlacement], list[SelfCheckNote]]:
        """The placements active some day from `start` to `end` (inclusive) and their notes
        in those days; a placement started in the span carries its first workplace contact."""
        first_contact = (
            select(func.min(NoteRow.occurred_at))
            .where(
                NoteRow.placement_id == PlacementRow.id,
                NoteRow.deleted_at.is_(None),
                NoteRow.with_whom.in_(_WORKPLACE),
            )
            .scalar_subquery()
        )
        in_span: Any = and_(
            PlacementRow.deleted_at.is_(None),
            ParticipantRow.deleted_at.is_(None),
            EmployerRow.deleted_at.is_(None),
            PlacementRow.start_date <= end,
            or_(PlacementRow.ended_on.is_(None), PlacementRow.ended_on >= start),
        )
        placements_query = (
            select(
                PlacementRow.id,
                PlacementRow.start_date,
                PlacementRow.ended_on,
                PlacementRow.paused,
                # Only those started in the span are asked about their first contact.
                case((PlacementRow.start_date >= start, first_contact), else_=None),
            )
            .join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
            .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
            .where(in_span)
        )
        placements = [
            SelfCheckPlacement(pid, start_date, ended_on, bool(paused), _parse_moment(first))
            for pid, start_date, ended_on, paused, first in self._session.execute(placements_query)
        ]
        notes_query = (
            select(PlacementRow.id, NoteRow.occurred_at, NoteRow.with_whom, NoteRow.minutes_spent)
            .select_from(PlacementRow)
            .join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
            .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
            .join(
                NoteRow,
                and_(
                    NoteRow.placement_id == PlacementRow.id,
                    NoteRow.deleted_at.is_(None),
                    NoteRow.occurred_at >= datetime.combine(start, time.min),
                    NoteRow.occurred_at < datetime.combine(end + timedelta(days=1), time.min),
                ),
            )
            .where(in_span)
        )
        notes = [
            SelfCheckNote(pid, occurred_at, WithWhom(with_whom), minutes)
            for pid, occurred_at, with_whom, minutes in self._session.execute(notes_query)
        ]
        return placements, notes

    def network_contacts(self, start: date, end: date) -> list[datetime]:
        """When each network contact from `start` to `end` (inclusive) happened; those in the
        trash, or whose employer is, left out; on a server, the unit's own (as its placements'
        notes are)."""
        query = (
            select(NetworkContactRow.occurred_at)
            .join(EmployerRow, EmployerRow.id == NetworkContactRow.employer_id)
            .where(
                NetworkContactRow.deleted_at.is_(None),
                EmployerRow.deleted_at.is_(None),
                NetworkContactRow.occurred_at >= datetime.combine(start, time.min),
                NetworkContactRow.occurred_at < datetime.combine(end + timedelta(days=1), time.min),
                of_own_unit(self._session),
            )
        )
        return list(self._session.scalars(query))
