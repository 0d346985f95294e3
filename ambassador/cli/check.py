"""`ambassador check`: what a database file is and holds, read without changing it: SQLite's
integrity check, and whether its tables, indexes and search tables are those its schema
revision makes. A damaged file is said so (exit 1), with its newest good backup.

On a server: its revision and what it holds; the integrity of its pages and its backups are
the server's, run by IT."""

from __future__ import annotations

import argparse

from ambassador.cli.arguments import Commands
from ambassador.cli.common import EXIT_OK, Output
from ambassador.cli.database import ask_key, damaged, signed_in
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.address import ServerAddress

FILE = QT_TRANSLATE_NOOP("Cli", "File:")
SERVER = QT_TRANSLATE_NOOP("Cli", "Server:")
SERVER_UPGRADE = QT_TRANSLATE_NOOP(
    "Cli",
    "Made by an earlier version: IT upgrades it to revision {head} with 'ambassador server "
    "upgrade'. Nothing was changed now.",
)
SERVER_READ = QT_TRANSLATE_NOOP(
    "Cli",
    "Read without changing anything. The integrity of the server's files and its backups are "
    "the server's, run by IT (see docs/server.md).",
)
REVISION = QT_TRANSLATE_NOOP("Cli", "Schema revision:")
UPGRADE = QT_TRANSLATE_NOOP(
    "Cli",
    "Made by an earlier version: opening it in this one upgrades it to revision {head}, "
    "after a backup. Nothing was changed now.",
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Cli", "Made by a newer version of Ambassador: this version does not open it."
)
CONTENTS = QT_TRANSLATE_NOOP("Cli", "What it holds:")
WHOLE = QT_TRANSLATE_NOOP(
    "Cli",
    "The file is undamaged: SQLite's integrity check found no errors in it, and its tables, "
    "indexes and search tables are those of its schema revision.",
)
# What does not match the revision, one line each, on standard error before the refusal.
DIFFERENCES = {
    (True, "table"): QT_TRANSLATE_NOOP("Cli", "Missing table: {name}"),
    (True, "column"): QT_TRANSLATE_NOOP("Cli", "Missing column: {name}"),
    (True, "index"): QT_TRANSLATE_NOOP("Cli", "Missing index: {name}"),
    (False, "table"): QT_TRANSLATE_NOOP("Cli", "A table its revision does not have: {name}"),
    (False, "column"): QT_TRANSLATE_NOOP("Cli", "A column its revision does not have: {name}"),
    (False, "index"): QT_TRANSLATE_NOOP("Cli", "An index its revision does not have: {name}"),
}

# Each table as the person knows what it holds, in the order they think of it: the people and
# places first, the program's own bookkeeping last. A table missing here (a new one) is shown
# by its name rather than not at all; tests/cli/test_check.py asks for every table.
TABLES = {
    "participants": QT_TRANSLATE_NOOP("Cli", "Participants"),
    "consents": QT_TRANSLATE_NOOP("Cli", "Consents"),
    "employers": QT_TRANSLATE_NOOP("Cli", "Employers"),
    "contacts": QT_TRANSLATE_NOOP("Cli", "Contacts at employers"),
    "employer_tasks": QT_TRANSLATE_NOOP("Cli", "Tasks on offer"),
    "network_contacts": QT_TRANSLATE_NOOP("Cli", "Network contacts with employers"),
    "mentors": QT_TRANSLATE_NOOP("Cli", "Mentors"),
    "projects": QT_TRANSLATE_NOOP("Cli", "Projects"),
    "placements": QT_TRANSLATE_NOOP("Cli", "Placements"),
    "notes": QT_TRANSLATE_NOOP("Cli", "Notes"),
    "check_ins": QT_TRANSLATE_NOOP("Cli", "Check-ins"),
    "check_in_series": QT_TRANSLATE_NOOP("Cli", "Recurring check-ins"),
    "feedback": QT_TRANSLATE_NOOP("Cli", "Feedback answers"),
    "drafts": QT_TRANSLATE_NOOP("Cli", "Drafts of notes being written"),
    "questionnaires": QT_TRANSLATE_NOOP("Cli", "Questionnaires"),
    "placement_tasks": QT_TRANSLATE_NOOP("Cli", "Tasks covered by placements"),
    "outcome_checks": QT_TRANSLATE_NOOP("Cli", "Outcome checks"),
    "placement_type_plans": QT_TRANSLATE_NOOP("Cli", "Follow-up plans of placement types"),
    "report_mappings": QT_TRANSLATE_NOOP("Cli", "Reporting categories"),
    "targets": QT_TRANSLATE_NOOP("Cli", "Targets"),
    "field_balances": QT_TRANSLATE_NOOP("Cli", "Gender balance of fields"),
    "list_items": QT_TRANSLATE_NOOP("Cli", "Entries in the editable lists"),
    "list_item_names": QT_TRANSLATE_NOOP("Cli", "Names of the list entries by language"),
    "settings": QT_TRANSLATE_NOOP("Cli", "Settings"),
    "user_settings": QT_TRANSLATE_NOOP("Cli", "Users' own settings"),
    "units": QT_TRANSLATE_NOOP("Cli", "Units"),
    "staff": QT_TRANSLATE_NOOP("Cli", "Users (staff)"),
    "export_log": QT_TRANSLATE_NOOP("Cli", "Export log entries"),
    "audit_log": QT_TRANSLATE_NOOP("Cli", "Audit log entries"),
    "change_log": QT_TRANSLATE_NOOP("Cli", "Change log entries"),
}


