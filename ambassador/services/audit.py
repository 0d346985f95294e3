"""Reading the audit log (with the export log) for the window and the command line."""

from __future__ import annotations

from ambassador.domain.audit import AuditEntry
from ambassador.storage.database import Database


class AuditService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def recent(self, limit: int = 500) -> list[AuditEntry]:
        with self._db.read() as uow:
            return uow.audit.recent(limit)
