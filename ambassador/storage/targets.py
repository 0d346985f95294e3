"""Repositories for the organisation's targets per measure and year, and its own figures of
the gender balance per task category (in place of the domain's defaults)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ambassador.domain.fields import FieldBalance
from ambassador.domain.targets import Measure, Target
from ambassador.storage.rows import FieldBalanceRow, TargetRow


class TargetRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Target]:
        """Every target of a measure this version knows (another version's are kept, unread)."""
        rows = self._session.scalars(
            select(TargetRow).order_by(TargetRow.measure, TargetRow.subject, TargetRow.year)
        )
        return [
            Target(Measure(row.measure), row.year, row.value, row.subject)
            for row in rows
            if row.measure in Measure._value2member_map_
        ]

    def put(self, target: Target) -> bool:
        """Set the target, replacing the one of the same measure, subject and year; False when
        it was already so."""
        row = self._session.get(TargetRow, (target.measure.value, target.subject, target.year))
        if row is None:
            self._session.add(
                TargetRow(
                    measure=target.measure.value,
                    subject=target.subject,
                    year=target.year,
                    value=target.value,
                )
            )
        elif row.value == target.value:
            return False
        else:
            row.value = target.value
        self._session.flush()
        return True

    def remove(self, measure: Measure, subject: str, year: int) -> bool:
        result = self._session.execute(
            delete(TargetRow).where(
                TargetRow.measure == measure.value,
                TargetRow.subject == subject,
                TargetRow.year == year,
            )
        )
        return bool(getattr(result, "rowcount", 0))


class FieldBalanceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[FieldBalance]:
        rows = self._session.scalars(select(FieldBalanceRow).order_by(FieldBalanceRow.category))
        return [FieldBalance(row.category, row.women_percent, row.source) for row in rows]

    def put(self, balance: FieldBalance) -> bool:
        row = self._session.get(FieldBalanceRow, balance.category)
        if row is None:
            self._session.add(
                FieldBalanceRow(
                    category=balance.category,
                    women_percent=balance.women_percent,
                    source=balance.source,
                )
            )
        elif (row.women_percent, row.source) == (balance.women_percent, balance.source):
            return False
        else:
            row.women_percent = balance.women_percent
            row.source = balance.source
        self._session.flush()
        return True

    def remove(self, category: str) -> bool:
        result = self._session.execute(
            delete(FieldBalanceRow).where(FieldBalanceRow.category == category)
        )
        return bool(getattr(result, "rowcount", 0))
