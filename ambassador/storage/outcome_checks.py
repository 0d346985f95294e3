"""Repository for outcome checks: scheduled when a placement ends, answered some days later."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ambassador.domain.enums import Outcome
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheck
from ambassador.domain.overview import OutcomeCheckDue
from ambassador.storage.folding import name_key
from ambassador.storage.rows import EmployerRow, OutcomeCheckRow, ParticipantRow, PlacementRow
from ambassador.storage.sequences import follow_written_ids
from ambassador.storage.versions import checked_row, stored_row

_PARTICIPANT_NAME = ParticipantRow.first_name + " " + ParticipantRow.last_name


def _check(row: OutcomeCheckRow) -> OutcomeCheck:
    return OutcomeCheck(
        id=row.id,
        placement_id=row.placement_id,
        due_on=row.due_on,
        result=None if row.result is None else FollowUpResult(row.result),
        recorded_on=row.recorded_on,
        created_at=row.created_at,
        version=row.version,
    )


class OutcomeCheckRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, placement_id: int, due_on: date, now: datetime) -> OutcomeCheck:
        row = OutcomeCheckRow(placement_id=placement_id, due_on=due_on, created_at=now)
        self._session.add(row)
        self._session.flush()
        return _check(row)

    def add_many(self, checks: list[OutcomeCheck]) -> None:
        """Insert checks as they are (ids included): the sample data's bulk path."""
        if not checks:
            return
        self._session.execute(
            insert(OutcomeCheckRow),
            [
                {
                    "id": c.id,
                    "placement_id": c.placement_id,
                    "due_on": c.due_on,
                    "result": None if c.result is None else c.result.value,
                    "recorded_on": c.recorded_on,
                    "created_at": c.created_at,
                }
                for c in checks
            ],
        )
        follow_written_ids(self._session, OutcomeCheckRow.__table__)  # type: ignore[arg-type]

    def ended_without_check(self) -> list[tuple[int, date, Outcome]]:
        """(placement, ended on, outcome) of every ended placement that has no check."""
        query = (
            select(PlacementRow.id, PlacementRow.ended_on, PlacementRow.outcome)
            .outerjoin(OutcomeCheckRow, OutcomeCheckRow.placement_id == PlacementRow.id)
            .where(PlacementRow.ended_on.is_not(None), OutcomeCheckRow.id.is_(None))
            .order_by(PlacementRow.id)
        )
        return [
            (pid, ended, Outcome(outcome))
            for pid, ended, outcome in self._session.execute(query)
            if ended is not None and outcome is not None
        ]

    def get(self, check_id: int) -> OutcomeCheck | None:
        row = self._session.get(OutcomeCheckRow, check_id)
        return None if row is None else _check(row)

    def of_placement(self, placement_id: int) -> OutcomeCheck | None:
        query = select(OutcomeCheckRow).where(OutcomeCheckRow.placement_id == placement_id)
        row = self._session.scalars(query).one_or_none()
        return None if row is None else _check(row)

    def of_placements(self, placement_ids: list[int]) -> list[OutcomeCheck]:
        query = (
            select(OutcomeCheckRow)
            .where(OutcomeCheckRow.placement_id.in_(placement_ids))
            .order_by(OutcomeCheckRow.due_on, OutcomeCheckRow.id)
        )
        return [_check(row) for row in self._session.scalars(query)]

    def due(self, day: date, limit: int | None = None) -> list[OutcomeCheckDue]:
        """Checks due on or before `day` with no result, oldest first, for placements whose
        placement, participant and employer are not in the trash."""
        query = (
            select(
                OutcomeCheckRow.id,
                OutcomeCheckRow.placement_id,
                _PARTICIPANT_NAME,
                EmployerRow.name,
                PlacementRow.ended_on,
                OutcomeCheckRow.due_on,
            )
            .select_from(OutcomeCheckRow)
            .join(PlacementRow, PlacementRow.id == OutcomeCheckRow.placement_id)
            .join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
            .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
            .where(
                OutcomeCheckRow.result.is_(None),
                OutcomeCheckRow.due_on <= day,
                PlacementRow.ended_on.is_not(None),
                PlacementRow.deleted_at.is_(None),
                ParticipantRow.deleted_at.is_(None),
                EmployerRow.deleted_at.is_(None),
            )
            .order_by(
                OutcomeCheckRow.due_on,
                name_key(self._session, _PARTICIPANT_NAME),
                OutcomeCheckRow.id,
            )
            .limit(limit)
        )
        return [
            OutcomeCheckDue(check_id, placement_id, name, employer, ended_on, due_on)
            for check_id, placement_id, name, employer, ended_on, due_on in self._session.execute(
                query
            )
            if ended_on is not None
        ]

    def check_version(self, check_id: int, expected_version: int | None) -> None:
        """Refuse a stale version (storage/versions.py)."""
        checked_row(
            self._session,
            OutcomeCheckRow,
            check_id,
            expected_version,
            kind="outcome_check",
            as_domain=_check,
        )

    def record(
        self,
        check_id: int,
        result: FollowUpResult | None,
        day: date | None,
        *,
        expected_version: int | None = None,
    ) -> None:
        """Set the result and the day it was learnt; None for both takes the result back."""
        row = stored_row(
            self._session,
            OutcomeCheckRow,
            check_id,
            expected_version,
            kind="outcome_check",
            as_domain=_check,
        )
        row.result = None if result is None else result.value
        row.recorded_on = day
        self._session.flush()
