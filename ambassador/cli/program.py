"""The command line's entry: the window when the line names no command, else the command in
the person's language with its exit code, and the net that catches a bug."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ambassador import __version__, crash, paths, system_libraries
from ambassador.cli.arguments import (
    FILE_OR_SERVER,
    LANGUAGE_HELP,
    Parser,
    argparse_speaking,
    asked_language,
    location,
)
from ambassador.cli.common import (
    EXIT_BUG,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    NO_TERMINAL,
    CliError,
    Output,
)
from ambassador.domain.errors import AmbassadorError, StorageError
from ambassador.domain.languages import LANGUAGES
from ambassador.domain.messages import MESSAGE_CONTEXT, QT_TRANSLATE_NOOP
from ambassador.storage.address import Location, parse_location

WHERE = "the command line"  # for the log, which is in English

DESCRIPTION = QT_TRANSLATE_NOOP(
    "Cli", "Follow-up of work placements. Without a command, opens the window."
)
EXIT_CODES = QT_TRANSLATE_NOOP(
    "Cli",
    "Exit codes: 0 done; 1 refused, and why is on standard error; 2 a mistake in the command "
    "line; 70 an unexpected error, written to the log; 130 interrupted.",
)
VERSION_HELP = QT_TRANSLATE_NOOP("Cli", "show the program's version and exit")
WINDOW_DATABASE_HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "the database the window opens, or a command's: a file, a server's address or profile "
    "(default: the file in your data folder)",
)
DEMO_HELP = QT_TRANSLATE_NOOP("Cli", "open the window on sample data, apart from your own")
COMMAND = QT_TRANSLATE_NOOP("Cli", "COMMAND")
BUG = QT_TRANSLATE_NOOP(
    "Cli",
    "An unexpected error stopped the command; nothing that was saved has been lost. The "
    "details are in the log: {path}",
)
NO_WINDOW_LIBRARIES = QT_TRANSLATE_NOOP(
    "Cli",
    "The window cannot open: this system lacks libraries that Qt needs. On Debian or Ubuntu, "
    "install them with: sudo apt-get install {packages}",
)
NO_WINDOW = QT_TRANSLATE_NOOP("Cli", "The window cannot open: Qt could not be loaded ({detail}).")
BUG_NO_LOG = QT_TRANSLATE_NOOP(
    "Cli",
    "An unexpected error stopped the command; nothing that was saved has been lost. The log "
    "could not be written.",
)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Every file and folder made from here on, by us or a library, is the owner's alone.
    with paths.files_kept_private():
        window = _window_options(arguments)
        if window is not None:
            return _run_window(window)
        return run_command(arguments)


def run_command(arguments: Sequence[str]) -> int:
    """Parse the line and run its command; every way out is an exit code."""
    crash.install_log()
    output = Output(asked_language(arguments))
    try:
        with argparse_speaking(output.catalog):
            args = build_parser(output).parse_args(arguments)
        if args.lang != output.asked:  # an abbreviation (`--la en`) the first look missed
            output = Output(args.lang)
        if args.command is None:
            return _run_window(args)
        code: int = args.run(output, args)
        sys.stdout.flush()  # here, where a reader that went away is caught, not at exit
        return code
    except AmbassadorError as error:
        output.error(error)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`… | head`): nothing more to say, and nowhere to say it.
        _silence_stdout()
        return EXIT_FAILED
    except OSError as error:  # a fault from outside: a folder for a file, a read-only disk
        output.fault(error)
        return EXIT_FAILED
    except EOFError:  # a passphrase asked for with no terminal to type it at
        output.error(CliError(NO_TERMINAL))
        return EXIT_FAILED
    except Exception as error:  # a bug: logged without personal data, told in one line
        log = crash.record(error, WHERE)
        if log is None:
            output.warn(BUG_NO_LOG)
        else:
            output.warn(BUG, path=log)
        return EXIT_BUG


def _silence_stdout() -> None:
    """Point standard output at nothing, so Python's flush at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def build_parser(output: Output) -> Parser:
    # The commands load here, not with the package: the window's start needs none of them.
    from ambassador.cli import (
        check,
        demo,
        documents,
        init,
        interchange,
        outcome_checks,
        questionnaire,
        safety,
        search,
        server,
    )

    parser = Parser(
        prog="ambassador",
        description=output.tr(DESCRIPTION),
        epilog=output.tr(EXIT_CODES),
        words=output.tr,
        messages=lambda source: output.catalog(MESSAGE_CONTEXT, source),
    )
    parser.add_argument(
        "--version", action="version", version=f"Ambassador {__version__}", help=VERSION_HELP
    )
    parser.add_argument(
        "--db",
        type=location(parser.words, parser.messages),
        metavar=FILE_OR_SERVER,
        help=WINDOW_DATABASE_HELP,
    )
    parser.add_argument("--demo", action="store_true", help=DEMO_HELP)
    parser.add_argument("--lang", choices=LANGUAGES, help=LANGUAGE_HELP)
    commands = parser.add_commands("command", COMMAND)
    for group in (
        init,
        demo,
        check,
        documents,
        safety,
        interchange,
        questionnaire,
        outcome_checks,
        search,
        server,
    ):
        group.add_commands(commands)
    return parser


class _NotForTheWindowError(Exception):
    pass


class _WindowProbe(argparse.ArgumentParser):
    """The window's options alone: a line they read whole asks for the window."""

    def error(self, message: str) -> NoReturn:
        raise _NotForTheWindowError


def _window_location(text: str) -> Location:
    """`--db` for the window; one that cannot be used is left to the full parser, which says
    why in the person's language."""
    try:
        return parse_location(text)
    except (StorageError, OSError):
        raise ValueError(text) from None


def _window_options(arguments: Sequence[str]) -> argparse.Namespace | None:
    """The window's options when the line names no command, asks for no help and holds no
    mistake; None otherwise. The window then starts without the commands' parser, its words
    or the crash log of the command line being loaded."""
    probe = _WindowProbe(add_help=False, exit_on_error=False)
    probe.add_argument("--db", type=_window_location)
    probe.add_argument("--demo", action="store_true")
    probe.add_argument("--lang", choices=LANGUAGES)
    try:
        options, rest = probe.parse_known_args(arguments)
    except (_NotForTheWindowError, argparse.ArgumentError):
        return None
    return None if rest else options


def _run_window(options: argparse.Namespace) -> int:
    """The window, or one sentence when the system lacks what Qt needs to show one (Qt's own
    message would name the wrong package, or come as a traceback)."""
    missing = system_libraries.missing_packages()
    if missing:
        Output(options.lang).warn(NO_WINDOW_LIBRARIES, packages=" ".join(missing))
        return EXIT_FAILED
    # Python's collector of reference cycles is held off while the window starts: the imports
    # and the first reads make some 100,000 objects and next to no garbage, and its passes
    # over them took ~50 ms of a cold start. A dialog of the start (a passphrase, a backup
    # offered) waits with it off, making next to nothing. The window turns it back on before
    # its event loop runs (ambassador.app); this, on every other way out.
    gc.disable()
    try:
        try:
            from ambassador.app import run_window
        except ImportError as error:  # a library Qt loads that the list above does not know
            if "shared object" not in str(error) and ".dll" not in str(error):
                raise
            Output(options.lang).warn(NO_WINDOW, detail=str(error))
            return EXIT_FAILED
        return run_window(options.db, demo=options.demo, language=options.lang)
    finally:
        gc.enable()
