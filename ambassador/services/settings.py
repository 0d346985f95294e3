"""Use cases for the settings and editable lists stored with the data."""

from __future__ import annotations

from ambassador.domain.enums import ListName
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.settings import Settings, validate_settings
from ambassador.domain.validation import SHORT_TEXT_MAX
from ambassador.services.changes import Changes
from ambassador.storage.database import Database

EMPTY_LIST = QT_TRANSLATE_NOOP("Messages", "A list needs at least one entry.")
DUPLICATE_ENTRY = QT_TRANSLATE_NOOP("Messages", "Each entry may appear only once.")
ENTRY_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "An entry may hold at most 200 characters.")


class SettingsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self) -> Settings:
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all())

    def save(self, settings: Settings) -> Changes:
        clean = validate_settings(settings)
        with self._db.write() as uow:
            uow.settings.put(clean.to_strings())
        return Changes(settings=True)

    def list_labels(self, name: ListName) -> list[str]:
        with self._db.read() as uow:
            return uow.lists.labels(name)

    def save_list(self, name: ListName, labels: list[str]) -> Changes:
        cleaned = [label.strip() for label in labels if label.strip()]
        problems: list[Problem] = []
        if not cleaned:
            problems.append(Problem(name.value, EMPTY_LIST))
        if len(set(cleaned)) != len(cleaned):
            problems.append(Problem(name.value, DUPLICATE_ENTRY))
        if any(len(label) > SHORT_TEXT_MAX for label in cleaned):
            problems.append(Problem(name.value, ENTRY_TOO_LONG))
        if problems:
            raise ValidationError(problems)
        with self._db.write() as uow:
            uow.lists.replace(name, cleaned)
        return Changes(settings=True)
