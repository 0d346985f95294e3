"""Search everywhere: participants, employers and note text, named for the person looking."""

from __future__ import annotations

from collections import Counter
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
        """Up to `limit` participants and employers, best match first, then up to `limit`
        notes, newest first. Names and dates come with the hits, not one query each."""
        with self._db.read() as uow:
            found = uow.search(text, limit)
        # Two people (or employers) of the same name are told apart as in the pickers.
        names = Counter(named.name for named in found if named.hit.kind is not HitKind.NOTE)
        results: list[SearchResult] = []
        for named in found:
            title = named.name
            if named.hit.kind is HitKind.NOTE and named.occurred_at is not None:
                title = f"{named.name}, {named.occurred_at:%Y-%m-%d}"
            elif names[named.name] > 1 and named.distinction:
                title = f"{named.name} ({named.distinction})"
            results.append(
                SearchResult(
                    named.hit,
                    title,
                    participant_id=named.participant_id,
                    placement_id=named.placement_id,
                    employer_id=named.employer_id,
                )
            )
        return results
