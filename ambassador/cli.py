"""The command line: the same services as the window, printed; exit codes for scripts."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ambassador import (
    __version__,
    cli_interchange,
    cli_outcome_checks,
    cli_questionnaire,
    cli_selfcheck,
    paths,
)
from ambassador.catalog import Catalog
from ambassador.domain.clock import SystemClock
from ambassador.domain.errors import AmbassadorError, NotFoundError, ValidationError
from ambassador.domain.messages import MESSAGE_CONTEXT, QT_TRANSLATE_NOOP
from ambassador.domain.reporting_systems import ReportingSystem

if TYPE_CHECKING:
    from ambassador.services.bundle import Services
    from ambassador.services.documents import DocumentService
    from ambassador.services.encryption import Unlocked
    from ambassador.storage.database import Database

EXIT_OK = 0
EXIT_FAILED = 1  # argparse itself exits with 2 on a usage error

CONTEXT = "Cli"
DEMO_DONE = QT_TRANSLATE_NOOP(
    "Cli",
    "Sample data written to {path} in {seconds:.1f} s: {participants} participants, "
    "{employers} employers, {placements} placements, {notes} notes, {check_ins} check-ins, "
    "{feedback} feedback answers.",
)
CHECK_HEALTHY = QT_TRANSLATE_NOOP("Cli", "Healthy: the integrity check found no damage.")
CHECK_FILE = QT_TRANSLATE_NOOP("Cli", "File: {path}")
CHECK_REVISION = QT_TRANSLATE_NOOP("Cli", "Schema revision: {revision}")
CHECK_UPGRADE = QT_TRANSLATE_NOOP(
    "Cli",
    "Made by an earlier version: opening it in this one upgrades it to revision {head}, "
    "after a backup. Nothing was changed now.",
)
CHECK_TOO_NEW = QT_TRANSLATE_NOOP(
    "Cli", "Made by a newer version of Ambassador: this version does not open it."
)
CHECK_ROWS = QT_TRANSLATE_NOOP("Cli", "Rows:")
ERROR_PREFIX = QT_TRANSLATE_NOOP("Cli", "Error: {message}")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "Written: {path} ({kilobytes} kB)")
SUMMARIES_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "{count} summaries written to {folder} in {seconds:.1f} s ({each:.0f} ms each)."
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
NO_DATABASE = QT_TRANSLATE_NOOP("Cli", "There is no database at {path}.")
PERIOD_ORDER = QT_TRANSLATE_NOOP("Cli", "The period must not end before it starts.")
CANNOT_CREATE_FOLDER = QT_TRANSLATE_NOOP("Cli", "The folder {path} could not be created.")
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase for {name}: ")
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
NOT_FOUND = {
    "participant": QT_TRANSLATE_NOOP("Cli", "There is no participant number {id}."),
    "placement": QT_TRANSLATE_NOOP("Cli", "There is no placement number {id}."),
    "employer": QT_TRANSLATE_NOOP("Cli", "There is no employer number {id}."),
    "outcome_check": QT_TRANSLATE_NOOP("Cli", "There is no outcome check number {id}."),
}


class CliError(AmbassadorError):
    """A refusal of the command line's own, as a `Cli` text and its parameters."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message)


