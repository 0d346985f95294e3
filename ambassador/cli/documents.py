"""`ambassador report …`: the documents as PDF (one, or a summary per active placement), the
outcome sentences of a period and the self-check, printed."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador.cli import projects, selfcheck
from ambassador.cli.arguments import (
    DATE,
    FOLDER,
    PARTICIPANT,
    PDF_FILE,
    PLACEMENT,
    Commands,
    Parser,
)
from ambassador.cli.common import EXIT_OK, CliError, Output, day, number
from ambassador.cli.database import AS_ALLOWED, READ, chosen_database, opened
from ambassador.cli.team_statistics import print_team_statistics
from ambassador.domain import formats
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.reporting_systems import ReportingSystem
from ambassador.storage.address import ServerAddress

if TYPE_CHECKING:
    from ambassador.services.bundle import Services
    from ambassador.services.documents import DocumentService
    from ambassador.services.opening import Database

WRITTEN = QT_TRANSLATE_NOOP("Cli", "Written: {path} ({kilobytes} kB)")
SUMMARIES_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "{count} summaries written to {folder} in {seconds} s ({each} ms each)."
)
NO_ACTIVE = QT_TRANSLATE_NOOP("Cli", "No placement is active today; nothing was written.")
WITHOUT_CONSENT = QT_TRANSLATE_NOOP(
    "Cli",
    "Note: no consent to share the summary with the employer is recorded for placement {id}.",
)
SOME_WITHOUT_CONSENT = QT_TRANSLATE_NOOP(
    "Cli",
    "Note: for {count} of the placements no consent to share the summary with the employer "
    "is recorded: {ids}.",
)
PERIOD_ORDER = QT_TRANSLATE_NOOP("Cli", "The period must not end before it starts.")
STATS_ARGUMENTS = QT_TRANSLATE_NOOP(
    "Cli", "The statistics report needs --from, --to and --out (the period and the PDF file)."
)
MANAGER_NO_FILE = QT_TRANSLATE_NOOP(
    "Cli",
    "A manager's figures are printed, not written to a file; leave out --out (and give --year "
    "for another year).",
)
YEAR = QT_TRANSLATE_NOOP("Cli", "YEAR")
CANNOT_CREATE_FOLDER = QT_TRANSLATE_NOOP("Cli", "The folder {path} could not be created.")

PLACEMENT_HELP = QT_TRANSLATE_NOOP("Cli", "the placement's number")
PARTICIPANT_HELP = QT_TRANSLATE_NOOP("Cli", "the participant's number")
OUT_HELP = QT_TRANSLATE_NOOP("Cli", "the PDF file to write")
FROM_HELP = QT_TRANSLATE_NOOP("Cli", "the first day of the period")
TO_HELP = QT_TRANSLATE_NOOP("Cli", "the last day of the period")


def add_commands(commands: Commands) -> None:
    report = commands.add("report", QT_TRANSLATE_NOOP("Cli", "write a document or a figure"))
    documents = report.add_commands("document", QT_TRANSLATE_NOOP("Cli", "DOCUMENT"), required=True)
    for name, subject, subject_help, text in (
        (
            "summary",
            PLACEMENT,
            PLACEMENT_HELP,
            QT_TRANSLATE_NOOP("Cli", "the follow-up summary for the employer, as PDF"),
        ),
        (
            "agreement",
            PLACEMENT,
            PLACEMENT_HELP,
            QT_TRANSLATE_NOOP("Cli", "the placement agreement, as PDF"),
        ),
        (
            "extract",
            PARTICIPANT,
            PARTICIPANT_HELP,
            QT_TRANSLATE_NOOP("Cli", "the register extract of everything about a person, as PDF"),
        ),
    ):
        document = documents.add(name, text)
        document.add_argument(
            "record_id", type=number(document.words), metavar=subject, help=subject_help
        )
        document.add_argument("--out", type=Path, required=True, metavar=PDF_FILE, help=OUT_HELP)

    stats = documents.add(
        "stats",
        QT_TRANSLATE_NOOP(
            "Cli",
            "the statistics report for a period, as PDF; a manager on a server gets the "
            "organisation's figures of a year printed",
        ),
    )
    # Required of everyone but a manager, who is known only once the server is signed in to.
    _add_period(stats, required=False)
    stats.add_argument("--out", type=Path, metavar=PDF_FILE, help=OUT_HELP)
    stats.add_argument(
        "--year",
        type=number(stats.words),
        metavar=YEAR,
        help=QT_TRANSLATE_NOOP(
            "Cli", "a manager's figures: the year (default: the year of --from, else this year)"
        ),
    )
    stats.add_argument(
        "--system",
        choices=[s.value for s in ReportingSystem],
        help=QT_TRANSLATE_NOOP(
            "Cli", "also break the endings down in this reporting system's categories"
        ),
    )

    sentences = documents.add(
        "sentences",
        QT_TRANSLATE_NOOP("Cli", "print the outcome sentences of a period, ready to publish"),
    )
    _add_period(sentences)

    summaries = documents.add(
        "summaries", QT_TRANSLATE_NOOP("Cli", "one summary per active placement, as PDF")
    )
    summaries.add_argument(
        "--active",
        action="store_true",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "of the placements active today"),
    )
    summaries.add_argument(
        "--out-dir",
        type=Path,
        required=True,
        metavar=FOLDER,
        help=QT_TRANSLATE_NOOP("Cli", "the folder to write them in (made when missing)"),
    )

    selfcheck.add_command(documents)
    projects.add_commands(documents)
    for document in documents.parsers():
        document.add_database(required=False)
        document.add_language()
        document.set_defaults(run=run)


def _add_period(parser: Parser, *, required: bool = True) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        type=day(parser.words),
        required=required,
        metavar=DATE,
        help=FROM_HELP,
    )
    parser.add_argument(
        "--to", dest="end", type=day(parser.words), required=required, metavar=DATE, help=TO_HELP
    )


def run(output: Output, args: argparse.Namespace) -> int:
    """Write the asked-for document; without `--lang`, in the database's language. What is
    only printed reads the file read-only; a file written needs its export-log line."""
    access = READ if args.document in ("sentences", "selfcheck", "projects") else AS_ALLOWED
    location = chosen_database(args)
    if args.document == "stats" and not isinstance(location, ServerAddress):
        _report_arguments(args)  # a file has no manager: refused before it is opened
    with opened(output, location, access=access) as (database, services):
        if args.document == "stats":
            if services.connection.identity().is_manager:
                return _team_statistics(output, database, args)
            _report_arguments(args)
        if args.document == "selfcheck":
            return selfcheck.run(output, services, args.months)
        if args.document in ("project", "projects"):
            return projects.run(output, services, args)
        if args.document == "summaries":
            return _summaries(output, services.documents, args.out_dir)
        if args.document == "sentences":
            return _sentences(output, services, args)
        written = _document(output, services.documents, args)
        if args.document == "stats":
            from ambassador.cli.headline import print_headline
            from ambassador.domain.figures import Period

            print_headline(output, services, Period(args.start, args.end))
        return written


def _report_arguments(args: argparse.Namespace) -> None:
    """The statistics report's period and file, which all but a manager must give."""
    if args.start is None or args.end is None or args.out is None:
        raise CliError(STATS_ARGUMENTS)


