"""Opening SQLite the way Ambassador needs it: pragmas, real transactions, no data in errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

# "Amba" in ASCII: marks the file header as ours, so a foreign SQLite file is refused.
APPLICATION_ID = 0x416D6261
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"

WRITE = "ambassador_write"


def create_sqlite_engine(path: Path) -> Engine:
    """An engine over `path` whose every connection is configured before first use.

    pysqlite opens transactions lazily and commits before DDL on its own; SQLAlchemy's
    documented recipe turns that off and emits BEGIN ourselves, so a service's
    read-then-write is one transaction. Writers take the lock up front (BEGIN IMMEDIATE) so
    a read cannot later fail to upgrade.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        hide_parameters=True,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        assert isinstance(dbapi_connection, sqlite3.Connection)
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA secure_delete=ON",
            "PRAGMA trusted_schema=OFF",
        ):
            cursor.execute(pragma)
        cursor.close()
        # For list filters: SQLite's own lower() and LIKE fold ASCII only, not Å, Ä, Ö.
        dbapi_connection.create_function("fold", 1, _fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty or missing file (we will create it) or one with SQLite's header."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
