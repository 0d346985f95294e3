"""Search hits named for a list of results: each record's name (a note's participant's) and
the ids to open it by, read in one query per kind of record however many hits there are.
Plain ORM queries, the same on any database; the index itself is `search_index`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ambassador.domain.identity import mask_personal_identity_number
from ambassador.domain.search import HitKind, SearchHit
from ambassador.storage.rows import EmployerRow, NoteRow, ParticipantRow


@dataclass(frozen=True)
class NamedHit:
    """A hit and what a list of results shows for it."""

    hit: SearchHit
    name: str  # the participant's or employer's name; for a note, its participant's
    participant_id: int | None = None
    employer_id: int | None = None
    placement_id: int | None = None
    occurred_at: datetime | None = None  # a note's
    # What tells two equal names apart: a participant's masked identity number, an
    # employer's organisation number; empty for a note.
    distinction: str = ""


@dataclass(frozen=True)
class _NoteOwner:
    participant_id: int
    placement_id: int | None
    occurred_at: datetime
    name: str


def name_hits(session: Session, hits: Sequence[SearchHit]) -> list[NamedHit]:
    """`hits` in their order with their records' names: one query per kind of record, not per
    hit. A hit whose record, or a note's participant, is in the trash or gone is left out."""
    ids: dict[HitKind, list[int]] = defaultdict(list)
    for hit in hits:
        ids[hit.kind].append(hit.record_id)
    participants = _participant_names(session, ids[HitKind.PARTICIPANT])
    employers = _employer_names(session, ids[HitKind.EMPLOYER])
    notes = _note_owners(session, ids[HitKind.NOTE])
    named: list[NamedHit] = []
    for hit in hits:
        i = hit.record_id
        if hit.kind is HitKind.PARTICIPANT and i in participants:
            name, distinction = participants[i]
            named.append(NamedHit(hit, name, participant_id=i, distinction=distinction))
        elif hit.kind is HitKind.EMPLOYER and i in employers:
            name, distinction = employers[i]
            named.append(NamedHit(hit, name, employer_id=i, distinction=distinction))
        elif hit.kind is HitKind.NOTE and i in notes:
            note = notes[i]
            named.append(
                NamedHit(
                    hit,
                    note.name,
                    participant_id=note.participant_id,
                    placement_id=note.placement_id,
                    occurred_at=note.occurred_at,
                )
            )
    return named


def _participant_names(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    query = select(
        ParticipantRow.id,
        ParticipantRow.first_name,
        ParticipantRow.last_name,
        ParticipantRow.personal_identity_number,
    ).where(ParticipantRow.id.in_(ids), ParticipantRow.deleted_at.is_(None))
    return {
        i: (f"{first} {last}", mask_personal_identity_number(number))
        for i, first, last, number in session.execute(query)
    }


def _employer_names(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    query = select(EmployerRow.id, EmployerRow.name, EmployerRow.organisation_number).where(
        EmployerRow.id.in_(ids), EmployerRow.deleted_at.is_(None)
    )
    return {i: (name, number or "") for i, name, number in session.execute(query)}


def _note_owners(session: Session, ids: list[int]) -> dict[int, _NoteOwner]:
    if not ids:
        return {}
    query = (
        select(
            NoteRow.id,
            NoteRow.participant_id,
            NoteRow.placement_id,
            NoteRow.occurred_at,
            ParticipantRow.first_name,
            ParticipantRow.last_name,
        )
        .join(ParticipantRow, ParticipantRow.id == NoteRow.participant_id)
        .where(
            NoteRow.id.in_(ids), NoteRow.deleted_at.is_(None), ParticipantRow.deleted_at.is_(None)
        )
    )
    return {
        i: _NoteOwner(participant_id, placement_id, occurred_at, f"{first} {last}")
        for i, participant_id, placement_id, occurred_at, first, last in session.execute(query)
    }
