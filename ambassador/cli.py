"""The command line: the same services as the window, printed; exit codes for scripts."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from ambassador import __version__, paths
from ambassador.catalog import Catalog
from ambassador.domain.clock import SystemClock
from ambassador.domain.errors import AmbassadorError, ValidationError
from ambassador.domain.messages import MESSAGE_CONTEXT, QT_TRANSLATE_NOOP

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
CHECK_ROWS = QT_TRANSLATE_NOOP("Cli", "Rows:")
ERROR_PREFIX = QT_TRANSLATE_NOOP("Cli", "Error: {message}")


class Output:
    """Prints in the chosen language; translations come from the same files as the window."""

    def __init__(self, language: str) -> None:
        self.catalog = Catalog.load(language, paths.translations_dir())

    def text(self, source: str, params: Mapping[str, object], context: str = CONTEXT) -> str:
        return self.catalog(context, source).format(**params)

    def say(self, source: str, **params: object) -> None:
        print(self.text(source, params))

    def error(self, error: AmbassadorError) -> None:
        """One line on standard error, in the person's language, never a traceback."""
        if isinstance(error, ValidationError):
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ambassador.app import run_window

        return run_window(args.db, demo=args.demo, language=args.lang)
    output = Output(args.lang or "sv")
    try:
        if args.command == "demo":
            return _demo(output, args.command_db, args.size, args.seed)
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


def _check(output: Output, path: Path) -> int:
    from ambassador.storage.opening import check_database

    report = check_database(path)
    output.say(CHECK_FILE, path=report.path)
    output.say(CHECK_REVISION, revision=report.revision or "–")
    output.say(CHECK_ROWS)
    for table, count in report.row_counts.items():
        print(f"  {table:<16} {count:>9}")
    output.say(CHECK_HEALTHY)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
