"""The planner's statistics: written once by migration 0006, never by opening a file.

Without them SQLite chose the status index for "this placement's next planned check-in" and a
page of the placement list took 0.9 s instead of 20 ms. They used to come from an `ANALYZE` on
every open, which wrote to every file that was only read; now the migration writes the rows a
full file would have, so a new file plans like one of ten years from its first day.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from ambassador.storage.schema import head_schema

NOW = datetime(2026, 11, 24, 9, 0)
FROZEN_0001 = Path(__file__).parents[1] / "data" / "schema-0001.db"
NEXT_PLANNED = (
    "EXPLAIN QUERY PLAN SELECT min(scheduled_at) FROM check_ins "
    "WHERE placement_id = 5 AND status = 'planned' AND scheduled_at >= '2026-01-01'"
)


def _plan(path: Path, query: str) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return " ".join(row[-1] for row in connection.execute(query))
    finally:
        connection.close()


def _statistics(path: Path) -> dict[tuple[str, str | None], str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            (table, index): stat
            for table, index, stat in connection.execute("SELECT tbl, idx, stat FROM sqlite_stat1")
        }
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_empty_file_plans_the_next_check_in_as_a_full_one(database_path: Path) -> None:
    assert "ix_check_ins_placement_scheduled" in _plan(database_path, NEXT_PLANNED)


def test_without_the_statistics_the_planner_would_choose_the_status_index(
    database_path: Path,
) -> None:
    """What the statistics are for: on the same empty file, without them, the slow plan."""
    connection = sqlite3.connect(database_path)
    connection.execute("DELETE FROM sqlite_stat1")
    connection.commit()
    connection.close()
    assert "ix_check_ins_status_scheduled" in _plan(database_path, NEXT_PLANNED)


def test_every_table_and_index_of_the_schema_has_its_statistics(database_path: Path) -> None:
    """A migration that adds an index adds its row (as 0006 does), or the planner guesses."""
    schema = head_schema()
    have = set(_statistics(database_path))
    indexed = {table for table, _index in have}
    ours = {table for table, _column in schema.columns} - {"alembic_version"}
    assert ours <= indexed
    assert {(table, index) for table, index in schema.indexes} <= have
    for table in ours:  # SQLite's automatic indexes (unique constraints) count as well
        connection = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
        automatic = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND name LIKE 'sqlite_autoindex%'",
                (table,),
            )
        }
        connection.close()
        assert {(table, name) for name in automatic} <= have, table


def test_opening_a_current_file_writes_nothing_to_it(database_path: Path) -> None:
    """Not the statistics, not anything: a file at the newest revision is only read."""
    before = _digest(database_path)
    database, report = open_database(database_path, database_path.parent / "backups", NOW)
    with database.read() as uow:
        uow.settings.all()
    database.dispose()
    assert report.revision_before == report.revision_after
    assert _digest(database_path) == before


@pytest.mark.sqlite_only  # a file's bytes
def test_reading_a_file_writes_nothing_to_it(database: Database, database_path: Path) -> None:
    database.dispose()
    before = _digest(database_path)
    again, _report = open_database(
        database_path, database_path.parent / "backups", NOW, read_only=True
    )
    with again.read() as uow:
        uow.settings.all()
    again.dispose()
    assert _digest(database_path) == before


def test_an_upgraded_file_gets_the_statistics_in_place_of_what_analyze_found(
    tmp_path: Path,
) -> None:
    """A file of an earlier release (the frozen 0001 one, analysed by the old habit when it
    was nearly empty) plans from the migration's rows once upgraded, not from its own."""
    path = tmp_path / FROZEN_0001.name
    shutil.copyfile(FROZEN_0001, path)
    connection = sqlite3.connect(path)
    connection.execute("ANALYZE")
    connection.commit()
    connection.close()
    database, report = open_database(path, tmp_path / "backups", NOW)
    database.dispose()
    assert report.revision_before == "0001" and report.backup is not None
    # The decade sample's numbers, not the 30 participants' of the frozen file.
    assert _statistics(path)[("check_ins", "ix_check_ins_placement_scheduled")] == "54384 12 1"
    assert "ix_check_ins_placement_scheduled" in _plan(path, NEXT_PLANNED)
