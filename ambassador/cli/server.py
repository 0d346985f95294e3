"""`ambassador server upgrade`: IT's step after installing a new version, run as the owner of
the server's database. A coordinator's program never migrates a server: one older or newer
than the database refuses it, naming this command."""

from __future__ import annotations

import argparse

from ambassador.cli.arguments import Commands
from ambassador.cli.common import EXIT_OK, CliError, Output
from ambassador.cli.database import signed_in
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.address import ServerAddress

UPGRADED = QT_TRANSLATE_NOOP("Cli", "Upgraded {server}: revision {before} → {after}.")
UP_TO_DATE = QT_TRANSLATE_NOOP("Cli", "{server} is up to date: revision {after}.")
NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "Cli",
    "'server upgrade' is for a database on a server; a database file is upgraded when the "
    "program opens it, after a backup.",
)


def add_commands(commands: Commands) -> None:
    server = commands.add(
        "server", QT_TRANSLATE_NOOP("Cli", "look after a database on a server (for IT)")
    )
    actions = server.add_commands("action", QT_TRANSLATE_NOOP("Cli", "ACTION"), required=True)
    upgrade = actions.add(
        "upgrade",
        QT_TRANSLATE_NOOP(
            "Cli",
            "upgrade the server's database to this version's revision (run it as the "
            "database's owner, after the server's backup)",
        ),
    )
    upgrade.add_database(required=True)
    upgrade.add_language()
    upgrade.set_defaults(run=run_upgrade)


def run_upgrade(output: Output, args: argparse.Namespace) -> int:
    from ambassador.services.opening import upgrade_server

    address = args.command_db
    if not isinstance(address, ServerAddress):
        raise CliError(NOT_A_SERVER)
    before, after = signed_in(output, address, lambda password: upgrade_server(address, password))
    if before == after:
        output.say(UP_TO_DATE, server=address.describe(), after=after)
    else:
        output.say(UPGRADED, server=address.describe(), before=before, after=after)
    return EXIT_OK
