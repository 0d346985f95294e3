"""Search everywhere: participants, employers and note text, named for the person looking."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ambassador.domain.search import COUNT_CAP, HitKind, SearchHit
from ambassador.storage.database import Database


@dataclass(frozen=True)
class SearchResult:
    hit: SearchHit
    title: str  # the participant's or employer's name; for a note, whose note it is
    participant_id: int | None = None
    placement_id: int | None = None
    employer_id: int | None = None


@dataclass(frozen=True)
class SearchOutcome:
    """The results shown and how many match in all, so a window never presents the first
    fifty as everything."""

    results: list[SearchResult]
    # Names and notes that match, shown or not: exact up to `cap`; beyond it (past_cap) only
    # known to be more, the parts having been counted no further.
    total: int
    cap: int = COUNT_CAP

    @property
    def complete(self) -> bool:
        return self.total <= len(self.results)

    @property
    def past_cap(self) -> bool:
        """More than `cap` match: to be told as "more than 1 000", not as `total`."""
        return self.total > self.cap


class SearchService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def search(self, text: str, limit: int = 50) -> list[SearchResult]:
        """Up to `limit` participants and employers, best match first, then up to `limit`
        notes, newest first. Names and dates come with the hits, not one query each."""
        return self._search(text, limit, counted=False).results

    def search_counted(self, text: str, limit: int = 50) -> SearchOutcome:
        """As `search`, with the number of matches in all: counted only when a part reached
        its limit (otherwise what is shown is all there is), and only up to COUNT_CAP, or to
        `limit` when more are shown, so that a part counted past it holds more than it shows."""
        return self._search(text, limit, counted=True)

    def _search(self, text: str, limit: int, *, counted: bool) -> SearchOutcome:
        with self._db.read() as uow:
            found = uow.search(text, limit)
            names_found = sum(1 for named in found if named.hit.kind is not HitKind.NOTE)
            total = len(found)
            if counted and (names_found >= limit or total - names_found >= limit):
                most = max(COUNT_CAP, limit) + 1
                total = max(sum(uow.search_counts(text, most)), total)
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
        return SearchOutcome(results, total, COUNT_CAP)