def _team_statistics(output: Output, database: Database, args: argparse.Namespace) -> int:
    """A manager's figures, printed: the year asked for, else the year of `--from`, else this
    year. The statistics report as a file is a coordinator's: it holds their unit's people."""
    from ambassador.cli.database import clock
    from ambassador.services.team_statistics import TeamStatisticsService

    if args.out is not None:
        raise CliError(MANAGER_NO_FILE)
    year = args.year or (args.start.year if args.start else clock().today().year)
    return print_team_statistics(output, TeamStatisticsService(database), year)


def _document(output: Output, documents: DocumentService, args: argparse.Namespace) -> int:
    from ambassador.domain.figures import Period

    language = output.asked  # None: the document follows the database's setting
    if args.document == "stats":
        if args.end < args.start:
            raise CliError(PERIOD_ORDER)
        system = None if args.system is None else ReportingSystem(args.system)
        written = documents.write_statistics(
            Period(args.start, args.end), args.out, language, system
        )
    elif args.document == "summary":
        written = documents.write_summary(args.record_id, args.out, language)
        if not documents.summary_consented(args.record_id):
            output.warn(WITHOUT_CONSENT, id=args.record_id)
    elif args.document == "agreement":
        written = documents.write_agreement(args.record_id, args.out, language)
    else:
        written = documents.write_register_extract(args.record_id, args.out, language)
    output.say(WRITTEN, path=written.path, kilobytes=max(1, round(written.size / 1024)))
    return EXIT_OK


def _sentences(output: Output, services: Services, args: argparse.Namespace) -> int:
    from ambassador.domain.figures import Period

    if args.end < args.start:
        raise CliError(PERIOD_ORDER)
    # Like the documents: the database's language unless one is asked for.
    for line in services.sentences.text(
        Period(args.start, args.end), output.catalog, output.language
    ):
        print(line)
    return EXIT_OK


def _summaries(output: Output, documents: DocumentService, folder: Path) -> int:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise CliError(CANNOT_CREATE_FOLDER, path=folder) from None
    started = time.perf_counter()
    written = documents.write_active_summaries(folder, output.asked)
    seconds = time.perf_counter() - started
    if not written:
        output.say(NO_ACTIVE)
        return EXIT_OK
    output.say(
        SUMMARIES_WRITTEN,
        count=len(written),
        folder=folder,
        seconds=formats.number(seconds, output.catalog.language, 1),
        each=formats.number(seconds * 1000 / len(written), output.catalog.language),
    )
    ids = [w.subject_id for w in written if w.subject_id is not None]
    unconsented = [i for i in ids if not documents.summary_consented(i)]
    if unconsented:
        output.warn(
            SOME_WITHOUT_CONSENT,
            count=len(unconsented),
            ids=", ".join(str(i) for i in unconsented),
        )
    return EXIT_OK
