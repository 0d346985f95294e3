"""The command line's parser in the person's language: our help texts and metavars through
the catalog, and argparse's own words ("usage:", "options:", its error messages) too.

argparse looks its words up with the module-level `gettext` functions it imported as `_` and
`ngettext`, at the moment it prints them. `argparse_speaking` puts the catalog's lookups in
their place for as long as the line is parsed and put back what was there after, so nothing
outside the command line is changed. The words are marked below (context "Argparse"), without
their trailing space or newline, which the lookup keeps from the original.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ambassador.catalog import Catalog
from ambassador.cli.common import FAULT_OTHER, FAULTS, Words
from ambassador.domain.country import COUNTRIES
from ambassador.domain.errors import StorageError
from ambassador.domain.languages import LANGUAGES
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage.address import Location, parse_location

ARGPARSE_CONTEXT = "Argparse"

# What argparse says to a person (Python 3.11's texts). What it says only to a programmer while
# a parser is built ("conflicting option string", "dest= is required", …) stays English.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage:"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)

# Metavars that are words, the same for every command.
FILE = QT_TRANSLATE_NOOP("Cli", "FILE")
FILE_OR_SERVER = QT_TRANSLATE_NOOP("Cli", "FILE|URL")
PDF_FILE = QT_TRANSLATE_NOOP("Cli", "FILE.pdf")
FOLDER = QT_TRANSLATE_NOOP("Cli", "FOLDER")
DATE = QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD")
NUMBER = QT_TRANSLATE_NOOP("Cli", "NUMBER")
PLACEMENT = QT_TRANSLATE_NOOP("Cli", "PLACEMENT")
PARTICIPANT = QT_TRANSLATE_NOOP("Cli", "PARTICIPANT")

DATABASE_HELP = QT_TRANSLATE_NOOP(
    "Cli", "the database: a file, a server's address (postgresql://user@host/database) or profile"
)
DATABASE_DEFAULT_HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "the database: a file, a server's address (postgresql://user@host/database) or profile "
    "(default: the file in your data folder)",
)
COUNTRY_HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "the organisation's country, which decides the identity and organisation numbers and the "
    "default lists: se (Sweden) or dk (Denmark); it cannot be changed once anyone is "
    "registered",
)
LANGUAGE_HELP = QT_TRANSLATE_NOOP(
    "Cli", "the language to write in (default: the database's, else Swedish)"
)


@contextmanager
def argparse_speaking(catalog: Catalog) -> Iterator[None]:
    """argparse's own words in `catalog`'s language while the line is parsed."""

    def single(message: str) -> str:
        text = message.rstrip()
        return catalog(ARGPARSE_CONTEXT, text) + message[len(text) :]

    def plural(singular: str, plural_form: str, count: int) -> str:
        return single(singular if count == 1 else plural_form)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = single  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help texts and metavars are English sources (context "Cli")
    looked up in the person's language as they are added."""

    def __init__(self, *, words: Words, messages: Words | None = None, **kwargs: Any) -> None:
        self.words = words  # before argparse's own __init__, which adds -h
        # The storage layer's sentences (context "Messages"), for an address refused.
        self.messages = messages or (lambda source: source)
        super().__init__(**kwargs)

    def add_argument(self, *name_or_flags: str, **kwargs: Any) -> argparse.Action:
        for key in ("help", "metavar"):
            value = kwargs.get(key)
            if isinstance(value, str) and value != argparse.SUPPRESS:
                kwargs[key] = self.words(value)
        return super().add_argument(*name_or_flags, **kwargs)

    def add_commands(self, dest: str, metavar: str, *, required: bool = False) -> Commands:
        """The commands (or documents, or actions) under this one; the one chosen is `dest`."""
        action = self.add_subparsers(
            dest=dest, metavar=self.words(metavar), required=required, parser_class=Parser
        )
        return Commands(action, self.words, self.messages)

    def add_database(self, *, required: bool) -> None:
        """`--db FILE|URL`: the database a command works on, a file or on a server."""
        self.add_argument(
            "--db",
            type=location(self.words, self.messages),
            dest="command_db",
            required=required,
            metavar=FILE_OR_SERVER,
            help=DATABASE_HELP if required else DATABASE_DEFAULT_HELP,
        )

    def add_language(self) -> None:
        """`--lang` after the command as well as before it: given there, it wins."""
        self.add_argument(
            "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=LANGUAGE_HELP
        )

    def add_country(self, default: str | None) -> None:
        """`--country se|dk`: the country a new database is made for (init and demo)."""
        self.add_argument("--country", choices=COUNTRIES, default=default, help=COUNTRY_HELP)


class Commands:
    """The subcommands of a `Parser`, each with its help in the person's language."""

    def __init__(
        self,
        action: argparse._SubParsersAction[Parser],
        words: Words,
        messages: Words | None = None,
    ) -> None:
        self._action = action
        self._words = words
        self._messages = messages

    def add(self, name: str, help_text: str) -> Parser:
        text = self._words(help_text)
        # The one-line help in the list of commands is also the command's own description.
        description = text[:1].upper() + text[1:] + "."
        return self._action.add_parser(
            name, help=text, description=description, words=self._words, messages=self._messages
        )

    def parsers(self) -> list[Parser]:
        return list(self._action.choices.values())


def location(words: Words, messages: Words) -> Callable[[str], Location]:
    """`--db`'s value: a server's address, a server profile (`*.toml`) or a file. An address or
    profile that cannot be used is argparse's usage error, in one line saying why."""

    def parse(text: str) -> Location:
        try:
            return parse_location(text)
        except StorageError as error:
            said = messages(error.message)
            if error.path:
                said = f"{said.rstrip('.')}: {error.path}"
            raise argparse.ArgumentTypeError(said) from None
        except OSError as error:  # a profile that cannot be read
            source = FAULTS.get(error.errno or 0, FAULT_OTHER)
            reason = error.strerror or type(error).__name__
            said = words(source).format(path=error.filename or text, reason=reason)
            raise argparse.ArgumentTypeError(said) from None

    return parse


def choices(values: Sequence[str]) -> str:
    """The metavar argparse shows for a positional with `choices` (`{a,b}`), given outright, so
    an error names the argument by its values rather than by its internal name."""
    return "{" + ",".join(values) + "}"


def asked_language(argv: Sequence[str]) -> str | None:
    """The language the line asks for with `--lang`, wherever it stands (the last, as argparse
    reads it); None when it asks for none it knows."""
    asked = None
    for index, word in enumerate(argv):
        if word == "--":
            break
        value = None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith("--lang="):
            value = word.removeprefix("--lang=")
        if value in LANGUAGES:
            asked = value
    return asked
