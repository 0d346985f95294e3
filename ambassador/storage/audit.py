"""The audit log, read together with the export log so the window shows one history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ambassador.domain import documents
from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.exports import CALENDAR, ListKind
from ambassador.domain.project_report import PROJECT_REPORT_XLSX
from ambassador.storage.rows import AuditLogRow, ExportLogRow
from ambassador.storage.signed_in import log_user

# A document in the export log appears in the audit history under this action (a PDF, when
# not named here, is printed).
_DOCUMENT_ACTIONS = {
    documents.EXTRACT: AuditAction.EXTRACT,
    CALENDAR: AuditAction.EXPORT,
    PROJECT_REPORT_XLSX: AuditAction.EXPORT,
    **{kind.log_kind: AuditAction.EXPORT for kind in ListKind},
}


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(i) for i in text.split(",") if i)


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entry: AuditEntry) -> None:
        self._session.add(
            AuditLogRow(
                created_at=entry.at,
                action=entry.action.value,
                subject_kind=entry.subject_kind,
                subject_ids=",".join(str(i) for i in entry.subject_ids),
                count=entry.count,
                detail=entry.detail,
                # A server's trigger writes its session user whatever is sent.
                user_name=log_user(self._session),
            )
        )
        self._session.flush()

    def recent(self, limit: int = 500) -> list[AuditEntry]:
        """The newest entries of both logs, newest first."""
        audits = self._session.scalars(
            select(AuditLogRow)
            .order_by(AuditLogRow.created_at.desc(), AuditLogRow.id.desc())
            .limit(limit)
        )
        exports = self._session.scalars(
            select(ExportLogRow)
            .order_by(ExportLogRow.created_at.desc(), ExportLogRow.id.desc())
            .limit(limit)
        )
        entries = [
            AuditEntry(
                row.created_at,
                AuditAction(row.action),
                row.subject_kind,
                _ids(row.subject_ids),
                row.count,
                row.detail,
                row.user_name,
            )
            for row in audits
        ] + [
            AuditEntry(
                row.created_at,
                _DOCUMENT_ACTIONS.get(row.kind, AuditAction.PRINT),
                row.subject_kind,
                _ids(row.subject_ids),
                row.row_count,
                row.kind,
                row.user_name,
            )
            for row in exports
        ]
        entries.sort(key=lambda entry: entry.at, reverse=True)
        return entries[:limit]

    def count_older_than(self, cutoff: datetime) -> int:
        return sum(
            self._session.scalar(
                select(func.count()).select_from(table).where(table.created_at < cutoff)
            )
            or 0
            for table in (AuditLogRow, ExportLogRow)
        )

    def delete_older_than(self, cutoff: datetime) -> int:
        removed = self.count_older_than(cutoff)
        for table in (AuditLogRow, ExportLogRow):
            self._session.execute(delete(table).where(table.created_at < cutoff))
        return removed
