"""`ambassador backup | restore | purge`: the data-safety tab's work from the command line, on
plain and encrypted files alike. On a server, purge alone: its backups are IT's."""

from __future__ import annotations

import argparse
from pathlib import Path

from ambassador.cli.arguments import FOLDER, Commands
from ambassador.cli.common import EXIT_OK, CliError, Output
from ambassador.cli.database import (
    NO_DATABASE,
    WRITE,
    ask_key,
    clock,
    file_only,
    open_unlocked,
    opened,
)
from ambassador.domain.messages import MESSAGE_CONTEXT, QT_TRANSLATE_NOOP

BACKUP_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Backup written: {path} ({kilobytes} kB)")
RESTORED = QT_TRANSLATE_NOOP(
    "Cli", "Restored from {backup}. The database as it was is kept as {kept}."
)
PURGE_NOTHING = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing to purge: no retention period with its decision is set, or nothing has passed it.",
)
PURGE_PLAN = QT_TRANSLATE_NOOP(
    "Cli",
    "To purge: {participants} closed cases ({placements} placements, {notes} notes, "
    "{check_ins} check-ins, {feedback} feedback answers), {log_entries} log entries, "
    "{backups} backups past their maximum age.",
)
PURGE_DRY_RUN = QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was removed.")
PURGE_DONE = QT_TRANSLATE_NOOP("Cli", "Purged. A backup was taken first: {backup}")
PURGE_DONE_SERVER = QT_TRANSLATE_NOOP("Cli", "Purged. {held}")


def add_commands(commands: Commands) -> None:
    backup = commands.add(
        "backup", QT_TRANSLATE_NOOP("Cli", "write a checked backup of a database")
    )
    backup.add_database(required=True)
    backup.add_argument(
        "--to",
        type=Path,
        metavar=FOLDER,
        help=QT_TRANSLATE_NOOP("Cli", "the folder to write it in (default: as in the settings)"),
    )
    backup.set_defaults(run=run_backup)

    restore = commands.add(
        "restore",
        QT_TRANSLATE_NOOP(
            "Cli", "put a backup in place of a database (what was there is kept, not deleted)"
        ),
    )
    restore.add_argument(
        "backup",
        type=Path,
        metavar=QT_TRANSLATE_NOOP("Cli", "BACKUP"),
        help=QT_TRANSLATE_NOOP("Cli", "the backup file to put in place"),
    )
    restore.add_database(required=True)
    restore.set_defaults(run=run_restore)

    purge = commands.add(
        "purge", QT_TRANSLATE_NOOP("Cli", "remove what is past its retention period")
    )
    purge.add_database(required=True)
    purge.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "only show what would be removed"),
    )
    purge.set_defaults(run=run_purge)
    for command in (backup, restore, purge):
        command.add_language()


def run_backup(output: Output, args: argparse.Namespace) -> int:
    path = file_only(args.command_db, "backup")
    with opened(output, path) as (_database, services):
        written = services.backups.take(folder=args.to)
    output.say(BACKUP_WRITTEN, path=written, kilobytes=max(1, round(written.stat().st_size / 1024)))
    return EXIT_OK


def run_restore(output: Output, args: argparse.Namespace) -> int:
    """Restore over a database that opens (after a safety copy), or over one that does not:
    that file is kept aside under a new name, never deleted.

    The one command that cannot open its database with `opened`: a file that does not open is
    what it is for."""
    from ambassador.domain.errors import StorageError
    from ambassador.services.opening import WrongKeyError, recover

    chosen: Path = args.backup
    path = file_only(args.command_db, "restore").expanduser().resolve()
    if not chosen.is_file():
        raise CliError(NO_DATABASE, path=chosen)
    unlocked = ask_key(output, path) if path.exists() else None
    try:
        database, services = open_unlocked(output, path, unlocked)
    except WrongKeyError:
        raise
    except StorageError:  # damaged, foreign or missing: nothing to take a safety copy of
        kept = recover(path, chosen, clock().now(), unlocked.key if unlocked else None)
    else:
        try:
            kept = services.backups.restore(chosen)
        finally:
            database.dispose()
    output.say(RESTORED, backup=chosen, kept=kept)
    return EXIT_OK


def run_purge(output: Output, args: argparse.Namespace) -> int:
    with opened(output, args.command_db, access=WRITE) as (_database, services):
        plan = services.retention.preview()
        if plan.is_empty:
            output.say(PURGE_NOTHING)
            return EXIT_OK
        output.say(
            PURGE_PLAN,
            participants=plan.participants,
            placements=plan.placements,
            notes=plan.notes,
            check_ins=plan.check_ins,
            feedback=plan.feedback,
            log_entries=plan.log_entries,
            backups=plan.backups,
        )
        if args.dry_run:
            output.say(PURGE_DRY_RUN)
            return EXIT_OK
        result = services.retention.purge()
        held = services.retention.held_elsewhere  # a server's WAL and IT's backups
    if held:
        output.say(PURGE_DONE_SERVER, held=output.text(held, {}, MESSAGE_CONTEXT))
    else:
        output.say(PURGE_DONE, backup=result.backup_before or "–")
    return EXIT_OK
