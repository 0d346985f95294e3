"""Opening a database for a command: its passphrase asked at the terminal when it is
encrypted, the shared opening service (services/opening.py) with what the command will do to
the file (read it, change it, or either as the file allows), the output switched to the
language saved in it, and the file closed again however the command ends. A damaged file is
refused with its newest good backup named, and how to put it in place.

A database on a server is signed in to with the password kept in the keyring, else with none
(libpq may sign in by Kerberos or a .pgpass that IT deployed), and only when the server asks
for one, with a password typed at the terminal. What only a file has (backups, restore,
encryption, the file checks) is refused for a server in one sentence: those are IT's there.

The database layer is imported when a command opens a file, not with the command line, so
`ambassador --help` and the window's start do not load SQLAlchemy.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import getpass
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ambassador import paths
from ambassador.cli.common import CliError, Output
from ambassador.domain.clock import Clock, SystemClock
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.address import Location, ServerAddress

if TYPE_CHECKING:
    from ambassador.domain.errors import StorageError
    from ambassador.services.bundle import Services
    from ambassador.services.encryption import Unlocked
    from ambassador.services.opening import Database

NO_DATABASE = QT_TRANSLATE_NOOP("Cli", "There is no database at {path}.")
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase for {name}: ")
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password for {user}@{server}: ")
NO_TERMINAL_FOR_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli",
    "The database server asks for a password and it could not be asked for: there is no "
    "terminal to type it at.",
)
FILE_ONLY = QT_TRANSLATE_NOOP(
    "Cli",
    "'{command}' is for a database file. On a server, backups and encryption at rest are the "
    "server's, run by IT (see docs/server.md).",
)
DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "Cli",
    "{problem}: {path}. The newest backup that passes its check was taken {taken}: {backup}. "
    "To put it in place, keeping the damaged file beside it under a new name: "
    "ambassador restore {backup} --db {path}",
)

# What a command does to its file (services.opening.Access, named here so that reading the
# command line loads no database layer): reads only, with read-only connections; changes it,
# refused at once on a read-only file; either, as the file allows.
READ = "read"
WRITE = "write"
AS_ALLOWED = "as allowed"

T = TypeVar("T")


def chosen_database(args: argparse.Namespace) -> Location:
    """`--db` after the command, else before it, else the person's own database (the commands
    a coordinator uses on their own: report, questionnaire, outcome-check, search): the server
    of the profile IT deployed, as the window opens it, else the file in the data folder."""
    from ambassador.storage.address import read_profile

    chosen: Location | None = args.command_db or args.db
    if chosen is not None:
        return chosen
    profile = paths.server_profile()
    return read_profile(profile) if profile is not None else paths.default_database()


def where(location: Location) -> str:
    """The database as the person knows it: the file's path, or user@server/database."""
    return location.describe() if isinstance(location, ServerAddress) else str(location)


def file_only(location: Location, command: str) -> Path:
    """The file a file's command works on; a server is refused in one sentence."""
    if isinstance(location, ServerAddress):
        raise CliError(FILE_ONLY, command=command)
    return location


def signed_in(output: Output, address: ServerAddress, connect: Callable[[str | None], T]) -> T:
    """What `connect` gives with a password: the keyring's, else none (libpq's own way: a
    .pgpass, Kerberos), and when the server asks for one or refuses the kept one, one typed
    at the terminal. A typed password the server refuses is its one sentence (exit 1)."""
    from ambassador.services.credentials import saved_password
    from ambassador.services.opening import PasswordNeededError, SignInRefusedError

    kept = saved_password(address)
    try:
        return connect(kept)
    except PasswordNeededError:
        pass
    except SignInRefusedError:
        if kept is None:
            raise
    return connect(ask_password(output, address))


def ask_password(output: Output, address: ServerAddress) -> str:
    """The server's password typed at the terminal (never an argument or a URL)."""
    user = address.user or getpass.getuser()  # libpq's default too
    server = dataclasses.replace(address, user=None).describe()
    prompt = output.text(PASSWORD_PROMPT, {"user": user, "server": server})
    try:
        return _passphrase(prompt)
    except EOFError:
        raise CliError(NO_TERMINAL_FOR_PASSWORD) from None


