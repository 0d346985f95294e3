"""The SQL an action sends through the program's engine, and the same reads replayed through a
plain sqlite3 connection: the floor of an action's reading (window_actions.py, and the
documents' reading in document_actions.py)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from ambassador.domain.sorting import sort_key

Statement = tuple[str, Any]


class Recorder:
    """The statements the program sends through its engine while `record()` is open."""

    def __init__(self, engine: Engine) -> None:
        self._recording: list[Statement] | None = None
        event.listen(engine, "before_cursor_execute", self._on_execute)

    def _on_execute(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any
    ) -> None:
        if self._recording is not None:
            self._recording.append((statement, parameters))

    @contextmanager
    def record(self) -> Iterator[list[Statement]]:
        statements: list[Statement] = []
        self._recording = statements
        try:
            yield statements
        finally:
            self._recording = None


def issued(statements: list[Statement]) -> int:
    return sum(1 for sql, _ in statements if not sql.lstrip().upper().startswith("BEGIN"))


def selects(statements: list[Statement]) -> list[Statement]:
    return [
        (sql, parameters)
        for sql, parameters in statements
        if sql.lstrip().upper().startswith(("SELECT", "WITH"))
    ]


def plain_connection(path: Path) -> sqlite3.Connection:
    """The file through plain sqlite3, with the functions the program registers on its own
    connections for its list filters and order (older trees call them in their SQL)."""
    connection = sqlite3.connect(path)
    connection.create_function("fold", 1, _fold, deterministic=True)
    connection.create_function("sort_key", 1, _sort_key, deterministic=True)
    return connection


def replay(connection: sqlite3.Connection, statements: list[Statement]) -> float:
    """Milliseconds to run the SELECTs of `statements` again, fetching every row."""
    reads = selects(statements)
    started = time.perf_counter()
    for sql, parameters in reads:
        connection.execute(sql, parameters).fetchall()
    return (time.perf_counter() - started) * 1000


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _sort_key(value: str | None) -> str | None:
    return None if value is None else sort_key(value)
