"""`ambassador init`: a new, empty database, made only where there is no file yet.

The one command that makes a database besides `demo`; every other command refuses a file
that is not there, and none makes a database over a file that is (an empty file, another
program's SQLite file), which would change a file the person did not mean to give.
"""

from __future__ import annotations

import argparse

from ambassador.cli.arguments import Commands
from ambassador.cli.common import EXIT_OK, Output
from ambassador.cli.database import clock
from ambassador.domain.messages import QT_TRANSLATE_NOOP

CREATED = QT_TRANSLATE_NOOP("Cli", "A new, empty database was made: {path}")


def add_commands(commands: Commands) -> None:
    init = commands.add(
        "init",
        QT_TRANSLATE_NOOP(
            "Cli", "make a new, empty database (never over a file that is already there)"
        ),
    )
    init.add_database(required=True)
    init.add_language()
    init.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    from ambassador.services.opening import create_services

    database, _services = create_services(args.command_db, clock())
    database.dispose()
    output.say(CREATED, path=database.path)
    return EXIT_OK
