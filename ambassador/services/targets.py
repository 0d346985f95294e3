"""Use cases for the organisation's targets per measure and year and its figures of the gender
balance per task category: settings, set by whoever may change the organisation's settings."""

from __future__ import annotations

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.enums import ListName
from ambassador.domain.errors import RuleViolationError
from ambassador.domain.fields import FieldBalance, field_balances, validate_field_balance
from ambassador.domain.sorting import sort_key
from ambassador.domain.targets import Measure, Target, ordered, validate_target
from ambassador.services.changes import Changes
from ambassador.services.retrying import retried
from ambassador.services.settings import ADMINISTRATOR_ONLY
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork


class TargetService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def targets(self) -> list[Target]:
        """Every target, by measure, subject and newest year first."""
        with self._db.read() as uow:
            return ordered(uow.targets.all())

    @retried
    def save_target(self, measure: str, subject: str, year: int, value: float) -> Changes:
        """Set a target (replacing the one of the same measure, subject and year); a wrong
        one is refused whole (ValidationError)."""
        target = validate_target(measure, subject, year, value)
        with self._db.write() as uow:
            if uow.targets.all().count(target):
                return Changes()
            self._refuse_unless_allowed(uow)
            uow.targets.put(target)
            self._audit(uow, "targets")
        return Changes(settings=True)

    @retried
    def remove_target(self, measure: Measure, subject: str, year: int) -> Changes:
        with self._db.write() as uow:
            self._refuse_unless_allowed(uow)
            removed = uow.targets.remove(measure, subject, year)
            if removed:
                self._audit(uow, "targets")
        return Changes(settings=removed)

    def field_balances(self) -> list[FieldBalance]:
        """Each task category of the list with its figure, or with none (women_percent -1)
        when neither the organisation nor the program has one, and any category the
        organisation set a figure for that is no longer listed; in the list's order."""
        with self._db.read() as uow:
            country = uow.country()
            balances = field_balances(country, uow.field_balances.all())
            labels = uow.lists.labels(ListName.TASK_CATEGORIES)
        listed = [balances.get(label, FieldBalance(label, -1)) for label in labels]
        others = sorted(
            (b for b in balances.values() if b.category not in labels and not b.is_default),
            key=lambda b: sort_key(b.category, country),
        )
        return listed + others

    @retried
    def save_field_balance(self, category: str, women_percent: int, source: str) -> Changes:
        balance = validate_field_balance(category, women_percent, source)
        with self._db.write() as uow:
            self._refuse_unless_allowed(uow)
            changed = uow.field_balances.put(balance)
            if changed:
                self._audit(uow, "field_balances")
        return Changes(settings=changed)

    @retried
    def reset_field_balance(self, category: str) -> Changes:
        """The program's default again (or no figure, for a category without one)."""
        with self._db.write() as uow:
            self._refuse_unless_allowed(uow)
            removed = uow.field_balances.remove(category)
            if removed:
                self._audit(uow, "field_balances")
        return Changes(settings=removed)

    @staticmethod
    def _refuse_unless_allowed(uow: UnitOfWork) -> None:
        if not uow.may_change_organisation_settings():  # said before the database refuses
            raise RuleViolationError(ADMINISTRATOR_ONLY)

    def _audit(self, uow: UnitOfWork, what: str) -> None:
        uow.audit.add(AuditEntry(self._clock.now(), AuditAction.SETTINGS, count=1, detail=what))
