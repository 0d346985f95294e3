"""The statements the program sends through a database's engine while a block runs: to hold a
screen or a query to what it reads, and how often."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from ambassador.storage.database import Database

Sent = tuple[str, str]  # a statement and its parameters, as sent


@contextmanager
def sent_statements(database: Database) -> Iterator[list[Sent]]:
    """Each statement sent while open, with its parameters; BEGIN left out."""
    sent: list[Sent] = []

    def record(*args: object) -> None:
        statement, parameters = str(args[2]), repr(args[3])
        if statement.strip().upper() != "BEGIN":
            sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