class Output:
    """Prints in the chosen language; translations come from the same files as the window."""

    def __init__(self, language: str) -> None:
        self.catalog = Catalog.load(language, paths.translations_dir())

    def text(self, source: str, params: Mapping[str, object], context: str = CONTEXT) -> str:
        return self.catalog(context, source).format(**params)

    def say(self, source: str, **params: object) -> None:
        print(self.text(source, params))

    def warn(self, source: str, **params: object) -> None:
        print(self.text(source, params), file=sys.stderr)

    def error(self, error: AmbassadorError) -> None:
        """One line on standard error, in the person's language, never a traceback."""
        if isinstance(error, CliError):
            text = self.text(error.message, error.params)
        elif isinstance(error, NotFoundError):
            text = self.text(NOT_FOUND[error.kind], {"id": error.record_id})
        elif isinstance(error, ValidationError):
            text = "; ".join(
                self.text(p.message, p.params, MESSAGE_CONTEXT) for p in error.problems
            )
        else:
            message = getattr(error, "message", None) or str(error)
            text = self.text(message, getattr(error, "params", {}), MESSAGE_CONTEXT)
        path = getattr(error, "path", None)
        if path:
            text = f"{text}: {path}"
        print(self.text(ERROR_PREFIX, {"message": text}), file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ambassador",
        description="Follow-up of work placements. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Ambassador {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: in your data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on sample data, apart from your own"
    )
    parser.add_argument("--lang", choices=("sv", "en"), help="language (default: Swedish)")
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="write sample data into an empty database")
    demo.add_argument("--db", type=Path, required=True, dest="command_db")
    demo.add_argument("--size", choices=("small", "decade", "stress"), default="small")
    demo.add_argument("--seed", type=int, default=1)

    check = commands.add_parser("check", help="check a database file and print its contents")
    check.add_argument("--db", type=Path, required=True, dest="command_db")

    report = commands.add_parser("report", help="write a document as PDF")
    documents = report.add_subparsers(dest="document", required=True)
    for name, subject, text in (
        ("summary", "PLACEMENT_ID", "the follow-up summary for the employer"),
        ("agreement", "PLACEMENT_ID", "the placement agreement"),
        ("extract", "PARTICIPANT_ID", "the register extract of everything about a person"),
    ):
        document = documents.add_parser(name, help=text)
        document.add_argument("record_id", type=int, metavar=subject)
        document.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    stats = documents.add_parser("stats", help="the statistics report for a period")
    stats.add_argument("--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="end", type=day, required=True, metavar="YYYY-MM-DD")
    stats.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    stats.add_argument(
        "--system",
        choices=[s.value for s in ReportingSystem],
        help="also break the endings down in this reporting system's categories",
    )
    sentences = documents.add_parser(
        "sentences", help="print the outcome sentences of a period, ready to publish"
    )
    sentences.add_argument("--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD")
    sentences.add_argument("--to", dest="end", type=day, required=True, metavar="YYYY-MM-DD")
    summaries = documents.add_parser("summaries", help="one summary per active placement")
    summaries.add_argument("--active", action="store_true", required=True)
    summaries.add_argument("--out-dir", type=Path, required=True, metavar="DIR")
    cli_selfcheck.add_parser(documents)
    backup = commands.add_parser("backup", help="write a checked backup of a database")
    backup.add_argument("--db", type=Path, required=True, dest="command_db")
    backup.add_argument("--to", type=Path, metavar="DIR", help="folder (default: as in settings)")
    restore = commands.add_parser(
        "restore", help="put a backup in place of a database (a safety copy is taken first)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--db", type=Path, required=True, dest="command_db")
    purge = commands.add_parser("purge", help="remove what is past its retention period")
    purge.add_argument("--db", type=Path, required=True, dest="command_db")
    purge.add_argument("--dry-run", action="store_true", help="only show what would go")
    cli_interchange.add_commands(commands)
    cli_outcome_checks.add_commands(commands)
    cli_questionnaire.add_commands(commands)
    for document in (*documents.choices.values(),):
        document.add_argument(
            "--db", type=Path, dest="command_db", metavar="PATH", help="database file"
        )
        document.add_argument("--lang", choices=("sv", "en"), dest="command_lang")
    return parser


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected YYYY-MM-DD") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ambassador.app import run_window

        return run_window(args.db, demo=args.demo, language=args.lang)
    language = getattr(args, "command_lang", None) or args.lang
    output = Output(language or "sv")
    try:
        if args.command == "demo":
            return _demo(output, args.command_db, args.size, args.seed)
        if args.command == "report":
            return _report(output, args, language)
        if args.command == "backup":
            return _backup(output, args.command_db, args.to)
        if args.command == "restore":
            return _restore(output, args.command_db, args.backup)
        if args.command == "purge":
            return _purge(output, args.command_db, args.dry_run)
        if args.command in ("import", "export", "calendar"):
            database, services = _open(output, args.command_db)
            try:
                return cli_interchange.run(output, services, args, language)
            finally:
                database.dispose()
        if args.command == "questionnaire":
            database, services = _open(
                output, args.command_db or args.db or paths.default_database()
            )
            try:
                return cli_questionnaire.run(output, services, args, language)
            finally:
                database.dispose()
        if args.command == "outcome-check":
            database, services = _open(
                output, args.command_db or args.db or paths.default_database()
            )
            try:
                return cli_outcome_checks.run(output, services, args)
            finally:
                database.dispose()
        return _check(output, args.command_db)
    except AmbassadorError as error:
        output.error(error)
        return EXIT_FAILED


def _demo(output: Output, path: Path, size: str, seed: int) -> int:
    from ambassador.services.sample_data import SampleDataService, Size
    from ambassador.storage.opening import open_database

    clock = SystemClock()
    started = time.perf_counter()
    database, _report = open_database(path, paths.backups_dir(path), clock.now())
    try:
        report = SampleDataService(database, clock).generate(Size(size), seed)
    finally:
        database.dispose()
    output.say(
        DEMO_DONE,
        path=path,
        seconds=time.perf_counter() - started,
        participants=report.participants,
        employers=report.employers,
        placements=report.placements,
        notes=report.notes,
        check_ins=report.check_ins,
        feedback=report.feedback,
    )
    return EXIT_OK


def _unlock(output: Output, path: Path) -> Unlocked | None:
    """An encrypted database's key, from the passphrase typed at the terminal (never an
    argument: those are visible to other users' process lists); None for a plain file."""
    from ambassador.services.encryption import unlock
    from ambassador.storage.opening import is_encrypted

    if not is_encrypted(path):
        return None
    return unlock(path, getpass.getpass(output.text(PASSPHRASE_PROMPT, {"name": path.name})))


def _open(output: Output, path: Path) -> tuple[Database, Services]:
    """Open an existing database (asking for its passphrase if it is encrypted)."""
    if not path.exists():
        raise CliError(NO_DATABASE, path=path)
    return _open_unlocked(path, _unlock(output, path))


def _open_unlocked(path: Path, unlocked: Unlocked | None) -> tuple[Database, Services]:
    from ambassador.services.bundle import Services
    from ambassador.storage.opening import open_database

    clock = SystemClock()
    key = unlocked.key if unlocked else None
    database, _report = open_database(path, paths.backups_dir(path), clock.now(), key)
    services = Services.build(database, clock)
    if unlocked is not None:
        services.encryption.unlocked(unlocked.failed_before)
    return database, services


def _backup(output: Output, path: Path, folder: Path | None) -> int:
    database, services = _open(output, path)
    try:
        written = services.backups.take(folder=folder)
    finally:
        database.dispose()
    output.say(BACKUP_WRITTEN, path=written, kilobytes=max(1, round(written.stat().st_size / 1024)))
    return EXIT_OK


def _restore(output: Output, path: Path, chosen: Path) -> int:
    """Restore over a database that opens (after a safety copy), or over one that does not:
    that file is kept aside under a new name, never deleted."""
    from ambassador.domain.errors import StorageError
    from ambassador.services.backups import recover
    from ambassador.storage.keys import WrongKeyError

    if not chosen.is_file():
        raise CliError(NO_DATABASE, path=chosen)
    path = path.expanduser().resolve()
    unlocked = _unlock(output, path) if path.exists() else None
    try:
        database, services = _open_unlocked(path, unlocked)
    except WrongKeyError:
        raise
    except StorageError:  # damaged, foreign or missing: nothing to take a safety copy of
        kept = recover(path, chosen, SystemClock().now(), unlocked.key if unlocked else None)
        output.say(RESTORED, backup=chosen, kept=kept)
        return EXIT_OK
    try:
        kept = services.backups.restore(chosen)
    finally:
        database.dispose()
    output.say(RESTORED, backup=chosen, kept=kept)
    return EXIT_OK


def _purge(output: Output, path: Path, dry_run: bool) -> int:
    database, services = _open(output, path)
    try:
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
        if dry_run:
            output.say(PURGE_DRY_RUN)
            return EXIT_OK
        result = services.retention.purge()
    finally:
        database.dispose()
    output.say(PURGE_DONE, backup=result.backup_before or "–")
    return EXIT_OK


def _report(output: Output, args: argparse.Namespace, language: str | None) -> int:
    """Write the asked-for document; `language` None follows the database's setting."""
    from ambassador.domain.figures import Period

    path: Path = args.command_db or args.db or paths.default_database()
    database, services = _open(output, path)
    try:
        documents = services.documents
        if args.document == "selfcheck":
            return cli_selfcheck.run(output, services, args.months)
        if args.document == "summaries":
            return _summaries(output, documents, args.out_dir, language)
        if args.document == "sentences":
            if args.end < args.start:
                raise CliError(PERIOD_ORDER)
            # Like the documents: the database's language unless one is asked for.
            chosen = language or services.settings.get().language
            catalog = Catalog.load(chosen, paths.translations_dir())
            for line in services.sentences.text(Period(args.start, args.end), catalog, chosen):
                print(line)
            return EXIT_OK
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
    finally:
        database.dispose()
    output.say(WRITTEN, path=written.path, kilobytes=max(1, round(written.size / 1024)))
    return EXIT_OK


def _summaries(
    output: Output, documents: DocumentService, folder: Path, language: str | None
) -> int:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise CliError(CANNOT_CREATE_FOLDER, path=folder) from None
    started = time.perf_counter()
    written = documents.write_active_summaries(folder, language)
    seconds = time.perf_counter() - started
    if not written:
        output.say(NO_ACTIVE)
        return EXIT_OK
    output.say(
        SUMMARIES_WRITTEN,
        count=len(written),
        folder=folder,
        seconds=seconds,
        each=seconds * 1000 / len(written),
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


def _check(output: Output, path: Path) -> int:
    from ambassador.storage.opening import check_database

    unlocked = _unlock(output, path) if path.exists() else None
    report = check_database(path, None if unlocked is None else unlocked.key)
    output.say(CHECK_FILE, path=report.path)
    output.say(CHECK_REVISION, revision=report.revision or "–")
    if report.upgrade_pending:
        from ambassador.storage.migrate import HEAD_REVISION

        output.say(CHECK_UPGRADE, head=HEAD_REVISION)
    if report.too_new:
        output.say(CHECK_TOO_NEW)
    output.say(CHECK_ROWS)
    for table, count in report.row_counts.items():
        print(f"  {table:<16} {count:>9}")
    output.say(CHECK_HEALTHY)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
