"""The placements a figure or list counts: none whose placement, participant or employer is in
the trash."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, select

from ambassador.storage.rows import EmployerRow, ParticipantRow, PlacementRow


def alive_placements(*columns: Any) -> Select[Any]:
    """Placements whose placement, participant and employer are not in the trash. The
    participant and the employer are joined only when `columns` read theirs: otherwise the
    placement's is asked to be none of the few in the trash (usually none, read once through
    their trash's index), not looked up placement by placement in a wide table. A query that
    filters or groups by a participant's or employer's column reads it in `columns` too."""
    query = select(*columns).select_from(PlacementRow)
    read = set(query.columns_clause_froms)
    conditions: list[ColumnElement[bool]] = [PlacementRow.deleted_at.is_(None)]
    if ParticipantRow.__table__ in read:
        query = query.join(ParticipantRow, ParticipantRow.id == PlacementRow.participant_id)
        conditions.append(ParticipantRow.deleted_at.is_(None))
    else:
        conditions.append(
            PlacementRow.participant_id.not_in(
                select(ParticipantRow.id).where(ParticipantRow.deleted_at.is_not(None))
            )
        )
    if EmployerRow.__table__ in read:
        query = query.join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
        conditions.append(EmployerRow.deleted_at.is_(None))
    else:
        conditions.append(
            PlacementRow.employer_id.not_in(
                select(EmployerRow.id).where(EmployerRow.deleted_at.is_not(None))
            )
        )
    return query.where(*conditions)
