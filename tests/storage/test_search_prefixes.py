"""0015: the search tables rebuilt with prefix indexes of one to twelve letters find what they
found before, entry for entry, and go back to one to three letters and up again."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, text

from ambassador.storage.engine import create_sqlite_engine
from ambassador.storage.migrate import alembic_config
from ambassador.storage.opening import open_database
from ambassador.storage.schema import FTS5_SHADOWS
from ambassador.storage.search_index import NAMES, NOTES, count, search

FROZEN = Path(__file__).parent.parent / "data" / "schema-0001.db"

# Prefixes of four to six letters (merged from every word before 0015, prepared after), a
# whole word, one past twelve letters (still merged), names, a letter beyond ASCII, and the
# one to three letters 0003 prepared already.
WORDS = (
    "hand",
    "handl",
    "handle",
    "handledaren",
    "hygienrutiner",
    "hygi",
    "trädg",
    "Şahin",
    "h",
    "ha",
    "han",
)


def _state(connection: Connection) -> dict[str, object]:
    """Every entry, what each word finds, and how many."""
    return {
        "entries": {
            table: dict(connection.execute(text(f"SELECT rowid, body FROM {table}")).all())
            for table in (NAMES, NOTES)
        },
        "found": {
            word: [(h.kind, h.record_id, h.snippet) for h in search(connection, word, limit=10**6)]
            for word in WORDS
        },
        "counts": {word: count(connection, word) for word in WORDS},
    }


def _prefixes(connection: Connection) -> set[str]:
    sql = connection.execute(
        text("SELECT sql FROM sqlite_master WHERE name IN (:names, :notes)"),
        {"names": NAMES, "notes": NOTES},
    ).scalars()
    return {statement.split("prefix")[1] for statement in sql}


def _check(connection: Connection) -> None:
    for table in (NAMES, NOTES):
        connection.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
        config: dict[str, object] = dict(
            (k, v) for k, v in connection.execute(text(f"SELECT k, v FROM {table}_config"))
        )
        assert config.get("hashsize", 1024 * 1024) == 1024 * 1024  # the copy's buffer undone
    tables = connection.execute(
        text("SELECT name FROM sqlite_master WHERE name LIKE 'search_index%'")
    ).scalars()
    assert set(tables) == {
        *(NAMES, NOTES),
        *(f"{t}_{shadow}" for t in (NAMES, NOTES) for shadow in FTS5_SHADOWS),
    }


def _migrate(engine: Engine, revision: str, down: bool = False) -> None:
    with engine.begin() as connection:
        step = command.downgrade if down else command.upgrade
        step(alembic_config(connection), revision)


@pytest.mark.sqlite_only  # FTS5's prefix indexes; a server's tsvectors are 0009's
def test_longer_prefixes_find_the_same_entries_up_down_and_up(tmp_path: Path) -> None:
    path = tmp_path / "at-0014.db"
    shutil.copyfile(FROZEN, path)
    engine = create_sqlite_engine(path)  # with the functions search calls (`sort_key`)
    _migrate(engine, "0014")
    with engine.connect() as connection:
        before = _state(connection)
        assert _prefixes(connection) == {" = '1 2 3')"}
    assert all(before["found"].values())  # type: ignore[attr-defined]

    _migrate(engine, "0015")
    with engine.connect() as connection:
        assert _prefixes(connection) == {" = '1 2 3 4 5 6 7 8 9 10 11 12')"}
        _check(connection)
        assert _state(connection) == before

    _migrate(engine, "0014", down=True)
    with engine.connect() as connection:
        assert _prefixes(connection) == {" = '1 2 3')"}
        _check(connection)
        assert _state(connection) == before

    _migrate(engine, "head")
    with engine.connect() as connection:
        _check(connection)
        assert _state(connection) == before
    engine.dispose()

    # The program opens it, and a write goes on reaching the rebuilt index.
    database, _report = open_database(path, tmp_path / "backups", datetime(2026, 12, 7, 9))
    try:
        with database.read() as uow:
            person = uow.participants.page(limit=1)[0]
            assert person.id in [n.participant_id for n in uow.search(person.full_name[:5])]
    finally:
        database.dispose()
