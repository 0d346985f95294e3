"""Loading many records at once (sample data, imports): one executemany per table.

The caller supplies ids, so no row needs a round trip to learn its key; everything lands in
the caller's single transaction, and into the search index beside them. On a server each
table's id sequence is then moved past the ids loaded (storage/sequences.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from ambassador.domain.employer import Contact, Employer
from ambassador.domain.followup import CheckIn, CheckInSeries, Feedback, Note
from ambassador.domain.participant import Consent, Participant
from ambassador.domain.placement import Placement
from ambassador.storage import list_keys, search_index
from ambassador.storage.mapping import row_values
from ambassador.storage.placements import plan_column
from ambassador.storage.rows import (
    Base,
    CheckInRow,
    CheckInSeriesRow,
    ConsentRow,
    ContactRow,
    EmployerRow,
    FeedbackRow,
    NoteRow,
    ParticipantRow,
    PlacementRow,
)
from ambassador.storage.search_index import Kind
from ambassador.storage.sequences import follow_written_ids

CHUNK = 20_000


class BulkLoader:
    def __init__(self, session: Session) -> None:
        self._session = session

    def participants(self, items: Sequence[Participant]) -> None:
        self._insert(ParticipantRow, (self._keyed(ParticipantRow, row_values(p)) for p in items))
        self._index(Kind.PARTICIPANT, ((p.id, p.full_name) for p in items if not p.deleted_at))

    def consents(self, items: Sequence[Consent]) -> None:
        self._insert(ConsentRow, (row_values(c) for c in items))

    def employers(self, items: Sequence[Employer]) -> None:
        self._insert(EmployerRow, (self._keyed(EmployerRow, row_values(e)) for e in items))
        self._index(Kind.EMPLOYER, ((e.id, e.name) for e in items if not e.deleted_at))

    def contacts(self, items: Sequence[Contact]) -> None:
        self._insert(ContactRow, (row_values(c) for c in items))

    def placements(self, items: Sequence[Placement]) -> None:
        def values(placement: Placement) -> dict[str, Any]:
            row = row_values(placement, exclude=("ending", "plan", "task_ids"))
            row["follow_up_plan"] = plan_column(placement.plan)
            ending = placement.ending
            row["ended_on"] = None if ending is None else ending.ended_on
            row["outcome"] = None if ending is None else ending.outcome.value
            row["ending_reason"] = "" if ending is None else ending.reason
            return row

        self._insert(PlacementRow, (values(p) for p in items))

    def notes(self, items: Sequence[Note]) -> None:
        self._insert(NoteRow, (row_values(n) for n in items))
        self._index(Kind.NOTE, ((n.id, n.text) for n in items if not n.deleted_at))
        # Their placements' last contact and their employers', and their people's.
        list_keys.refresh_last_contact(
            self._session, (n.placement_id for n in items if n.placement_id is not None)
        )
        list_keys.refresh_participant_last_contact(self._session, (n.participant_id for n in items))

    def series(self, items: Sequence[CheckInSeries]) -> None:
        self._insert(CheckInSeriesRow, (row_values(s) for s in items))

    def check_ins(self, items: Sequence[CheckIn], created_at: Any) -> None:
        self._insert(CheckInRow, ({**row_values(c), "created_at": created_at} for c in items))

    def feedback(self, items: Sequence[Feedback]) -> None:
        self._insert(FeedbackRow, (row_values(f) for f in items))

    def next_ids(
        self, table: Literal["participants", "employers", "contacts"], count: int
    ) -> list[int]:
        """Fresh ids for `count` rows, none held by a row, trashed or not. On a file those
        after the largest; on a server taken from the table's own sequence: a coordinator
        sees only their unit's people, so the largest id they see is no guide, and may not
        move the sequence (storage/sequences.py)."""
        column = {
            "participants": ParticipantRow.id,
            "employers": EmployerRow.id,
            "contacts": ContactRow.id,
        }[table]
        if count == 0:
            return []
        if self._session.get_bind().dialect.name == "postgresql":
            sequence = func.pg_get_serial_sequence(literal(table), literal("id"))
            taken = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
            return list(self._session.scalars(taken))
        first = (self._session.scalar(select(func.max(column))) or 0) + 1
        return list(range(first, first + count))

    def _keyed(self, table: type[Base], values: dict[str, Any]) -> dict[str, Any]:
        """A row's values with the lists' stored keys (storage/list_keys.py), which the
        flush that sets them for the ORM's own writes never sees here."""
        return list_keys.name_keys(self._session, table, values)

    def _index(self, kind: Kind, entries: Iterable[tuple[int, str]]) -> None:
        search_index.add(self._session.connection(), kind, entries)

    def _insert(self, table: type[Base], rows: Iterable[dict[str, Any]]) -> None:
        batch: list[dict[str, Any]] = []
        with_ids = False
        for row in rows:
            batch.append(row)
            with_ids = with_ids or row.get("id") is not None
            if len(batch) >= CHUNK:
                self._session.execute(insert(table), batch)
                batch = []
        if batch:
            self._session.execute(insert(table), batch)
        if with_ids:
            follow_written_ids(self._session, table.__table__)  # type: ignore[arg-type]
