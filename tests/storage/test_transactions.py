"""Every write is one transaction, holds the lock from its start, and hides what was typed."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.domain.errors import StorageError
from ambassador.domain.participant import ParticipantFields
from ambassador.storage.database import Database

NOW = datetime(2026, 11, 24, 9, 0)
NUMBER = "198112289874"


def test_exception_inside_write_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write() as uow:
        uow.participants.add(ParticipantFields(first_name="Åsa", last_name="Öberg"), NOW)
        raise RuntimeError("power cut")
    with database.read() as uow:
        assert uow.participants.count(include_deleted=True) == 0
        assert uow.search("Åsa") == []


# SQLite's file lock (BEGIN IMMEDIATE); a server's concurrent writers are the next issue's.
@pytest.mark.sqlite_only
def test_write_takes_the_lock_before_its_first_read(
    database: Database, database_path: Path
) -> None:
    other = sqlite3.connect(database_path, timeout=0.05, isolation_level=None)
    with database.write() as uow:
        uow.participants.count()  # only a read so far: the lock is already ours
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_storage_error_never_carries_the_values_written(database: Database) -> None:
    fields = ParticipantFields(first_name="Åsa", last_name="Öberg", personal_identity_number=NUMBER)
    with database.write() as uow:
        uow.participants.add(fields, NOW)
    with pytest.raises(StorageError) as raised, database.write() as uow:
        uow.participants.add(fields, NOW)  # the unique index refuses a second living record
    error = raised.value
    assert NUMBER not in str(error) and "Öberg" not in str(error)
    # Not even hidden behind `from None`: PostgreSQL's DETAIL quotes the number written.
    assert error.__context__ is None and error.__cause__ is None
    with database.read() as uow:
        assert uow.participants.count() == 1
