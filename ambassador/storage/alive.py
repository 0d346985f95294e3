"""The placements a figure or list counts: none whose placement, participant or employer is in
the trash; and those going on in a span of days."""

from __future__ import annotations

import warnings
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exc, not_, or_, select

from ambassador.storage.rows import EmployerRow, ParticipantRow, PlacementRow

CARTESIAN = "SELECT statement has a cartesian product"


def refuse_cartesian_products() -> None:
    """Make SQLAlchemy's warning of a query without a join condition an error: a figure built
    on `alive_placements` that filters by a person's column without reading it would count
    each placement once per person; it fails (the crash net says so) instead of giving a wrong
    count. Set on import; again is harmless."""
    warnings.filterwarnings("error", message=CARTESIAN, category=exc.SAWarning)


refuse_cartesian_products()


def alive_placements(*columns: Any) -> Select[Any]:
    """Placements whose placement, participant and employer are not in the trash. The
    participant and the employer are joined only when `columns` read theirs: otherwise the
    placement's is asked to be none of the few in the trash (usually none, read once through
    their trash's index), not looked up placement by placement in a wide table. A query that
    filters or groups by a participant's or employer's column reads it in `columns` too."""
    query = select(*columns).select_from(PlacementRow)
    read = set(query.columns_clause_froms)
    conditions: list[ColumnElement[bool]] = [PlacementRow.deleted_at.is_(None)]
    for row, key in (
        (ParticipantRow, PlacementRow.participant_id),
        (EmployerRow, PlacementRow.employer_id),
    ):
        if row.__table__ in read:
            query = query.join(row, row.id == key)
            conditions.append(row.deleted_at.is_(None))
        else:
            conditions.append(key.not_in(select(row.id).where(row.deleted_at.is_not(None))))
    return query.where(*conditions)


def active_between(start: date, end: date) -> ColumnElement[bool]:
    """Placements going on some day from `start` to `end`: started by its end, not ended before
    its start. The start is asked as not after the end (the same, a start is never missing):
    asked as by the end, SQLite walks the start index, which for a span ending lately finds
    nearly every placement, each then looked up; so it reads the open ones and those ended
    since `start` (ix_placements_open) instead."""
    return and_(
        not_((PlacementRow.start_date > end).self_group()),
        or_(PlacementRow.ended_on.is_(None), PlacementRow.ended_on >= start),
    )
