"""0016: the people and employers in the trash are read from partial indexes of their own, as
Papperskorg asks for them, the same rows before and after, up, down and up."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, select, text

from ambassador.storage.engine import create_sqlite_engine
from ambassador.storage.migrate import alembic_config
from ambassador.storage.rows import EmployerRow, ParticipantRow

FROZEN = Path(__file__).parent.parent / "data" / "schema-0001.db"
INDEXES = {"participants": "ix_participants_trashed", "employers": "ix_employers_trashed"}
# Papperskorg's own questions (storage/trash.py), as SQLite is asked them.
ASKED = {
    "participants": select(ParticipantRow).where(ParticipantRow.deleted_at.is_not(None)),
    "employers": select(EmployerRow).where(EmployerRow.deleted_at.is_not(None)),
}


def _migrate(engine: Engine, revision: str, down: bool = False) -> None:
    with engine.begin() as connection:
        step = command.downgrade if down else command.upgrade
        step(alembic_config(connection), revision)


def _trashed(connection: Connection) -> dict[str, list[int]]:
    return {table: [row.id for row in connection.execute(query)] for table, query in ASKED.items()}


def _plans(connection: Connection) -> dict[str, str]:
    plans = {}
    for table, query in ASKED.items():
        compiled = query.compile(connection)
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params.values())
        ).all()
        plans[table] = " ".join(str(row[3]) for row in plan)
    return plans


def _statistics(connection: Connection) -> set[str]:
    return set(
        connection.execute(
            text(
                "SELECT idx FROM sqlite_stat1 WHERE idx IN ('ix_participants_trashed', "
                "'ix_employers_trashed')"
            )
        ).scalars()
    )


@pytest.mark.sqlite_only  # a query plan and SQLite's planner statistics; a server's are its own
def test_the_trash_is_read_from_its_indexes_up_down_and_up(tmp_path: Path) -> None:
    path = tmp_path / "at-0015.db"
    shutil.copyfile(FROZEN, path)
    engine = create_sqlite_engine(path)
    _migrate(engine, "0015")
    with engine.begin() as connection:
        for table in INDEXES:
            connection.execute(
                text(
                    f"UPDATE {table} SET deleted_at = :at WHERE id IN (SELECT id FROM {table} "
                    "ORDER BY id LIMIT 2)"
                ),
                {"at": datetime(2026, 12, 1, 9)},
            )
    with engine.connect() as connection:
        before = _trashed(connection)
        assert all(len(ids) == 2 for ids in before.values())
        assert all("SCAN" in plan for plan in _plans(connection).values())

    _migrate(engine, "0016")
    with engine.connect() as connection:
        assert _trashed(connection) == before
        plans = _plans(connection)
        for table, index in INDEXES.items():
            assert f"USING INDEX {index}" in plans[table], plans[table]
        assert _statistics(connection) == set(INDEXES.values())

    _migrate(engine, "0015", down=True)
    with engine.connect() as connection:
        assert _trashed(connection) == before
        assert all("SCAN" in plan for plan in _plans(connection).values())
        assert _statistics(connection) == set()

    _migrate(engine, "head")
    with engine.connect() as connection:
        assert _trashed(connection) == before
        assert all("USING INDEX" in plan for plan in _plans(connection).values())
    engine.dispose()