def clock() -> Clock:
    """The commands' clock (tests put a fixed one in `SystemClock`'s place)."""
    return SystemClock()


def ask_key(output: Output, path: Path) -> Unlocked | None:
    """An encrypted database's key, from the passphrase typed at the terminal (never an
    argument: those are visible to other users' process lists); None for a plain file."""
    from ambassador.services.encryption import unlock
    from ambassador.services.opening import is_encrypted

    if not is_encrypted(path):
        return None
    return unlock(path, _passphrase(output.text(PASSPHRASE_PROMPT, {"name": path.name})))


def _passphrase(prompt: str) -> str:
    """Typed at the terminal, the prompt on it; without a terminal (a script piping the
    passphrase in), read from standard input with no prompt and none of getpass's warnings
    that its input may be echoed, which would be noise in a script's output."""
    with contextlib.redirect_stderr(io.StringIO()):  # getpass's prompt to /dev/tty stays
        return getpass.getpass(prompt)


def open_unlocked(
    output: Output,
    path: Path,
    unlocked: Unlocked | None,
    *,
    create: bool = False,
    access: str = AS_ALLOWED,
) -> tuple[Database, Services]:
    """Open (and migrate) `path` with its key, and speak its language from now on."""
    from ambassador.services.opening import Access, open_services

    database, services = open_services(
        path, clock(), unlocked=unlocked, create=create, access=Access(access)
    )
    return _following(output, database, services)


def open_server(output: Output, address: ServerAddress) -> tuple[Database, Services]:
    """The database on the server, signed in to, and its language spoken from now on."""
    from ambassador.services.opening import open_services

    database, services = signed_in(
        output, address, lambda password: open_services(address, clock(), password=password)
    )
    return _following(output, database, services)


def _following(output: Output, database: Database, services: Services) -> tuple[Database, Services]:
    try:
        output.follow(_saved_language(database, services))
    except BaseException:
        database.dispose()
        raise
    return database, services


def _saved_language(database: Database, services: Services) -> str:
    """The database's language; a manager, who may not read the settings, has it from the
    statistics views."""
    if services.connection.identity().is_manager:
        from ambassador.services.team_statistics import TeamStatisticsService

        language, _country = TeamStatisticsService(database).language_and_country()
        return language
    return services.settings.get().language


def damaged(
    output: Output, path: Path, error: StorageError, unlocked: Unlocked | None = None
) -> Exception:
    """The refusal of a damaged file: naming its newest good backup, and how to put it in
    place, when there is one (as the window offers it); else the error as it is."""
    from ambassador.domain.messages import MESSAGE_CONTEXT
    from ambassador.services.opening import newest_good_backup

    newest = newest_good_backup(path.expanduser().resolve(), unlocked.key if unlocked else None)
    if newest is None:
        return error
    return CliError(
        DAMAGED_WITH_BACKUP,
        problem=output.text(error.message, {}, MESSAGE_CONTEXT),
        path=path,
        taken=newest.taken_at,
        backup=newest.path,
    )


@contextmanager
def opened(
    output: Output, location: Location, *, create: bool = False, access: str = AS_ALLOWED
) -> Iterator[tuple[Database, Services]]:
    """The database at `location` and the services over it, closed when the block ends; a
    file that is not there is refused unless `create` asks for a new one (a server's database
    is IT's to make: `ambassador init`). `access`: READ, WRITE or AS_ALLOWED (above), a
    file's; on a server what may be written is the server's to say."""
    from ambassador.domain.errors import DamagedDatabaseError

    if isinstance(location, ServerAddress):
        database, services = open_server(output, location)
    else:
        path = location
        if not create and not path.exists():
            raise CliError(NO_DATABASE, path=path)
        unlocked = ask_key(output, path)
        try:
            database, services = open_unlocked(output, path, unlocked, create=create, access=access)
        except DamagedDatabaseError as error:
            raise damaged(output, path, error, unlocked) from None
    try:
        yield database, services
    finally:
        database.dispose()
