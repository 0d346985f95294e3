"""`ambassador init`: a new, empty database, made only where there is no file yet, or in an
empty database on a server (which IT makes first, as the owner of the database).

The one command that makes a database besides `demo`; every other command refuses a file
that is not there, and none makes a database over a file that is (an empty file, another
program's SQLite file), which would change a file the person did not mean to give; nor over a
server's database that holds any table.
"""

from __future__ import annotations

import argparse

from ambassador.cli.arguments import Commands
from ambassador.cli.common import EXIT_OK, Output
from ambassador.cli.database import clock, signed_in, where
from ambassador.domain.country import DEFAULT_COUNTRY
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.address import ServerAddress

CREATED = QT_TRANSLATE_NOOP("Cli", "A new, empty database was made: {path}")


def add_commands(commands: Commands) -> None:
    init = commands.add(
        "init",
        QT_TRANSLATE_NOOP(
            "Cli",
            "make a new, empty database: a file (never over one that is already there) or in "
            "an empty database on a server",
        ),
    )
    init.add_database(required=True)
    init.add_language()
    init.add_country(DEFAULT_COUNTRY)
    init.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    from ambassador.services.opening import create_services

    location = args.command_db
    if isinstance(location, ServerAddress):
        database, _services = signed_in(
            output,
            location,
            lambda password: create_services(
                location, clock(), password=password, country=args.country
            ),
        )
    else:
        database, _services = create_services(location, clock(), country=args.country)
    database.dispose()
    output.say(CREATED, path=database.path or where(location))
    return EXIT_OK
