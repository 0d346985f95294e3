"""Opening a database file: refuse what is not ours, check it, back it up, migrate it.

Nothing here opens a file into a half-working state: each check that fails raises a typed
StorageError naming the file, before any change is made to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from ambassador.domain.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    NotAnAmbassadorDatabaseError,
    StorageError,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.backup import backup_file, backup_name
from ambassador.storage.database import Database
from ambassador.storage.engine import (
    APPLICATION_ID,
    SQLITE_HEADER,
    connect,
    create_readonly_engine,
    create_sqlite_engine,
    looks_like_sqlite,
)
from ambassador.storage.keys import WrongKeyError, key_path
from ambassador.storage.migrate import (
    HEAD_REVISION,
    current_revision,
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
NEEDS_KEY = QT_TRANSLATE_NOOP("Messages", "This database is encrypted; it needs its passphrase.")
KEY_DOES_NOT_OPEN = QT_TRANSLATE_NOOP("Messages", "This key does not open this database.")


class EncryptedDatabaseError(StorageError):
    """The file is encrypted and no key was given: ask for the passphrase."""


def is_encrypted(path: Path) -> bool:
    """An encrypted database: not SQLite's plain header, and our key file beside it."""
    if not path.is_file() or path.stat().st_size == 0 or not key_path(path).is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


@dataclass(frozen=True)
class OpenReport:
    revision_before: str | None
    revision_after: str
    backup: Path | None


def _header_check(path: Path, key: bytes | None) -> None:
    if key is not None:
        return  # an encrypted file has no readable header; the key is tried below
    if is_encrypted(path):
        raise EncryptedDatabaseError(NEEDS_KEY, str(path))
    if not looks_like_sqlite(path):
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))


def _identity_and_health(path: Path, key: bytes | None = None, *, full: bool = False) -> bool:
    """True when the file already holds our schema; raises when it is foreign or damaged.

    Looks through a read-only connection with no pragmas set, so a foreign file is refused
    without being touched (a WAL switch would rewrite its header).
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    side_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existing = {side for side in side_files if side.exists()}
    try:
        connection = connect(path, key, readonly=True)
    except Exception:  # either driver's error: the file cannot even be opened
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
    except StorageError:
        connection.close()  # first: Windows cannot remove a file that is open
        _remove_new_side_files(side_files, existing)
        raise
    except Exception as error:  # sqlite3's or sqlcipher3's DatabaseError
        connection.close()
        _remove_new_side_files(side_files, existing)
        if "not a database" in str(error) or "encrypted" in str(error):
            if key is not None:
                raise WrongKeyError(KEY_DOES_NOT_OPEN, str(path)) from None
            raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path)) from None
        raise DamagedDatabaseError(DAMAGED, str(path)) from None
    finally:
        connection.close()


def _remove_new_side_files(side_files: list[Path], existing: set[Path]) -> None:
    """A refused file is left as it was found: the empty -wal and -shm that SQLite makes
    when it reads a WAL-mode header go again (those that were there stay)."""
    for side in side_files:
        if side not in existing and side.exists() and side.stat().st_size in (0, 32768):
            side.unlink(missing_ok=True)


def open_database(
    path: Path, backups: Path, now: datetime, key: bytes | None = None
) -> tuple[Database, OpenReport]:
    """Open (creating if new) and migrate `path`; a file with data is backed up first.

    `key` is an encrypted database's key (see storage.keys); None for a plain file.
    """
    path = path.expanduser().resolve()
    engine, report = prepare(path, backups, now, key)
    return Database(engine, path, key), report


def prepare(
    path: Path, backups: Path, now: datetime, key: bytes | None = None
) -> tuple[Engine, OpenReport]:
    """Check and migrate `path` and return an engine over it (see `open_database`)."""
    _header_check(path, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    holds_schema = _identity_and_health(path, key)
    engine = create_sqlite_engine(path, key)
    try:
        before = current_revision(engine) if holds_schema else None
        head = HEAD_REVISION
        if before not in (None, head) and before not in known_revisions():
            raise DatabaseTooNewError(TOO_NEW, str(path))
        backup: Path | None = None
        if before != head:
            if holds_schema:
                engine.dispose()
                backup = backup_file(path, backups / backup_name(path, f"before-{head}", now), key)
            upgrade_to_head(engine)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        _refresh_statistics(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine, OpenReport(before, head, backup)


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
    # The program's tables the file has: one made by an older release lacks the newer ones.
    row_counts: dict[str, int]

    # Opening the file in this program migrates it first (after a backup).
    upgrade_pending: bool
    # Made by a newer version: this program refuses to open it.
    too_new: bool


def check_database(path: Path, key: bytes | None = None) -> HealthReport:
    """Read-only examination for `ambassador check`: never creates, migrates or changes a file."""
    path = path.expanduser().resolve()
    if not path.exists():
        raise NotAnAmbassadorDatabaseError(NO_FILE, str(path))
    _header_check(path, key)
    if not _identity_and_health(path, key, full=True):
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))
    engine = create_readonly_engine(path, key)
    try:
        revision = current_revision(engine)
        counts: dict[str, int] = {}
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    counts[table.name] = connection.execute(
                        text(f"SELECT count(*) FROM {table.name}")
                    ).scalar_one()
        older = revision != HEAD_REVISION and (revision is None or revision in known_revisions())
        too_new = revision != HEAD_REVISION and not older
        return HealthReport(path, revision, "ok", counts, older, too_new)
    finally:
        engine.dispose()