def add_commands(commands: Commands) -> None:
    check = commands.add(
        "check", QT_TRANSLATE_NOOP("Cli", "check a database and show what it holds")
    )
    check.add_database(required=True)
    check.add_language()
    check.set_defaults(run=run)


def run(output: Output, args: argparse.Namespace) -> int:
    from ambassador.domain.errors import DamagedDatabaseError
    from ambassador.services.opening import HEAD_REVISION, SchemaMismatchError, check

    if isinstance(args.command_db, ServerAddress):
        return _run_server(output, args.command_db)
    path = args.command_db
    unlocked = ask_key(output, path) if path.exists() else None
    try:
        report = check(path, unlocked)
    except DamagedDatabaseError as error:
        if isinstance(error, SchemaMismatchError):
            for difference in error.differences:
                source = DIFFERENCES[difference.missing, difference.part.value]
                output.warn(source, name=difference.name)
        raise damaged(output, path, error, unlocked) from None
    for line in lines(output, report.path, report.revision, report.row_counts):
        print(line)
    if report.upgrade_pending:
        output.say(UPGRADE, head=HEAD_REVISION)
    if report.too_new:
        output.say(TOO_NEW)
    output.say(WHOLE)
    return EXIT_OK


def _run_server(output: Output, address: ServerAddress) -> int:
    from ambassador.services.opening import HEAD_REVISION, check_server

    report = signed_in(output, address, lambda password: check_server(address, password))
    for line in lines(output, address.describe(), report.revision, report.row_counts, SERVER):
        print(line)
    if report.upgrade_pending:
        output.say(SERVER_UPGRADE, head=HEAD_REVISION)
    if report.too_new:
        output.say(TOO_NEW)
    output.say(SERVER_READ)
    return EXIT_OK


def lines(
    output: Output,
    path: object,
    revision: str | None,
    counts: dict[str, int],
    where: str = FILE,
) -> list[str]:
    """The file (or server), its revision and a table of what it holds, in columns that line
    up whatever the words' lengths in the language."""
    heads = [output.tr(where), output.tr(REVISION)]
    head_width = max(len(head) for head in heads)
    result = [
        f"{heads[0]:<{head_width}}  {path}",
        f"{heads[1]:<{head_width}}  {revision or '–'}",
        output.tr(CONTENTS),
    ]
    known = [table for table in TABLES if table in counts]
    rows = [(output.tr(TABLES[table]), counts[table]) for table in known]
    rows += [(table, count) for table, count in counts.items() if table not in TABLES]
    if rows:
        name_width = max(len(name) for name, _count in rows)
        count_width = max(len(str(count)) for _name, count in rows)
        for name, count in rows:
            result.append(f"  {name:<{name_width}}  {count:>{count_width}}")
    return result
