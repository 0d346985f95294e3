"""Use cases for the settings and editable lists stored with the data."""

from __future__ import annotations

from collections.abc import Mapping

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.enums import ListName
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.settings import (
    Settings,
    changed_fields,
    clean_list,
    list_problems,
    validate_settings,
)
from ambassador.services.changes import Changes
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork


class SettingsService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def get(self) -> Settings:
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all())

    def save(
        self, settings: Settings, lists: Mapping[ListName, list[str]] | None = None
    ) -> Changes:
        """Save the settings and any lists given, in one transaction: all of it or nothing."""
        lists = lists or {}
        problems: list[Problem] = []
        try:
            clean = validate_settings(settings)
        except ValidationError as error:
            problems.extend(error.problems)
        for name, labels in lists.items():
            problems.extend(list_problems(name.value, labels))
        if problems:
            raise ValidationError(problems)
        with self._db.write() as uow:
            changed = changed_fields(Settings.from_strings(uow.settings.all()), clean)
            uow.settings.put(clean.to_strings())
            for name, labels in lists.items():
                if uow.lists.labels(name) != clean_list(labels):
                    changed.append(f"list:{name.value}")
                uow.lists.replace(name, clean_list(labels))
            self._audit(uow, changed)
        return Changes(settings=True)

    def list_labels(self, name: ListName) -> list[str]:
        with self._db.read() as uow:
            return uow.lists.labels(name)

    def save_list(self, name: ListName, labels: list[str]) -> Changes:
        problems = list_problems(name.value, labels)
        if problems:
            raise ValidationError(problems)
        with self._db.write() as uow:
            if uow.lists.labels(name) != clean_list(labels):
                self._audit(uow, [f"list:{name.value}"])
            uow.lists.replace(name, clean_list(labels))
        return Changes(settings=True)

    def _audit(self, uow: UnitOfWork, changed: list[str]) -> None:
        if changed:
            detail = ",".join(changed)[:200]
            uow.audit.add(
                AuditEntry(
                    self._clock.now(), AuditAction.SETTINGS, count=len(changed), detail=detail
                )
            )
