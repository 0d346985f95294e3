"""Backups through SQLite's backup API (never a file copy of a WAL file): taken, checked,
rotated, found again and put back.

A backup is written under a temporary name, checked with `quick_check`, made to stand alone
(no -wal beside it), flushed to disk and only then renamed into place, so a crash never
leaves a file with a backup's name that fails its check. An encrypted database's backups
are encrypted with the same key, and carry a copy of its key file.

Every file written here is its owner's alone (mode 0600; a file replaced keeps a stricter
mode it had), created so before SQLite writes a byte into it; a backup folder the program
makes is 0700.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.paths import create_private_file, make_private_folder, settle_mode
from ambassador.storage.engine import APPLICATION_ID, SQLITE_HEADER, connect
from ambassador.storage.keys import KEY_SUFFIX, key_path
from ambassador.storage.migrate import HEAD_REVISION, known_revisions
from ambassador.storage.schema import expected_schema, read_schema

BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The backup could not be written to its folder; your data is unchanged."
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("Messages", "This backup is damaged or not a backup.")
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The backup could not be put in place; the database is unchanged."
)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_name(database: Path, reason: str, now: datetime) -> str:
    return f"{database.stem}-{now:{_STAMP}}-{reason}.db"


def backup_file(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Write a self-contained, checked copy of `source` to `target`, atomically."""
    partial = target.with_name(target.name + ".partial")
    try:
        make_private_folder(target.parent)
        partial.unlink(missing_ok=True)
        _copy(source, partial, key)
        if key is not None:
            _copy_file_atomically(key_path(source), key_path(target))
        settle_mode(partial, target)
        os.replace(partial, target)
    except (OSError, _DBError) as error:
        _discard(partial)
        raise StorageError(BACKUP_FAILED, str(target.parent)) from error
    _sync_folder(target.parent)
    return target


def _discard(path: Path) -> None:
    """Remove a partial file if there is one; a folder that refused it may refuse this too."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


class _DBError(Exception):
    """Any error of either SQLite driver, or a copy that failed its check."""


def _copy(source: Path, partial: Path, key: bytes | None) -> None:
    """Copy through the backup API into `partial`, which must not exist: it is made the
    owner's alone first (SQLite's journal beside it takes the same mode)."""
    create_private_file(partial)
    try:
        source_connection = connect(source, key, readonly=True)
        try:
            target_connection = connect(partial, key)
            try:
                source_connection.backup(target_connection)
                # A backup must stand alone: no -wal beside it to be forgotten.
                target_connection.execute("PRAGMA journal_mode=DELETE")
                (result,) = target_connection.execute("PRAGMA quick_check").fetchone()
            finally:
                target_connection.close()
        finally:
            source_connection.close()
    except Exception as error:  # both drivers' errors, which share no base class
        if isinstance(error, OSError):
            raise
        raise _DBError(type(error).__name__) from None
    if result != "ok":
        raise _DBError("quick_check")
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())


def _copy_file_atomically(source: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    with partial.open("wb") as handle:
        handle.write(source.read_bytes())  # a key file: a few hundred bytes
        handle.flush()
        os.fsync(handle.fileno())
    settle_mode(partial, target)
    os.replace(partial, target)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); folders cannot be opened on Windows."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def is_good(path: Path, key: bytes | None = None) -> bool:
    """The file opens (with `key`), is ours, passes `quick_check`, and has every table,
    column and index its schema revision makes (a backup missing a table is no rescue)."""
    connection: Any = None
    try:
        connection = connect(path, key, readonly=True)
        (app_id,) = connection.execute("PRAGMA application_id").fetchone()
        (result,) = connection.execute("PRAGMA quick_check").fetchone()
        if app_id != APPLICATION_ID or result != "ok":
            return False
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision != HEAD_REVISION and revision not in known_revisions():
            return False  # a newer version's: this one cannot restore it
        return not expected_schema(revision).differences(read_schema(connection))
    except Exception:  # both drivers' errors: any failure means "not a good backup"
        return False
    finally:
        if connection is not None:
            connection.close()


def list_backups(folder: Path, database: Path) -> list[BackupInfo]:
    """The backups of `database` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob(f"{database.stem}-*.db"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != database.stem:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken_at, match["reason"], size))
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


