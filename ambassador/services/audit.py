"""Reading the logs for the window and the command line: the audit log (with the export log)
and the change log the database's triggers write."""

from __future__ import annotations

from ambassador.domain.audit import AuditEntry
from ambassador.domain.change_log import ChangeEntry
from ambassador.storage.database import Database


class AuditService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def recent(self, limit: int = 500) -> list[AuditEntry]:
        with self._db.read() as uow:
            return uow.audit.recent(limit)

    def changes(self, limit: int = 500, user_name: str | None = None) -> list[ChangeEntry]:
        """The newest changes to records, newest first; only `user_name`'s when given."""
        with self._db.read() as uow:
            return uow.change_log.recent(limit, user_name)

    def change_users(self) -> list[str]:
        """Whom the change log can be narrowed to: the team, and anyone in its newest entries."""
        with self._db.read() as uow:
            return uow.change_log.users()
