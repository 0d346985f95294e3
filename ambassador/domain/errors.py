"""The typed errors of the domain: what a person can fix, and what the environment caused."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field, as an English source text with `{named}` parameters.

    The text is translated in the UI (context `Messages`) and then formatted with `params`.
    """

    field: str
    message: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def render(self, translated: str | None = None) -> str:
        return (translated if translated is not None else self.message).format(**self.params)


class AmbassadorError(Exception):
    """Base of every error the program raises on purpose."""


class ValidationError(AmbassadorError):
    """Input a person can correct; nothing has been written."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.render()}" for p in self.problems))

    @classmethod
    def single(cls, field_name: str, message: str, **params: Any) -> ValidationError:
        return cls([Problem(field_name, message, params)])

    def for_field(self, field_name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == field_name]


class NotFoundError(AmbassadorError):
    """The record asked for does not exist (or is in the trash)."""

    def __init__(self, kind: str, record_id: int) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"{kind} {record_id} not found")


class RuleViolationError(AmbassadorError):
    """An action the current state does not allow (ending an ended placement, ...)."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


class StorageError(AmbassadorError):
    """The environment failed: disk full, file locked, damaged or foreign. Never personal data."""

    def __init__(self, message: str, path: str | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(message if path is None else f"{message}: {path}")


class NotAnAmbassadorDatabaseError(StorageError):
    """The file is not SQLite, or SQLite that another program made."""


class DamagedDatabaseError(StorageError):
    """The file is an Ambassador database that fails SQLite's integrity check."""


class DatabaseTooNewError(StorageError):
    """The file was written by a newer Ambassador; opening it would risk damaging it."""


class ConflictError(AmbassadorError):
    """Someone else saved the record after this form read it: nothing was written.

    `current` is the record as it is stored now (the same domain type the form loaded), so
    the form can show, field by field, what the other person changed and let the coordinator
    keep theirs, take the other's or merge; `changed_by` is the database user who saved it
    ("" on a file, where there is only one). `deleted`: the other person moved it to the
    trash or removed it, and there is nothing to merge with."""

    def __init__(
        self,
        kind: str,
        record_id: int,
        current: Any,
        changed_by: str = "",
        *,
        deleted: bool = False,
    ) -> None:
        self.kind = kind
        self.record_id = record_id
        self.current = current
        self.changed_by = changed_by
        self.deleted = deleted
        super().__init__(f"{kind} {record_id} changed by someone else")


class RetryableStorageError(StorageError):
    """A serialization failure or a deadlock on a server: the transaction was rolled back as
    a whole and running it again may succeed (services retry it a few times, then show the
    message)."""
