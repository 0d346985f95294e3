"""Opening a database file: refuse what is not ours, check it, back it up, migrate it.

Nothing here opens a file into a half-working state: each check that fails raises a typed
StorageError naming the file, before any change is made to it. Reading never writes: a file
opened read-only gets `mode=ro` connections and nothing else, and no open writes anything
to a file already at the newest revision (the planner's statistics are the migrations'
business, see migration 0006). A database is made only where no file is: never over an
empty file, nor over another program's SQLite file, however empty.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

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
    can_write,
    connect,
    create_readonly_engine,
    create_sqlite_engine,
    looks_like_sqlite,
)
from ambassador.storage.integrity import OK, IntegrityCheck, Outcome
from ambassador.storage.integrity import existing_side_files as _existing_side_files
from ambassador.storage.integrity import side_files as _side_files
from ambassador.storage.keys import WrongKeyError, key_path
from ambassador.storage.migrate import HEAD_REVISION, known_revisions, upgrade_to_head
from ambassador.storage.rows import Base
from ambassador.storage.schema import (
    Schema,
    SchemaMismatchError,
    expected_schema,
    head_schema,
    read_schema,
)

NOT_SQLITE = QT_TRANSLATE_NOOP("Messages", "This file is not an Ambassador database")
FOREIGN = QT_TRANSLATE_NOOP("Messages", "This SQLite file belongs to another program")
EMPTY = QT_TRANSLATE_NOOP(
    "Messages",
    "This file is not an Ambassador database: it holds nothing. A new database is made only "
    "where there is no file yet",
)
DAMAGED = QT_TRANSLATE_NOOP("Messages", "This Ambassador database is damaged")
SCHEMA_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "This Ambassador database is damaged: its tables are not those its version must have",
)
NO_FILE = QT_TRANSLATE_NOOP("Messages", "There is no such file")
EXISTS = QT_TRANSLATE_NOOP(
    "Messages", "A file is already there; a new database is never made over a file"
)
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Messages", "A new database cannot be made here: the folder cannot be written"
)
TOO_NEW = QT_TRANSLATE_NOOP("Messages", "This database was made by a newer version of Ambassador")
NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
    "Messages",
    "This database was made by an earlier version of Ambassador and must be upgraded before "
    "this one reads it, which cannot be done while the file is read-only",
)
READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "Messages", "This database file is read-only: it can be read, but not changed"
)
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


def writable(path: Path) -> bool:
    """Whether this program may change the file at `path` (see `engine.can_write`)."""
    return can_write(path.expanduser().resolve())


@dataclass(frozen=True)
class OpenReport:
    revision_before: str | None
    revision_after: str
    backup: Path | None


@dataclass(frozen=True)
class _Found:
    """What an existing file is, once it has passed as ours: `empty` (nothing in it, or an
    empty SQLite file that is nobody's), else its revision; `too_new` for one we do not know."""

    empty: bool
    revision: str | None = None
    too_new: bool = False


def _header_check(path: Path, key: bytes | None) -> None:
    if path.is_dir():  # the system's own fault, said as such by the caller
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if key is not None:
        return  # an encrypted file has no readable header; the key is tried below
    if is_encrypted(path):
        raise EncryptedDatabaseError(NEEDS_KEY, str(path))
    if not looks_like_sqlite(path):
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))


def _identify(path: Path, key: bytes | None, check: IntegrityCheck) -> _Found:
    """What the existing file at `path` is; raises when it is foreign or damaged.

    Looks through read-only connections with no pragmas set, so a refused file is not
    touched (a WAL switch would rewrite its header): its header, SQLite's own check (`check`,
    on a connection of its own, which this waits for), its schema revision and whether its
    tables, indexes and search tables are those the revision makes. Whatever the file is
    found to be, the check has answered, or been stopped, by the time this returns.
    """
    if path.stat().st_size == 0:
        check.cancel()
        return _Found(empty=True)
    side_files = _side_files(path)
    existing = check.side_files_before
    try:
        connection = connect(path, key, readonly=True)
    except Exception:  # either driver's error: the file cannot even be opened
        check.cancel()
        _remove_new_side_files(side_files, existing)
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path)) from None
    try:
        return _examine(connection, path, check)
    except StorageError:
        connection.close()  # first: Windows cannot remove a file that is open
        check.cancel()  # refused before its answer was wanted (a foreign file), or answered
        _remove_new_side_files(side_files, existing)
        raise
    except Exception as error:  # sqlite3's or sqlcipher3's DatabaseError
        connection.close()
        # Reading a damaged file may fail before its check has answered: the check says why,
        # as it did when it ran first on this connection.
        outcome = check.outcome()
        _remove_new_side_files(side_files, existing)
        raise _refusal(error if outcome == OK else outcome, path, key) from None
    finally:
        connection.close()


