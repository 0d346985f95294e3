"""The whole content of a database file, to prove an action changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump_file(path: Path) -> list[str]:
    """Every statement that would rebuild the file, read by a connection of its own."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
