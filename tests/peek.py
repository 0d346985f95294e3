"""Looking at a database's tables from outside the program's units of work, on either engine.

A new connection of its own from the database's engine: it sees what was committed, not what
a unit of work left pending.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, text

from ambassador.storage.database import Database


def table(database: Database, sql: str) -> list[tuple[Any, ...]]:
    """The rows `sql` finds, as plain tuples."""
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def traces(database: Database, *secrets: str) -> set[str]:
    """Which of `secrets` the database still holds: anywhere in a file's bytes and its WAL,
    where a freed page or an old index segment would keep them; on a server, in any row of
    any table (its WAL and backups are IT's, beyond the program's reach)."""
    if database.path is not None:
        path = database.path
        sides = (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        data = b"".join(side.read_bytes() for side in sides if side.exists())
        return {secret for secret in secrets if secret.encode() in data}
    found: set[str] = set()
    with database.engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            for secret in secrets:
                row = connection.execute(
                    text(f'SELECT 1 FROM "{name}" AS r WHERE r::text ILIKE :secret LIMIT 1'),
                    {"secret": f"%{secret}%"},
                ).first()
                if row is not None:
                    found.add(secret)
    return found