def _refusal(outcome: Outcome, path: Path, key: bytes | None) -> StorageError:
    """Why a file whose check or reading did not pass is refused."""
    if isinstance(outcome, Exception) and (
        "not a database" in str(outcome) or "encrypted" in str(outcome)
    ):
        if key is not None:
            return WrongKeyError(KEY_DOES_NOT_OPEN, str(path))
        return NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))
    return DamagedDatabaseError(DAMAGED, str(path))


def _trusted(check: IntegrityCheck, path: Path, key: bytes | None) -> None:
    """Wait for the check; raise why the file is refused unless it said ok."""
    outcome = check.outcome()
    if outcome != OK:
        raise _refusal(outcome, path, key)


def _examine(connection: Any, path: Path, check: IntegrityCheck) -> _Found:
    (app_id,) = connection.execute("PRAGMA application_id").fetchone()
    (tables,) = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
        raise NotAnAmbassadorDatabaseError(FOREIGN, str(path))
    if app_id == 0:
        _trusted(check, path, check.key)
        return _Found(empty=True)  # SQLite's, but nobody's: not made into ours
    # Ours: the application id is set once the migrations are in, so a file of ours has a
    # revision and that revision's tables. One without a revision has lost its tables.
    # Read while the check runs; what was read counts only once the check has said ok.
    actual = read_schema(connection)
    revision = _revision(connection) if "alembic_version" in actual.tables else None
    _trusted(check, path, check.key)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        return _Found(empty=False, revision=revision, too_new=True)
    expected: Schema = head_schema() if revision is None else expected_schema(revision)
    differences = expected.differences(actual)
    if revision is None or differences:
        raise SchemaMismatchError(SCHEMA_DAMAGED, str(path), differences)
    return _Found(empty=False, revision=revision)


def _revision(connection: Any) -> str | None:
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _leaving(path: Path, existing: set[Path], key: bytes | None) -> Callable[[], None]:
    """What to do when reading `path` is over: leave its folder as it was found.

    A read-only connection to a WAL file makes the empty write-ahead log and the shared memory
    beside it (in a folder it may write) and, never writing, cannot remove them on closing as
    a writer's last connection does. When reading made them and the log is still empty, a
    connection that may write opens and closes: SQLite removes them then if it is the last
    one, and leaves them to the others if not (its own locks decide). An empty log has
    nothing to fold into the file, which is not changed."""

    def leave() -> None:
        made = [side for side in _side_files(path) if side not in existing and side.exists()]
        wal = path.with_name(path.name + "-wal")
        if not made or not can_write(path) or (wal.exists() and wal.stat().st_size > 0):
            return
        with contextlib.suppress(Exception):  # either driver's error: they stay, harmless
            connection = connect(path, key)
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                connection.close()

    return leave


def _remove_new_side_files(side_files: list[Path], existing: set[Path]) -> None:
    """A refused file is left as it was found: the empty -wal and -shm that SQLite makes
    when it reads a WAL-mode header go again (those that were there stay)."""
    for side in side_files:
        if side not in existing and side.exists() and side.stat().st_size in (0, 32768):
            side.unlink(missing_ok=True)


def open_database(
    path: Path,
    backups: Path,
    now: datetime,
    key: bytes | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    check: IntegrityCheck | None = None,
) -> tuple[Database, OpenReport]:
    """Open `path` and migrate it when it is older (a file with data backed up first).

    `create`: a missing file is made (nothing else ever is). `read_only`: opened with
    read-only connections; a file from an earlier release is first upgraded if it can be
    written, and refused if it cannot. `key` is an encrypted database's key (see
    storage.keys); None for a plain file. `check`: the file's integrity check, already
    started (storage/integrity.py); one is started here otherwise.
    """
    path = path.expanduser().resolve()
    check = _started(check, path, key)
    found = check.side_files_before if check is not None else _existing_side_files(path)
    engine, report = prepare(
        path, backups, now, key, create=create, read_only=read_only, check=check
    )
    if not read_only:
        return Database(engine, path, key), report
    return Database(engine, path, key, read_only=True, leave=_leaving(path, found, key)), report


