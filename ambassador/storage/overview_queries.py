"""The home screen's questions as SQL: each one query, sized by what is shown, not by history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ambassador.domain.enums import CheckInStatus, Gender, Outcome, Respondent, Sector
from ambassador.domain.figures import FeedbackFact, Period, PlacementFact
from ambassador.domain.overview import CheckInItem, EndingPlacement, FeedbackDue, SilentPlacement
from ambassador.storage.rows import (
    CheckInRow,
    EmployerRow,
    FeedbackRow,
    NoteRow,
    ParticipantRow,
    PlacementRow,
)

_PARTICIPANT_NAME = ParticipantRow.first_name + " " + ParticipantRow.last_name


def _alive_placements(*columns: Any) -> Select[Any]:
    """Placements whose placement, participant and employer are not in the trash."""
    return (
        select(*columns)
        .select_from(PlacementRow)
        .join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
        .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
        .where(
            PlacementRow.deleted_at.is_(None),
            ParticipantRow.deleted_at.is_(None),
            EmployerRow.deleted_at.is_(None),
        )
    )


def _active_on(today: date) -> Any:
    return and_(
        PlacementRow.ended_on.is_(None),
        PlacementRow.paused.is_(False),
        PlacementRow.start_date <= today,
    )


class OverviewQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    def check_ins(
        self,
        start: datetime | None,
        end: datetime,
        status: CheckInStatus | None = CheckInStatus.PLANNED,
        open_placements_only: bool = True,
    ) -> list[CheckInItem]:
        """Check-ins with `start <= scheduled_at < end` (no lower bound when start is None),
        in `status` or, when it is None, in any status."""
        query = _alive_placements(
            CheckInRow.id,
            CheckInRow.placement_id,
            _PARTICIPANT_NAME,
            EmployerRow.name,
            CheckInRow.scheduled_at,
            CheckInRow.kind,
            CheckInRow.status,
            ParticipantRow.first_name,
        ).join(CheckInRow, CheckInRow.placement_id == PlacementRow.id)
        query = query.where(CheckInRow.scheduled_at < end)
        if status is not None:
            query = query.where(CheckInRow.status == status.value)
        if start is not None:
            query = query.where(CheckInRow.scheduled_at >= start)
        if open_placements_only:
            query = query.where(PlacementRow.ended_on.is_(None))
        query = query.order_by(CheckInRow.scheduled_at, CheckInRow.id)
        return [
            CheckInItem(cid, pid, name, employer, at, kind, CheckInStatus(st), first)
            for cid, pid, name, employer, at, kind, st, first in self._session.execute(query)
        ]

    def silent_placements(self, today: date, after_days: int) -> list[SilentPlacement]:
        last_note = (
            select(func.max(NoteRow.occurred_at))
            .where(NoteRow.placement_id == PlacementRow.id, NoteRow.deleted_at.is_(None))
            .scalar_subquery()
        )
        query = _alive_placements(
            PlacementRow.id, _PARTICIPANT_NAME, EmployerRow.name, PlacementRow.start_date, last_note
        ).where(_active_on(today))
        cutoff = today - timedelta(days=after_days)
        result: list[SilentPlacement] = []
        for pid, name, employer, start, last in self._session.execute(query):
            last_day = last.date() if isinstance(last, datetime) else parse_day(last)
            reference = last_day if last_day is not None else start
            if reference <= cutoff:
                silent = (today - reference).days
                result.append(SilentPlacement(pid, name, employer, last_day, silent))
        result.sort(key=lambda item: (-item.silent_days, item.participant_name))
        return result

    def ending_within(self, today: date, days: int) -> list[EndingPlacement]:
        query = (
            _alive_placements(
                PlacementRow.id, _PARTICIPANT_NAME, EmployerRow.name, PlacementRow.planned_end_date
            )
            .where(
                PlacementRow.ended_on.is_(None),
                PlacementRow.planned_end_date >= today,
                PlacementRow.planned_end_date <= today + timedelta(days=days),
            )
            .order_by(PlacementRow.planned_end_date, PlacementRow.id)
        )
        return [EndingPlacement(*row) for row in self._session.execute(query)]

    def feedback_due(
        self, today: date, after_days: int, every_days: int, after_end_days: int
    ) -> list[FeedbackDue]:
        """Placements running at least `after_days`, or ended within `after_end_days`, with no
        employer feedback in the last `every_days` (for an ended one: since its end)."""
        last_feedback = (
            select(func.max(FeedbackRow.given_on))
            .where(
                FeedbackRow.placement_id == PlacementRow.id,
                FeedbackRow.respondent == Respondent.EMPLOYER.value,
                FeedbackRow.deleted_at.is_(None),
            )
            .scalar_subquery()
        )
        query = _alive_placements(
            PlacementRow.id,
            _PARTICIPANT_NAME,
            EmployerRow.name,
            PlacementRow.ended_on,
            last_feedback,
        ).where(
            PlacementRow.start_date <= today - timedelta(days=after_days),
            or_(
                and_(PlacementRow.ended_on.is_(None), PlacementRow.paused.is_(False)),
                PlacementRow.ended_on >= today - timedelta(days=after_end_days),
            ),
        )
        result: list[FeedbackDue] = []
        for pid, name, employer, ended_on, last in self._session.execute(query):
            last_day = parse_day(last)
            if ended_on is not None:
                due = last_day is None or last_day < ended_on - timedelta(days=every_days)
            else:
                due = last_day is None or last_day <= today - timedelta(days=every_days)
            if due:
                result.append(FeedbackDue(pid, name, employer, last_day))
        result.sort(key=lambda item: (item.last_feedback or date.min, item.participant_name))
        return result

    def placement_facts(self, period: Period) -> list[PlacementFact]:
        query = _alive_placements(
            PlacementRow.id,
            ParticipantRow.gender,
            PlacementRow.start_date,
            PlacementRow.ended_on,
            PlacementRow.outcome,
            PlacementRow.ending_reason,
            PlacementRow.placement_type,
            ParticipantRow.referral_source,
            EmployerRow.sector,
            PlacementRow.employer_id,
        ).where(
            PlacementRow.start_date <= period.end,
            or_(PlacementRow.ended_on.is_(None), PlacementRow.ended_on >= period.start),
        )
        return [
            PlacementFact(
                pid,
                Gender(gender),
                start,
                ended,
                None if outcome is None else Outcome(outcome),
                reason,
                placement_type,
                referral_source,
                Sector(sector),
                employer_id,
            )
            for (
                pid,
                gender,
                start,
                ended,
                outcome,
                reason,
                placement_type,
                referral_source,
                sector,
                employer_id,
            ) in self._session.execute(query)
        ]

    def feedback_facts(self, period: Period) -> list[FeedbackFact]:
        query = (
            _alive_placements(
                FeedbackRow.placement_id,
                ParticipantRow.gender,
                FeedbackRow.respondent,
                FeedbackRow.given_on,
                FeedbackRow.felt_supported,
            )
            .join(FeedbackRow, FeedbackRow.placement_id == PlacementRow.id)
            .where(
                FeedbackRow.deleted_at.is_(None),
                FeedbackRow.given_on >= period.start,
                FeedbackRow.given_on <= period.end,
            )
        )
        return [
            FeedbackFact(pid, Gender(gender), Respondent(who), given, supported)
            for pid, gender, who, given, supported in self._session.execute(query)
        ]


def parse_day(value: object) -> date | None:
    """Aggregates over date columns come back from SQLite as text; normalise to a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
