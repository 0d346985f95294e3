"""The sample data's placements to give terms and mentors, and their terms written at once
(a form's save of one placement goes through the placement repository and its version)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from ambassador.domain.placement import TERMS_FIELDS
from ambassador.storage.rows import PlacementRow

# The columns `set_terms` writes; each dict it is given holds every one.
TERM_COLUMNS = (*TERMS_FIELDS, "mentor_id", "mentor_hours")


@dataclass(frozen=True)
class PlacementSpan:
    id: int
    employer_id: int
    placement_type: str
    start_date: date
    planned_end_date: date | None
    ended_on: date | None
    paused: bool


class PlacementTermsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def spans(self) -> list[PlacementSpan]:
        """Every placement not in the trash, by id."""
        query = (
            select(
                PlacementRow.id,
                PlacementRow.employer_id,
                PlacementRow.placement_type,
                PlacementRow.start_date,
                PlacementRow.planned_end_date,
                PlacementRow.ended_on,
                PlacementRow.paused,
            )
            .where(PlacementRow.deleted_at.is_(None))
            .order_by(PlacementRow.id)
        )
        return [PlacementSpan(*row) for row in self._session.execute(query)]

    def clear_compensation(self, placement_ids: Sequence[int]) -> None:
        """No words of the coordinator's own about the compensation on these placements:
        the sample's subsidised ones, whose terms say it (a text drawn for another
        placement, "no compensation to the employer", would contradict them)."""
        for chunk in range(0, len(placement_ids), 500):
            self._session.execute(
                update(PlacementRow)
                .where(PlacementRow.id.in_(placement_ids[chunk : chunk + 500]))
                .values(compensation="")
            )

    def set_terms(self, terms: Sequence[dict[str, Any]]) -> None:
        """Each dict: "id" and every column of TERM_COLUMNS."""
        if not terms:
            return
        table = PlacementRow.__table__
        assert isinstance(table, Table)
        statement = (
            update(table)
            .where(table.c.id == bindparam("placement_id"))
            .values({name: bindparam(f"new_{name}") for name in TERM_COLUMNS})
        )
        self._session.execute(
            statement,
            [
                {"placement_id": t["id"], **{f"new_{name}": t[name] for name in TERM_COLUMNS}}
                for t in terms
            ],
        )
