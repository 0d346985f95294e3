"""The headline figures' facts as SQL: one light row per placement up to a period's end, with
the category of its first linked task (its field), its subsidy and the municipality's cost."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.headline import HeadlineFact
from ambassador.storage.alive import alive_placements
from ambassador.storage.rows import (
    EmployerTaskRow,
    ParticipantRow,
    PlacementRow,
    PlacementTaskRow,
)


class HeadlineQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def facts(self, start: date, end: date) -> list[HeadlineFact]:
        """Placements not in the trash active at some time from `start` to `end`: started by
        `end`, not ended before `start`."""
        field = (
            select(EmployerTaskRow.category)
            .join(PlacementTaskRow, PlacementTaskRow.task_id == EmployerTaskRow.id)
            .where(PlacementTaskRow.placement_id == PlacementRow.id)
            .order_by(EmployerTaskRow.position, EmployerTaskRow.id)
            .limit(1)
            .scalar_subquery()
        )
        query = (
            alive_placements(
                PlacementRow.id,
                PlacementRow.participant_id,
                ParticipantRow.gender,
                PlacementRow.employer_id,
                PlacementRow.start_date,
                PlacementRow.ended_on,
                PlacementRow.outcome,
                PlacementRow.placement_type,
                func.coalesce(field, ""),
                PlacementRow.subsidy_type,
                PlacementRow.municipal_cost,
                PlacementRow.decision_start,
                PlacementRow.decision_end,
            )
            .where(
                PlacementRow.start_date <= end,
                or_(PlacementRow.ended_on.is_(None), PlacementRow.ended_on >= start),
            )
            .order_by(PlacementRow.id)
        )
        return [
            HeadlineFact(
                placement_id=pid,
                participant_id=participant_id,
                gender=Gender(gender),
                employer_id=employer_id,
                start_date=started,
                ended_on=ended,
                outcome=None if outcome is None else Outcome(outcome),
                placement_type=placement_type or "",
                field=category or "",
                subsidy_type=subsidy_type or "",
                municipal_cost=cost,
                decision_start=decision_start,
                decision_end=decision_end,
            )
            for (
                pid,
                participant_id,
                gender,
                employer_id,
                started,
                ended,
                outcome,
                placement_type,
                category,
                subsidy_type,
                cost,
                decision_start,
                decision_end,
            ) in self._session.execute(query)
        ]

    def first_starts(self) -> dict[int, date]:
        """Each employer's first placement's start, of the placements not in the trash: an
        employer whose first start is before a period returns in it. A person put in the
        trash since does not undo that the employer took them."""
        query = (
            select(PlacementRow.employer_id, func.min(PlacementRow.start_date))
            .where(PlacementRow.deleted_at.is_(None))
            .group_by(PlacementRow.employer_id)
        )
        return {employer: first for employer, first in self._session.execute(query)}

    def first_start(self) -> date | None:
        """The first day any placement not in the trash started: a trend begins no earlier."""
        return self._session.scalar(
            select(func.min(PlacementRow.start_date)).where(PlacementRow.deleted_at.is_(None))
        )
