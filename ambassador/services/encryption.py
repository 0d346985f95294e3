"""Use cases for encryption at rest: encrypt, unlock, change the passphrase, lock; and the
readable copies encrypting leaves behind elsewhere, to encrypt or remove.

See storage.keys for how the passphrase, the key file and the recovery key fit together.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.errors import RuleViolationError, StorageError, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.backups import BEFORE_ENCRYPTION, BackupService
from ambassador.storage import backup
from ambassador.storage.backup import BACKUP, LEFT_OVER, SET_ASIDE, UNFINISHED, PlainCopy
from ambassador.storage.database import Database
from ambassador.storage.encryption import encrypt_file, remove_plain_copy, shred
from ambassador.storage.keys import (
    WRONG_RECOVERY_KEY,
    KeyFile,
    WrongKeyError,
    key_from_recovery_code,
    key_path,
    new_key,
    recovery_code,
)
from ambassador.storage.opening import prepare

PASSPHRASE_MIN = 10
TOO_SHORT = QT_TRANSLATE_NOOP("Messages", "A passphrase needs at least {count} characters.")
ALREADY = QT_TRANSLATE_NOOP("Messages", "The database is already encrypted.")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP("Messages", "The database is not encrypted.")

__all__ = [
    "ALREADY",
    "BACKUP",
    "LEFT_OVER",
    "SET_ASIDE",
    "UNFINISHED",
    "NOT_ENCRYPTED",
    "PASSPHRASE_MIN",
    "TOO_SHORT",
    "CopiesHandled",
    "EncryptionService",
    "PlainCopy",
    "Unlocked",
    "check_passphrase",
    "unlock",
    "unlock_with_recovery_code",
]


@dataclass(frozen=True)
class CopiesHandled:
    """What became of the readable copies: encrypted or removed (`done`), or still there and
    readable (`left`: a file that is not a whole database, or one the disk refused)."""

    done: tuple[Path, ...]
    left: tuple[Path, ...]


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    failed_before: int  # wrong tries since the last unlock, for the audit log


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < PASSPHRASE_MIN:
        raise ValidationError.single("passphrase", TOO_SHORT, count=PASSPHRASE_MIN)


def unlock(database: Path, passphrase: str) -> Unlocked:
    """The key of `database` from its passphrase; a wrong one is counted in the key file
    (unless it is on a disk that cannot be written: the refusal is the same)."""
    key_file = KeyFile.read(database)
    try:
        return Unlocked(key_file.unwrap(passphrase), key_file.failed_unlocks)
    except WrongKeyError:
        with contextlib.suppress(OSError):
            key_file.with_failed_unlocks(key_file.failed_unlocks + 1).write(database)
        raise


def unlock_with_recovery_code(database: Path, code: str) -> Unlocked:
    """The key from the recovery key; checked against the key file when there is one (when
    it is lost, opening the database is the check)."""
    key = key_from_recovery_code(code)
    if not key_path(database).exists():
        return Unlocked(key, 0)
    key_file = KeyFile.read(database)
    if not key_file.opens(key):
        key_file.with_failed_unlocks(key_file.failed_unlocks + 1).write(database)
        raise WrongKeyError(WRONG_RECOVERY_KEY)
    return Unlocked(key, key_file.failed_unlocks)


class EncryptionService:
    def __init__(self, database: Database, clock: Clock, backups: BackupService) -> None:
        self._db = database
        self._clock = clock
        self._backups = backups
        self._folder: Path | None = None  # the backup folder, remembered while locked

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def _path(self) -> Path:
        assert self._db.path is not None
        return self._db.path

    def encrypt(self, passphrase: str) -> str:
        """Encrypt the database and its backups; returns the recovery key, shown once."""
        self._db.check_writable()
        check_passphrase(passphrase)
        if self._db.encrypted:
            raise RuleViolationError(ALREADY)
        self._backups.take(BEFORE_ENCRYPTION)
        folder = self._backups.folder()
        key = new_key()
        key_file = KeyFile.wrap(key, passphrase)
        key_file.write(self._path)
        self._db.close()
        try:
            encrypt_file(self._path, key)
        except BaseException:
            key_path(self._path).unlink(missing_ok=True)
            engine, _report = prepare(self._path, folder, self._clock.now())
            self._db.attach(engine, None)
            raise
        engine, _report = prepare(self._path, folder, self._clock.now(), key)
        self._db.attach(engine, key)
        for info in backup.list_backups(folder, self._path):
            if key_path(info.path).exists():
                continue  # already encrypted
            try:
                encrypt_file(info.path, key)
                key_file.write(info.path)
            except Exception:  # a plain copy that cannot be encrypted may not stay
                shred(info.path)
        self._audit("encrypted")
        return recovery_code(key)

    def change_passphrase(self, current: str | None, new: str) -> None:
        """A new passphrase for the database and its backups' key files. `current` may be
        None right after an unlock with the recovery key (the old one is forgotten)."""
        self._db.check_writable()
        check_passphrase(new)
        key = self._db.key
        if key is None:
            raise RuleViolationError(NOT_ENCRYPTED)
        if current is not None:
            unlock(self._path, current)
        key_file = KeyFile.wrap(key, new)
        key_file.write(self._path)
        for folder in self._backups.known_folders():
            for info in backup.list_backups(folder, self._path):
                if key_path(info.path).exists():
                    key_file.write(info.path)
        self._audit("passphrase")

    def plain_copies(self) -> list[PlainCopy]:
        """The copies of this database anyone could read, in the places the program knows:
        its backups in every folder one was written to and the files kept beside it. Copies
        made outside the program (a file copied by hand, an e-mail) it cannot know."""
        return backup.plain_copies(self._backups.known_folders(), self._path)

    def encrypt_copies(self, copies: list[Path]) -> CopiesHandled:
        """Encrypt these readable copies with the database's key, each with a key file that
        the same passphrase opens. A copy that cannot be encrypted (not a whole database,
        a folder that refuses) is left as it is and said so: it may be the only copy of
        something."""
        key = self._db.key
        if key is None:
            raise RuleViolationError(NOT_ENCRYPTED)
        key_file = KeyFile.read(self._path).with_failed_unlocks(0)
        done: list[Path] = []
        left: list[Path] = []
        for path in copies:
            if not backup.is_plain(path):
                continue  # gone, or encrypted meanwhile
            try:
                encrypt_file(path, key)
                key_file.write(path)
            except StorageError:
                left.append(path)
            else:
                done.append(path)
        if done:
            self._audit("copies_encrypted", len(done))
        return CopiesHandled(tuple(done), tuple(left))

    def remove_copies(self, copies: list[Path]) -> CopiesHandled:
        """Overwrite each readable copy with zeros and delete it (with its -wal and -shm).
        On an SSD or a journalling file system the old blocks may survive until reused."""
        done: list[Path] = []
        left: list[Path] = []
        for path in copies:
            if not backup.is_plain(path):
                continue
            try:
                remove_plain_copy(path)
            except OSError:
                left.append(path)
            else:
                done.append(path)
        if done:
            self._audit("copies_removed", len(done))
        return CopiesHandled(tuple(done), tuple(left))

    def unlocked(self, failed_before: int) -> None:
        """After an unlock: the wrong tries before it go to the audit log, and the count in
        the key file starts again. A database open read-only records nothing."""
        if failed_before <= 0 or self._db.read_only:
            return
        with self._db.write() as uow:
            uow.audit.add(
                AuditEntry(self._clock.now(), AuditAction.FAILED_UNLOCK, count=failed_before)
            )
        if key_path(self._path).exists():
            KeyFile.read(self._path).with_failed_unlocks(0).write(self._path)

    def lock(self) -> None:
        """Drop the key and every connection; `reopen` with the key brings them back."""
        self._folder = self._backups.folder()
        self._db.close()

    def unlock(self, secret: str, *, recovery: bool = False) -> None:
        """Reopen a locked database with its passphrase (or recovery key)."""
        found = (
            unlock_with_recovery_code(self._path, secret)
            if recovery
            else unlock(self._path, secret)
        )
        self.reopen(found)

    def reopen(self, unlocked: Unlocked) -> None:
        folder = self._folder or self._backups.folder()
        engine, _report = prepare(
            self._path, folder, self._clock.now(), unlocked.key, read_only=self._db.read_only
        )
        self._db.attach(engine, unlocked.key)
        self.unlocked(unlocked.failed_before)

    def _audit(self, detail: str, count: int = 0) -> None:
        with self._db.write() as uow:
            uow.audit.add(
                AuditEntry(self._clock.now(), AuditAction.ENCRYPTION, count=count, detail=detail)
            )
