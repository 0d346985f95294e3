"""Search everywhere: participants, employers and note text, named for the person looking."""

from __future__ import annotations

from dataclasses import dataclass

from ambassador.domain.search import HitKind, SearchHit
from ambassador.storage.database import Database


@dataclass(frozen=True)
class SearchResult:
    hit: SearchHit
    title: str  # the participant's or employer's name; for a note, whose note it is
    participant_id: int | None = None
    placement_id: int | None = None
    employer_id: int | None = None


class SearchService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def search(self, text: str, limit: int = 50) -> list[SearchResult]:
        with self._db.read() as uow:
            results: list[SearchResult] = []
            for hit in uow.search(text, limit):
                if hit.kind is HitKind.PARTICIPANT:
                    participant = uow.participants.get(hit.record_id)
                    if participant is not None:
                        results.append(SearchResult(hit, participant.full_name, hit.record_id))
                elif hit.kind is HitKind.EMPLOYER:
                    employer = uow.employers.get(hit.record_id)
                    if employer is not None:
                        results.append(SearchResult(hit, employer.name, employer_id=employer.id))
                else:
                    note = uow.notes.get(hit.record_id)
                    owner = None if note is None else uow.participants.get(note.participant_id)
                    if note is not None and owner is not None:
                        title = f"{owner.full_name}, {note.occurred_at:%Y-%m-%d}"
                        results.append(
                            SearchResult(hit, title, owner.id, placement_id=note.placement_id)
                        )
            return results
