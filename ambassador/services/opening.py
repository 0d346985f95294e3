"""Opening a database file, the same for the window and the command line: whether it needs its
passphrase, opening and migrating it, the services over it with the unlock recorded; and for a
file that cannot be opened, its newest good backup and putting that in place.

How the passphrase is asked (a dialog, a terminal prompt) and what is said when a file does
not open stay with the caller; nothing here asks or prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ambassador import paths
from ambassador.domain.clock import Clock
from ambassador.services.backups import recover
from ambassador.services.encryption import Unlocked
from ambassador.storage import backup
from ambassador.storage.backup import BackupInfo
from ambassador.storage.database import Database
from ambassador.storage.keys import WrongKeyError
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.opening import HealthReport, check_database, is_encrypted, open_database

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

__all__ = [
    "HEAD_REVISION",
    "BackupInfo",
    "Database",
    "HealthReport",
    "WrongKeyError",
    "check",
    "is_encrypted",
    "newest_good_backup",
    "open_services",
    "recover",
]


def open_services(
    path: Path,
    clock: Clock,
    *,
    unlocked: Unlocked | None = None,
    with_sample_data: bool = False,
) -> tuple[Database, Services]:
    """Open and migrate `path` (an encrypted one with its key) and build the services over it;
    an unlock is recorded in the audit log with the wrong tries before it. A demo file that
    is still empty gets the small sample set."""
    # Here rather than with the module: `check` reads a file without the services.
    from ambassador.services.bundle import Services
    from ambassador.services.sample_data import SampleDataService, Size

    key = unlocked.key if unlocked is not None else None
    database, _report = open_database(path, paths.backups_dir(path), clock.now(), key)
    try:
        if with_sample_data:
            SampleDataService(database, clock).fill_if_empty(Size.SMALL)
        services = Services.build(database, clock)
        if unlocked is not None:
            services.encryption.unlocked(unlocked.failed_before)
    except BaseException:
        database.dispose()
        raise
    return database, services


def newest_good_backup(path: Path, key: bytes | None = None) -> BackupInfo | None:
    """The newest backup of `path` in its backups folder that passes its check."""
    return backup.newest_good(paths.backups_dir(path), path, key)


def check(path: Path, unlocked: Unlocked | None = None) -> HealthReport:
    """A read-only examination of `path`: never creates, migrates or changes the file."""
    return check_database(path, unlocked.key if unlocked is not None else None)
