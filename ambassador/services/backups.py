"""Use cases for backups: take one (on exit, every few hours, before a risky step), list them,
rotate them, put one back in place of the database, and remember every folder one was
written to (so that encrypting the database can find the plain ones)."""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timedelta
from pathlib import Path

from ambassador import paths
from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.errors import StorageError
from ambassador.domain.settings import Settings
from ambassador.storage import backup
from ambassador.storage.backup import BackupInfo
from ambassador.storage.database import Database
from ambassador.storage.opening import prepare

ON_EXIT = "exit"
PERIODIC = "periodic"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_PURGE = "before-purge"
BEFORE_ENCRYPTION = "before-encryption"

# The folders backups were written to, besides the one beside the database: a JSON list in
# the settings table (not a setting anyone edits; Settings passes over it). A backup folder
# changed in the settings, or a copy taken by hand to a USB stick, leaves backups there that
# rotation no longer sees; this is how encrypting the database still finds them.
FOLDERS_KEY = "backup_folders_written"
FOLDERS_KEPT = 50


def backup_folder(database_path: Path, settings: Settings) -> Path:
    """The folder in the settings, or the "backups" folder beside the database."""
    chosen = settings.backup_folder.strip()
    return Path(chosen).expanduser() if chosen else paths.backups_dir(database_path)


def _absolute(folder: Path) -> Path:
    try:
        return folder.expanduser().resolve()
    except (OSError, RuntimeError):  # a loop of links, a drive that is gone
        return folder.expanduser().absolute()


def _folder_list(stored: str) -> list[str]:
    try:
        value = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def recover(path: Path, chosen: Path, now: datetime, key: bytes | None = None) -> Path:
    """Put `chosen` in place of a database that cannot be opened; the file that was there is
    kept aside (returned), never deleted. The result is migrated and the restore logged."""
    if not backup.is_good(chosen, key):
        raise backup.damaged(chosen)
    aside = backup.set_aside(path, now)
    backup.put_in_place(chosen, path, key)
    engine, _report = prepare(path, paths.backups_dir(path), now, key)
    database = Database(engine, path, key)
    try:
        with database.write() as uow:
            uow.audit.add(AuditEntry(now, AuditAction.RESTORE, detail=chosen.name[:200]))
    finally:
        database.dispose()
    return aside


class BackupService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    @property
    def _path(self) -> Path:
        assert self._db.path is not None, "backups need a database file"
        return self._db.path

    def _settings(self) -> Settings:
        with self._db.read() as uow:
            return Settings.from_strings(uow.settings.all())

    def folder(self) -> Path:
        return backup_folder(self._path, self._settings())

    def take(self, reason: str = MANUAL, folder: Path | None = None) -> Path:
        """A checked copy now, then the rotation; a copy asked for by the person (to any
        folder) is in the audit log: it carries every record out of the program. A database
        open read-only is copied all the same, without its line: a backup is the database
        itself, with its own logs and, encrypted, its encryption (docs/data-safety.md)."""
        settings = self._settings()
        target_folder = folder or backup_folder(self._path, settings)
        now = self._clock.now()
        written = backup.backup_file(
            self._path,
            target_folder / backup.backup_name(self._path, reason, now),
            self._db.key,
        )
        if reason == MANUAL and not self._db.read_only:
            with self._db.write() as uow:
                uow.audit.add(AuditEntry(now, AuditAction.BACKUP, detail=reason))
        self._remember(target_folder)
        if folder is None:
            self.rotate(settings)
        return written

    def known_folders(self) -> list[Path]:
        """Every folder the program knows holds backups of this database: the one in the
        settings, the one beside the database (where upgrades put theirs) and any other a
        backup was written to; each once."""
        with self._db.read() as uow:
            stored = uow.settings.all()
        settings = Settings.from_strings(stored)
        folders = [backup_folder(self._path, settings), paths.backups_dir(self._path)]
        folders += [Path(text) for text in _folder_list(stored.get(FOLDERS_KEY, ""))]
        seen: set[Path] = set()
        unique: list[Path] = []
        for folder in folders:
            where = _absolute(folder)
            if where not in seen:
                seen.add(where)
                unique.append(folder)
        return unique

    def _remember(self, folder: Path) -> None:
        """Add `folder` to the folders written to. A database that cannot be written (on
        read-only media) still gets its backup: only the note is missing then."""
        where = _absolute(folder)
        if where == _absolute(paths.backups_dir(self._path)):
            return
        with self._db.read() as uow:
            known = _folder_list(uow.settings.all().get(FOLDERS_KEY, ""))
        if str(where) in known:
            return
        known = [str(where), *known][:FOLDERS_KEPT]
        with contextlib.suppress(StorageError), self._db.write() as uow:
            uow.settings.put({FOLDERS_KEY: json.dumps(known, ensure_ascii=False)})

    def rotate(self, settings: Settings | None = None) -> list[Path]:
        settings = settings or self._settings()
        return backup.rotate(
            backup_folder(self._path, settings),
            self._path,
            keep=settings.backup_keep,
            max_age=timedelta(days=settings.backup_max_age_days),
            now=self._clock.now(),
            key=self._db.key,
        )

    def backups(self) -> list[BackupInfo]:
        return backup.list_backups(self.folder(), self._path)

    def last_taken(self) -> datetime | None:
        found = self.backups()
        return found[0].taken_at if found else None

    def due(self) -> bool:
        """True when the newest backup is older than the settings' interval; never for a
        database open read-only, which cannot change."""
        if self._db.read_only:
            return False
        last = self.last_taken()
        hours = self._settings().backup_every_hours
        return last is None or self._clock.now() - last >= timedelta(hours=hours)

    def restore(self, chosen: Path) -> Path:
        """Put `chosen` in place of the database, after a safety copy of the database as it
        is; returns the safety copy. A backup of an older schema is migrated on the way."""
        self._db.check_writable()
        key = self._db.key
        if not backup.is_good(chosen, key):
            raise backup.damaged(chosen)
        safety = self.take(BEFORE_RESTORE)
        backups_folder = self.folder()
        self._db.close()
        try:
            backup.put_in_place(chosen, self._path, key)
        finally:
            engine, _report = prepare(self._path, backups_folder, self._clock.now(), key)
            self._db.attach(engine, key)
        with self._db.write() as uow:
            uow.audit.add(
                AuditEntry(self._clock.now(), AuditAction.RESTORE, detail=chosen.name[:200])
            )
        return safety
