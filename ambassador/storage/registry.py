"""Repositories for settings, the editable lists and the export log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import Session

from ambassador.domain.documents import ExportRecord
from ambassador.domain.enums import ListName
from ambassador.storage.rows import ExportLogRow, ListItemRow, SettingRow


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> dict[str, str]:
        return {row.key: row.value for row in self._session.scalars(select(SettingRow))}

    def put(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self._session.merge(SettingRow(key=key, value=value))
        self._session.flush()


class ListRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def labels(self, name: ListName, *, include_inactive: bool = False) -> list[str]:
        query = select(ListItemRow.label).where(ListItemRow.list_name == name.value)
        if not include_inactive:
            query = query.where(ListItemRow.active.is_(True))
        return list(self._session.scalars(query.order_by(ListItemRow.position, ListItemRow.id)))

    def replace(self, name: ListName, labels: list[str]) -> None:
        """Make `labels` the active list in that order; removed labels stay, inactive, so old
        records keep a known value."""
        rows = {
            row.label: row
            for row in self._session.scalars(
                select(ListItemRow).where(ListItemRow.list_name == name.value)
            )
        }
        for row in rows.values():
            row.active = False
        for position, label in enumerate(labels):
            existing = rows.get(label)
            if existing is None:
                self._session.add(
                    ListItemRow(list_name=name.value, label=label, position=position, active=True)
                )
            else:
                existing.active = True
                existing.position = position
        self._session.flush()


class ExportLogRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        kind: str,
        subject_kind: str,
        subject_ids: list[int],
        file_path: str,
        row_count: int,
        now: datetime,
    ) -> None:
        self._session.add(
            ExportLogRow(
                created_at=now,
                kind=kind,
                subject_kind=subject_kind,
                subject_ids=",".join(str(i) for i in subject_ids),
                file_path=file_path,
                row_count=row_count,
            )
        )
        self._session.flush()

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ExportLogRow)) or 0

    def about(self, subjects: dict[str, list[int]]) -> list[ExportRecord]:
        """The lines about any of these records (subject kind → ids), oldest first."""
        # subject_ids is "3,17,42": wrapped in commas, ",17," finds 17 and not 170.
        wrapped = literal(",") + ExportLogRow.subject_ids + literal(",")
        matches = [
            and_(ExportLogRow.subject_kind == kind, wrapped.contains(f",{record_id},"))
            for kind, ids in subjects.items()
            for record_id in ids
        ]
        if not matches:
            return []
        query = (
            select(ExportLogRow)
            .where(or_(*matches))
            .order_by(ExportLogRow.created_at, ExportLogRow.id)
        )
        return [
            ExportRecord(
                at=row.created_at,
                kind=row.kind,
                subject_kind=row.subject_kind,
                subject_ids=tuple(int(i) for i in row.subject_ids.split(",") if i),
                file_path=row.file_path,
                row_count=row.row_count,
            )
            for row in self._session.scalars(query)
        ]
