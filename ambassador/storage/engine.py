"""Opening SQLite the way Ambassador needs it: pragmas, real transactions, no data in errors.

SQLAlchemy loads with the first engine, not with this module: a raw connection (`connect`),
such as the integrity check's that starts while the window is still loading, needs none of it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ambassador.domain.country import DENMARK
from ambassador.domain.sorting import sort_key
from ambassador.storage.keys import key_pragma

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

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
    """A raw DBAPI connection, keyed before anything else is read; no pragmas set but the
    busy timeout, which every statement then waits for a writer in another process.

    Read-only, it never writes the file: on media that cannot be written at all (a read-only
    mount, a file and folder only the owner may write), where SQLite cannot make the shared
    memory a WAL file's readers need, the file is read as unchanging (`immutable`).
    """
    module = dbapi(key, sqlcipher=sqlcipher)
    target = uri(path)
    if readonly:
        target += "?mode=ro&immutable=1" if unchanging(path) else "?mode=ro"
    connection = module.connect(
        target, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    if key is not None:
        connection.execute(key_pragma(key))
    return connection


def uri(path: Path) -> str:
    """`path` as a URI SQLite reads whatever its characters (a `?`, `#` or `%` in a folder's
    name would otherwise end the name or start the options)."""
    return "file:" + quote(os.path.abspath(path).replace(os.sep, "/"), safe="/:")


def unchanging(path: Path) -> bool:
    """True when nothing can be writing `path` or making its side files: the folder cannot
    be written, no shared memory (`-shm`) is there and no write-ahead log holds pages. Only
    then is it read as immutable; anywhere else SQLite's own locks keep reads consistent."""
    folder = os.path.dirname(os.path.abspath(path))
    wal = Path(f"{path}-wal")
    return (
        not os.access(folder, os.W_OK)
        and not Path(f"{path}-shm").exists()
        and (not wal.exists() or wal.stat().st_size == 0)
    )


def can_write(path: Path) -> bool:
    """Whether this program may change `path`: the file (and, for its write-ahead log and
    shared memory, its folder) can be written. False on a read-only mount, for a file made
    read-only, or one in a folder this user cannot write."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(path, os.W_OK):
        return False
    side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    if all(side.exists() for side in side_files):
        return all(os.access(side, os.W_OK) for side in side_files)
    return os.access(folder, os.W_OK)


def create_sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine over `path` whose every connection is configured before first use.

    pysqlite opens transactions lazily and commits before DDL on its own; SQLAlchemy's
    documented recipe turns that off and emits BEGIN ourselves, so a service's
    read-then-write is one transaction. Writers take the lock up front (BEGIN IMMEDIATE) so
    a read cannot later fail to upgrade.
    """
    from sqlalchemy import create_engine, event

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
        raw.create_function("sort_key", 1, _sort_key, deterministic=True)
        raw.create_function("sort_key_dk", 1, _sort_key_dk, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def create_readonly_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine that only reads `path`: `mode=ro` connections (see `connect`) that set
    nothing on the file, not even the journal mode, with `query_only` on, the busy timeout,
    foreign keys and `trusted_schema` as for writing, and the same `fold` and sort keys.
    Reads run in explicit transactions, so a page of a list is one snapshot beside a writer."""
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",  # the dialect and a file's pool; the creator opens it
        creator=lambda: connect(path, key, readonly=True),
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        raw: Any = dbapi_connection
        raw.isolation_level = None
        cursor = raw.cursor()
        for pragma in (
            "PRAGMA query_only=ON",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA trusted_schema=OFF",
        ):
            cursor.execute(pragma)
        cursor.close()
        raw.create_function("fold", 1, _fold, deterministic=True)
        raw.create_function("sort_key", 1, _sort_key, deterministic=True)
        raw.create_function("sort_key_dk", 1, _sort_key_dk, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _sort_key(value: str | None) -> str | None:
    return None if value is None else sort_key(value)


def _sort_key_dk(value: str | None) -> str | None:
    return None if value is None else sort_key(value, DENMARK)


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty or missing file (we will create it) or one with SQLite's header."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