def prepare(
    path: Path,
    backups: Path,
    now: datetime,
    key: bytes | None = None,
    *,
    create: bool = False,
    read_only: bool = False,
    check: IntegrityCheck | None = None,
) -> tuple[Engine, OpenReport]:
    """Check (and migrate) `path` and return an engine over it (see `open_database`).

    The integrity check has said ok before anything is written to the file (a backup, a
    migration) and before an engine over it is returned: nothing reads it as trusted, or
    changes it, until then."""
    check = _started(check, path, key)
    if not path.exists() and not path.is_symlink():
        if check is not None:
            check.cancel()
        if not create or read_only:
            raise NotAnAmbassadorDatabaseError(NO_FILE, str(path))
        return _create(path, key), OpenReport(None, HEAD_REVISION, None)
    try:
        _header_check(path, key)
    except BaseException:
        if check is not None:
            check.cancel()
            _remove_new_side_files(_side_files(path), check.side_files_before)
        raise
    found = _identify(path, key, check or IntegrityCheck(path, key))
    if found.empty:
        raise NotAnAmbassadorDatabaseError(EMPTY, str(path))
    if found.too_new:
        raise DatabaseTooNewError(TOO_NEW, str(path))
    if not read_only and not can_write(path):
        raise StorageError(READ_ONLY_FILE, str(path))
    backup: Path | None = None
    if found.revision != HEAD_REVISION:
        if not can_write(path):
            raise StorageError(NEEDS_UPGRADE, str(path))
        backup = backup_file(path, backups / backup_name(path, f"before-{HEAD_REVISION}", now), key)
        _migrate(path, key)
    if read_only:
        return create_readonly_engine(path, key), OpenReport(found.revision, HEAD_REVISION, backup)
    return create_sqlite_engine(path, key), OpenReport(found.revision, HEAD_REVISION, backup)


def _started(check: IntegrityCheck | None, path: Path, key: bytes | None) -> IntegrityCheck | None:
    """`check` when it is this open's (same file, same key); None otherwise (any other is
    stopped), and then `_identify` starts its own."""
    if check is None or check.is_of(path, key):
        return check
    check.cancel()
    return None


def _migrate(path: Path, key: bytes | None) -> None:
    """Upgrade to the newest revision; each step commits with its version stamp. The engine
    goes after it, so later connections plan with the statistics the migrations wrote."""
    engine = create_sqlite_engine(path, key)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()


def _create(path: Path, key: bytes | None) -> Engine:
    """A new database at `path`, where no file is: made and migrated under a temporary name
    beside it, then linked into place only if `path` is still free. A crash half-way leaves
    the temporary file, never a half-made database under the chosen name."""
    folder = path.parent
    temporary = folder / f".{path.name}.new-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _discard(temporary)
        engine = create_sqlite_engine(temporary, key)
        try:
            upgrade_to_head(engine)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        finally:
            engine.dispose()  # the last connection folds the WAL in and removes it
        _link_into_place(temporary, path)
    except _TakenError:
        _discard(temporary)
        raise NotAnAmbassadorDatabaseError(EXISTS, str(path)) from None
    except StorageError:
        _discard(temporary)
        raise
    except Exception:  # OSError, or either driver's error on a folder it cannot write
        _discard(temporary)
        raise StorageError(CANNOT_CREATE, str(folder)) from None
    return create_sqlite_engine(path, key)


class _TakenError(Exception):
    """The chosen name was taken while the new database was being made."""


def _link_into_place(temporary: Path, path: Path) -> None:
    """Give the made file its name without ever replacing a file that appeared meanwhile: a
    hard link fails when the name is taken; where the file system has none (FAT on a USB
    stick), a rename after one more look (Windows refuses to rename over a file anyway)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise _TakenError from None
    except OSError:
        if path.exists() or path.is_symlink():
            raise _TakenError from None
        os.rename(temporary, path)
        return
    temporary.unlink()


def _discard(temporary: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            temporary.with_name(temporary.name + suffix).unlink(missing_ok=True)


def create_database(path: Path, key: bytes | None = None) -> tuple[Database, OpenReport]:
    """A new, empty database at `path` (`ambassador init`); refuses any file already there."""
    path = path.expanduser().absolute()
    if path.exists() or path.is_symlink():
        raise NotAnAmbassadorDatabaseError(EXISTS, str(path))
    engine = _create(path, key)
    return Database(engine, path.resolve(), key), OpenReport(None, HEAD_REVISION, None)


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
    """Read-only examination for `ambassador check`: never creates, migrates or changes a file.

    Raises when the file is not ours, fails SQLite's integrity check or its tables are not
    those its revision makes (`SchemaMismatchError`, whose `differences` say which)."""
    path = path.expanduser().resolve()
    if not path.exists():
        raise NotAnAmbassadorDatabaseError(NO_FILE, str(path))
    _header_check(path, key)
    check = IntegrityCheck(path, key, full=True)
    leave = _leaving(path, check.side_files_before, key)
    found = _identify(path, key, check)
    if found.empty:
        raise NotAnAmbassadorDatabaseError(NOT_SQLITE, str(path))
    engine = create_readonly_engine(path, key)
    try:
        counts: dict[str, int] = {}
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    counts[table.name] = connection.execute(
                        text(f"SELECT count(*) FROM {table.name}")
                    ).scalar_one()
        older = found.revision != HEAD_REVISION and not found.too_new
        return HealthReport(path, found.revision, "ok", counts, older, found.too_new)
    finally:
        engine.dispose()
        leave()
