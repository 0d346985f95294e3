"""Use cases for drafts: keep what a form holds while it is typed, offer it back, let it go.

A draft lives in the database, not in a file of its own: the database may be encrypted, is
backed up, and is where an erasure looks, and a note's text is personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from ambassador.domain.clock import Clock
from ambassador.domain.drafts import Draft, DraftValue
from ambassador.services.retrying import retried
from ambassador.storage.database import Database


class DraftService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def get(self, key: str) -> Draft | None:
        with self._db.read() as uow:
            return uow.drafts.get(key)

    @retried
    def keep(
        self,
        key: str,
        participant_id: int,
        placement_id: int | None,
        fields: Mapping[str, DraftValue],
    ) -> datetime:
        """Keep `fields` under `key`, replacing what was kept before; returns when."""
        now = self._clock.now()
        with self._db.write() as uow:
            uow.drafts.put(Draft(key, participant_id, placement_id, dict(fields), now))
        return now

    @retried
    def discard(self, key: str) -> None:
        """Let the draft under `key` go: it was saved, or the person chose to discard it."""
        with self._db.write() as uow:
            uow.drafts.delete(key)
