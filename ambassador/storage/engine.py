"""Opening SQLite the way Ambassador needs it: pragmas, real transactions, no data in errors."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from ambassador.storage.keys import key_pragma

# "Amba" in ASCII: marks the file header as ours, so a foreign SQLite file is refused.
APPLICATION_ID = 0x416D6261
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"

WRITE = "ambassador_write"

# SQLAlchemy logs statements at INFO and result rows at DEBUG; rows hold whatever a person
# typed (names, identity numbers, notes) and hide_parameters does not hide them. Pinned to
# warnings, so turning up the root logger, or `sqlalchemy` or `sqlalchemy.engine`, does not
# write them into a log.
logging.getLogger("sqlalchemy.engine.Engine").setLevel(logging.WARNING)


def dbapi(key: bytes | None, *, sqlcipher: bool = False) -> ModuleType:
    """The driver: Python's sqlite3 for a plain file, SQLCipher's for an encrypted one (or
    when SQLCipher's own functions are needed, as in encrypting a plain file)."""
    if key is None and not sqlcipher:
        return sqlite3
    import sqlcipher3.dbapi2  # type: ignore[import-untyped]

    return sqlcipher3.dbapi2  # type: ignore[no-any-return]


def connect(
    path: Path, key: bytes | None = None, *, readonly: bool = False, sqlcipher: bool = False
) -> Any:
    """A raw DBAPI connection, keyed before anything else is read; no pragmas set."""
    module = dbapi(key, sqlcipher=sqlcipher)
    target = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    connection = module.connect(target, uri=True)
    if key is not None:
        connection.execute(key_pragma(key))
    return connection


def create_sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine over `path` whose every connection is configured before first use.

    pysqlite opens transactions lazily and commits before DDL on its own; SQLAlchemy's
    documented recipe turns that off and emits BEGIN ourselves, so a service's
    read-then-write is one transaction. Writers take the lock up front (BEGIN IMMEDIATE) so
    a read cannot later fail to upgrade.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        module=dbapi(key),
        hide_parameters=True,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        raw: Any = dbapi_connection
        raw.isolation_level = None
        cursor = raw.cursor()
        if key is not None:  # before any other statement, or SQLCipher reads garbage
            cursor.execute(key_pragma(key))
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
        raw.create_function("fold", 1, _fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def create_readonly_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine that only reads `path` and sets nothing on it: not even the journal mode,
    which a file from an early release still has to be switched to (for `check`)."""
    return create_engine(
        "sqlite://", creator=lambda: connect(path, key, readonly=True), hide_parameters=True
    )


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty or missing file (we will create it) or one with SQLite's header."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
