"""Repositories for the follow-up record: notes, check-ins and feedback."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ambassador.domain.enums import CheckInStatus, Respondent
from ambassador.domain.followup import (
    RATING_FIELDS,
    CheckIn,
    CheckInSeries,
    Feedback,
    FeedbackFields,
    Note,
    NoteFields,
)
from ambassador.storage.mapping import row_values, to_domain
from ambassador.storage.rows import (
    CheckInRow,
    CheckInSeriesRow,
    FeedbackRow,
    NoteRow,
    PlacementRow,
)
from ambassador.storage.versions import checked_row, stored_row


def _note(row: NoteRow) -> Note:
    return to_domain(Note, row)


def _check_in(row: CheckInRow) -> CheckIn:
    return to_domain(CheckIn, row)


def _feedback(row: FeedbackRow) -> Feedback:
    return to_domain(Feedback, row)


class NoteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, note_id: int, *, include_deleted: bool = False) -> Note | None:
        row = self._session.get(NoteRow, note_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return _note(row)

    def add(self, fields: NoteFields, now: datetime) -> Note:
        row = NoteRow(**row_values(fields, of=NoteFields), created_at=now)
        self._session.add(row)
        self._session.flush()
        return _note(row)

    def check_version(self, note_id: int, expected_version: int | None) -> None:
        """Refuse a stale version (storage/versions.py), the trash's too."""
        checked_row(self._session, NoteRow, note_id, expected_version, kind="note", as_domain=_note)

    def set_deleted(
        self, note_id: int, deleted_at: datetime | None, *, expected_version: int | None = None
    ) -> None:
        row = stored_row(
            self._session, NoteRow, note_id, expected_version, kind="note", as_domain=_note
        )
        row.deleted_at = deleted_at
        self._session.flush()

    def of_placement(self, placement_id: int) -> list[Note]:
        query = (
            select(NoteRow)
            .where(NoteRow.placement_id == placement_id, NoteRow.deleted_at.is_(None))
            .order_by(NoteRow.occurred_at, NoteRow.id)
        )
        return [_note(row) for row in self._session.scalars(query)]

    def of_participant(self, participant_id: int, *, include_deleted: bool = False) -> list[Note]:
        query = (
            select(NoteRow)
            .where(NoteRow.participant_id == participant_id)
            .order_by(NoteRow.occurred_at, NoteRow.id)
        )
        if not include_deleted:
            query = query.where(NoteRow.deleted_at.is_(None))
        return [_note(row) for row in self._session.scalars(query)]


class CheckInRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, check_in_id: int) -> CheckIn | None:
        row = self._session.get(CheckInRow, check_in_id)
        return None if row is None else _check_in(row)

    def add_many(
        self,
        placement_id: int,
        times: list[datetime],
        kind: str,
        now: datetime,
        series_id: int | None = None,
    ) -> list[CheckIn]:
        rows = [
            CheckInRow(
                placement_id=placement_id,
                scheduled_at=moment,
                kind=kind,
                status=CheckInStatus.PLANNED.value,
                series_id=series_id,
                created_at=now,
            )
            for moment in times
        ]
        self._session.add_all(rows)
        self._session.flush()
        return [_check_in(row) for row in rows]

    def set_status(
        self, check_in_id: int, status: CheckInStatus, note_id: int | None = None
    ) -> CheckIn:
        row = self._session.get_one(CheckInRow, check_in_id)
        row.status = status.value
        if note_id is not None:
            row.note_id = note_id
        self._session.flush()
        return _check_in(row)

    def of_placement(self, placement_id: int) -> list[CheckIn]:
        query = (
            select(CheckInRow)
            .where(CheckInRow.placement_id == placement_id)
            .order_by(CheckInRow.scheduled_at, CheckInRow.id)
        )
        return [_check_in(row) for row in self._session.scalars(query)]

    def delete_planned_after(self, series_id: int, after: datetime) -> list[int]:
        """Remove a series' planned check-ins later than `after`; done, missed and cancelled
        ones are history and stay."""
        conditions = [
            CheckInRow.series_id == series_id,
            CheckInRow.status == CheckInStatus.PLANNED.value,
            CheckInRow.scheduled_at > after,
        ]
        ids = list(self._session.scalars(select(CheckInRow.id).where(*conditions)))
        if ids:
            self._session.execute(delete(CheckInRow).where(CheckInRow.id.in_(ids)))
        return ids

    def close_planned(self, placement_id: int, end: datetime) -> list[int]:
        """Close a placement's planned check-ins at its end, read in one query: those up to
        `end` missed (never recorded, they were not held as far as the record knows), those
        after it cancelled. Returns the ids of both."""
        planned = self._session.execute(
            select(CheckInRow.id, CheckInRow.scheduled_at).where(
                CheckInRow.placement_id == placement_id,
                CheckInRow.status == CheckInStatus.PLANNED.value,
            )
        ).all()
        missed = [i for i, scheduled_at in planned if scheduled_at <= end]
        cancelled = [i for i, scheduled_at in planned if scheduled_at > end]
        for ids, status in ((missed, CheckInStatus.MISSED), (cancelled, CheckInStatus.CANCELLED)):
            if ids:
                # A statement of its own: the session's version counting is by hand here.
                self._session.execute(
                    update(CheckInRow)
                    .where(CheckInRow.id.in_(ids))
                    .values(status=status.value, version=CheckInRow.version + 1)
                )
        return missed + cancelled

    def add_series(
        self,
        placement_id: int,
        first_at: datetime,
        every_days: int,
        kind: str,
        from_plan: bool,
        until_on: date | None = None,
    ) -> CheckInSeries:
        row = CheckInSeriesRow(
            placement_id=placement_id,
            first_at=first_at,
            every_days=every_days,
            kind=kind,
            from_plan=from_plan,
            until_on=until_on,
        )
        self._session.add(row)
        self._session.flush()
        return _series(row)

    def update_series(
        self, series_id: int, first_at: datetime, every_days: int, until_on: date | None = None
    ) -> CheckInSeries:
        row = self._session.get_one(CheckInSeriesRow, series_id)
        row.first_at = first_at
        row.every_days = every_days
        row.until_on = until_on
        self._session.flush()
        return _series(row)

    def series_of(self, placement_id: int) -> list[CheckInSeries]:
        query = (
            select(CheckInSeriesRow)
            .where(CheckInSeriesRow.placement_id == placement_id)
            .order_by(CheckInSeriesRow.id)
        )
        return [_series(row) for row in self._session.scalars(query)]


def _series(row: CheckInSeriesRow) -> CheckInSeries:
    return to_domain(CheckInSeries, row)


class FeedbackRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, fields: FeedbackFields, now: datetime) -> Feedback:
        row = FeedbackRow(**row_values(fields, of=FeedbackFields), created_at=now)
        self._session.add(row)
        self._session.flush()
        return _feedback(row)

    def get(self, feedback_id: int, *, include_deleted: bool = False) -> Feedback | None:
        row = self._session.get(FeedbackRow, feedback_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return _feedback(row)

    def set_deleted(self, feedback_id: int, deleted_at: datetime | None) -> None:
        self._session.get_one(FeedbackRow, feedback_id).deleted_at = deleted_at
        self._session.flush()

    def of_placement(self, placement_id: int, *, include_deleted: bool = False) -> list[Feedback]:
        query = (
            select(FeedbackRow)
            .where(FeedbackRow.placement_id == placement_id)
            .order_by(FeedbackRow.given_on, FeedbackRow.id)
        )
        if not include_deleted:
            query = query.where(FeedbackRow.deleted_at.is_(None))
        return [_feedback(row) for row in self._session.scalars(query)]

    def employer_averages(self, employer_id: int) -> tuple[int, dict[str, float | None]]:
        """How many employer answers the employer's placements have, and each rating's mean."""
        columns = [func.avg(getattr(FeedbackRow, name)) for name in RATING_FIELDS]
        query = (
            select(func.count(FeedbackRow.id), *columns)
            .join(PlacementRow, PlacementRow.id == FeedbackRow.placement_id)
            .where(
                PlacementRow.employer_id == employer_id,
                PlacementRow.deleted_at.is_(None),
                FeedbackRow.deleted_at.is_(None),
                FeedbackRow.respondent == Respondent.EMPLOYER.value,
            )
        )
        count, *means = self._session.execute(query).one()
        return count, {
            name: None if mean is None else float(mean)
            for name, mean in zip(RATING_FIELDS, means, strict=True)
        }
