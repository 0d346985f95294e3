"""Opening a database file: refuse what is not ours, check it, back it up, migrate it.

Nothing here opens a file into a half-working state: each check that fails raises a typed
StorageError naming the file, before any change is made to it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text

from ambassador.domain.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    NotAnAmbassadorDatabaseError,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.backup import backup_file, backup_name
from ambassador.storage.database import Database
from ambassador.storage.engine import APPLICATION_ID, create_sqlite_engine, looks_like_sqlite
from ambassador.storage.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from ambassador.storage.rows import Base

NOT_SQLITE = QT_TRANSLATE_NOOP("Messages", "This file is not an Ambassador database")
FOREIGN = QT_TRANSLATE_NOOP("Messages", "This SQLite file belongs to another program")
DAMAGED = QT_TRANSLATE_NOOP("Messages", "This Ambassador database is damaged")
NO_FILE = QT_TRANSLATE_NOOP("Messages", "There is no such file")
# Rows sampled per index by ANALYZE: enough for the planner, bounded on a large file.
ANALYSIS_LIMIT = 400
TOO_NEW = QT_TRANSLATE_NOOP("Messages", "This database was made by a newer version of Ambassador")


@dataclass(frozen=True)
class OpenReport:
    revision_before: str | None
    revision_after: str
    backup: Path | None


def _header_check(path: Path) -> None:
    if not looks_like_sqlite(path):
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))


def _identity_and_health(path: Path, *, full: bool = False) -> bool:
    """True when the file already holds our schema; raises when it is foreign or damaged.

    Looks through a read-only connection with no pragmas set, so a foreign file is refused
    without being touched (a WAL switch would rewrite its header).
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path)) from None
    try:
        (app_id,) = connection.execute("PRAGMA application_id").fetchone()
        (tables,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise NotAnAmbassadorDatabaseError(FOREIGN, str(path))
        check = "integrity_check" if full else "quick_check"
        (result,) = connection.execute(f"PRAGMA {check}").fetchone()
        if result != "ok":
            raise DamagedDatabaseError(DAMAGED, str(path))
        return bool(tables)
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "encrypted" in str(error):
            raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path)) from None
        raise DamagedDatabaseError(DAMAGED, str(path)) from None
    finally:
        connection.close()


def open_database(path: Path, backups: Path, now: datetime) -> tuple[Database, OpenReport]:
    """Open (creating if new) and migrate `path`; a file with data is backed up first."""
    path = path.expanduser().resolve()
    _header_check(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    holds_schema = _identity_and_health(path)
    engine = create_sqlite_engine(path)
    try:
        before = current_revision(engine) if holds_schema else None
        if before is not None and before not in known_revisions():
            raise DatabaseTooNewError(TOO_NEW, str(path))
        head = head_revision()
        backup: Path | None = None
        if before != head:
            if holds_schema:
                engine.dispose()
                backup = backup_file(path, backups / backup_name(path, f"before-{head}", now))
            upgrade_to_head(engine)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        _refresh_statistics(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, path), OpenReport(before, head, backup)


def _refresh_statistics(engine: Engine) -> None:
    """Give the query planner fresh table statistics, sampled so it costs milliseconds.

    Without them SQLite picks the status index for "this placement's next planned
    check-in" and scans every planned check-in for each row of a list: seconds, not ms.
    """
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")


@dataclass(frozen=True)
class HealthReport:
    path: Path
    revision: str | None
    integrity: str
    row_counts: dict[str, int]


def check_database(path: Path) -> HealthReport:
    """Read-only examination for `ambassador check`: never creates, migrates or changes a file."""
    path = path.expanduser().resolve()
    if not path.exists():
        raise NotAnAmbassadorDatabaseError(NO_FILE, str(path))
    _header_check(path)
    if not _identity_and_health(path, full=True):
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))
    engine = create_sqlite_engine(path)
    try:
        revision = current_revision(engine)
        counts: dict[str, int] = {}
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                counts[table.name] = connection.execute(
                    text(f"SELECT count(*) FROM {table.name}")
                ).scalar_one()
        return HealthReport(path, revision, "ok", counts)
    finally:
        engine.dispose()
