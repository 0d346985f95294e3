"""Copies of a live database through SQLite's backup API (never a file copy of a WAL file)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Write a self-contained, checked copy of `source` to `target`, atomically.

    The copy goes to a temporary name first and is renamed into place only after it passed
    `quick_check`, so a crash never leaves a half backup under the real name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        target_connection = sqlite3.connect(partial)
        try:
            source_connection.backup(target_connection)
            # A backup must stand alone: no -wal beside it to be forgotten.
            target_connection.execute("PRAGMA journal_mode=DELETE")
            (result,) = target_connection.execute("PRAGMA quick_check").fetchone()
            if result != "ok":
                raise OSError("the backup copy failed its check")
        finally:
            target_connection.close()
    finally:
        source_connection.close()
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def backup_name(database: Path, reason: str, now: datetime) -> str:
    return f"{database.stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"
