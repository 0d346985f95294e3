"""`ambassador server …`: IT's commands for a database on a server, run as its owner.

`upgrade` is IT's step after installing a new version: a coordinator's program never migrates
a server; one older or newer than the database refuses it, naming this command. `add-user`,
`users`, `units`, `assign-unit` and `remove-user` make the team: a database role per person,
in a unit, as coordinator, manager or admin (services/team.py); the owner needs CREATEROLE.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from ambassador.cli.arguments import Commands, Parser
from ambassador.cli.common import EXIT_OK, NOT_A_NUMBER, CliError, Output, Words
from ambassador.cli.database import clock, open_server, signed_in
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.team import StaffRole
from ambassador.storage.address import ServerAddress

if TYPE_CHECKING:
    from ambassador.services.team import TeamService

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
    _add_team_commands(actions)


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


# The team: users and units (services/team.py).

NOT_A_SERVER_TEAM = QT_TRANSLATE_NOOP(
    "Cli", "'server {command}' is for a database on a server; a database file has one user."
)
UNIT_NEEDED = QT_TRANSLATE_NOOP(
    "Cli", "A coordinator or an admin works in a unit: give it with --unit UNIT."
)
NAME = QT_TRANSLATE_NOOP("Cli", "NAME")
UNIT = QT_TRANSLATE_NOOP("Cli", "UNIT")
IDS = QT_TRANSLATE_NOOP("Cli", "NUMBERS")
ADDED = QT_TRANSLATE_NOOP("Cli", "{name} is now an Ambassador user: {role} in {unit}.")
ADDED_NO_UNIT = QT_TRANSLATE_NOOP("Cli", "{name} is now an Ambassador user: {role}.")
CHANGED = QT_TRANSLATE_NOOP("Cli", "{name} is now {role} in {unit}.")
CHANGED_NO_UNIT = QT_TRANSLATE_NOOP("Cli", "{name} is now {role}.")
ROLE_MADE = QT_TRANSLATE_NOOP("Cli", "Made the database role {name}, which signs in {how}.")
WITH_PASSWORD = QT_TRANSLATE_NOOP("Cli", "with the password given")
WITHOUT_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli", "by Kerberos, or with a password IT sets later (psql: \\password NAME)"
)
UNIT_MADE = QT_TRANSLATE_NOOP("Cli", "Made the unit {unit}.")
NEW_PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password for {name}: ")
PASSWORD_AGAIN_PROMPT = QT_TRANSLATE_NOOP("Cli", "The same password again: ")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Cli", "The two passwords typed differ; nothing was changed.")
EMPTY_PASSWORD = QT_TRANSLATE_NOOP("Cli", "An empty password is no password; nothing was changed.")
NO_USERS = QT_TRANSLATE_NOOP(
    "Cli", "No Ambassador users yet: 'ambassador server add-user' makes one."
)
NO_UNITS = QT_TRANSLATE_NOOP(
    "Cli", "No units yet: 'ambassador server add-user NAME --unit UNIT' makes one."
)
USER_HEADINGS = (
    QT_TRANSLATE_NOOP("Cli", "User"),
    QT_TRANSLATE_NOOP("Cli", "Unit"),
    QT_TRANSLATE_NOOP("Cli", "Role"),
)
UNIT_HEADINGS = (
    QT_TRANSLATE_NOOP("Cli", "Unit"),
    QT_TRANSLATE_NOOP("Cli", "Users"),
    QT_TRANSLATE_NOOP("Cli", "Participants"),
)
NO_UNIT = QT_TRANSLATE_NOOP("Cli", "(no unit)")
MOVED = QT_TRANSLATE_NOOP("Cli", "Moved {count} participants into {unit}.")
REMOVED = QT_TRANSLATE_NOOP(
    "Cli",
    "{name} is no longer an Ambassador user; the logs keep their name. The database role "
    "itself stays: IT drops it (DROP ROLE) when nothing else uses it.",
)


def _add_team_commands(actions: Commands) -> None:
    add = actions.add(
        "add-user",
        QT_TRANSLATE_NOOP(
            "Cli",
            "make a database role an Ambassador user in a unit, the role and the unit made if "
            "new (run it as the database's owner, a role with CREATEROLE)",
        ),
    )
    add.add_argument(
        "name",
        metavar=NAME,
        help=QT_TRANSLATE_NOOP(
            "Cli", "the person's database role, the name they sign in with (e.g. anna.berg)"
        ),
    )
    add.add_argument(
        "--unit",
        metavar=UNIT,
        help=QT_TRANSLATE_NOOP("Cli", "the unit they work in, made if new (a manager needs none)"),
    )
    add.add_argument(
        "--role",
        choices=[role.value for role in StaffRole],
        default=StaffRole.COORDINATOR.value,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "coordinator: their unit's people (the default); admin: also the organisation's "
            "lists and settings; manager: statistics only",
        ),
    )
    add.add_argument(
        "--password-prompt",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "ask for the role's password (without it the role gets none: Kerberos, a .pgpass or "
            "IT sets one)",
        ),
    )
    _database(add, run_add_user)

    users = actions.add(
        "users", QT_TRANSLATE_NOOP("Cli", "list the Ambassador users: unit and role")
    )
    _database(users, run_users)

    units = actions.add(
        "units",
        QT_TRANSLATE_NOOP("Cli", "list the units with their users and participants"),
    )
    _database(units, run_units)

    assign = actions.add(
        "assign-unit",
        QT_TRANSLATE_NOOP(
            "Cli",
            "move participants into a unit, with everything about them (how a server one "
            "coordinator used becomes a team's)",
        ),
    )
    assign.add_argument(
        "unit",
        metavar=UNIT,
        help=QT_TRANSLATE_NOOP("Cli", "the unit to move them into ('server units' lists them)"),
    )
    which = assign.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--participants",
        type=_numbers(assign.words),
        metavar=IDS,
        help=QT_TRANSLATE_NOOP("Cli", "the participants' numbers, separated by commas"),
    )
    which.add_argument(
        "--unassigned",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "every participant in no unit yet"),
    )
    _database(assign, run_assign_unit)

    remove = actions.add(
        "remove-user",
        QT_TRANSLATE_NOOP(
            "Cli",
            "take a user out of the team (their database role stays, and the logs keep their name)",
        ),
    )
    remove.add_argument(
        "name", metavar=NAME, help=QT_TRANSLATE_NOOP("Cli", "the person's database role")
    )
    _database(remove, run_remove_user)


def _database(parser: Parser, run: Callable[[Output, argparse.Namespace], int]) -> None:
    parser.add_database(required=True)
    parser.add_language()
    parser.set_defaults(run=run)


def _numbers(words: Words) -> Callable[[str], list[int]]:
    """`12,15,40`: record numbers."""

    def parse(text: str) -> list[int]:
        parts = [part.strip() for part in text.split(",") if part.strip()]
        try:
            return [int(part) for part in parts] or [int(text)]
        except ValueError:
            raise argparse.ArgumentTypeError(words(NOT_A_NUMBER).format(text=text)) from None

    return parse


@contextlib.contextmanager
def _team_work(output: Output, args: argparse.Namespace) -> Iterator[TeamService]:
    from ambassador.services.team import TeamService

    address = args.command_db
    if not isinstance(address, ServerAddress):
        raise CliError(NOT_A_SERVER_TEAM, command=args.action)
    database, _services = open_server(output, address)
    try:
        yield TeamService(database, clock())
    finally:
        database.dispose()


def _new_password(output: Output, name: str) -> str:
    """Typed twice at the terminal, never echoed, never an argument."""
    first = _typed(output.text(NEW_PASSWORD_PROMPT, {"name": name}))
    if not first:
        raise CliError(EMPTY_PASSWORD)
    if _typed(output.tr(PASSWORD_AGAIN_PROMPT)) != first:
        raise CliError(PASSWORDS_DIFFER)
    return first


def _typed(prompt: str) -> str:
    with contextlib.redirect_stderr(io.StringIO()):  # getpass's warning, not its prompt
        return getpass.getpass(prompt)


def run_add_user(output: Output, args: argparse.Namespace) -> int:
    role = StaffRole(args.role)
    if args.unit is None and role is not StaffRole.MANAGER:
        raise CliError(UNIT_NEEDED)
    with _team_work(output, args) as team:
        password = _new_password(output, args.name) if args.password_prompt else None
        added = team.add_user(args.name, role, args.unit, password)
    if added.role_created:
        how = WITH_PASSWORD if password is not None else WITHOUT_PASSWORD
        output.say(ROLE_MADE, name=added.name, how=output.tr(how))
    if added.unit_created:
        output.say(UNIT_MADE, unit=added.unit)
    if added.staff_existed:
        said = CHANGED if added.unit is not None else CHANGED_NO_UNIT
    else:
        said = ADDED if added.unit is not None else ADDED_NO_UNIT
    output.say(said, name=added.name, role=added.role.value, unit=added.unit)
    return EXIT_OK


def run_users(output: Output, args: argparse.Namespace) -> int:
    with _team_work(output, args) as team:
        users = team.users()
    if not users:
        output.say(NO_USERS)
        return EXIT_OK
    _table(output, USER_HEADINGS, [(u.name, u.unit or "", u.role.value) for u in users])
    return EXIT_OK


def run_units(output: Output, args: argparse.Namespace) -> int:
    with _team_work(output, args) as team:
        units = team.units()
    if not units:
        output.say(NO_UNITS)
        return EXIT_OK
    rows = [
        (u.unit if u.unit is not None else output.tr(NO_UNIT), str(u.staff), str(u.participants))
        for u in units
    ]
    _table(output, UNIT_HEADINGS, rows, numbers=True)
    return EXIT_OK


def run_assign_unit(output: Output, args: argparse.Namespace) -> int:
    with _team_work(output, args) as team:
        moved = team.assign_unit(args.unit, None if args.unassigned else args.participants)
    output.say(MOVED, count=moved, unit=args.unit)
    return EXIT_OK


def run_remove_user(output: Output, args: argparse.Namespace) -> int:
    with _team_work(output, args) as team:
        team.remove_user(args.name)
    output.say(REMOVED, name=args.name)
    return EXIT_OK


def _table(
    output: Output,
    headings: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    *,
    numbers: bool = False,
) -> None:
    """Columns as wide as their widest cell; with `numbers`, all but the first to the right."""
    header = tuple(output.tr(heading) for heading in headings)
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    for cells in (header, *rows):
        line = [f"{cells[0]:<{widths[0]}}"]
        for cell, width in zip(cells[1:], widths[1:], strict=True):
            line.append(f"{cell:>{width}}" if numbers else f"{cell:<{width}}")
        print("  ".join(line).rstrip())
