"""The self-check's facts for a span of days: sized by the placements active in it and their
notes in it, counted by month, through the notes' (placement, alive, occurred) index, not by
the history."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import Session

from ambassador.domain.selfcheck import (
    WORKPLACE_PARTIES,
    Month,
    NoteTally,
    SelfCheckPlacement,
)
from ambassador.storage.alive import active_between, alive_placements
from ambassador.storage.network import of_own_unit
from ambassador.storage.rows import (
    EmployerRow,
    NetworkContactRow,
    NoteRow,
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

    def facts(self, start: date, end: date) -> tuple[list[SelfCheckPlacement], list[NoteTally]]:
        """The placements active some day from `start` to `end` (inclusive) and their notes
        in those days, counted by placement and month; a placement started in the span
        carries its first workplace contact."""
        first_contact = (
            select(func.min(NoteRow.occurred_at))
            .where(
                NoteRow.placement_id == PlacementRow.id,
                NoteRow.deleted_at.is_(None),
                NoteRow.with_whom.in_(_WORKPLACE),
            )
            .scalar_subquery()
        )
        in_span = active_between(start, end)
        placements_query = alive_placements(
            PlacementRow.id,
            PlacementRow.start_date,
            PlacementRow.ended_on,
            PlacementRow.paused,
            # Only those started in the span are asked about their first contact.
            case((PlacementRow.start_date >= start, first_contact), else_=None),
        )
        # In their ids' order, SQLite walks the placements themselves instead of its start
        # index (which finds nearly every one started by a recent end, each looked up).
        placements_query = placements_query.where(in_span).order_by(PlacementRow.id)
        placements = [
            SelfCheckPlacement(pid, start_date, ended_on, bool(paused), _parse_moment(first))
            for pid, start_date, ended_on, paused, first in self._session.execute(placements_query)
        ]
        # Counted by placement and month: a row per placement and month, not one per note.
        year, month = extract("year", NoteRow.occurred_at), extract("month", NoteRow.occurred_at)
        workplace = NoteRow.with_whom.in_(_WORKPLACE)
        notes_query = (
            alive_placements(
                PlacementRow.id,
                year,
                month,
                func.count(),
                func.sum(case((workplace, 1), else_=0)),
                func.sum(func.coalesce(NoteRow.minutes_spent, 0)),
                func.sum(case((NoteRow.minutes_spent.is_(None), 1), else_=0)),
            )
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
            .group_by(PlacementRow.id, year, month)
        )
        notes = [
            NoteTally(
                pid,
                Month(int(in_year), int(in_month)),
                int(count),
                int(workplace_contacts),
                int(minutes),
                int(without_minutes),
            )
            for pid, in_year, in_month, count, workplace_contacts, minutes, without_minutes in (
                self._session.execute(notes_query)
            )
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
