"""Opening a database, the same for the window and the command line: a file (whether it needs
its passphrase, opening and migrating it, the services over it with the unlock recorded; and
for a file that cannot be opened, its newest good backup and putting that in place) or a
database on a PostgreSQL server (connecting with the password given, if any; a server is
never migrated from here, that is IT's `ambassador server upgrade`).

Each caller says what it will do with the file (`Access`) and whether a missing file may be
made: reading opens read-only connections, so it works on read-only media and beside a
writer and never changes the file; only the caller that was asked to make a database makes
one, and never over a file that is there.

How the passphrase or the server's password is asked (a dialog, a terminal prompt) and what is
said when a database does not open stay with the caller; nothing here asks or prints.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador import paths
from ambassador.domain.clock import Clock
from ambassador.domain.country import DEFAULT_COUNTRY
from ambassador.domain.errors import StorageError
from ambassador.services.backups import recover
from ambassador.services.encryption import Unlocked
from ambassador.storage import backup
from ambassador.storage.address import Location, ServerAddress
from ambassador.storage.backup import BackupInfo
from ambassador.storage.database import Database
from ambassador.storage.integrity import IntegrityCheck
from ambassador.storage.keys import WrongKeyError
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.opening import (
    READ_ONLY_FILE,
    HealthReport,
    check_database,
    create_database,
    is_encrypted,
    open_database,
    writable,
)
from ambassador.storage.schema import Difference, Part, SchemaMismatchError
from ambassador.storage.server import (
    PasswordNeededError,
    ServerReport,
    SignInRefusedError,
    check_server,
    init_server,
    open_server,
    upgrade_server,
)

if TYPE_CHECKING:
    from ambassador.services.bundle import Services

__all__ = [
    "HEAD_REVISION",
    "Access",
    "BackupInfo",
    "Database",
    "Difference",
    "HealthReport",
    "IntegrityCheck",
    "Location",
    "Part",
    "PasswordNeededError",
    "SchemaMismatchError",
    "ServerAddress",
    "ServerReport",
    "SignInRefusedError",
    "WrongKeyError",
    "check",
    "check_server",
    "create_services",
    "is_encrypted",
    "newest_good_backup",
    "open_services",
    "recover",
    "upgrade_server",
    "writable",
]


class Access(enum.Enum):
    """What the caller will do with the file."""

    # Only reads (a figure, a list on the screen, `check`): read-only connections always.
    READ = "read"
    # Changes it (an import, a purge, a result recorded): refused at once when it is read-only.
    WRITE = "write"
    # Writes when the file can be written, else reads: the window, and what may be refused
    # only at its write (a document, whose export-log line cannot be written on a read-only
    # file; a backup, whose audit line is left out there).
    AS_ALLOWED = "as allowed"


def open_services(
    location: Location,
    clock: Clock,
    *,
    unlocked: Unlocked | None = None,
    password: str | None = None,
    with_sample_data: bool = False,
    create: bool = False,
    access: Access = Access.AS_ALLOWED,
    check: IntegrityCheck | None = None,
) -> tuple[Database, Services]:
    """Open (and migrate) a file (an encrypted one with its key) and build the services over
    it; an unlock is recorded in the audit log with the wrong tries before it. A demo file
    that is still empty gets the small sample set. `create`: a missing file is made (never
    anything else); otherwise a missing file is refused.

    On a server: connect with `password` (None: libpq's own way, a .pgpass or Kerberos) to a
    database at this program's revision; `PasswordNeededError` when the server asks for a
    password and none was given, `SignInRefusedError` when it refused the one given. `create`
    and `access` are the file's: a server's database is made by IT (`create_services`), and
    what may be written there is the server's to say. `check`: the file's integrity check
    when it was started before (storage/integrity.py), for opening to wait for."""
    if isinstance(location, ServerAddress):
        database = open_server(location, password)
        return database, _services(database, clock, None, with_sample_data)
    path = location
    resolved = path.expanduser().resolve()
    exists = resolved.exists()
    read_only = exists and (access is Access.READ or not writable(resolved))
    if read_only and access is Access.WRITE:
        if check is not None:
            check.cancel()
        raise StorageError(READ_ONLY_FILE, str(resolved))
    key = unlocked.key if unlocked is not None else None
    database, _report = open_database(
        path,
        paths.backups_dir(path),
        clock.now(),
        key,
        create=create,
        read_only=read_only,
        check=check,
    )
    return database, _services(database, clock, unlocked, with_sample_data)


def create_services(
    location: Location,
    clock: Clock,
    *,
    password: str | None = None,
    country: str = DEFAULT_COUNTRY,
) -> tuple[Database, Services]:
    """A new, empty database for an organisation in `country` and the services over it
    (`ambassador init`): a file at a path where there is none (a file already there,
    whatever it holds, is refused and left as it is), or an empty database on a server made
    into ours (one that holds any table is refused)."""
    if isinstance(location, ServerAddress):
        database = init_server(location, password)
    else:
        database, _report = create_database(location)
    services = _services(database, clock, None, with_sample_data=False)
    try:
        services.settings.set_country(country)
    except BaseException:
        database.dispose()
        raise
    return database, services


def _services(
    database: Database, clock: Clock, unlocked: Unlocked | None, with_sample_data: bool
) -> Services:
    # Here rather than with the module: `check` reads a file without the services.
    from ambassador.services.bundle import Services

    try:
        if with_sample_data and not database.read_only:
            # Only for the sample data: its texts and tasks are loaded for nothing else.
            from ambassador.services.sample_data import SampleDataService, Size

            SampleDataService(database, clock).fill_if_empty(Size.SMALL)
        services = Services.build(database, clock)
        if unlocked is not None and not database.read_only:
            services.encryption.unlocked(unlocked.failed_before)
    except BaseException:
        database.dispose()
        raise
    return services


def newest_good_backup(path: Path, key: bytes | None = None) -> BackupInfo | None:
    """The newest backup of `path` in its backups folder that passes its check."""
    return backup.newest_good(paths.backups_dir(path), path, key)


def check(path: Path, unlocked: Unlocked | None = None) -> HealthReport:
    """A read-only examination of `path`: never creates, migrates or changes the file."""
    return check_database(path, unlocked.key if unlocked is not None else None)
