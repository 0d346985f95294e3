"""The placements a figure or list counts: none whose placement, participant or employer is in
the trash."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from ambassador.storage.rows import EmployerRow, ParticipantRow, PlacementRow


def alive_placements(*columns: Any) -> Select[Any]:
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
