"""Which participants' cases are closed and past retention, and what hangs on them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ambassador.storage.rows import (
    CheckInRow,
    DraftRow,
    FeedbackRow,
    NoteRow,
    ParticipantRow,
    PlacementRow,
)


class RetentionQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def closed_cases(self, cutoff: datetime) -> list[int]:
        """Participants with no placement still running (not ended) and nothing recorded
        about them since `cutoff`: no change to them, their placements or their notes, and
        no note about them being typed since (a draft). An older draft goes with the rest."""
        running = exists().where(
            PlacementRow.participant_id == ParticipantRow.id,
            PlacementRow.ended_on.is_(None),
            PlacementRow.deleted_at.is_(None),
        )
        recent_placement = exists().where(
            PlacementRow.participant_id == ParticipantRow.id, PlacementRow.updated_at >= cutoff
        )
        recent_note = exists().where(
            NoteRow.participant_id == ParticipantRow.id,
            (NoteRow.created_at >= cutoff) | (NoteRow.occurred_at >= cutoff),
        )
        recent_draft = exists().where(
            DraftRow.participant_id == ParticipantRow.id, DraftRow.updated_at >= cutoff
        )
        query = (
            select(ParticipantRow.id)
            .where(
                ParticipantRow.updated_at < cutoff,
                ~running,
                ~recent_placement,
                ~recent_note,
                ~recent_draft,
            )
            .order_by(ParticipantRow.id)
        )
        return list(self._session.scalars(query))

    def hanging_on(self, participant_ids: Sequence[int]) -> tuple[int, int, int, int]:
        """(placements, notes, check-ins, feedback) of these participants, trashed included."""
        if not participant_ids:
            return 0, 0, 0, 0
        placements = select(PlacementRow.id).where(PlacementRow.participant_id.in_(participant_ids))

        def count(query: object) -> int:
            return self._session.scalar(query) or 0  # type: ignore[call-overload]

        return (
            count(select(func.count()).select_from(placements.subquery())),
            count(
                select(func.count())
                .select_from(NoteRow)
                .where(NoteRow.participant_id.in_(participant_ids))
            ),
            count(
                select(func.count())
                .select_from(CheckInRow)
                .where(CheckInRow.placement_id.in_(placements))
            ),
            count(
                select(func.count())
                .select_from(FeedbackRow)
                .where(FeedbackRow.placement_id.in_(placements))
            ),
        )
