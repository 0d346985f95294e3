"""What a database file's structure must be at its schema revision, and what it is.

Opening a file and `ambassador check` compare the two before anything else is read or
changed: a file missing a table, an index or a search table, or holding tables its revision
does not make (an `alembic_version` that does not match what is there), is damaged. Run on
such a file, the program would fail later and worse: a list that "could not be written", a
migration that stops half-way.

At the newest revision the structure comes from the mappings (`rows.py`), which a test holds
to what the migrations make, so opening a current file needs no Alembic; an older revision's
comes from running the migrations up to it in a database in memory.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import create_engine

from ambassador.domain.errors import DamagedDatabaseError
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.rows import Base

# The full-text search tables (migration 0003) and the tables FTS5 keeps each one in.
SEARCH_TABLES = ("search_index_names", "search_index_notes")
FTS5_SHADOWS = ("config", "content", "data", "docsize", "idx")
VERSION_TABLE = "alembic_version"


class Part(enum.Enum):
    TABLE = "table"
    COLUMN = "column"
    INDEX = "index"


@dataclass(frozen=True, order=True)
class Difference:
    """One thing that does not match: `missing` (the revision makes it, the file lacks it) or
    not (the file has it, the revision does not make it). `name` is `table.column` for a
    column. Names of tables and indexes only, never a value."""

    missing: bool
    part: Part
    name: str

    def __str__(self) -> str:
        return f"{'missing' if self.missing else 'unexpected'} {self.part.value} {self.name}"


@dataclass(frozen=True)
class Schema:
    # Every table: the search tables and their FTS5 tables too.
    tables: frozenset[str]
    # (table, column) of every ordinary table; a search table's columns are FTS5's own.
    columns: frozenset[tuple[str, str]]
    # (table, index) of every named index; SQLite's automatic ones follow their constraints.
    indexes: frozenset[tuple[str, str]]

    def differences(self, actual: Schema) -> list[Difference]:
        """What `actual` lacks of this schema, then what it has beyond it."""
        found: list[Difference] = []
        for missing, have, lack in ((True, actual, self), (False, self, actual)):
            found += [Difference(missing, Part.TABLE, t) for t in sorted(lack.tables - have.tables)]
            found += [
                Difference(missing, Part.COLUMN, f"{table}.{column}")
                for table, column in sorted(lack.columns - have.columns)
                if table in have.tables  # a table that is not there at all is said once
            ]
            found += [
                Difference(missing, Part.INDEX, index)
                for table, index in sorted(lack.indexes - have.indexes)
                if table in have.tables
            ]
        return found


class SchemaMismatchError(DamagedDatabaseError):
    """The file's structure is not the one its schema revision makes."""

    def __init__(self, message: str, path: str, differences: list[Difference]) -> None:
        super().__init__(message, path)
        self.differences = tuple(differences)


def search_tables() -> frozenset[str]:
    return frozenset(
        [
            *SEARCH_TABLES,
            *(f"{table}_{shadow}" for table in SEARCH_TABLES for shadow in FTS5_SHADOWS),
        ]
    )


def read_schema(connection: Any) -> Schema:
    """The structure of the file behind `connection` (either driver's own connection), as it
    is: SQLite's own tables, such as the planner's statistics, left out."""
    objects = connection.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables = {name for kind, name, _table, _sql in objects if kind == "table"}
    virtual = {
        name
        for kind, name, _table, sql in objects
        if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")
    }
    fts = virtual | {f"{table}_{shadow}" for table in virtual for shadow in FTS5_SHADOWS}
    columns: set[tuple[str, str]] = set()
    for table in sorted(tables - fts):
        rows = connection.execute("SELECT name FROM pragma_table_info(?)", (table,)).fetchall()
        columns |= {(table, column) for (column,) in rows}
    indexes = {(table, name) for kind, name, table, _sql in objects if kind == "index"}
    return Schema(frozenset(tables), frozenset(columns), frozenset(indexes))


def head_schema() -> Schema:
    """The newest revision's structure: the mappings, Alembic's version table and search."""
    mapped = Base.metadata.sorted_tables
    return Schema(
        frozenset({table.name for table in mapped} | {VERSION_TABLE} | search_tables()),
        frozenset(
            {(table.name, column.name) for table in mapped for column in table.columns}
            | {(VERSION_TABLE, "version_num")}
        ),
        frozenset({(table.name, str(index.name)) for table in mapped for index in table.indexes}),
    )


@lru_cache(maxsize=8)
def schema_at(revision: str) -> Schema:
    """The structure the migrations make up to `revision`, in a database in memory (loads
    Alembic: for a file that is about to be migrated, or `check` of an older one)."""
    from alembic import command

    from ambassador.storage.migrate import alembic_config

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
            return read_schema(connection.connection.driver_connection)
    finally:
        engine.dispose()


def expected_schema(revision: str) -> Schema:
    return head_schema() if revision == HEAD_REVISION else schema_at(revision)
