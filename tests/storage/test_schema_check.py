"""A file whose tables are not those of its schema revision is damaged: `check` says so, and
opening refuses it before anything in it is changed (no migration, no backup, not a byte)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.domain.errors import DamagedDatabaseError
from ambassador.storage.engine import APPLICATION_ID
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.opening import check_database, open_database
from ambassador.storage.schema import (
    Difference,
    Part,
    SchemaMismatchError,
    head_schema,
    read_schema,
    schema_at,
)

NOW = datetime(2026, 11, 24, 9, 0)
FROZEN = sorted((Path(__file__).parents[1] / "data").glob("schema-*.db"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _change(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _refused_untouched(path: Path) -> SchemaMismatchError:
    """Opening and checking both refuse `path` as damaged, and neither changes it."""
    before = _digest(path)
    backups = path.parent / "backups"
    with pytest.raises(SchemaMismatchError):
        open_database(path, backups, NOW)
    with pytest.raises(SchemaMismatchError) as raised:
        check_database(path)
    assert _digest(path) == before
    assert not backups.exists()  # refused before the backup a migration takes
    assert isinstance(raised.value, DamagedDatabaseError)  # offered a backup like any other
    return raised.value


def test_the_newest_revisions_tables_from_the_mappings_are_the_migrations() -> None:
    """Opening a current file compares it with the mappings, without loading Alembic; this
    holds them to what the migrations make."""
    assert head_schema().differences(schema_at(HEAD_REVISION)) == []


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_every_released_schema_is_what_its_migrations_make(frozen: Path) -> None:
    revision = frozen.stem.removeprefix("schema-")
    connection = sqlite3.connect(f"file:{frozen}?mode=ro", uri=True)
    try:
        assert schema_at(revision).differences(read_schema(connection)) == []
    finally:
        connection.close()


@pytest.mark.parametrize("table", ["notes", "participants", "settings"])
def test_a_dropped_table_is_damage(database_path: Path, table: str) -> None:
    _change(database_path, "PRAGMA foreign_keys=OFF", f"DROP TABLE {table}")
    error = _refused_untouched(database_path)
    assert Difference(True, Part.TABLE, table) in error.differences


def test_a_dropped_search_table_is_damage(database_path: Path) -> None:
    _change(database_path, "DROP TABLE search_index_notes")
    error = _refused_untouched(database_path)
    assert Difference(True, Part.TABLE, "search_index_notes") in error.differences


def test_a_dropped_index_is_damage(database_path: Path) -> None:
    _change(database_path, "DROP INDEX ix_check_ins_placement_scheduled")
    error = _refused_untouched(database_path)
    assert error.differences == (Difference(True, Part.INDEX, "ix_check_ins_placement_scheduled"),)


def test_a_file_with_our_id_and_none_of_our_tables_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "ours.db"
    _change(path, f"PRAGMA application_id={APPLICATION_ID}", "CREATE TABLE kept (name TEXT)")
    error = _refused_untouched(path)
    assert Difference(True, Part.TABLE, "participants") in error.differences
    assert Difference(False, Part.TABLE, "kept") in error.differences


def test_a_file_with_our_id_and_no_tables_at_all_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "ours.db"
    _change(path, "PRAGMA journal_mode=WAL", f"PRAGMA application_id={APPLICATION_ID}")
    _refused_untouched(path)


def test_a_version_stamp_that_does_not_match_the_tables_is_refused_before_migrating(
    database_path: Path,
) -> None:
    """The newest tables stamped as 0004: migrating "from 0004" would fail half-way."""
    _change(database_path, "UPDATE alembic_version SET version_num = '0004'")
    error = _refused_untouched(database_path)
    assert Difference(False, Part.TABLE, "outcome_checks") in error.differences


def test_an_older_file_whose_tables_match_its_stamp_opens(tmp_path: Path) -> None:
    path = tmp_path / FROZEN[0].name
    shutil.copyfile(FROZEN[0], path)
    assert check_database(path).upgrade_pending
    database, report = open_database(path, tmp_path / "backups", NOW)
    database.dispose()
    assert report.revision_after == HEAD_REVISION and report.backup is not None


def test_an_older_file_missing_a_table_of_its_revision_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / FROZEN[0].name
    shutil.copyfile(FROZEN[0], path)
    _change(path, "PRAGMA foreign_keys=OFF", "DROP TABLE feedback")
    error = _refused_untouched(path)
    assert error.differences == (Difference(True, Part.TABLE, "feedback"),)


def test_a_dropped_column_is_damage(database_path: Path) -> None:
    _change(database_path, "ALTER TABLE notes DROP COLUMN minutes_spent")
    error = _refused_untouched(database_path)
    assert error.differences == (Difference(True, Part.COLUMN, "notes.minutes_spent"),)
