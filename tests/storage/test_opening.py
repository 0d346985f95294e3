"""Opening files: migration from empty, pragmas, refusing foreign or damaged files, backups."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from ambassador.domain.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    NotAnAmbassadorDatabaseError,
)
from ambassador.storage.engine import APPLICATION_ID
from ambassador.storage.migrate import head_revision
from ambassador.storage.opening import check_database, open_database
from ambassador.storage.rows import Base

NOW = datetime(2026, 11, 24, 9, 0)


def test_open_creates_schema_at_head_when_file_is_new(tmp_path: Path) -> None:
    database, report = open_database(tmp_path / "new.db", tmp_path / "backups", NOW)
    database.dispose()
    assert report.revision_before is None
    assert report.revision_after == head_revision()
    assert report.backup is None  # nothing worth keeping in a new file
    health = check_database(tmp_path / "new.db")
    assert health.revision == head_revision()
    assert health.row_counts["participants"] == 0
    assert health.row_counts["list_items"] > 0  # the default editable lists


def test_connection_pragmas_are_set_when_opened(tmp_path: Path) -> None:
    database, _report = open_database(tmp_path / "a.db", tmp_path / "backups", NOW)
    with database.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "application_id",
                "secure_delete",
                "trusted_schema",
            )
        }
    database.dispose()
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "application_id": APPLICATION_ID,
        "secure_delete": 1,
        "trusted_schema": 0,
    }


def test_open_refuses_file_when_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file renamed to .db" * 20)
    with pytest.raises(NotAnAmbassadorDatabaseError) as raised:
        open_database(path, tmp_path / "backups", NOW)
    assert str(path) in str(raised.value)
    assert path.read_bytes().startswith(b"PK")  # untouched


def test_open_refuses_sqlite_file_when_another_program_made_it(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotAnAmbassadorDatabaseError):
        open_database(path, tmp_path / "backups", NOW)
    assert path.read_bytes() == before  # not even switched to WAL


def test_open_refuses_file_when_truncated(tmp_path: Path, template_database: Path) -> None:
    path = tmp_path / "cut.db"
    data = template_database.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises((DamagedDatabaseError, NotAnAmbassadorDatabaseError)):
        open_database(path, tmp_path / "backups", NOW)
    with pytest.raises((DamagedDatabaseError, NotAnAmbassadorDatabaseError)):
        check_database(path)


def test_open_refuses_database_when_made_by_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    database, _report = open_database(path, tmp_path / "backups", NOW)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(DatabaseTooNewError):
        open_database(path, tmp_path / "backups", NOW)
    health = check_database(path)
    assert (health.revision, health.too_new, health.upgrade_pending) == ("9999", True, False)


def test_open_backs_up_first_when_file_with_data_needs_migration(tmp_path: Path) -> None:
    """A file stamped with no revision but holding data stands in for an older release."""
    path = tmp_path / "old.db"
    database, _report = open_database(path, tmp_path / "backups", NOW)
    with database.engine.begin() as connection:
        connection.execute(text("DROP TABLE search_index_names"))
        connection.execute(text("DROP TABLE search_index_notes"))
        connection.execute(text("DROP TABLE alembic_version"))
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(text(f"DROP TABLE {table.name}"))
        connection.execute(text("CREATE TABLE kept (name TEXT)"))
        connection.execute(text("INSERT INTO kept VALUES ('Kvarnens Café')"))
    database.dispose()

    database, report = open_database(path, tmp_path / "backups", NOW)
    database.dispose()
    assert report.revision_before is None and report.revision_after == head_revision()
    assert report.backup is not None and report.backup.parent == tmp_path / "backups"
    backup = sqlite3.connect(report.backup)
    assert backup.execute("SELECT name FROM kept").fetchall() == [("Kvarnens Café",)]
    assert backup.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # self-contained
    backup.close()
