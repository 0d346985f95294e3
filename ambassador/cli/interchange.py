"""`ambassador import | export | calendar`: the window's import preview as a report, lists and
calendar files written and logged like the window's."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.cli.arguments import DATE, FILE, NUMBER, Commands, Parser, choices
from ambassador.cli.common import EXIT_FAILED, EXIT_OK, CliError, Output, day, number
from ambassador.cli.database import AS_ALLOWED, WRITE, opened
from ambassador.domain.exports import IMPORTABLE, FileFormat, ListKind
from ambassador.domain.figures import Period
from ambassador.domain.messages import MESSAGE_CONTEXT, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ambassador.services.bundle import Services
    from ambassador.services.importing import ImportPreview, Mapping, Sheet

MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Cli", "The file has no column for: {missing}. Its headers are: {headers}."
)
READ_AS = QT_TRANSLATE_NOOP("Cli", "Read {rows} rows; columns: {columns}; not read: {ignored}.")
ROW_EXISTING = QT_TRANSLATE_NOOP("Cli", "Row {row}: already registered, left as it is: {label}")
ROW_BAD = QT_TRANSLATE_NOOP("Cli", "Row {row}: refused: {reasons}")
ROW_UPDATED = QT_TRANSLATE_NOOP("Cli", "Row {row}: already registered, updated: {label}")
IMPORT_UPDATED = QT_TRANSLATE_NOOP("Cli", "{updated} already registered will be updated.")
ROWS_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Cli", "… and {count} more rows already registered or refused, not shown one by one."
)
IMPORT_COUNTS = QT_TRANSLATE_NOOP("Cli", "{new} new, {existing} already registered, {bad} refused.")
IMPORT_REFUSED = QT_TRANSLATE_NOOP(
    "Cli", "Nothing was imported: correct the refused rows in the file and import it again."
)
IMPORT_DRY_RUN = QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was imported.")
IMPORT_DONE = QT_TRANSLATE_NOOP("Cli", "Imported {added} records and {contacts} contacts.")
LIST_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Written: {path} ({rows} rows)")
NOTES_NEED_PLACEMENT = QT_TRANSLATE_NOOP("Cli", "The notes list needs --placement NUMBER.")
PERIOD_ORDER = QT_TRANSLATE_NOOP("Cli", "The period must not end before it starts.")
NONE = QT_TRANSLATE_NOOP("Cli", "none")

# The rows already registered or refused that are shown one by one; a file of a million bad
# rows says the first ones and how many more, not a million lines.
SHOWN_ROWS = 50

# What each encoding is called on the command line.
ENCODINGS = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "windows-1252": "cp1252"}
DELIMITERS = {"semicolon": ";", "comma": ",", "tab": "\t"}


def add_commands(commands: Commands) -> None:
    importing = commands.add(
        "import",
        QT_TRANSLATE_NOOP(
            "Cli", "import participants, employers, placements or tasks from CSV, XLSX or ODS"
        ),
    )
    kinds = [kind.value for kind in IMPORTABLE]
    importing.add_argument(
        "kind",
        choices=kinds,
        metavar=choices(kinds),
        help=QT_TRANSLATE_NOOP("Cli", "what the file holds"),
    )
    importing.add_argument(
        "file",
        type=Path,
        metavar=FILE,
        help=QT_TRANSLATE_NOOP("Cli", "the CSV, XLSX or ODS file to read"),
    )
    importing.add_database(required=True)
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "only show what would happen"),
    )
    importing.add_argument(
        "--encoding",
        choices=sorted(ENCODINGS),
        help=QT_TRANSLATE_NOOP("Cli", "a CSV file's encoding (default: detected)"),
    )
    importing.add_argument(
        "--delimiter",
        choices=sorted(DELIMITERS),
        help=QT_TRANSLATE_NOOP("Cli", "a CSV file's delimiter (default: detected)"),
    )
    importing.set_defaults(run=run)

    exporting = commands.add("export", QT_TRANSLATE_NOOP("Cli", "write a list as CSV or XLSX"))
    lists = [kind.value for kind in ListKind]
    # network-contacts as the documentation writes it; check_ins as it always was, too.
    spelled = [value.replace("_", "-") for value in lists]
    exporting.add_argument(
        "kind",
        choices=sorted(set(lists) | set(spelled)),
        metavar=choices(spelled),
        help=QT_TRANSLATE_NOOP("Cli", "which list"),
    )
    exporting.add_argument(
        "--format",
        choices=[f.value for f in FileFormat],
        default="csv",
        help=QT_TRANSLATE_NOOP("Cli", "the kind of file (default: csv)"),
    )
    exporting.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=FILE,
        help=QT_TRANSLATE_NOOP("Cli", "the file to write"),
    )
    exporting.add_database(required=True)
    exporting.add_argument(
        "--with-identity-numbers",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "include personal identity numbers (participants and placements)"
        ),
    )
    exporting.add_argument(
        "--placement",
        type=number(exporting.words),
        metavar=NUMBER,
        help=QT_TRANSLATE_NOOP("Cli", "the placement whose notes to list (notes only)"),
    )

    calendar = commands.add(
        "calendar", QT_TRANSLATE_NOOP("Cli", "write the check-ins as an .ics calendar file")
    )
    calendar.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=QT_TRANSLATE_NOOP("Cli", "FILE.ics"),
        help=QT_TRANSLATE_NOOP("Cli", "the calendar file to write"),
    )
    calendar.add_database(required=True)
    for command in (exporting, calendar):
        _add_period(command)
        command.set_defaults(run=run)
    for command in (importing, exporting, calendar):
        command.add_language()


def _add_period(parser: Parser) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        type=day(parser.words),
        metavar=DATE,
        help=QT_TRANSLATE_NOOP("Cli", "the first day (default: as in the window)"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=day(parser.words),
        metavar=DATE,
        help=QT_TRANSLATE_NOOP("Cli", "the last day (default: as in the window)"),
    )


def run(output: Output, args: argparse.Namespace) -> int:
    # A list or a calendar file only reads, but needs its export-log line.
    access = WRITE if args.command == "import" else AS_ALLOWED
    with opened(output, args.command_db, access=access) as (_database, services):
        if args.command == "import":
            return _import(output, services, args)
        if args.command == "export":
            return _export(output, services, args)
        written = services.exports.write_calendar(
            args.out, _period(services, args), language=output.asked
        )
    output.say(LIST_WRITTEN, path=written.path, rows=written.rows)
    return EXIT_OK


def _import(output: Output, services: Services, args: argparse.Namespace) -> int:
    from ambassador.services.importing import guess_mapping, missing_columns

    kind = ListKind(args.kind)
    # A missing file, a folder or one over the limits is refused with one sentence, whether
    # or not the encoding or the delimiter was given.
    sheet = services.imports.read(
        args.file, ENCODINGS.get(args.encoding), DELIMITERS.get(args.delimiter)
    )
    mapping = guess_mapping(kind, sheet.headers)
    missing = missing_columns(kind, mapping)
    if missing:
        raise CliError(
            MISSING_COLUMNS,
            missing=", ".join(_header(output, column.header) for column in missing),
            headers=", ".join(h for h in sheet.headers if h) or "–",
        )
    ignored = [h for index, h in enumerate(sheet.headers) if h and index not in mapping]
    output.say(
        READ_AS,
        rows=len(sheet.rows),
        columns=", ".join(sheet.headers[index] for index in sorted(mapping)),
        ignored=", ".join(ignored) or output.text(NONE, {}),
    )
    preview = services.imports.preview(kind, sheet, mapping)
    _report_rows(output, preview, sheet, mapping)
    if preview.bad:
        output.warn(IMPORT_REFUSED)
        return EXIT_FAILED
    if args.dry_run:
        output.say(IMPORT_DRY_RUN)
        return EXIT_OK
    result = services.imports.commit(kind, sheet, mapping)
    output.say(IMPORT_DONE, added=result.added, contacts=result.contacts_added)
    return EXIT_OK


def _report_rows(output: Output, preview: ImportPreview, sheet: Sheet, mapping: Mapping) -> None:
    from ambassador.services.importing import RowStatus, column

    header_of = {key: sheet.headers[index] for index, key in mapping.items()}
    remarked = [row for row in preview.rows if row.status is not RowStatus.NEW]
    for row in remarked[:SHOWN_ROWS]:
        if row.status is RowStatus.EXISTING:
            output.say(ROW_EXISTING, row=row.number, label=row.label)
        elif row.status is RowStatus.UPDATED:
            output.say(ROW_UPDATED, row=row.number, label=row.label)
        else:
            reasons = "; ".join(
                f"{header_of.get(p.field) or _header(output, column(preview.kind, p.field).header)}"
                f": {output.text(p.message, p.params, MESSAGE_CONTEXT)}"
                for p in row.problems
            )
            output.warn(ROW_BAD, row=row.number, reasons=reasons)
    if len(remarked) > SHOWN_ROWS:
        output.warn(ROWS_NOT_SHOWN, count=len(remarked) - SHOWN_ROWS)
    output.say(
        IMPORT_COUNTS,
        new=preview.count(RowStatus.NEW),
        existing=preview.count(RowStatus.EXISTING),
        bad=preview.count(RowStatus.BAD),
    )
    if preview.count(RowStatus.UPDATED):
        output.say(IMPORT_UPDATED, updated=preview.count(RowStatus.UPDATED))


def _header(output: Output, source: str) -> str:
    from ambassador.services.importing import COLUMNS_CONTEXT

    return output.text(source, {}, COLUMNS_CONTEXT)


def _export(output: Output, services: Services, args: argparse.Namespace) -> int:
    language = output.asked  # None: the file follows the database's setting
    kind = ListKind(args.kind.replace("-", "_"))
    exports = services.exports
    chosen = FileFormat(args.format)
    numbers = args.with_identity_numbers
    if kind is ListKind.PARTICIPANTS:
        written = exports.write_participants(
            args.out, with_identity_numbers=numbers, file_format=chosen, language=language
        )
    elif kind is ListKind.EMPLOYERS:
        written = exports.write_employers(args.out, file_format=chosen, language=language)
    elif kind is ListKind.PLACEMENTS:
        written = exports.write_placements(
            args.out, with_identity_numbers=numbers, file_format=chosen, language=language
        )
    elif kind is ListKind.CHECK_INS:
        written = exports.write_check_ins(
            args.out, _period(services, args), file_format=chosen, language=language
        )
    elif kind is ListKind.NETWORK_CONTACTS:
        written = exports.write_network_contacts(args.out, file_format=chosen, language=language)
    elif kind is ListKind.TASKS:
        written = exports.write_tasks(args.out, file_format=chosen, language=language)
    else:
        if args.placement is None:
            raise CliError(NOTES_NEED_PLACEMENT)
        written = exports.write_notes(
            args.placement, args.out, file_format=chosen, language=language
        )
    output.say(LIST_WRITTEN, path=written.path, rows=written.rows)
    return EXIT_OK


def _period(services: Services, args: argparse.Namespace) -> Period | None:
    if args.start is None and args.end is None:
        return None
    default = services.exports.default_period()
    period = Period(args.start or default.start, args.end or default.end)
    if period.end < period.start:
        raise CliError(PERIOD_ORDER)
    return period
