"""Repository for the reporting maps: which category of each outside system an ending counts as."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ambassador.domain.reporting_systems import ReportingSystem, ReportMapping, SourceKind
from ambassador.storage.rows import ReportMappingRow


class ReportMappingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def of_system(self, system: ReportingSystem) -> list[ReportMapping]:
        """In the order they were stored: outcomes, reasons, then 90-day results."""
        rows = self._session.scalars(
            select(ReportMappingRow)
            .where(ReportMappingRow.system == system.value)
            .order_by(ReportMappingRow.id)
        )
        return [
            ReportMapping(system, SourceKind(row.source_kind), row.source, row.category)
            for row in rows
            if row.source_kind in SourceKind._value2member_map_
        ]

    def replace(self, system: ReportingSystem, mappings: list[ReportMapping]) -> None:
        self._session.execute(
            delete(ReportMappingRow).where(ReportMappingRow.system == system.value)
        )
        self._session.add_all(
            ReportMappingRow(
                system=system.value,
                source_kind=m.kind.value,
                source=m.source,
                category=m.category,
            )
            for m in mappings
        )
        self._session.flush()
