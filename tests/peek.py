"""Looking at a database's tables from outside the program's units of work, on either engine.

A new connection of its own from the database's engine: it sees what was committed, not what
a unit of work left pending.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from ambassador.storage.database import Database


def table(database: Database, sql: str) -> list[tuple[Any, ...]]:
    """The rows `sql` finds, as plain tuples."""
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]
