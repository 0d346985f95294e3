"""Repository for mentors, and how many placements name each."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ambassador.domain.mentors import Mentor, MentorFields
from ambassador.storage.mapping import apply, columns_of, from_columns, row_values, to_domain
from ambassador.storage.rows import EmployerRow, MentorRow, PlacementRow
from ambassador.storage.versions import checked_row, stored_row


def _mentor(row: MentorRow) -> Mentor:
    return to_domain(Mentor, row)


class MentorRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Mentor]:
        """Every mentor by name (the database's order; the window sorts for its language)."""
        # Plain rows: Inställningar reads every mentor when they change, thousands of them on
        # a large register, and an ORM object per row tripled the time.
        query = select(*columns_of(Mentor, MentorRow)).order_by(MentorRow.name, MentorRow.id)
        return [from_columns(Mentor, row) for row in self._session.execute(query)]

    def employer_names(self) -> dict[int, str]:
        """The name of each employer a mentor works at, one in the trash too (its mentor is
        still on record)."""
        query = select(EmployerRow.id, EmployerRow.name).where(
            EmployerRow.id.in_(select(MentorRow.employer_id))
        )
        return {employer_id: name for employer_id, name in self._session.execute(query)}

    def get(self, mentor_id: int) -> Mentor | None:
        row = self._session.get(MentorRow, mentor_id)
        return None if row is None else _mentor(row)

    def add(self, fields: MentorFields, now: datetime) -> Mentor:
        row = MentorRow(**row_values(fields, of=MentorFields), created_at=now)
        self._session.add(row)
        self._session.flush()
        return _mentor(row)

    def check_version(self, mentor_id: int, expected_version: int | None) -> None:
        """Refuse a form's stale version (storage/versions.py)."""
        checked_row(
            self._session,
            MentorRow,
            mentor_id,
            expected_version,
            kind="mentor",
            as_domain=_mentor,
        )

    def update(
        self, mentor_id: int, fields: MentorFields, *, expected_version: int | None = None
    ) -> Mentor:
        row = stored_row(
            self._session,
            MentorRow,
            mentor_id,
            expected_version,
            kind="mentor",
            as_domain=_mentor,
        )
        apply(row, row_values(fields, of=MentorFields))
        flag_modified(row, "name")  # a save counts even when nothing changed (versions.bump)
        self._session.flush()
        return _mentor(row)

    def remove(self, mentor_id: int) -> None:
        self._session.execute(delete(MentorRow).where(MentorRow.id == mentor_id))
        self._session.flush()

    def placement_count(self, mentor_id: int) -> int:
        """Placements that name the mentor, those in the trash too (they come back), of every
        unit: on a server the owner's count (migration 0013), which row-level security does
        not narrow to the signed-in coordinator's unit."""
        if self._session.get_bind().dialect.name == "postgresql":
            query = select(func.ambassador_mentor_placements(mentor_id))
        else:
            query = select(func.count()).where(PlacementRow.mentor_id == mentor_id)
        return int(self._session.scalar(query) or 0)