# Readable copies of a database, as the list offered after encrypting it names them.
BACKUP = "backup"  # a backup in a folder the program knows
UNFINISHED = "unfinished"  # a backup cut off while it was written (NAME.db.partial)
SET_ASIDE = "set-aside"  # a file that could not be opened, kept beside the database
LEFT_OVER = "left-over"  # the plain file of an encryption cut off (NAME.plain)


@dataclass(frozen=True)
class PlainCopy:
    path: Path
    kind: str
    modified: datetime  # the file's own time, in local time as the window shows times
    size: int


def is_plain(path: Path) -> bool:
    """The file begins as a plain SQLite file does: anyone who has it can read it."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def plain_copies(folders: Iterable[Path], database: Path) -> list[PlainCopy]:
    """The readable copies of `database` the program can know of, newest first: its backups
    (and backups cut off while written) in `folders` that are plain SQLite, and the files
    kept beside it (set aside as damaged, or left by an encryption cut off). A folder that
    cannot be read is passed over."""
    found: dict[Path, PlainCopy] = {}

    def add(path: Path, kind: str) -> None:
        try:
            where = path.resolve()
            if where in found or where == database.resolve() or not is_plain(path):
                return
            status = path.stat()
        except OSError:
            return
        found[where] = PlainCopy(
            path, kind, datetime.fromtimestamp(status.st_mtime), status.st_size
        )

    for folder in folders:
        try:
            for info in list_backups(folder, database):
                add(info.path, BACKUP)
            for path in folder.glob(f"{glob.escape(database.stem)}-*.db.partial"):
                if _NAME.match(path.name.removesuffix(".partial")):
                    add(path, UNFINISHED)
        except OSError:
            continue
    with contextlib.suppress(OSError):
        for path in database.parent.glob(f"{glob.escape(database.name)}.damaged-*"):
            if not path.name.endswith(("-wal", "-shm", KEY_SUFFIX)):
                add(path, SET_ASIDE)
    add(database.with_name(database.name + ".plain"), LEFT_OVER)
    return sorted(found.values(), key=lambda copy: (copy.modified, copy.path.name), reverse=True)


def newest_good(folder: Path, database: Path, key: bytes | None = None) -> BackupInfo | None:
    return next((info for info in list_backups(folder, database) if is_good(info.path, key)), None)


def rotate(
    folder: Path,
    database: Path,
    *,
    keep: int,
    max_age: timedelta,
    now: datetime,
    key: bytes | None = None,
) -> list[Path]:
    """Remove backups beyond the newest `keep` and those older than `max_age`; the newest
    backup that passes its check is never removed, whatever its age."""
    backups = list_backups(folder, database)
    keeper = newest_good(folder, database, key)
    removed: list[Path] = []
    for position, info in enumerate(backups):
        if keeper is not None and info.path == keeper.path:
            continue
        if position >= keep or now - info.taken_at > max_age:
            remove_backup(info.path)
            removed.append(info.path)
    return removed


def remove_backup(path: Path) -> None:
    path.unlink(missing_ok=True)
    key_path(path).unlink(missing_ok=True)


def damaged(backup: Path) -> StorageError:
    return StorageError(BACKUP_DAMAGED, str(backup))


def put_in_place(backup: Path, database: Path, key: bytes | None = None) -> None:
    """Make `database` a copy of `backup`. The database must be closed; a crash leaves the
    old file or the backup's copy, never a mixture."""
    if not is_good(backup, key):
        raise damaged(backup)
    partial = database.with_name(database.name + ".restoring")
    try:
        partial.unlink(missing_ok=True)
        _copy(backup, partial, key)
        settle_mode(partial, database)
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
    except (OSError, _DBError) as error:
        _discard(partial)
        raise StorageError(RESTORE_FAILED, str(database)) from error
    _sync_folder(database.parent)


def set_aside(database: Path, now: datetime) -> Path:
    """Move a file that cannot be opened out of the way, with its -wal and -shm, and keep
    it: it may still be rescued by someone with the tools."""
    aside = database.with_name(f"{database.name}.damaged-{now:{_STAMP}}")
    for suffix in ("", "-wal", "-shm"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    return aside
