"""Use cases for the trash: list, restore within 30 days, and empty what has expired."""

from __future__ import annotations

from ambassador.domain.clock import Clock
from ambassador.domain.errors import NotFoundError
from ambassador.domain.trash import TrashItem, TrashKind
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage.database import Database

_CHANGE_FIELD = {
    TrashKind.PARTICIPANT: "participants",
    TrashKind.EMPLOYER: "employers",
    TrashKind.PLACEMENT: "placements",
    TrashKind.NOTE: "notes",
    TrashKind.NETWORK_CONTACT: "network_contacts",
}


class TrashService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def items(self) -> list[TrashItem]:
        now = self._clock.now()
        with self._db.read() as uow:
            return [item for item in uow.trash.items() if not item.expired(now)]

    @retried
    def restore(self, kind: TrashKind, record_id: int) -> Changes:
        now = self._clock.now()
        with self._db.write() as uow:
            item = next(
                (i for i in uow.trash.items() if (i.kind, i.record_id) == (kind, record_id)), None
            )
            if item is None or item.expired(now) or not uow.trash.restore(kind, record_id):
                raise NotFoundError(kind.value, record_id)
        return Changes(**{_CHANGE_FIELD[kind]: ids(record_id)})  # type: ignore[arg-type]

    @retried
    def empty_expired(self) -> int:
        """Remove for good everything that has been in the trash past its 30 days."""
        now = self._clock.now()
        with self._db.write() as uow:
            expired = [item for item in uow.trash.items() if item.expired(now)]
            for item in expired:
                uow.trash.purge(item.kind, item.record_id)
        return len(expired)
