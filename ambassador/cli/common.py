"""What every command shares: its exit codes, its refusals (`CliError`), its output in the
person's language, and the dates and numbers it reads from the line."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Mapping
from datetime import date

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain import formats
from ambassador.domain.errors import AmbassadorError, NotFoundError, ValidationError
from ambassador.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from ambassador.domain.messages import MESSAGE_CONTEXT, QT_TRANSLATE_NOOP

# The exit codes, for scripts (README, "The command line"; the package's docstring).
EXIT_OK = 0
EXIT_FAILED = 1  # refused, and the one line on standard error says why
EXIT_USAGE = 2  # the line itself is wrong; argparse exits with it
EXIT_BUG = 70  # an unexpected error, logged (sysexits.h's EX_SOFTWARE)
EXIT_INTERRUPTED = 130  # Ctrl+C, as a shell reports a SIGINT

CONTEXT = "Cli"

# A text in the person's language from its English source (context "Cli").
Words = Callable[[str], str]

ERROR_PREFIX = QT_TRANSLATE_NOOP("Cli", "Error: {message}")
NOT_FOUND = {
    "participant": QT_TRANSLATE_NOOP("Cli", "There is no participant number {id}."),
    "placement": QT_TRANSLATE_NOOP("Cli", "There is no placement number {id}."),
    "employer": QT_TRANSLATE_NOOP("Cli", "There is no employer number {id}."),
    "outcome_check": QT_TRANSLATE_NOOP("Cli", "There is no outcome check number {id}."),
}
NOT_FOUND_OTHER = QT_TRANSLATE_NOOP("Cli", "There is no record number {id}.")
# A fault from outside the program, by what the system said (errno); one line naming the file.
FAULTS = {
    errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "{path} is a folder, not a file."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Cli", "A part of {path} is a file, not a folder."),
    errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "There is no file or folder {path}."),
    errno.EACCES: QT_TRANSLATE_NOOP("Cli", "You are not allowed to read or write {path}."),
    errno.EPERM: QT_TRANSLATE_NOOP("Cli", "You are not allowed to read or write {path}."),
    errno.EROFS: QT_TRANSLATE_NOOP("Cli", "{path} is on a disk that can only be read."),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Cli", "The disk is full: {path} could not be written."),
    errno.EEXIST: QT_TRANSLATE_NOOP("Cli", "{path} is there already."),
}
FAULT_OTHER = QT_TRANSLATE_NOOP("Cli", "{path} could not be read or written: {reason}.")
FAULT_NO_PATH = QT_TRANSLATE_NOOP("Cli", "A file could not be read or written: {reason}.")
NO_TERMINAL = QT_TRANSLATE_NOOP(
    "Cli",
    "The database is encrypted and its passphrase could not be asked for: there is no "
    "terminal to type it at.",
)
NOT_A_DATE = QT_TRANSLATE_NOOP("Cli", "{text!r}: expected a date as YYYY-MM-DD")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Cli", "{text!r}: expected a whole number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Cli", "{text!r}: expected {least} to {most}")


class CliError(AmbassadorError):
    """A refusal of the command line's own, as a `Cli` text and its parameters."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message)


class Output:
    """Prints in the person's language, from the same translation files as the window.

    The language is the one asked for with `--lang`; without one, Swedish until a database is
    opened, then the language saved in its settings (`follow`)."""

    def __init__(self, asked: str | None) -> None:
        self.asked = asked
        self.catalog = Catalog.load(asked or DEFAULT_LANGUAGE, paths.translations_dir())

    @property
    def language(self) -> str:
        return self.catalog.language

    def follow(self, saved: str) -> None:
        """Speak the database's language from now on, unless one was asked for."""
        if self.asked is None and saved in LANGUAGES and saved != self.catalog.language:
            self.catalog = Catalog.load(saved, paths.translations_dir())

    def tr(self, source: str) -> str:
        return self.catalog(CONTEXT, source)

    def text(self, source: str, params: Mapping[str, object], context: str = CONTEXT) -> str:
        shown = formats.shown_params(params, self.catalog.language)
        return self.catalog(context, source).format(**shown)

    def say(self, source: str, **params: object) -> None:
        print(self.text(source, params))

    def warn(self, source: str, **params: object) -> None:
        print(self.text(source, params), file=sys.stderr)

    def error(self, error: AmbassadorError) -> None:
        """One line on standard error, in the person's language, never a traceback."""
        if isinstance(error, CliError):
            text = self.text(error.message, error.params)
        elif isinstance(error, NotFoundError):
            text = self.text(NOT_FOUND.get(error.kind, NOT_FOUND_OTHER), {"id": error.record_id})
        elif isinstance(error, ValidationError):
            text = "; ".join(
                self.text(p.message, p.params, MESSAGE_CONTEXT) for p in error.problems
            )
        else:
            message = getattr(error, "message", None) or str(error)
            text = self.text(message, getattr(error, "params", {}), MESSAGE_CONTEXT)
        path = getattr(error, "path", None)
        if path:
            text = f"{text.rstrip('.')}: {path}"
        print(self.text(ERROR_PREFIX, {"message": text}), file=sys.stderr)

    def fault(self, error: OSError) -> None:
        """A fault from outside (a folder given for a file, a read-only disk, a file that is
        not there): one line naming the file, in the person's language."""
        if error.filename is None:
            text = self.text(FAULT_NO_PATH, {"reason": error.strerror or type(error).__name__})
        else:
            source = FAULTS.get(error.errno or 0, FAULT_OTHER)
            params = {"path": error.filename, "reason": error.strerror or type(error).__name__}
            text = self.text(source, params)
        print(self.text(ERROR_PREFIX, {"message": text}), file=sys.stderr)


# What the line says, read as argparse types: a refusal is argparse's usage error (exit 2),
# worded in the person's language.


def day(words: Words) -> Callable[[str], date]:
    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(words(NOT_A_DATE).format(text=text)) from None

    return parse


def number(words: Words) -> Callable[[str], int]:
    """A whole number, such as a record's."""

    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(words(NOT_A_NUMBER).format(text=text)) from None

    return parse


def between(words: Words, least: int, most: int) -> Callable[[str], int]:
    """A whole number from `least` to `most`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = least - 1
        if not least <= value <= most:
            message = words(OUT_OF_RANGE).format(text=text, least=least, most=most)
            raise argparse.ArgumentTypeError(message)
        return value

    return parse
