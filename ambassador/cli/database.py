"""Opening a database for a command: its passphrase asked at the terminal when it is
encrypted, the shared opening service (services/opening.py) with what the command will do to
the file (read it, change it, or either as the file allows), the output switched to the
language saved in it, and the file closed again however the command ends. A damaged file is
refused with its newest good backup named, and how to put it in place.

The database layer is imported when a command opens a file, not with the command line, so
`ambassador --help` and the window's start do not load SQLAlchemy.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador import paths
from ambassador.cli.common import CliError, Output
from ambassador.domain.clock import Clock, SystemClock
from ambassador.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ambassador.domain.errors import StorageError
    from ambassador.services.bundle import Services
    from ambassador.services.encryption import Unlocked
    from ambassador.services.opening import Database

NO_DATABASE = QT_TRANSLATE_NOOP("Cli", "There is no database at {path}.")
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase for {name}: ")
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


def chosen_database(args: argparse.Namespace) -> Path:
    """`--db` after the command, else before it, else the person's own database (the commands
    a coordinator uses on their own file: report, questionnaire, outcome-check)."""
    chosen: Path | None = args.command_db or args.db
    return chosen or paths.default_database()


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
    try:
        output.follow(services.settings.get().language)
    except BaseException:
        database.dispose()
        raise
    return database, services


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
        taken=f"{newest.taken_at:%Y-%m-%d %H:%M}",
        backup=newest.path,
    )


@contextmanager
def opened(
    output: Output, path: Path, *, create: bool = False, access: str = AS_ALLOWED
) -> Iterator[tuple[Database, Services]]:
    """The database at `path` and the services over it, closed when the block ends; a file
    that is not there is refused unless `create` asks for a new one. `access`: READ, WRITE
    or AS_ALLOWED (above)."""
    from ambassador.domain.errors import DamagedDatabaseError

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
