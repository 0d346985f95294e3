"""Reading the change log the database's triggers write, and removing its old entries under
the log retention period."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select, union
from sqlalchemy.orm import Session

from ambassador.domain.change_log import ChangeAction, ChangeEntry
from ambassador.storage.rows import ChangeLogRow, StaffRow


def _entry(row: ChangeLogRow) -> ChangeEntry:
    return ChangeEntry(
        row.at, row.user_name, row.table_name, row.record_id, ChangeAction(row.action)
    )


class ChangeLogRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def recent(self, limit: int = 500, user_name: str | None = None) -> list[ChangeEntry]:
        """The newest entries, newest first; only `user_name`'s when given."""
        query = select(ChangeLogRow)
        if user_name is not None:
            query = query.where(ChangeLogRow.user_name == user_name)
        query = query.order_by(ChangeLogRow.at.desc(), ChangeLogRow.id.desc()).limit(limit)
        return [_entry(row) for row in self._session.scalars(query)]

    def users(self, newest: int = 500) -> list[str]:
        """Whom the log can be narrowed to, in order: the team (staff) and anyone else among
        the `newest` entries. Not every name in the log: finding those reads all of it (65 ms
        for 500,000 entries on a server), at every look at Datasäkerhet."""
        recent = (
            select(ChangeLogRow.user_name)
            .order_by(ChangeLogRow.at.desc(), ChangeLogRow.id.desc())
            .limit(newest)
            .subquery()
        )
        query = union(select(recent.c.user_name), select(StaffRow.name))
        return sorted(self._session.scalars(query))

    def about(self, records: Mapping[str, Sequence[int]]) -> list[ChangeEntry]:
        """The entries about these records (table → ids), oldest first."""
        matches = [
            and_(ChangeLogRow.table_name == table, ChangeLogRow.record_id.in_(list(ids)))
            for table, ids in records.items()
            if ids
        ]
        if not matches:
            return []
        query = select(ChangeLogRow).where(or_(*matches))
        query = query.order_by(ChangeLogRow.at, ChangeLogRow.id)
        return [_entry(row) for row in self._session.scalars(query)]

    def count_older_than(self, cutoff: datetime) -> int:
        query = select(func.count()).select_from(ChangeLogRow).where(ChangeLogRow.at < cutoff)
        return self._session.scalar(query) or 0

    def delete_older_than(self, cutoff: datetime) -> int:
        removed = self.count_older_than(cutoff)
        self._session.execute(delete(ChangeLogRow).where(ChangeLogRow.at < cutoff))
        return removed
